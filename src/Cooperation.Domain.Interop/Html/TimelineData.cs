using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Domain.Interop;

/// <summary>
/// The catalog as the timeline page's script reads it: one JSON object in the page's
/// <c>&lt;script type="application/json"&gt;</c> block, written with <see cref="ScriptJson"/> so that no catalog
/// text can end the block or open a comment. Events (the meetings, then one expected meeting per mechanism whose
/// cadence expects one and has none planned) carry their span as first and last day, the partial date as the catalog
/// knows it, and what the filters and lanes need; mechanisms carry their presidency terms; labels carry both
/// languages of every vocabulary value used. The meetings' details are a second block (<see cref="DetailSteps"/>).
/// </summary>
internal sealed class TimelineData(CooperationCatalog catalog, LocalDate asOf, Language language)
{
    private readonly Dictionary<string, LocalizedText> _countries = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LocalizedText> _kinds = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LocalizedText> _statuses = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LocalizedText> _topics = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LocalizedText> _roles = new(System.StringComparer.Ordinal);

    /// <summary>Writes the object, one event or mechanism per step.</summary>
    public IEnumerable<int> Steps(IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, ScriptJson.Options);
        json.WriteStartObject();
        json.WriteString("asOf", Iso(asOf));
        json.WriteString("lang", language == Language.Spanish ? "es" : "en");

        json.WriteStartArray("events");
        foreach (var meeting in Meetings())
        {
            WriteMeeting(json, meeting);
            json.Flush();
            yield return 1;
        }

        var mechanisms = catalog.Mechanisms.DistinctBy(m => m.Id).ToList();
        foreach (var mechanism in mechanisms)
        {
            var assessment = catalog.AssessCadence(mechanism.Id, asOf);
            if (assessment.ExpectedWindow is { } window && assessment.NextPlanned is null)
            {
                WriteExpected(json, mechanism, window);
                json.Flush();
                yield return 1;
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("mechanisms");
        foreach (var mechanism in mechanisms)
        {
            WriteMechanism(json, mechanism);
            json.Flush();
            yield return 1;
        }

        json.WriteEndArray();
        // Every status, for the legend, whether the catalog uses it or not.
        foreach (var status in MeetingStatus.All)
        {
            Code(status, _statuses);
        }

        json.WriteStartObject("labels");
        Labels(json, "country", _countries);
        Labels(json, "kind", _kinds);
        Labels(json, "status", _statuses);
        Labels(json, "topic", _topics);
        Labels(json, "role", _roles);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>
    /// Writes the details of the meetings (venue, purpose, delegations, outcomes, quoted sources) as one array in the
    /// order of the events, one meeting per step: a second JSON block, which the script parses only when a meeting is
    /// first selected, so that a large catalog opens without reading them.
    /// </summary>
    public IEnumerable<int> DetailSteps(IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, ScriptJson.Options);
        json.WriteStartArray();
        foreach (var meeting in Meetings())
        {
            WriteDetails(json, meeting);
            json.Flush();
            yield return 1;
        }

        json.WriteEndArray();
        json.Flush();
    }

    // Of several meetings with one identifier (COOP1001), the first is drawn, as in the catalog's look-ups.
    private IEnumerable<Meeting> Meetings() => catalog.Meetings.DistinctBy(m => m.Id);

    private void WriteMeeting(Utf8JsonWriter json, Meeting meeting)
    {
        json.WriteStartObject();
        json.WriteString("id", meeting.Id.ToString());
        if (meeting.Mechanism is { } mechanismId)
        {
            json.WriteString("mech", mechanismId.ToString());
        }

        Both(json, "title", l => DisplayText.Title(meeting, catalog, l));
        json.WriteString("status", Code(meeting.Status, _statuses));
        json.WriteString("kind", Code(meeting.Kind, _kinds));
        var latest = meeting.Dates.Latest is { } last && last >= meeting.Dates.Earliest ? last : meeting.Start.Latest;
        json.WriteString("s", Iso(meeting.Dates.Earliest));
        json.WriteString("e", Iso(latest));
        json.WriteString("d", DisplayText.Dates(meeting));
        json.WriteString("p", Precision(meeting.End is { } end && end.Precision < meeting.Start.Precision ? end.Precision : meeting.Start.Precision));
        if (meeting.ApproximateDates)
        {
            json.WriteBoolean("approx", true);
        }

        Mechanism? mechanism = null;
        if (meeting.Mechanism is { } id)
        {
            catalog.TryGetMechanism(id, out mechanism);
        }

        json.WriteStartArray("countries");
        foreach (var country in CountriesOf(meeting, mechanism))
        {
            json.WriteStringValue(country);
        }

        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (var topic in meeting.Topics.Concat(mechanism?.Topics ?? []).Distinct())
        {
            json.WriteStringValue(Code(topic, _topics));
        }

        json.WriteEndArray();
        json.WriteStartArray("people");
        foreach (var (key, name) in PeopleOf(meeting))
        {
            json.WriteStartArray();
            json.WriteStringValue(key);
            json.WriteStringValue(name);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        // The labels come before the details block: its roles are gathered here.
        foreach (var participant in meeting.Delegations.SelectMany(d => d.Participants))
        {
            Code(participant.Role, _roles);
        }
    }

    private void WriteDetails(Utf8JsonWriter json, Meeting meeting)
    {
        json.WriteStartObject();
        if (!meeting.Venues.IsDefaultOrEmpty)
        {
            Both(json, "venue", l => DisplayText.Venues(meeting.Venues, l));
        }

        Text(json, "purpose", meeting.Purpose);
        json.WriteStartArray("dels");
        foreach (var delegation in meeting.Delegations)
        {
            json.WriteStartObject();
            Text(json, "party", PartyName(delegation.Party));
            json.WriteStartArray("parts");
            foreach (var participant in delegation.Participants)
            {
                json.WriteStartObject();
                if (participant.PersonId is { } personId && catalog.TryGetPerson(personId, out var person))
                {
                    json.WriteString("name", person.Name.ToString());
                }
                else if (participant.Person is { } name)
                {
                    json.WriteString("name", name.ToString());
                }

                json.WriteString("role", Code(participant.Role, _roles));
                Text(json, "pos", participant.Position);
                if (participant.Institution is { } institutionId && catalog.TryGetInstitution(institutionId, out var institution))
                {
                    Both(json, "inst", l => DisplayText.Name(institution, l));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("outcomes");
        foreach (var outcome in meeting.Outcomes)
        {
            WriteLocalized(json, outcome.Text);
        }

        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var citation in meeting.Citations)
        {
            json.WriteStartObject();
            json.WriteString("src", citation.Source.ToString());
            if (catalog.TryGetSource(citation.Source, out var source))
            {
                Text(json, "title", source.Title);
            }

            if (citation.Quote is { } quote)
            {
                json.WriteString("q", quote);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteExpected(Utf8JsonWriter json, Mechanism mechanism, DateInterval window)
    {
        json.WriteStartObject();
        json.WriteString("id", "expected-" + mechanism.Id);
        json.WriteString("mech", mechanism.Id.ToString());
        Both(json, "title", l => DisplayText.ShortName(mechanism, l));
        json.WriteString("status", Code(LocalizedText.Create("Esperada", "Expected"), "expected", _statuses));
        json.WriteString("kind", Code(MeetingKind.Ordinary, _kinds));
        json.WriteString("s", Iso(window.Start));
        json.WriteString("e", Iso(window.End));
        json.WriteString("d", $"{Iso(window.Start)}/{Iso(window.End)}");
        json.WriteString("p", "day");
        json.WriteBoolean("approx", true);
        json.WriteStartArray("countries");
        foreach (var country in CountriesOf(null, mechanism))
        {
            json.WriteStringValue(country);
        }

        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (var topic in mechanism.Topics)
        {
            json.WriteStringValue(Code(topic, _topics));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteMechanism(Utf8JsonWriter json, Mechanism mechanism)
    {
        json.WriteStartObject();
        json.WriteString("id", mechanism.Id.ToString());
        Both(json, "name", l => DisplayText.Name(mechanism, l));
        json.WriteStartArray("terms");
        foreach (var term in mechanism.Presidencies)
        {
            json.WriteStartObject();
            Text(json, "holder", PartyName(term.Holder));
            json.WriteString("s", Iso(term.Term.Earliest));
            json.WriteString("e", Iso(term.Term.Latest is { } end && end >= term.Term.Earliest ? end : (asOf >= term.Term.Earliest ? asOf : term.Term.Earliest)));
            json.WriteString("d", term.Term.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // The countries a meeting concerns: its delegations' (a country, or an organization's country), its venues', and
    // its mechanism's member countries.
    private SortedSet<string> CountriesOf(Meeting? meeting, Mechanism? mechanism)
    {
        var codes = new SortedSet<string>(System.StringComparer.Ordinal);
        void Add(CountryCode code)
        {
            if (!code.IsDefault)
            {
                var text = code.ToString();
                codes.Add(text);
                _countries.TryAdd(text, Countries.Get(code).Name);
            }
        }

        void AddParty(PartyRef party)
        {
            if (party.IsCountry)
            {
                Add(party.Country);
            }
            else if (party.IsOrganization && catalog.TryGetInstitution(party.Organization, out var institution))
            {
                Add(institution.Country);
            }
        }

        foreach (var delegation in meeting?.Delegations ?? [])
        {
            AddParty(delegation.Party);
        }

        foreach (var venue in meeting?.Venues ?? [])
        {
            Add(venue.Country);
        }

        foreach (var membership in mechanism?.Parties ?? [])
        {
            AddParty(membership.Party);
        }

        return codes;
    }

    // The people at a meeting: a catalog person by id (key "id:…"), or a participant known only by name ("name:…").
    private List<(string Key, string Name)> PeopleOf(Meeting meeting)
    {
        var people = new List<(string, string)>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var participant in meeting.Delegations.SelectMany(d => d.Participants))
        {
            (string, string)? entry = participant.PersonId is { } id
                ? ("id:" + id, catalog.TryGetPerson(id, out var person) ? person.Name.ToString() : participant.Person?.ToString() ?? id.ToString())
                : participant.Person is { } name ? ("name:" + name, name.ToString()) : null;
            if (entry is { } e && seen.Add(e.Item1))
            {
                people.Add(e);
            }
        }

        return people;
    }

    private LocalizedText? PartyName(PartyRef party)
    {
        if (party.IsCountry)
        {
            return Countries.Get(party.Country).Name;
        }

        if (party.IsOrganization)
        {
            return catalog.TryGetInstitution(party.Organization, out var institution)
                ? LocalizedText.Create(DisplayText.Name(institution, Language.Spanish), DisplayText.Name(institution, Language.English))
                : LocalizedText.FromEnglish(party.Organization.ToString());
        }

        return null;
    }

    private static string Code<T>(VocabularyValue<T> value, Dictionary<string, LocalizedText> labels)
        where T : VocabularyValue<T>
        => Code(value.Label, value.ToString(), labels);

    private static string Code(LocalizedText label, string code, Dictionary<string, LocalizedText> labels)
    {
        labels.TryAdd(code, label);
        return code;
    }

    private static void Labels(Utf8JsonWriter json, string name, Dictionary<string, LocalizedText> labels)
    {
        json.WriteStartObject(name);
        foreach (var (code, label) in labels.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            json.WritePropertyName(code);
            WriteLocalized(json, label);
        }

        json.WriteEndObject();
    }

    // A text in both languages, each as DisplayText gives it (which falls back to the other language).
    private static void Both(Utf8JsonWriter json, string name, System.Func<Language, string> text)
    {
        var spanish = text(Language.Spanish);
        var english = text(Language.English);
        json.WriteStartObject(name);
        json.WriteString("es", spanish);
        if (english != spanish)
        {
            json.WriteString("en", english);
        }

        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, LocalizedText? text)
    {
        if (text is { IsDefault: false } t)
        {
            json.WritePropertyName(name);
            WriteLocalized(json, t);
        }
    }

    // Only the languages the catalog has: the page shows the other one, marked with its language, when one is missing.
    private static void WriteLocalized(Utf8JsonWriter json, LocalizedText text)
    {
        json.WriteStartObject();
        if (text.Spanish is { } spanish)
        {
            json.WriteString("es", spanish);
        }

        if (text.English is { } english)
        {
            json.WriteString("en", english);
        }

        json.WriteEndObject();
    }

    private static string Precision(PartialDatePrecision precision) => precision switch
    {
        PartialDatePrecision.Year => "year",
        PartialDatePrecision.Month => "month",
        _ => "day",
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
