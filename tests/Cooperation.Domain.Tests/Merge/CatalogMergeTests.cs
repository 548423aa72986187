using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Diff;
using Cooperation.Domain.Merge;
using static Cooperation.Domain.Tests.Merge.MergeFixtures;

namespace Cooperation.Domain.Tests.Merge;

public sealed class CatalogMergeTests
{
    // A communiqué's draft: the same talks under the extractor's own identifiers, with the second meeting, a new
    // person, the source under another identifier, and another spelling of Ana Pérez.
    private const string Draft = """
        {
          "format": "cooperation-catalog/2",
          "sources": [
            {"id": "draft-s1", "title": {"es": "Comunicado conjunto"}, "publisher": {"es": "SRE"}, "date": "2025-03-05", "language": "es", "kind": "press-release",
             "archive": {"file": "s1.txt", "sha256": "1111111111111111111111111111111111111111111111111111111111111111"}}
          ],
          "institutions": [
            {"id": "sre", "name": {"es": "Secretaría de Relaciones Exteriores", "en": "Ministry of Foreign Affairs"}, "kind": "ministry", "country": "MX", "spanishAcronym": "SRE"}
          ],
          "people": [
            {"id": "ana-perez", "name": "Ana Pérez López", "otherNames": ["Ana Perez"], "citations": [{"source": "draft-s1", "quote": "Ana Perez"}]},
            {"id": "juan-ruiz", "name": "Juan Ruiz"}
          ],
          "mechanisms": [
            {"id": "pmc", "name": {"es": "Pláticas México-Canadá"}, "kind": "talks", "scope": "bilateral",
             "parties": [{"party": "MX", "status": "member"}, {"party": "CA", "status": "member"}], "status": "active", "topics": ["security", "migration"], "spanishAcronym": "PMC"}
          ],
          "meetings": [
            {"id": "pmc-2025-03-03", "kind": "ordinary", "status": "held", "start": "2025-03-03", "end": "2025-03-04", "mechanism": "pmc", "ordinal": 1,
             "delegations": [
               {"party": "MX", "participants": [
                 {"role": "head-of-delegation", "person": "Ana Perez", "personId": "ana-perez", "institution": "sre"},
                 {"role": "member", "person": "Juan Ruiz", "personId": "juan-ruiz"}]}
             ],
             "citations": [{"source": "draft-s1", "quote": "los días 3 y 4 de marzo"}]},
            {"id": "pmc-2026-03", "kind": "ordinary", "status": "planned", "start": "2026-03", "mechanism": "pmc", "ordinal": 2,
             "citations": [{"source": "draft-s1", "quote": "la segunda reunión, en marzo de 2026"}]}
          ]
        }
        """;

    [Fact]
    public void A_draft_adds_what_is_new_and_enriches_what_the_catalog_has_under_its_identifiers()
    {
        var merge = CatalogMerge.Merge(Read(TalksCatalog), [Read(Draft)]);
        Assert.Empty(merge.Conflicts);
        string Line(string draftId) => merge.Entities.Single(e => e.DraftId == draftId).ToString();
        Assert.Equal("reused source sources[s1] (the draft's sources[draft-s1], by archive)", Line("draft-s1"));
        Assert.Equal("enriched institution institutions[mx-sre] (the draft's institutions[sre], by acronym)", Line("sre"));
        Assert.Equal("enriched person people[ana-perez-lopez] (the draft's people[ana-perez], by spelling)", Line("ana-perez"));
        Assert.Equal("added person people[juan-ruiz]", Line("juan-ruiz"));
        Assert.Equal("enriched mechanism mechanisms[mx-ca-talks] (the draft's mechanisms[pmc], by acronym)", Line("pmc"));
        Assert.Equal("enriched meeting meetings[talks-1] (the draft's meetings[pmc-2025-03-03], by ordinal)", Line("pmc-2025-03-03"));
        Assert.Equal("added meeting meetings[pmc-2026-03]", Line("pmc-2026-03"));

        var catalog = merge.Catalog;
        Assert.Equal(["Ana Pérez", "Ana Perez"], catalog.GetPerson(PersonId.Parse("ana-perez-lopez")).OtherNames.Select(n => n.Value));
        Assert.Equal("Ministry of Foreign Affairs", catalog.GetInstitution(InstitutionId.Parse("mx-sre")).Name.English);

        // References are rewritten to the catalog's identifiers, and the participant keeps the catalog's spelling.
        var held = catalog.GetMeeting(MeetingId.Parse("talks-1"));
        Assert.Equal(PartialDate.Parse("2025-03-04"), held.End);
        var mexico = held.Delegations.Single();
        Assert.Equal(["ana-perez-lopez", "juan-ruiz"], mexico.Participants.Select(p => p.PersonId!.Value.Value));
        Assert.Equal("Ana Pérez", mexico.Participants[0].Person!.Value.Value);
        Assert.Equal("mx-sre", mexico.Participants[0].Institution!.Value.Value);
        Assert.Equal(["s1"], held.Sources.Select(s => s.Value));
        var planned = catalog.GetMeeting(MeetingId.Parse("pmc-2026-03"));
        Assert.Equal("mx-ca-talks", planned.Mechanism!.Value.Value);
        Assert.Equal("s1", planned.Citations.Single().Source.Value);
        Assert.Equal(["security", "migration"], catalog.GetMechanism(MechanismId.Parse("mx-ca-talks")).Topics.Select(t => t.Name));
        Assert.False(catalog.TryGetSource(SourceId.Parse("draft-s1"), out _));

        // The diff of the catalog and the merge is the review of what the draft added: additions only.
        var diff = CatalogDiff.Compare(Read(TalksCatalog), catalog);
        Assert.All(diff.Changes, c => Assert.Equal(CatalogChangeKind.Added, c.Kind));
        Assert.Contains(diff.Changes, c => c.ToString() == "meetings[talks-1].end: added \"2025-03-04\"");
        Assert.Contains(diff.Changes, c => c.ToString() == "meetings[pmc-2026-03]: added meeting");
        Assert.Equal(2, diff.AddedEntities);
    }

    [Fact]
    public void A_contradiction_is_reported_with_both_values_and_quotes_and_the_catalog_is_kept()
    {
        var draft = Draft.Replace("\"start\": \"2025-03-03\", \"end\"", "\"start\": \"2025-03-02\", \"end\"", StringComparison.Ordinal)
            .Replace("{\"role\": \"head-of-delegation\", \"person\": \"Ana Perez\"", "{\"role\": \"co-chair\", \"person\": \"Ana Perez\"", StringComparison.Ordinal);
        var merge = CatalogMerge.Merge(Read(TalksCatalog), [Read(draft)]);
        Assert.Equal(2, merge.UnresolvedConflicts);
        var date = merge.Conflicts.Single(c => c.Path == "meetings[talks-1].start");
        Assert.Equal((MergeConflictKind.Contradiction, "\"2025-03-03\"", "\"2025-03-02\"", MergeResolution.KeptCatalog), (date.Kind, date.CatalogValue, date.DraftValue, date.Resolution));
        Assert.Equal("el 3 de marzo de 2025, en Ottawa", date.CatalogCitations.Single().Quote);
        Assert.Equal("los días 3 y 4 de marzo", date.DraftCitations.Single().Quote);
        Assert.Equal("s1", date.DraftCitations.Single().Source.Value); // rewritten to the catalog's source

        // Another role for the same person at the same meeting; the quotes are the participant's own (the draft's has
        // none, so its meeting's).
        var role = merge.Conflicts.Single(c => c.Path == "meetings[talks-1].delegations[MX].participants[0].role");
        Assert.Equal(("\"head-of-delegation\"", "\"co-chair\""), (role.CatalogValue, role.DraftValue));
        Assert.Equal("encabezada por la subsecretaria Ana Pérez", role.CatalogCitations.Single().Quote);
        Assert.Equal("los días 3 y 4 de marzo", role.DraftCitations.Single().Quote);

        var meeting = merge.Catalog.GetMeeting(MeetingId.Parse("talks-1"));
        Assert.Equal(PartialDate.Parse("2025-03-03"), meeting.Start);
        Assert.Equal(DelegationRole.HeadOfDelegation, meeting.Delegations[0].Participants[0].Role);
        Assert.Equal(
            "conflict meetings[talks-1].start: the catalog has \"2025-03-03\", the draft \"2025-03-02\"; kept the catalog's",
            date.ToString());

        var preferred = CatalogMerge.Merge(Read(TalksCatalog), [Read(draft)], MergePreference.Draft);
        Assert.Equal(0, preferred.UnresolvedConflicts);
        Assert.Equal(2, preferred.Conflicts.Length);
        Assert.All(preferred.Conflicts, c => Assert.Equal(MergeResolution.TookDraft, c.Resolution));
        meeting = preferred.Catalog.GetMeeting(MeetingId.Parse("talks-1"));
        Assert.Equal(PartialDate.Parse("2025-03-02"), meeting.Start);
        Assert.Equal(DelegationRole.CoChair, meeting.Delegations[0].Participants[0].Role);
    }

    [Fact]
    public void Additions_a_kept_status_forbids_are_not_applied_and_say_why()
    {
        // The catalog has the meeting planned; the draft reports it held, with an outcome.
        var catalog = TalksCatalog.Replace("\"status\": \"held\", \"start\": \"2025-03-03\"", "\"status\": \"planned\", \"start\": \"2025-03-03\"", StringComparison.Ordinal);
        var draft = Draft.Replace(
            "\"citations\": [{\"source\": \"draft-s1\", \"quote\": \"los días 3 y 4 de marzo\"}]},",
            "\"outcomes\": [{\"text\": {\"es\": \"un plan de trabajo\"}, \"kind\": \"agreement\", \"status\": \"agreed\"}], \"citations\": [{\"source\": \"draft-s1\", \"quote\": \"los días 3 y 4 de marzo\"}]},",
            StringComparison.Ordinal);
        var merge = CatalogMerge.Merge(Read(catalog), [Read(draft)]);
        Assert.Equal(["meetings[talks-1].status", "meetings[talks-1]"], merge.Conflicts.Select(c => c.Path));
        var invalid = merge.Conflicts[1];
        Assert.Equal(MergeConflictKind.Invalid, invalid.Kind);
        Assert.Contains("so it has no outcomes", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(MergeOutcome.Reused, merge.Entities.Single(e => e.Id == "talks-1").Outcome);
        Assert.Same(Read(catalog).GetMeeting(MeetingId.Parse("talks-1")).Status, merge.Catalog.GetMeeting(MeetingId.Parse("talks-1")).Status);

        // Preferring the draft makes the meeting held, and the outcome is then added.
        var preferred = CatalogMerge.Merge(Read(catalog), [Read(draft)], MergePreference.Draft);
        Assert.False(preferred.HasUnresolvedConflicts);
        Assert.Single(preferred.Catalog.GetMeeting(MeetingId.Parse("talks-1")).Outcomes);
    }

    [Fact]
    public void Reports_in_text_markdown_and_json()
    {
        var draft = Draft.Replace("\"start\": \"2025-03-03\", \"end\"", "\"start\": \"2025-03-02\", \"end\"", StringComparison.Ordinal);
        var merge = CatalogMerge.Merge(Document(TalksCatalog, "catalog.json"), [Document(draft, "draft.json")]);
        var text = new MergeTextWriter().WriteToString(merge);
        Assert.Equal("1 draft: 2 added, 4 enriched, 1 reused; 1 conflict, 1 unresolved.", merge.ToString());
        Assert.StartsWith("draft.json\n  reused source sources[s1] (the draft's sources[draft-s1], by archive)\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    meetings[talks-1].end: added \"2025-03-04\"\n", text, StringComparison.Ordinal);
        Assert.Contains(
            "\n  conflict meetings[talks-1].start: the catalog has \"2025-03-03\", the draft \"2025-03-02\"; kept the catalog's\n    catalog: s1: \u201Cel 3 de marzo de 2025, en Ottawa\u201D\n    draft: s1: \u201Clos días 3 y 4 de marzo\u201D\n",
            text, StringComparison.Ordinal);
        Assert.EndsWith("\n\n1 draft: 2 added, 4 enriched, 1 reused; 1 conflict, 1 unresolved.\n", text, StringComparison.Ordinal);

        var lines = new MergeMarkdownWriter().WriteToString(merge).Split('\n');
        Assert.Equal("**Catalog merge:** 1 draft: 2 added, 4 enriched, 1 reused; 1 conflict, 1 unresolved.", lines[0]);
        Assert.Contains("#### draft.json", lines);
        Assert.Contains("- **Conflict** `meetings[talks-1].start`: the catalog has `\"2025-03-03\"`, the draft `\"2025-03-02\"`; kept the catalog's.", lines);
        Assert.Contains("| `meetings[pmc-2026-03]` | added meeting |  |  |", lines);

        using var json = JsonDocument.Parse(new MergeJsonWriter().WriteToString(merge));
        var root = json.RootElement;
        Assert.Equal("cooperation-merge/1", root.GetProperty("format").GetString());
        Assert.Equal("draft.json", root.GetProperty("drafts")[0].GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("unresolved").GetInt32());
        var conflict = root.GetProperty("conflicts").EnumerateArray().Single();
        Assert.Equal(1, conflict.GetProperty("draft").GetInt32());
        Assert.Equal(conflict.EnumerateObject().Count(), conflict.EnumerateObject().Select(p => p.Name).Distinct().Count()); // no member twice
        Assert.Equal(("contradiction", "2025-03-03", "2025-03-02", "kept-catalog"),
            (conflict.GetProperty("conflict").GetString(), conflict.GetProperty("catalogValue").GetString(), conflict.GetProperty("draftValue").GetString(), conflict.GetProperty("resolution").GetString()));
        Assert.Equal("los días 3 y 4 de marzo", conflict.GetProperty("draftCitations")[0].GetProperty("quote").GetString());
        var enriched = root.GetProperty("merged").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ana-perez-lopez");
        Assert.Equal(("enriched", "spelling", "ana-perez"), (enriched.GetProperty("result").GetString(), enriched.GetProperty("matchedBy").GetString(), enriched.GetProperty("draftId").GetString()));
        Assert.Equal("Ana Perez", enriched.GetProperty("additions")[0].GetProperty("value").GetString());
    }
}
