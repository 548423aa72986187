using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Interop;

/// <summary>
/// The tables of a catalog as CSV (<see cref="CsvFormat"/>): every name in two columns, English and Spanish
/// (<c>name_en</c>, <c>name_es</c>), as the catalog records them (empty where it has none); dates as the catalog
/// writes them (<c>2013</c>, <c>2008-07</c>, <c>2017-04-25/2017-04-28</c>); vocabulary values by their names.
/// </summary>
public static class CsvExport
{
    /// <summary>Mechanisms: <c>id, kind, status, established, parties, name_en, name_es</c> (parties separated by spaces).</summary>
    public static CsvTableWriter<Mechanism> Mechanisms { get; } = new(
        "mechanisms",
        ["id", "kind", "status", "established", "parties", "name_en", "name_es"],
        c => c.Mechanisms,
        _ => m => [[m.Id.ToString(), m.Kind.Name, m.Status.Name, m.Established?.ToString(), string.Join(" ", m.Parties.Select(p => p.Party.ToString())), m.Name.English, m.Name.Spanish]]);

    /// <summary>Meetings: <c>id, dates, status, kind, mechanism, venue, title_en, title_es</c> (venues' countries separated by "; ").</summary>
    public static CsvTableWriter<Meeting> Meetings { get; } = new(
        "meetings",
        ["id", "dates", "status", "kind", "mechanism", "venue", "title_en", "title_es"],
        c => c.Meetings,
        _ => m => [[m.Id.ToString(), DisplayText.Dates(m), m.Status.Name, m.Kind.Name, m.Mechanism?.ToString(), string.Join("; ", m.Venues.Select(v => v.Country.ToString())), m.Title?.English, m.Title?.Spanish]]);

    /// <summary>Institutions: <c>id, country, kind, name_en, name_es</c> (the country empty for an international body).</summary>
    public static CsvTableWriter<Institution> Institutions { get; } = new(
        "institutions",
        ["id", "country", "kind", "name_en", "name_es"],
        c => c.Institutions,
        _ => i => [[i.Id.ToString(), i.Country.IsDefault ? null : i.Country.ToString(), i.Kind.Name, i.Name.English, i.Name.Spanish]]);

    /// <summary>Countries: <c>alpha2, alpha3, numeric, mechanisms, meetings, name_en, name_es</c>: the mechanisms it is a party to, the meetings it sent a delegation to.</summary>
    public static CsvTableWriter<Country> Countries { get; } = new(
        "countries",
        ["alpha2", "alpha3", "numeric", "mechanisms", "meetings", "name_en", "name_es"],
        c => c.Countries.Select(Domain.Countries.Get),
        CountryRecords);

    /// <summary>Participants, one row per participant of each meeting: <c>meeting, party, role, person, person_id, institution, position_en, position_es</c>.</summary>
    public static CsvTableWriter<Meeting> Participants { get; } = new(
        "participants",
        ["meeting", "party", "role", "person", "person_id", "institution", "position_en", "position_es"],
        c => c.Meetings,
        _ => m => m.Delegations.SelectMany(d => d.Participants.Select(p => new[]
        {
            m.Id.ToString(), d.Party.ToString(), p.Role.Name, p.Person?.ToString(), p.PersonId?.ToString(), p.Institution?.ToString(), p.Position?.English, p.Position?.Spanish,
        })));

    /// <summary>Sources: <c>id, date, kind, language, url, title_en, title_es</c>.</summary>
    public static CsvTableWriter<Source> Sources { get; } = new(
        "sources",
        ["id", "date", "kind", "language", "url", "title_en", "title_es"],
        c => c.Sources,
        _ => s => [[s.Id.ToString(), s.Date?.ToString(), s.Kind.Name, s.Language == Language.Spanish ? "es" : "en", s.Url?.ToString(), s.Title.English, s.Title.Spanish]]);

    /// <summary>People: <c>id, name, other_names, rank_en, rank_es</c> (other names separated by "; ").</summary>
    public static CsvTableWriter<Person> People { get; } = new(
        "people",
        ["id", "name", "other_names", "rank_en", "rank_es"],
        c => c.People,
        _ => p => [[p.Id.ToString(), p.Name.ToString(), string.Join("; ", p.OtherNames), p.Rank?.English, p.Rank?.Spanish]]);

    /// <summary>Every table, in this order: mechanisms, meetings, institutions, countries, participants, sources, people.</summary>
    public static IReadOnlyList<CsvTableWriter> Tables { get; } = [Mechanisms, Meetings, Institutions, Countries, Participants, Sources, People];

    // Meetings attended, counted once per write in one pass over the meetings rather than one scan per country.
    private static System.Func<Country, IEnumerable<string?[]>> CountryRecords(CooperationCatalog catalog)
    {
        var attended = new Dictionary<CountryCode, int>();
        foreach (var meeting in catalog.Meetings)
        {
            foreach (var code in meeting.Delegations.Where(d => d.Party.IsCountry).Select(d => d.Party.Country).Distinct())
            {
                attended[code] = attended.GetValueOrDefault(code) + 1;
            }
        }

        return c => [[c.Alpha2, c.Alpha3, c.Numeric.ToString("000", CultureInfo.InvariantCulture),
            catalog.MechanismsOf(c.Code).Length.ToString(CultureInfo.InvariantCulture),
            attended.GetValueOrDefault(c.Code).ToString(CultureInfo.InvariantCulture), c.Name.English, c.Name.Spanish]];
    }
}
