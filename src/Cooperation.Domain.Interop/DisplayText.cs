using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Cooperation.Domain.Interop;

/// <summary>
/// The short, human-readable text of entities in one language, shared by the exports (iCalendar summaries, Popolo and
/// FollowTheMoney names) and the <c>cooperation</c> tool: a text in the language asked, or in the other one when it
/// has only that; a name with its acronym; a meeting's title, or one made of its ordinal, kind and mechanism.
/// </summary>
/// <remarks>Culture-independent: the same text under every culture and with invariant globalization.</remarks>
public static class DisplayText
{
    /// <summary>The text in <paramref name="language"/>, or in the other language; empty for the default value.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language wanted.</param>
    public static string Of(LocalizedText text, Language language) => text.IsDefault ? string.Empty : text.GetOrOther(language);

    /// <summary>The text in <paramref name="language"/>, or in the other language; empty when there is none.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="language">The language wanted.</param>
    public static string Of(LocalizedText? text, Language language) => text is { } t ? Of(t, language) : string.Empty;

    /// <summary>The label of a vocabulary value in <paramref name="language"/> ("Held", "Celebrada").</summary>
    /// <typeparam name="T">The vocabulary.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="language">The language wanted.</param>
    public static string Label<T>(VocabularyValue<T> value, Language language)
        where T : VocabularyValue<T>
    {
        System.ArgumentNullException.ThrowIfNull(value);
        return value.Label.GetOrOther(language);
    }

    /// <summary>A mechanism's name with its acronym: "Diálogo de Alto Nivel sobre Migración (DANM)".</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="language">The language wanted.</param>
    public static string Name(Mechanism mechanism, Language language)
    {
        System.ArgumentNullException.ThrowIfNull(mechanism);
        return WithAcronym(Of(mechanism.Name, language), Acronym(mechanism.SpanishAcronym, mechanism.EnglishAcronym, language));
    }

    /// <summary>An institution's name with its acronym: "Secretaría de Relaciones Exteriores (SRE)".</summary>
    /// <param name="institution">The institution.</param>
    /// <param name="language">The language wanted.</param>
    public static string Name(Institution institution, Language language)
    {
        System.ArgumentNullException.ThrowIfNull(institution);
        return WithAcronym(Of(institution.Name, language), Acronym(institution.SpanishAcronym, institution.EnglishAcronym, language));
    }

    /// <summary>A mechanism's acronym in <paramref name="language"/> (or the other's), else its name.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="language">The language wanted.</param>
    public static string ShortName(Mechanism mechanism, Language language)
    {
        System.ArgumentNullException.ThrowIfNull(mechanism);
        var acronym = Acronym(mechanism.SpanishAcronym, mechanism.EnglishAcronym, language);
        return acronym.Length > 0 ? acronym : Of(mechanism.Name, language);
    }

    /// <summary>The meeting's title, or one made of its ordinal, kind and mechanism ("8th ordinary meeting, DANM").</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="catalog">The catalog its mechanism is looked up in.</param>
    /// <param name="language">The language wanted.</param>
    public static string Title(Meeting meeting, CooperationCatalog catalog, Language language)
    {
        System.ArgumentNullException.ThrowIfNull(meeting);
        System.ArgumentNullException.ThrowIfNull(catalog);
        if (meeting.Title is { } title)
        {
            return Of(title, language);
        }

        var kind = Label(meeting.Kind, language);
        var ordinal = meeting.Ordinal is { } o
            ? (language == Language.Spanish ? o.ToSpanish(GrammaticalGender.Feminine) : o.ToEnglish()) + " "
            : string.Empty;
        var of = meeting.Mechanism is { } id && catalog.TryGetMechanism(id, out var mechanism)
            ? ", " + ShortName(mechanism, language)
            : string.Empty;
        return (ordinal.Length > 0 ? ordinal + kind.ToLowerInvariant() : kind) + of;
    }

    /// <summary>A meeting's dates: one date ("2017-04-25"), or a range when it lasted several days ("2017-04-25/2017-04-28").</summary>
    /// <param name="meeting">The meeting.</param>
    public static string Dates(Meeting meeting)
    {
        System.ArgumentNullException.ThrowIfNull(meeting);
        return meeting.End is { } end && end != meeting.Start ? meeting.Dates.ToString() : meeting.Start.ToString();
    }

    /// <summary>Venues as "place, city, country", separated by "; ".</summary>
    /// <param name="venues">The venues.</param>
    /// <param name="language">The language wanted.</param>
    public static string Venues(ImmutableArray<Venue> venues, Language language)
        => venues.IsDefaultOrEmpty ? string.Empty : string.Join("; ", venues.Select(v => Venue(v, language)));

    /// <summary>A venue as "place, city, country" (the parts it has).</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="language">The language wanted.</param>
    public static string Venue(Venue venue, Language language)
    {
        System.ArgumentNullException.ThrowIfNull(venue);
        var parts = new List<string>(3);
        if (venue.Place is { } place)
        {
            parts.Add(Of(place, language));
        }

        if (venue.City is { } city)
        {
            parts.Add(Of(city, language));
        }

        parts.Add(venue.Country.IsDefault ? string.Empty : Countries.Get(venue.Country).Name.GetOrOther(language));
        return string.Join(", ", parts.Where(p => p.Length > 0));
    }

    private static string Acronym(Acronym? spanish, Acronym? english, Language language)
        => (language == Language.Spanish ? spanish ?? english : english ?? spanish)?.ToString() ?? string.Empty;

    private static string WithAcronym(string name, string acronym) => acronym.Length > 0 ? $"{name} ({acronym})" : name;
}
