namespace Cooperation.Domain.Text;

/// <summary>What a <see cref="Mention"/> names. JSON writes the name in lower case (<c>"date"</c>, <c>"country"</c>, …).</summary>
public enum MentionKind
{
    /// <summary>A date, a range of dates, a month or a year, absolute or resolved against the document date.</summary>
    Date = 1,

    /// <summary>A state, by name, short form, abbreviation or a demonym that stands for it ("la delegación mexicana").</summary>
    Country = 2,

    /// <summary>A named individual.</summary>
    Person = 3,

    /// <summary>A named body or international organisation, by name or acronym.</summary>
    Institution = 4,

    /// <summary>The number of a meeting, conference, round or edition, with its noun ("la 8ª Reunión", "the fifth meeting").</summary>
    Ordinal = 5,

    /// <summary>A named mechanism, forum, framework or conference, by name or acronym.</summary>
    Mechanism = 6,
}
