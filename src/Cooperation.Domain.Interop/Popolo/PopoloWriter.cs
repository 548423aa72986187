using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cooperation.Domain.Interop;

/// <summary>
/// A catalog as one Popolo JSON document (<c>{"areas", "organizations", "persons", "memberships", "events", "sources"}</c>):
/// countries as areas and, as parties, organizations; institutions and mechanisms as organizations (parents, founding
/// and dissolution dates); the parties of a mechanism as memberships over time; people with their other names; each
/// participant of a delegation as a membership of the party at the meeting, with the role and position; meetings as
/// events at the precision the catalog knows, with their attendees; sources as links. What Popolo has no member for
/// (a mechanism's cadence and presidencies, outcomes, statements, quotes) is carried in extension members; the
/// mapping, and what is dropped, is in <c>docs/interop.md</c>.
/// </summary>
/// <remarks>
/// Every object validates against the Popolo JSON Schemas (draft-03); identifiers are <see cref="PopoloIds"/>, derived
/// from the catalog's, and every reference (<c>parent_id</c>, <c>area_id</c>, <c>organization_id</c>,
/// <c>person_id</c>, <c>on_behalf_of_id</c>, <c>member.id</c>, <c>event_id</c>, <c>citations[].source_id</c>) names an
/// object of the document. Text is written as the catalog holds it, JSON-escaped; names prefer English, the other
/// language is an other name.
/// </remarks>
public sealed class PopoloWriter : DocumentWriter<CooperationCatalog>
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The format's name, as <c>cooperation export --format</c> takes it: <c>popolo</c>.</summary>
    public override string Name => "popolo";

    /// <summary>The media type: <c>application/json</c>.</summary>
    public override string MediaType => "application/json";

    /// <summary>The file extension: <c>.json</c>.</summary>
    public override string FileExtension => ".json";

    /// <inheritdoc/>
    private protected override IEnumerable<DocumentPart> WriteParts(CooperationCatalog value, IBufferWriter<byte> destination) => Steps(value, destination);

    private static IEnumerable<DocumentPart> Steps(CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();

        // Of several entities with one identifier (COOP1001), the first is exported, so that identifiers stay unique.
        var institutions = First(catalog.Institutions, i => i.Id);
        var mechanisms = First(catalog.Mechanisms, m => m.Id);
        var people = First(catalog.People, p => p.Id);
        var meetings = First(catalog.Meetings, m => m.Id);
        var sources = First(catalog.Sources, s => s.Id);
        var countries = Countries(catalog);

        json.WriteStartArray("areas");
        foreach (var country in countries)
        {
            WriteArea(json, country);
            json.Flush();
            yield return default;
        }

        json.WriteEndArray();
        json.WriteStartArray("organizations");
        foreach (var country in countries)
        {
            WriteState(json, country);
            json.Flush();
            yield return default;
        }

        foreach (var institution in institutions)
        {
            WriteInstitution(json, institution, catalog);
            json.Flush();
            yield return default;
        }

        foreach (var mechanism in mechanisms)
        {
            WriteMechanism(json, mechanism, catalog);
            json.Flush();
            yield return default;
        }

        json.WriteEndArray();
        json.WriteStartArray("persons");
        foreach (var person in people)
        {
            WritePerson(json, person, catalog);
            json.Flush();
            yield return default;
        }

        json.WriteEndArray();
        json.WriteStartArray("memberships");
        foreach (var mechanism in mechanisms)
        {
            foreach (var membership in mechanism.Parties.DistinctBy(p => p.Party))
            {
                WritePartyMembership(json, mechanism, membership);
            }

            json.Flush();
            yield return default;
        }

        foreach (var meeting in meetings)
        {
            foreach (var delegation in meeting.Delegations)
            {
                var number = 0;
                foreach (var participant in delegation.Participants)
                {
                    WriteParticipation(json, meeting, delegation, participant, ++number, catalog);
                }
            }

            json.Flush();
            yield return default;
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var meeting in meetings)
        {
            WriteEvent(json, meeting, catalog);
            json.Flush();
            yield return default;
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            WriteSource(json, source);
            json.Flush();
            yield return default;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    // Every country the catalog names (parties, delegations, institutions, venues), so that every area_id and every
    // party's organization resolves.
    private static List<CountryCode> Countries(CooperationCatalog catalog)
    {
        var set = new HashSet<CountryCode>(catalog.Countries);
        foreach (var institution in catalog.Institutions.Where(i => !i.Country.IsDefault))
        {
            set.Add(institution.Country);
        }

        foreach (var meeting in catalog.Meetings)
        {
            set.UnionWith(meeting.Delegations.Where(d => d.Party.IsCountry).Select(d => d.Party.Country));
            set.UnionWith(meeting.Venues.Where(v => !v.Country.IsDefault).Select(v => v.Country));
        }

        foreach (var mechanism in catalog.Mechanisms)
        {
            set.UnionWith(mechanism.Parties.Where(p => p.Party.IsCountry).Select(p => p.Party.Country));
            set.UnionWith(mechanism.Presidencies.Where(p => p.Holder.IsCountry).Select(p => p.Holder.Country));
        }

        return [.. set.Order()];
    }

    private static List<T> First<T, TKey>(ImmutableArray<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        return [.. items.Where(i => seen.Add(key(i)))];
    }

    private static void WriteArea(Utf8JsonWriter json, CountryCode code)
    {
        var country = Domain.Countries.Get(code);
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.Area(code));
        json.WriteString("name", country.Name.GetOrOther(Language.English));
        json.WriteString("identifier", code.ToString());
        json.WriteString("classification", "country");
        json.WriteEndObject();
    }

    private static void WriteState(Utf8JsonWriter json, CountryCode code)
    {
        var country = Domain.Countries.Get(code);
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.Country(code));
        json.WriteString("name", country.Name.GetOrOther(Language.English));
        WriteOtherNames(json, country.Name, [], []);
        json.WriteStartArray("identifiers");
        WriteIdentifier(json, "iso-3166-1-alpha-2", country.Alpha2);
        WriteIdentifier(json, "iso-3166-1-alpha-3", country.Alpha3);
        json.WriteEndArray();
        json.WriteString("classification", "state");
        json.WriteString("area_id", PopoloIds.Area(code));
        json.WriteEndObject();
    }

    private static void WriteInstitution(Utf8JsonWriter json, Institution institution, CooperationCatalog catalog)
    {
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.Institution(institution.Id));
        json.WriteString("name", DisplayText.Of(institution.Name, Language.English));
        WriteOtherNames(json, institution.Name, [institution.SpanishAcronym, institution.EnglishAcronym, .. institution.OtherAcronyms.Select(a => (Acronym?)a)], []);
        WriteCatalogIdentifier(json, institution.Id.ToString(), institution.Identifiers);
        json.WriteString("classification", institution.Kind.Name);
        if (institution.Parent is { } parent && catalog.TryGetInstitution(parent, out _))
        {
            json.WriteString("parent_id", PopoloIds.Institution(parent));
        }

        if (!institution.Country.IsDefault)
        {
            json.WriteString("area_id", PopoloIds.Area(institution.Country));
        }

        WriteSourcesAndCitations(json, institution.Citations, catalog);
        json.WriteEndObject();
    }

    private static void WriteMechanism(Utf8JsonWriter json, Mechanism mechanism, CooperationCatalog catalog)
    {
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.Mechanism(mechanism.Id));
        json.WriteString("name", DisplayText.Of(mechanism.Name, Language.English));
        WriteOtherNames(json, mechanism.Name, [mechanism.SpanishAcronym, mechanism.EnglishAcronym], []);
        WriteCatalogIdentifier(json, mechanism.Id.ToString(), mechanism.Identifiers);
        json.WriteString("classification", mechanism.Kind.Name);
        if (mechanism.Parent is { } parent && catalog.TryGetMechanism(parent, out _))
        {
            json.WriteString("parent_id", PopoloIds.Mechanism(parent));
        }

        if (mechanism.Purpose is { } purpose)
        {
            json.WriteString("description", DisplayText.Of(purpose, Language.English));
        }

        WriteDate(json, "founding_date", mechanism.Established);
        WriteDate(json, "dissolution_date", mechanism.Dissolved);
        WriteSourcesAndCitations(json, mechanism.Citations, catalog);

        // Extension members: what a Popolo organization has no member for.
        json.WriteString("scope", mechanism.Scope.Name);
        json.WriteString("status", mechanism.Status.Name);
        WriteNames(json, "topics", mechanism.Topics.Select(t => t.Name));
        if (mechanism.Cadence is { } cadence)
        {
            json.WriteStartObject("cadence");
            json.WriteString("kind", cadence.Kind.Name);
            WriteNumber(json, "interval_months", cadence.IntervalMonths);
            WriteNumber(json, "preferred_month", cadence.PreferredMonth);
            WriteNumber(json, "mid_term_month", cadence.MidTermMonth);
            json.WriteEndObject();
        }

        if (mechanism.Predecessor is { } predecessor && catalog.TryGetMechanism(predecessor, out _))
        {
            json.WriteString("predecessor_id", PopoloIds.Mechanism(predecessor));
        }

        if (mechanism.Successor is { } successor && catalog.TryGetMechanism(successor, out _))
        {
            json.WriteString("successor_id", PopoloIds.Mechanism(successor));
        }

        if (mechanism.Presidencies.Length > 0)
        {
            json.WriteStartArray("presidencies");
            foreach (var term in mechanism.Presidencies)
            {
                json.WriteStartObject();
                json.WriteString("holder_id", PopoloIds.Party(term.Holder));
                WriteDate(json, "start_date", term.Term.Start);
                WriteDate(json, "end_date", term.Term.End);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteOutcomes(json, mechanism.Outcomes);
        json.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter json, Person person, CooperationCatalog catalog)
    {
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.Person(person.Id));
        json.WriteString("name", person.Name.ToString());
        WriteOtherNames(json, default, [], person.OtherNames);
        WriteCatalogIdentifier(json, person.Id.ToString(), person.Identifiers);
        if (person.Rank is { } rank)
        {
            json.WriteString("honorific_prefix", DisplayText.Of(rank, Language.English));
        }

        WriteSourcesAndCitations(json, person.Citations, catalog);
        json.WriteEndObject();
    }

    private static void WritePartyMembership(Utf8JsonWriter json, Mechanism mechanism, Membership membership)
    {
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.PartyMembership(mechanism.Id, membership.Party));
        json.WriteString("role", membership.Status.Name);
        json.WriteStartObject("member");
        json.WriteString("@type", "Organization");
        json.WriteString("id", PopoloIds.Party(membership.Party));
        json.WriteEndObject();
        json.WriteString("organization_id", PopoloIds.Mechanism(mechanism.Id));
        WriteDate(json, "start_date", membership.Since);
        WriteDate(json, "end_date", membership.Until);
        json.WriteEndObject();
    }

    // A participant is a member of its delegation's party (or of its institution, on behalf of the party) at the
    // meeting: the role and position are the membership's, its dates the meeting's.
    private static void WriteParticipation(Utf8JsonWriter json, Meeting meeting, Delegation delegation, Participant participant, int number, CooperationCatalog catalog)
    {
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.Participation(meeting.Id, delegation.Party, number));
        json.WriteString("role", participant.Role.Name);
        if (participant.Position is { } position)
        {
            json.WriteString("label", DisplayText.Of(position, Language.English));
        }

        var person = participant.PersonId is { } pid && catalog.TryGetPerson(pid, out _) ? pid : (PersonId?)null;
        if (person is { } id)
        {
            json.WriteString("person_id", PopoloIds.Person(id));
        }
        else if (participant.Person is { } name)
        {
            json.WriteStartObject("person");
            json.WriteString("name", name.ToString());
            json.WriteEndObject();
        }
        else if (participant.Institution is { } member && catalog.TryGetInstitution(member, out _))
        {
            json.WriteStartObject("member");
            json.WriteString("@type", "Organization");
            json.WriteString("id", PopoloIds.Institution(member));
            json.WriteEndObject();
        }

        var organization = participant.Institution is { } institution && catalog.TryGetInstitution(institution, out _) && (person is not null || participant.Person is not null)
            ? PopoloIds.Institution(institution)
            : PopoloIds.Party(delegation.Party);
        json.WriteString("organization_id", organization);
        json.WriteString("on_behalf_of_id", PopoloIds.Party(delegation.Party));
        WriteDate(json, "start_date", meeting.Start);
        WriteDate(json, "end_date", meeting.End);
        WriteSourcesAndCitations(json, participant.Citations, catalog);
        json.WriteString("event_id", PopoloIds.Meeting(meeting.Id));
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, Meeting meeting, CooperationCatalog catalog)
    {
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.Meeting(meeting.Id));
        json.WriteString("name", DisplayText.Title(meeting, catalog, Language.English));
        if (meeting.Purpose is { } purpose)
        {
            json.WriteString("description", DisplayText.Of(purpose, Language.English));
        }

        WriteDate(json, "start_date", meeting.Start);
        WriteDate(json, "end_date", meeting.End);
        if (meeting.Venues.Length > 0)
        {
            json.WriteString("location", DisplayText.Venues(meeting.Venues, Language.English));
        }

        json.WriteString("status", meeting.Status.Name);
        WriteCatalogIdentifier(json, meeting.Id.ToString(), []);
        json.WriteString("classification", meeting.Kind.Name);
        if (meeting.Mechanism is { } mechanism && catalog.TryGetMechanism(mechanism, out _))
        {
            json.WriteString("organization_id", PopoloIds.Mechanism(mechanism));
        }

        json.WriteStartArray("attendees");
        foreach (var participant in meeting.Delegations.SelectMany(d => d.Participants))
        {
            var known = participant.PersonId is { } pid && catalog.TryGetPerson(pid, out _);
            if (!known && participant.Person is null)
            {
                continue;
            }

            json.WriteStartObject();
            if (known)
            {
                json.WriteString("id", PopoloIds.Person(participant.PersonId!.Value));
            }

            json.WriteString("name", participant.Person?.ToString() ?? catalog.GetPerson(participant.PersonId!.Value).Name.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSourcesAndCitations(json, meeting.Citations, catalog);

        // Extension members.
        if (meeting.Title is { } title)
        {
            WriteText(json, "title", title);
        }

        if (meeting.Ordinal is { } ordinal)
        {
            json.WriteNumber("ordinal", ordinal.Value);
        }

        if (meeting.ApproximateDates)
        {
            json.WriteBoolean("approximate_dates", true);
        }

        WriteNames(json, "topics", meeting.Topics.Select(t => t.Name));
        WriteNames(json, "parties", meeting.Delegations.Select(d => PopoloIds.Party(d.Party)).Distinct());
        WriteOutcomes(json, meeting.Outcomes);
        if (meeting.Statements.Length > 0)
        {
            json.WriteStartArray("statements");
            foreach (var statement in meeting.Statements)
            {
                json.WriteStartObject();
                json.WriteString("form", statement.Form.Name);
                WriteText(json, "text", statement.Text);
                if (statement.Speaker is { } speaker && catalog.TryGetPerson(speaker, out _))
                {
                    json.WriteString("speaker_id", PopoloIds.Person(speaker));
                }

                WriteCitations(json, statement.Citations, catalog);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("id", PopoloIds.Source(source.Id));
        WriteText(json, "title", source.Title);
        WriteText(json, "publisher", source.Publisher);
        WriteDate(json, "date", source.Date);
        json.WriteString("kind", source.Kind.Name);
        json.WriteString("language", source.Language == Language.Spanish ? "es" : "en");
        if (source.Url is { } url)
        {
            json.WriteString("url", url.AbsoluteUri);
        }

        if (source.Archive is { } archive)
        {
            json.WriteString("archived_file", archive.File);
        }

        json.WriteEndObject();
    }

    private static void WriteOutcomes(Utf8JsonWriter json, ImmutableArray<Commitment> outcomes)
    {
        if (outcomes.Length == 0)
        {
            return;
        }

        json.WriteStartArray("outcomes");
        foreach (var outcome in outcomes)
        {
            json.WriteStartObject();
            json.WriteString("kind", outcome.Kind.Name);
            json.WriteString("status", outcome.Status.Name);
            WriteText(json, "text", outcome.Text);
            WriteDate(json, "date", outcome.Date);
            WriteNumber(json, "count", outcome.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // The other names: the name in the other language, the acronyms, and a person's other spellings.
    private static void WriteOtherNames(Utf8JsonWriter json, LocalizedText name, Acronym?[] acronyms, ImmutableArray<PersonName> spellings)
    {
        var shown = name.IsDefault ? null : DisplayText.Of(name, Language.English);
        var others = new List<(string Name, string Note)>();
        if (!name.IsDefault && name.Spanish is { } spanish && spanish != shown)
        {
            others.Add((spanish, "es"));
        }

        others.AddRange(acronyms.OfType<Acronym>().Select(a => a.ToString()).Distinct().Select(a => (a, "acronym")));
        others.AddRange(spellings.Select(s => (s.ToString(), "other spelling")));
        if (others.Count == 0)
        {
            return;
        }

        json.WriteStartArray("other_names");
        foreach (var (other, note) in others)
        {
            json.WriteStartObject();
            json.WriteString("name", other);
            json.WriteString("note", note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // The catalog's own identifier, then those it records in other registers (wikidata, iso-3166, popolo…), as given.
    private static void WriteCatalogIdentifier(Utf8JsonWriter json, string id, ImmutableArray<ExternalIdentifier> external)
    {
        json.WriteStartArray("identifiers");
        WriteIdentifier(json, "cooperation-domain", id);
        foreach (var identifier in external)
        {
            WriteIdentifier(json, identifier.Scheme, identifier.Value);
        }

        json.WriteEndArray();
    }

    private static void WriteIdentifier(Utf8JsonWriter json, string scheme, string identifier)
    {
        json.WriteStartObject();
        json.WriteString("identifier", identifier);
        json.WriteString("scheme", scheme);
        json.WriteEndObject();
    }

    // Popolo's sources are links, which need a URL: a cited source that has one is a link (its title the note); every
    // citation, with its quote, is in the extension member "citations", whose source_id names a source of the document.
    private static void WriteSourcesAndCitations(Utf8JsonWriter json, ImmutableArray<Citation> citations, CooperationCatalog catalog)
    {
        var links = citations.Select(c => c.Source).Distinct()
            .Select(id => catalog.TryGetSource(id, out var source) ? source : null)
            .Where(s => s?.Url is not null)
            .ToList();
        if (links.Count > 0)
        {
            json.WriteStartArray("sources");
            foreach (var source in links)
            {
                json.WriteStartObject();
                json.WriteString("url", source!.Url!.AbsoluteUri);
                json.WriteString("note", DisplayText.Of(source.Title, Language.English));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteCitations(json, citations, catalog);
    }

    private static void WriteCitations(Utf8JsonWriter json, ImmutableArray<Citation> citations, CooperationCatalog catalog)
    {
        var resolved = citations.Where(c => catalog.TryGetSource(c.Source, out _)).ToList();
        if (resolved.Count == 0)
        {
            return;
        }

        json.WriteStartArray("citations");
        foreach (var citation in resolved)
        {
            json.WriteStartObject();
            json.WriteString("source_id", PopoloIds.Source(citation.Source));
            if (citation.Quote is { } quote)
            {
                json.WriteString("quote", quote);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter json, string name, LocalizedText text)
    {
        json.WriteStartObject(name);
        if (text.English is { } english)
        {
            json.WriteString("en", english);
        }

        if (text.Spanish is { } spanish)
        {
            json.WriteString("es", spanish);
        }

        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in list)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, PartialDate? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString());
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }
}
