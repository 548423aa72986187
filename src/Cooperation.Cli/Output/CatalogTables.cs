using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain;

namespace Cooperation.Cli.Output;

/// <summary>
/// The catalog as tables for <c>list</c> (text and CSV; <c>export --format csv</c> is Cooperation.Domain.Interop's
/// <c>CsvExport</c>). With a language, names are in that language; without one (CSV), each name has an English and a
/// Spanish column.
/// </summary>
internal static class CatalogTables
{
    public static Table Mechanisms(IEnumerable<Mechanism> mechanisms, Language? language)
    {
        if (language is { } text)
        {
            // On a terminal: what fits 80 columns. CSV and JSON have every column.
            var compact = new Table("id", "kind", "name");
            foreach (var m in mechanisms)
            {
                compact.Add(m.Id.ToString(), m.Kind.Name, Describe.Mechanism(m, text));
            }

            return compact;
        }

        var table = new Table(WithNames(["id", "kind", "status", "established", "parties"], language, "name"));
        foreach (var m in mechanisms)
        {
            table.Add(WithNames(
                [m.Id.ToString(), m.Kind.Name, m.Status.Name, Describe.Date(m.Established), Describe.Parties(m.Parties)],
                language,
                l => Describe.Mechanism(m, l),
                m.Name));
        }

        return table;
    }

    public static Table Meetings(IEnumerable<Meeting> meetings, CooperationCatalog catalog, Language? language)
    {
        if (language is { } text)
        {
            var compact = new Table("id", "dates", "title");
            foreach (var m in meetings)
            {
                // The status goes in front, where cutting a long title to 80 columns cannot take it away.
                var status = m.Status == MeetingStatus.Held ? string.Empty : $"{Describe.Label(m.Status, text).ToLowerInvariant()}: ";
                compact.Add(m.Id.ToString(), Describe.Dates(m), status + Describe.MeetingTitle(m, catalog, text));
            }

            return compact;
        }

        var table = new Table(WithNames(["id", "dates", "status", "kind", "mechanism", "venue"], language, "title"));
        foreach (var m in meetings)
        {
            table.Add(WithNames(
                [m.Id.ToString(), Describe.Dates(m), m.Status.Name, m.Kind.Name, m.Mechanism?.ToString() ?? string.Empty,
                 string.Join("; ", m.Venues.Select(v => v.Country.ToString()))],
                language,
                l => Describe.MeetingTitle(m, catalog, l),
                m.Title));
        }

        return table;
    }

    public static Table Institutions(IEnumerable<Institution> institutions, Language? language)
    {
        var table = new Table(WithNames(["id", "country", "kind"], language, "name"));
        foreach (var i in institutions)
        {
            table.Add(WithNames(
                [i.Id.ToString(), i.Country.IsDefault ? string.Empty : i.Country.ToString(), i.Kind.Name],
                language,
                l => Describe.Institution(i, l),
                i.Name));
        }

        return table;
    }

    public static Table Countries(CooperationCatalog catalog, IEnumerable<Country> countries, Language? language)
    {
        // Meetings attended, counted in one pass over the meetings rather than one scan per country (`--all` lists 249).
        var attended = new Dictionary<CountryCode, int>();
        foreach (var meeting in catalog.Meetings)
        {
            foreach (var code in meeting.Delegations.Where(d => d.Party.IsCountry).Select(d => d.Party.Country).Distinct())
            {
                attended[code] = attended.GetValueOrDefault(code) + 1;
            }
        }

        var table = new Table(WithNames(["alpha2", "alpha3", "numeric", "mechanisms", "meetings"], language, "name"));
        foreach (var c in countries)
        {
            table.Add(WithNames(
                [c.Alpha2, c.Alpha3, c.Numeric.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
                 Describe.Number(catalog.MechanismsOf(c.Code).Length), Describe.Number(attended.GetValueOrDefault(c.Code))],
                language,
                l => c.Name.GetOrOther(l),
                c.Name));
        }

        return table;
    }

    // The fixed headers, then one name header in the language asked, or "name_en" and "name_es" without one.
    private static string[] WithNames(string[] cells, Language? language, string header)
        => language is null ? [.. cells, header + "_en", header + "_es"] : [.. cells, header];

    // In one language, the readable form (with acronyms, the other language when one is missing); in both, the
    // recorded texts as they are, empty where the catalog has none.
    private static string[] WithNames(string[] cells, Language? language, System.Func<Language, string> display, LocalizedText? recorded)
        => language is { } l
            ? [.. cells, display(l)]
            : [.. cells, recorded?.English ?? string.Empty, recorded?.Spanish ?? string.Empty];
}
