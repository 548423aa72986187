using System;
using System.Collections.Immutable;
using System.Linq;
using Cooperation.Domain.Diff;
using Cooperation.Domain.Merge;
using static Cooperation.Domain.Tests.Merge.MergeFixtures;

namespace Cooperation.Domain.Tests.Merge;

/// <summary>Drafts and catalogs that cannot be merged as they are: a clear error, or the outcome docs/merge.md gives.</summary>
public sealed class MergeBadInputTests
{
    private const string Empty = """{"format": "cooperation-catalog/2"}""";

    private const string NewMeeting = """
        {
          "format": "cooperation-catalog/2",
          "meetings": [
            {"id": "talks-2", "kind": "ordinary", "status": "planned", "start": "2026-03", "mechanism": "mx-ca-talks", "ordinal": 2,
             "citations": [{"source": "s1", "quote": "la segunda reunión"}]}
          ]
        }
        """;

    [Fact]
    public void Repeated_identifiers_in_a_draft_are_refused_naming_the_document_line_and_path()
    {
        var draft = NewMeeting.Replace("\"meetings\": [\n", "\"meetings\": [\n    {\"id\": \"talks-2\", \"kind\": \"ordinary\", \"status\": \"planned\", \"start\": \"2026-04\", \"title\": {\"es\": \"otra\"}},\n", StringComparison.Ordinal);
        var e = Assert.Throws<CatalogMergeException>(() => CatalogMerge.Merge(Document(TalksCatalog, "catalog.json"), [Document(NewMeeting, "a.json"), Document(draft, "b.json")]));
        Assert.Equal("b.json:4: The draft has 2 meetings with the identifier talks-2 (meetings[talks-2], COOP1001); each entity of a draft needs an identifier of its own.", e.Message);
        Assert.Equal((1, "b.json", "meetings[talks-2]", 4), (e.Draft, e.Document, e.Path, e.Line));
        Assert.Equal("drafts", e.ParamName);
    }

    [Fact]
    public void A_catalog_with_repeated_identifiers_is_refused_too()
    {
        var catalog = new CatalogBuilder().AddRange(Read(TalksCatalog)).Add(Read(TalksCatalog).People[0]).Build();
        var e = Assert.Throws<CatalogMergeException>(() => CatalogMerge.Merge(catalog, [Read(NewMeeting)]));
        Assert.StartsWith("The catalog has 2 people with the identifier ana-perez-lopez (people[ana-perez-lopez], COOP1001); a merge needs one entity per identifier", e.Message, StringComparison.Ordinal);
        Assert.Null(e.Draft);
        Assert.Equal("catalog", e.ParamName);
    }

    [Fact]
    public void A_reference_to_an_entity_nothing_has_is_refused()
    {
        var draft = NewMeeting.Replace("\"mechanism\": \"mx-ca-talks\"", "\"mechanism\": \"mx-ca-dialogue\"", StringComparison.Ordinal);
        var e = Assert.Throws<CatalogMergeException>(() => CatalogMerge.Merge(Document(TalksCatalog, "catalog.json"), [Document(draft, "draft.json")]));
        Assert.Equal("draft.json:4: meetings[talks-2].mechanism refers to the mechanism mx-ca-dialogue, which neither the draft nor the catalog has; add it to the draft, or correct the reference.", e.Message);

        var person = NewMeeting.Replace("\"ordinal\": 2,", "\"ordinal\": 2, \"delegations\": [{\"party\": \"MX\", \"participants\": [{\"role\": \"member\", \"person\": \"Nadie\", \"personId\": \"nadie\"}]}],", StringComparison.Ordinal);
        e = Assert.Throws<CatalogMergeException>(() => CatalogMerge.Merge(Read(TalksCatalog), [Read(person)]));
        Assert.StartsWith("meetings[talks-2].delegations[MX].participants[0].personId refers to the person nadie", e.Message, StringComparison.Ordinal);

        var source = NewMeeting.Replace("{\"source\": \"s1\"", "{\"source\": \"s9\"", StringComparison.Ordinal);
        e = Assert.Throws<CatalogMergeException>(() => CatalogMerge.Merge(Read(TalksCatalog), [Read(source)]));
        Assert.StartsWith("meetings[talks-2].citations[0].source refers to the source s9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_draft_merges_nothing_and_the_catalog_is_unchanged()
    {
        var catalog = Read(TalksCatalog);
        var merge = CatalogMerge.Merge(catalog, [Read(Empty)]);
        Assert.Empty(merge.Entities);
        Assert.Empty(merge.Conflicts);
        Assert.Equal(CooperationJson.WriteCatalog(catalog), CooperationJson.WriteCatalog(merge.Catalog));
        Assert.Equal("draft 1\n  (an empty draft: nothing to merge)\n\n1 draft: 0 added, 0 enriched, 0 reused; 0 conflicts, 0 unresolved.\n", new MergeTextWriter().WriteToString(merge));

        var none = CatalogMerge.Merge(catalog, []);
        Assert.Same(catalog, none.Catalog);
    }

    [Fact]
    public void The_same_draft_twice_merges_as_once()
    {
        var catalog = Read(TalksCatalog);
        var once = CatalogMerge.Merge(catalog, [Read(NewMeeting)]);
        var twice = CatalogMerge.Merge(catalog, [Read(NewMeeting), Read(NewMeeting)]);
        Assert.Equal(CooperationJson.WriteCatalog(once.Catalog), CooperationJson.WriteCatalog(twice.Catalog));
        Assert.Equal([MergeOutcome.Added, MergeOutcome.Reused], twice.Entities.Select(e => e.Outcome));
        Assert.Empty(twice.Conflicts);
    }

    [Fact]
    public void A_draft_that_names_one_meeting_twice_is_reported_and_not_guessed()
    {
        // Two meetings of the draft are the catalog's first meeting (one by identifier, one by its ordinal), with two
        // ends: the second is not taken for the catalog's, so merging the draft again finds what the first merge found.
        var draft = """
            {
              "format": "cooperation-catalog/2",
              "meetings": [
                {"id": "talks-1", "kind": "ordinary", "status": "held", "start": "2025-03-03", "end": "2025-03-04", "mechanism": "mx-ca-talks", "ordinal": 1},
                {"id": "talks-first", "kind": "ordinary", "status": "held", "start": "2025-03-03", "end": "2025-03-05", "mechanism": "mx-ca-talks", "ordinal": 1}
              ]
            }
            """;
        var merge = CatalogMerge.Merge(Read(TalksCatalog), [Read(draft)]);
        var conflict = Assert.Single(merge.Conflicts);
        Assert.Equal((MergeConflictKind.AmbiguousMatch, "meetings[talks-first]", "[\"talks-1\"]"), (conflict.Kind, conflict.Path, conflict.CatalogValue));
        Assert.Contains("another meeting of the draft goes by the same ordinal", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(PartialDate.Parse("2025-03-04"), merge.Catalog.GetMeeting(MeetingId.Parse("talks-1")).End);
        Assert.Equal(["enriched meeting meetings[talks-1]", "added meeting meetings[talks-first]"], merge.Entities.Select(e => e.ToString()));

        var again = CatalogMerge.Merge(merge.Catalog, [Read(draft)]);
        Assert.Equal(CooperationJson.WriteCatalog(merge.Catalog), CooperationJson.WriteCatalog(again.Catalog));
    }

    [Fact]
    public void A_spelling_two_people_share_is_ambiguous_and_the_draft_person_is_added_apart()
    {
        var catalog = new CatalogBuilder().AddRange(Read(TalksCatalog))
            .Add(new Person(PersonId.Parse("ana-perez-gomez"), PersonName.From("Ana Pérez Gómez"), [PersonName.From("Ana Pérez")])).Build();
        var draft = """{"format": "cooperation-catalog/2", "people": [{"id": "ana", "name": "Ana Pérez", "citations": [{"source": "s1", "quote": "Ana Pérez"}]}]}""";
        var merge = CatalogMerge.Merge(catalog, [Read(draft)]);
        var conflict = Assert.Single(merge.Conflicts);
        Assert.Equal((MergeConflictKind.AmbiguousMatch, "people[ana]", "[\"ana-perez-gomez\",\"ana-perez-lopez\"]", "\"Ana Pérez\""), (conflict.Kind, conflict.Path, conflict.CatalogValue, conflict.DraftValue));
        Assert.True(conflict.IsUnresolved);
        Assert.Equal("Ana Pérez", conflict.DraftCitations.Single().Quote);
        Assert.True(merge.Catalog.TryGetPerson(PersonId.Parse("ana"), out _));
        Assert.Equal(MergeOutcome.Added, merge.Entities.Single().Outcome);
        Assert.StartsWith("ambiguous people[ana]: The draft's person ana matches 2 of the catalog's by spelling", conflict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Institutions_and_mechanisms_match_by_acronym_or_name_only_within_their_country_and_parties()
    {
        // SRE of another country is another ministry; PMC without Canada is another mechanism.
        var draft = """
            {
              "format": "cooperation-catalog/2",
              "institutions": [{"id": "gt-sre", "name": {"es": "Secretaría de Relaciones Exteriores"}, "kind": "ministry", "country": "GT", "spanishAcronym": "SRE"},
                               {"id": "inm", "name": {"es": "INSTITUTO NACIONAL DE MIGRACION"}, "kind": "agency", "country": "MX"}],
              "mechanisms": [{"id": "pmc-gt", "name": {"es": "Pláticas"}, "kind": "talks", "scope": "bilateral",
                              "parties": [{"party": "MX", "status": "member"}, {"party": "GT", "status": "member"}], "status": "active", "spanishAcronym": "PMC"}]
            }
            """;
        var merge = CatalogMerge.Merge(Read(TalksCatalog), [Read(draft)]);
        Assert.Equal(
            ["added institution institutions[gt-sre]", "reused institution institutions[mx-inm] (the draft's institutions[inm], by name)", "added mechanism mechanisms[pmc-gt]"],
            merge.Entities.Select(e => e.ToString()));
    }

    [Fact]
    public void A_person_gains_spellings_and_an_institution_acronyms_without_losing_its_own()
    {
        var draft = """
            {
              "format": "cooperation-catalog/2",
              "institutions": [{"id": "mx-inm", "name": {"es": "Instituto Nacional de Migración"}, "kind": "agency", "country": "MX", "spanishAcronym": "INAMI", "englishAcronym": "NMI"}],
              "people": [{"id": "ana-perez-lopez", "name": "Ana Perez Lopez", "otherNames": ["Ana Pérez López"]}]
            }
            """;
        var catalog = CatalogMerge.Merge(Read(TalksCatalog), [Read(draft)]).Catalog;
        var inm = catalog.GetInstitution(InstitutionId.Parse("mx-inm"));
        Assert.Equal(("INM", "NMI"), (inm.SpanishAcronym!.Value.Value, inm.EnglishAcronym!.Value.Value));
        Assert.Equal(["INAMI"], inm.OtherAcronyms.Select(a => a.Value));
        var ana = catalog.GetPerson(PersonId.Parse("ana-perez-lopez"));
        Assert.Equal("Ana Pérez López", ana.Name.Value);
        Assert.Equal(["Ana Pérez", "Ana Perez Lopez"], ana.OtherNames.Select(n => n.Value));
    }

    [Fact]
    public void Bad_arguments_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => CatalogMerge.Merge((CooperationCatalog)null!, []));
        Assert.Throws<ArgumentNullException>(() => CatalogMerge.Merge(Read(TalksCatalog), null!));
        Assert.Equal("drafts", Assert.Throws<ArgumentException>(() => CatalogMerge.Merge(Read(TalksCatalog), [null!])).ParamName);
        Assert.Equal("preference", Assert.Throws<ArgumentException>(() => CatalogMerge.Merge(Read(TalksCatalog), [], (MergePreference)7)).ParamName);
    }

    [Fact]
    public void A_catalog_of_100000_meetings_is_merged_with_linear_work()
    {
        // Work measured as bytes allocated (deterministic), not time: an index built per draft entity, or a scan of
        // the catalog per entity, would grow with the product of the two.
        long Work(int meetings)
        {
            var catalog = Large(meetings);
            var draft = Read(NewMeeting);
            // One measured run: at these sizes the runtime's own occasional allocations are noise.
            var before = GC.GetAllocatedBytesForCurrentThread();
            var merge = CatalogMerge.Merge(catalog, [draft]);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(meetings + 2, merge.Catalog.Meetings.Length);
            return bytes;
        }

        Work(1_000); // warm-up: the first run loads and compiles code
        var small = Work(10_000);
        var large = Work(100_000);
        Assert.True(large <= 15 * small, $"{small:N0} B for 10,000 meetings, {large:N0} B for 100,000");
        Assert.True(large >= 5 * small, $"{small:N0} B for 10,000, {large:N0} B for 100,000: the measure does not follow the size");
    }

    private static CooperationCatalog Large(int meetings)
    {
        var talks = Read(TalksCatalog);
        var builder = new CatalogBuilder().AddRange(talks);
        var mechanism = MechanismId.Parse("mx-ca-talks");
        for (var i = 0; i < meetings; i++)
        {
            builder.Add(new Meeting(MeetingId.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"m-{i}")), MeetingKind.Ordinary, MeetingStatus.Held,
                PartialDate.FromYear(1900 + (i % 100)), mechanism, ordinal: Ordinal.FromInt32(3 + i)));
        }

        return builder.Build();
    }
}
