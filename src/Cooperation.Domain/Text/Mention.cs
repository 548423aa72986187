using System.Globalization;

namespace Cooperation.Domain.Text;

/// <summary>
/// One thing a text names: a date, a country, a person, an institution, a meeting's number or a mechanism, with the
/// exact words (<see cref="Text"/> at <see cref="Span"/>) and the value they stand for, typed by kind. Made by
/// <see cref="CommuniqueReader"/>; immutable.
/// </summary>
/// <remarks>
/// <para>
/// The value is in the member of its kind: <see cref="Date"/> or <see cref="DateRange"/> for a date (both null when the
/// text does not fix it, as "el martes" without a document date); <see cref="Country"/> for a country;
/// <see cref="Ordinal"/> for an ordinal; <see cref="Name"/> for a person, an institution or a mechanism.
/// <see cref="Value"/> gives it as the JSON output writes it.
/// </para>
/// <para>
/// For a person, <see cref="Position"/> is the position as written next to the name and <see cref="Country"/> the
/// state the person represents, when the text makes it clear; for an institution, <see cref="Country"/> is its state
/// when known. <see cref="Person"/>, <see cref="Institution"/> and <see cref="Mechanism"/> are the identifiers of the
/// catalog entity the mention was linked to (<see cref="CommuniqueReaderOptions.Catalog"/>), when there is one.
/// </para>
/// </remarks>
public sealed class Mention
{
    internal Mention(MentionKind kind, TextSpan span, string text)
    {
        Kind = kind;
        Span = span;
        Text = text;
    }

    /// <summary>What the mention names.</summary>
    public MentionKind Kind { get; }

    /// <summary>Where the words are in <see cref="CommuniqueReading.Text"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The offset of the first character (UTF-16, into the text as read, a byte order mark removed).</summary>
    public int Start => Span.Start;

    /// <summary>The offset after the last character.</summary>
    public int End => Span.End;

    /// <summary>The words exactly as the text has them.</summary>
    public string Text { get; }

    /// <summary>A date's value when it is one day, one month or one year ("2017-04-25", "2008-07", "2013").</summary>
    public PartialDate? Date { get; internal init; }

    /// <summary>A date's value when it is a range ("2017-04-25/2017-04-28", "2020-12/2021-12").</summary>
    public PartialDateRange? DateRange { get; internal init; }

    /// <summary>A country mention's state; for a person, the state the person represents; for an institution, its state.</summary>
    public CountryCode? Country { get; internal init; }

    /// <summary>An ordinal's number.</summary>
    public Ordinal? Ordinal { get; internal init; }

    /// <summary>
    /// A person's, institution's or mechanism's name as written (a person's without titles and honorifics:
    /// "Alfredo Hernández" for "vicealmirante Alfredo Hernández").
    /// </summary>
    public string? Name { get; internal init; }

    /// <summary>A person's position as written next to the name ("secretario de Relaciones Exteriores"), when there is one.</summary>
    public string? Position { get; internal init; }

    /// <summary>The catalog person this mention was recognised as, under any of the person's recorded spellings.</summary>
    public PersonId? Person { get; internal init; }

    /// <summary>The catalog institution this mention was linked to, by name or acronym.</summary>
    public InstitutionId? Institution { get; internal init; }

    /// <summary>The catalog mechanism this mention was linked to, by name or acronym.</summary>
    public MechanismId? Mechanism { get; internal init; }

    /// <summary>
    /// The normalised value as the JSON output writes it: a date's ISO form (<c>2017-04-25</c>,
    /// <c>2017-04-25/2017-04-28</c>), a country's alpha-2 code, an ordinal's number, a name; null for a date the text
    /// does not fix.
    /// </summary>
    public string? Value => Kind switch
    {
        MentionKind.Date => DateRange?.ToString() ?? Date?.ToString(),
        MentionKind.Country => Country?.ToString(),
        MentionKind.Ordinal => Ordinal?.Value.ToString(CultureInfo.InvariantCulture),
        _ => Name,
    };

    /// <summary>The kind, the span, the words and the value, as <c>date [120..138) "13 de mayo de 2021" = 2021-05-13</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{CommuniqueJsonWriter.KindName(Kind)} {Span} \"{Text}\" = {Value ?? "null"}");
}
