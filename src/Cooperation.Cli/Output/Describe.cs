using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Cooperation.Domain;
using Cooperation.Domain.Interop;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Cli.Output;

/// <summary>Short human-readable text for entities and values, in one language (the other when a text lacks it).</summary>
internal static class Describe
{
    // The names, titles, dates and venues the exports write are the ones the tool shows: one implementation, the
    // Interop package's DisplayText.
    public static string Text(LocalizedText text, Language language) => DisplayText.Of(text, language);

    public static string Text(LocalizedText? text, Language language) => DisplayText.Of(text, language);

    public static string Label<T>(VocabularyValue<T> value, Language language)
        where T : VocabularyValue<T> => DisplayText.Label(value, language);

    public static string Acronym(Acronym? spanish, Acronym? english, Language language)
        => (language == Language.Spanish ? spanish ?? english : english ?? spanish)?.ToString() ?? string.Empty;

    public static string Mechanism(Mechanism mechanism, Language language) => DisplayText.Name(mechanism, language);

    public static string Institution(Institution institution, Language language) => DisplayText.Name(institution, language);

    /// <summary>The meeting's title, or one made of its ordinal, kind and mechanism ("8th ordinary meeting, DANM").</summary>
    public static string MeetingTitle(Meeting meeting, CooperationCatalog catalog, Language language) => DisplayText.Title(meeting, catalog, language);

    /// <summary>A meeting's dates: one date, or a range when it lasted several days.</summary>
    public static string Dates(Meeting meeting) => DisplayText.Dates(meeting);

    public static string ShortName(Mechanism mechanism, Language language) => DisplayText.ShortName(mechanism, language);

    public static string Party(PartyRef party) => party.ToString();

    public static string Parties(ImmutableArray<Membership> parties) => string.Join(" ", parties.Select(p => p.Party.ToString()));

    public static string Venues(ImmutableArray<Venue> venues, Language language) => DisplayText.Venues(venues, language);

    public static string Venue(Venue venue, Language language) => DisplayText.Venue(venue, language);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(PartialDate? date) => date?.ToString() ?? string.Empty;

    public static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty;

    /// <summary>An interval as short as it can be said: "2024" for a whole year, "2024-03" for a whole month, else "2024-03-01/2024-04-15".</summary>
    public static string Window(DateInterval? interval)
    {
        if (interval is null)
        {
            return string.Empty;
        }

        var (start, end) = (interval.Start, interval.End);
        if (start.Day == 1 && end == start.PlusMonths(1).PlusDays(-1))
        {
            return PartialDate.FromYearMonth(start.Year, start.Month).ToString();
        }

        return start.Day == 1 && start.Month == 1 && end == start.PlusYears(1).PlusDays(-1)
            ? PartialDate.FromYear(start.Year).ToString()
            : Interval(interval);
    }

    /// <summary>"2024-01-01/2024-12-31", as ISO 8601 writes an interval.</summary>
    public static string Interval(DateInterval? interval)
        => interval is null ? string.Empty : $"{Date(interval.Start)}/{Date(interval.End)}";
}
