using System;
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
/// cadence expects one and has none planned) are arrays that carry their span as first and last day, the partial date
/// as the catalog knows it, and what the filters and lanes need; every repeated value (codes, titles, lists of
/// countries, topics and people) is an index into a table written once (<see cref="InternTable{T}"/>), which keeps a
/// large catalog's page small and quick to read. Mechanisms carry their presidency terms; labels carry both languages
/// of every vocabulary value used. The meetings' details are a second block (<see cref="DetailSteps"/>).
/// </summary>
internal sealed class TimelineData(CooperationCatalog catalog, LocalDate asOf, Language language)
{
    private readonly Dictionary<string, LocalizedText> _countries = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LocalizedText> _kinds = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LocalizedText> _statuses = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LocalizedText> _topics = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LocalizedText> _roles = new(System.StringComparer.Ordinal);

    // The tables of the data block: codes and names, texts in two languages, and lists of codes.
    private readonly InternTable<string> _strings = new(System.StringComparer.Ordinal);
    private readonly InternTable<(string? Es, string? En)> _texts = new(EqualityComparer<(string?, string?)>.Default);
    private readonly InternTable<int[]> _lists = new(new SequenceComparer());

    /// <summary>
    /// Writes the object, one event or mechanism per step. An event is an array: id, mechanism (a string's index, or
    /// -1), title (a text's index), status and kind (strings' indexes), first and last day (days since 1970-01-01),
    /// the partial date, its precision (a string's index), 1 when approximate (else 0), and the indexes of its lists of countries, topics and people (a
    /// person's key and name in turn), each list a list of strings' indexes.
    /// </summary>
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
        json.WriteStartArray("strings");
        foreach (var value in _strings.Values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        json.WriteStartArray("texts");
        foreach (var (es, en) in _texts.Values)
        {
            WritePair(json, es, en);
        }

        json.WriteEndArray();
        json.WriteStartArray("lists");
        foreach (var list in _lists.Values)
        {
            json.WriteStartArray();
            foreach (var index in list)
            {
                json.WriteNumberValue(index);
            }

            json.WriteEndArray();
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
    /// Writes the details of the meetings (venue, purpose, delegations, outcomes, quoted sources), one line per meeting
    /// in the order of the events, then a last line with the table their indexes point into: a second JSON block, which
    /// the script splits into lines when a meeting is first selected and parses one line at a time, so that a large
    /// catalog opens without reading them. A meeting's line is an array: venue and purpose (indexes, or -1), its
    /// delegations (each a party and its participants: name, role, position, institution), its outcomes and its quotes
    /// (each the source's id, its title and the quote). The table holds each value once: a string, or a text as an
    /// array of its Spanish and English.
    /// </summary>
    public IEnumerable<int> DetailSteps(IBufferWriter<byte> output)
    {
        var table = new InternTable<(bool Localized, string? Es, string? En)>(EqualityComparer<(bool, string?, string?)>.Default);
        using var json = new Utf8JsonWriter(output, ScriptJson.Options);
        foreach (var meeting in Meetings())
        {
            WriteDetails(json, meeting, table);
            json.Flush();
            Line(output);
            json.Reset(output);
            yield return 1;
        }

        json.WriteStartArray();
        foreach (var (localized, es, en) in table.Values)
        {
            if (localized)
            {
                WritePair(json, es, en);
            }
            else
            {
                json.WriteStringValue(es);
            }
        }

        json.WriteEndArray();
        json.Flush();
    }

    // Of several meetings with one identifier (COOP1001), the first is drawn, as in the catalog's look-ups.
    private IEnumerable<Meeting> Meetings() => catalog.Meetings.DistinctBy(m => m.Id);

    private void WriteMeeting(Utf8JsonWriter json, Meeting meeting)
    {
        Mechanism? mechanism = null;
        if (meeting.Mechanism is { } id)
        {
            catalog.TryGetMechanism(id, out mechanism);
        }

        var latest = meeting.Dates.Latest is { } last && last >= meeting.Dates.Earliest ? last : meeting.Start.Latest;
        var precision = meeting.End is { } end && end.Precision < meeting.Start.Precision ? end.Precision : meeting.Start.Precision;
        var people = new List<int>();
        foreach (var (key, name) in PeopleOf(meeting))
        {
            people.Add(_strings.Add(key));
            people.Add(_strings.Add(name));
        }

        WriteEvent(
            json,
            meeting.Id.ToString(),
            meeting.Mechanism?.ToString(),
            Both(l => DisplayText.Title(meeting, catalog, l)),
            Code(meeting.Status, _statuses),
            Code(meeting.Kind, _kinds),
            (meeting.Dates.Earliest, latest, DisplayText.Dates(meeting), Precision(precision), meeting.ApproximateDates),
            CountriesOf(meeting, mechanism),
            meeting.Topics.Concat(mechanism?.Topics ?? []).Distinct().Select(t => Code(t, _topics)),
            people);

        // The labels come before the details block: its roles are gathered here.
        foreach (var participant in meeting.Delegations.SelectMany(d => d.Participants))
        {
            Code(participant.Role, _roles);
        }
    }

    private void WriteExpected(Utf8JsonWriter json, Mechanism mechanism, DateInterval window)
        => WriteEvent(
            json,
            "expected-" + mechanism.Id,
            mechanism.Id.ToString(),
            Both(l => DisplayText.ShortName(mechanism, l)),
            Code(LocalizedText.Create("Esperada", "Expected"), "expected", _statuses),
            Code(MeetingKind.Ordinary, _kinds),
            (window.Start, window.End, $"{Iso(window.Start)}/{Iso(window.End)}", "day", true),
            CountriesOf(null, mechanism),
            mechanism.Topics.Select(t => Code(t, _topics)),
            []);

    private void WriteEvent(
        Utf8JsonWriter json,
        string id,
        string? mechanism,
        int title,
        string status,
        string kind,
        (LocalDate First, LocalDate Last, string Text, string Precision, bool Approximate) dates,
        IEnumerable<string> countries,
        IEnumerable<string> topics,
        List<int> people)
    {
        json.WriteStartArray();
        json.WriteStringValue(id);
        json.WriteNumberValue(mechanism is null ? -1 : _strings.Add(mechanism));
        json.WriteNumberValue(title);
        json.WriteNumberValue(_strings.Add(status));
        json.WriteNumberValue(_strings.Add(kind));
        json.WriteNumberValue(Day(dates.First));
        json.WriteNumberValue(Day(dates.Last));
        json.WriteStringValue(dates.Text);
        json.WriteNumberValue(_strings.Add(dates.Precision));
        json.WriteNumberValue(dates.Approximate ? 1 : 0);
        json.WriteNumberValue(_lists.Add([.. countries.Select(_strings.Add)]));
        json.WriteNumberValue(_lists.Add([.. topics.Select(_strings.Add)]));
        json.WriteNumberValue(_lists.Add([.. people]));
        json.WriteEndArray();
    }

    private void WriteDetails(Utf8JsonWriter json, Meeting meeting, InternTable<(bool, string?, string?)> table)
    {
        int Plain(string? text) => text is null ? -1 : table.Add((false, text, null));
        int Localized(LocalizedText? text) => text is { IsDefault: false } t ? table.Add((true, t.Spanish, t.English)) : -1;
        int Pair(System.Func<Language, string> text)
        {
            var (spanish, english) = (text(Language.Spanish), text(Language.English));
            return table.Add((true, spanish, english == spanish ? null : english));
        }

        json.WriteStartArray();
        json.WriteNumberValue(meeting.Venues.IsDefaultOrEmpty ? -1 : Pair(l => DisplayText.Venues(meeting.Venues, l)));
        json.WriteNumberValue(Localized(meeting.Purpose));
        json.WriteStartArray();
        foreach (var delegation in meeting.Delegations)
        {
            json.WriteStartArray();
            json.WriteNumberValue(Localized(PartyName(delegation.Party)));
            json.WriteStartArray();
            foreach (var participant in delegation.Participants)
            {
                string? name = null;
                if (participant.PersonId is { } personId && catalog.TryGetPerson(personId, out var person))
                {
                    name = person.Name.ToString();
                }
                else if (participant.Person is { } named)
                {
                    name = named.ToString();
                }

                json.WriteStartArray();
                json.WriteNumberValue(Plain(name));
                json.WriteNumberValue(Plain(Code(participant.Role, _roles)));
                json.WriteNumberValue(Localized(participant.Position));
                json.WriteNumberValue(participant.Institution is { } institutionId && catalog.TryGetInstitution(institutionId, out var institution)
                    ? Pair(l => DisplayText.Name(institution, l))
                    : -1);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray();
        foreach (var outcome in meeting.Outcomes)
        {
            json.WriteNumberValue(Localized(outcome.Text));
        }

        json.WriteEndArray();
        json.WriteStartArray();
        foreach (var citation in meeting.Citations)
        {
            json.WriteStartArray();
            json.WriteNumberValue(Plain(citation.Source.ToString()));
            json.WriteNumberValue(catalog.TryGetSource(citation.Source, out var source) ? Localized(source.Title) : -1);
            json.WriteNumberValue(Plain(citation.Quote));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndArray();
    }

    private void WriteMechanism(Utf8JsonWriter json, Mechanism mechanism)
    {
        json.WriteStartObject();
        json.WriteString("id", mechanism.Id.ToString());
        json.WriteNumber("name", Both(l => DisplayText.Name(mechanism, l)));
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

    // A text in both languages, each as DisplayText gives it (which falls back to the other language): the English
    // only where it differs.
    private int Both(System.Func<Language, string> text)
    {
        var spanish = text(Language.Spanish);
        var english = text(Language.English);
        return _texts.Add((spanish, english == spanish ? null : english));
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

    // A text in a table: [es, en], [es] when there is no English, [null, en] when there is no Spanish.
    private static void WritePair(Utf8JsonWriter json, string? spanish, string? english)
    {
        json.WriteStartArray();
        if (spanish is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(spanish);
        }

        if (english is not null)
        {
            json.WriteStringValue(english);
        }

        json.WriteEndArray();
    }

    // Lines of the details block: the encoder escapes every line break inside a string, so a line is one value.
    private static void Line(IBufferWriter<byte> output)
    {
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    private static string Precision(PartialDatePrecision precision) => precision switch
    {
        PartialDatePrecision.Year => "year",
        PartialDatePrecision.Month => "month",
        _ => "day",
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // Days since 1970-01-01, the script's day numbers: shorter than the ISO date and read without parsing.
    private static int Day(LocalDate date) => date.ToDateOnly().DayNumber - UnixEpoch;

    private static readonly int UnixEpoch = new DateOnly(1970, 1, 1).DayNumber;

    // Two lists of indexes are the same list when they have the same indexes in the same order.
    private sealed class SequenceComparer : IEqualityComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new System.HashCode();
            foreach (var value in obj)
            {
                hash.Add(value);
            }

            return hash.ToHashCode();
        }
    }
}
