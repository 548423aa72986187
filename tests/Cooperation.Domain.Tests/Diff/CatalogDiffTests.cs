using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Diff;
using Cooperation.Domain.Tests.Documentation;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Diff;

public sealed class CatalogDiffTests
{
    private static readonly MeetingId Planned = MeetingId.Parse("mx-us-consular-dialogue-2023-10");

    // Two versions of the reference catalog from the repository's history (both in format 1): before the fact-check of
    // roles and places, and after it and the January 2011 mission's focal points and the first GANS delegation.
    // The one source URL is left out of both (the same in each), so that the repository holds no URL.
    private static CooperationCatalog Fixture(string commit)
        => CooperationJson.ReadCatalog(File.ReadAllBytes(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Diff", $"reference-catalog.{commit}.json")));

    private static CatalogDiff History() => CatalogDiff.Compare(Fixture("67073a1"), Fixture("dd6d1cc"));

    [Fact]
    public void Two_versions_of_the_reference_catalog_read_as_a_reviewer_would_write_them()
    {
        var diff = History();
        Assert.Contains(diff.Changes, c => c.ToString() == "meetings[mx-us-2021-05-13].venues[0]: removed {\"country\":\"MX\",\"city\":{\"es\":\"Ciudad de México\",\"en\":\"Mexico City\"}}");
        Snapshot.Verify(this, new DiffTextWriter().WriteToString(diff));
    }

    [Fact]
    public void Two_versions_of_the_reference_catalog_in_markdown()
    {
        Snapshot.Verify(this, new DiffMarkdownWriter().WriteToString(History()), "md");
    }

    [Fact]
    public void Two_versions_of_the_reference_catalog_in_json()
    {
        var diff = History();
        var text = new DiffJsonWriter().WriteToString(diff);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal("cooperation-diff/1", root.GetProperty("format").GetString());
        Assert.False(root.GetProperty("equal").GetBoolean());
        Assert.Equal(diff.ChangedEntities, root.GetProperty("entities").GetProperty("changed").GetInt32());
        Assert.Equal(diff.Changes.Length, root.GetProperty("changes").GetArrayLength());

        // Values are JSON values, in full.
        var venue = root.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("path").GetString() == "meetings[mx-us-2021-05-13].venues[0]");
        Assert.Equal("Mexico City", venue.GetProperty("old").GetProperty("city").GetProperty("en").GetString());
        Assert.False(venue.TryGetProperty("new", out _));
        Snapshot.Verify(this, text, "json");
    }

    [Fact]
    public void A_catalog_compared_with_itself_or_with_a_copy_read_back_has_no_changes()
    {
        var catalog = ReferenceCatalog.Default;
        Assert.True(CatalogDiff.Compare(catalog, catalog).IsEmpty);
        var copy = CooperationJson.ReadCatalog(CooperationJson.WriteCatalog(catalog));
        var diff = CatalogDiff.Compare(catalog, copy);
        Assert.True(diff.IsEmpty);
        Assert.Equal((0, 0, 0), (diff.AddedEntities, diff.RemovedEntities, diff.ChangedEntities));
        Assert.Equal("No differences.\n", new DiffTextWriter().WriteToString(diff));
        Assert.Equal("**Catalog diff:** no differences.\n", new DiffMarkdownWriter().WriteToString(diff));

        // Format 1 read today is the same catalog as its format-2 rewrite: the format is not a change.
        var old = Fixture("67073a1");
        Assert.True(CatalogDiff.Compare(old, CooperationJson.ReadCatalog(CooperationJson.WriteCatalog(old))).IsEmpty);
    }

    [Fact]
    public void The_example_of_docs_model_md_prints_what_its_comment_says()
    {
        var output = new StringWriter();

        // --- the example, with Console.WriteLine writing to `output` ---
        var catalog = ReferenceCatalog.Default;
        var id = MeetingId.Parse("mx-us-consular-dialogue-2023-10");
        var diff = CatalogDiff.Compare(catalog, catalog.With(catalog.GetMeeting(id).WithStatus(MeetingStatus.Held)));
        output.WriteLine(diff.Changes[0]);  // meetings[mx-us-consular-dialogue-2023-10].status: changed from "planned" to "held"
        // --- end of the example ---

        Assert.Equal("meetings[mx-us-consular-dialogue-2023-10].status: changed from \"planned\" to \"held\"", output.ToString().TrimEnd());
        var doc = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "model.md"));
        var start = doc.IndexOf("```csharp", doc.IndexOf("## Comparing catalogs", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = doc.IndexOf("```", start + 9, StringComparison.Ordinal);
        var source = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Diff", "CatalogDiffTests.cs"));
        foreach (var line in doc[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.Contains(line.Replace("Console.WriteLine", "output.WriteLine", StringComparison.Ordinal), source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void One_edit_is_one_change_with_its_values_as_json()
    {
        var catalog = ReferenceCatalog.Default;
        var edited = catalog.With(catalog.GetMeeting(Planned).WithStatus(MeetingStatus.Held));
        var change = Assert.Single(CatalogDiff.Compare(catalog, edited).Changes);
        Assert.Equal(CatalogChangeKind.Changed, change.Kind);
        Assert.Equal(CatalogEntityKind.Meeting, change.EntityKind);
        Assert.Equal(Planned.Value, change.EntityId);
        Assert.Equal(1, change.Occurrence);
        Assert.Equal("meetings[mx-us-consular-dialogue-2023-10].status", change.Path);
        Assert.Equal("status", change.MemberPath);
        Assert.Equal("meetings", change.Collection);
        Assert.False(change.IsEntity);
        Assert.Equal(("\"planned\"", "\"held\""), (change.OldValue, change.NewValue));
        Assert.Equal("meetings[mx-us-consular-dialogue-2023-10].status: changed from \"planned\" to \"held\"", change.ToString());

        // The other way round.
        var back = Assert.Single(CatalogDiff.Compare(edited, catalog).Changes);
        Assert.Equal(("\"held\"", "\"planned\""), (back.OldValue, back.NewValue));
    }

    [Fact]
    public void Entities_added_and_removed_are_counted_and_ordered_by_kind_then_identifier()
    {
        var catalog = ReferenceCatalog.Default;
        var meeting = catalog.GetMeeting(Planned);
        var person = catalog.People[0];
        var edited = catalog.Without(Planned).With(meeting.WithId(MeetingId.Parse("zz-added"))).With(meeting.WithId(MeetingId.Parse("aa-added"))).Without(person.Id);
        var diff = CatalogDiff.Compare(catalog, edited);
        Assert.Equal((2, 2, 0), (diff.AddedEntities, diff.RemovedEntities, diff.ChangedEntities));
        Assert.Equal(
            [$"people[{person.Id}]: removed person", "meetings[aa-added]: added meeting", "meetings[mx-us-consular-dialogue-2023-10]: removed meeting", "meetings[zz-added]: added meeting"],
            diff.Changes.Select(c => c.ToString()));
        Assert.All(diff.Changes, c => Assert.True(c.IsEntity));
        Assert.Equal(CooperationJson.Read<Meeting>(diff.Changes[1].NewValue!).Id, MeetingId.Parse("aa-added"));
        Assert.EndsWith("\n\n0 entities changed, 2 added, 2 removed (4 changes).\n", new DiffTextWriter().WriteToString(diff), StringComparison.Ordinal);
        Assert.Equal("0 entities changed, 2 added, 2 removed (4 changes).", diff.ToString());
    }

    [Fact]
    public void Delegations_are_matched_by_party_and_topics_as_a_set()
    {
        var meeting = new Meeting(MeetingId.Parse("m1"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.FromYear(2020), title: LocalizedText.FromEnglish("Talks"),
            delegations: [Delegation("MX", "Ana"), Delegation("CA", "John")], topics: [Topic.Security, Topic.Migration]);
        var changed = meeting.WithDelegations([Delegation("CA", "Joan")]).WithTopics([Topic.Security, Topic.Migration, Topic.TradeAndTourism]);
        var diff = CatalogDiff.Compare(Catalog(meeting), Catalog(changed));
        Assert.Equal(
            [
                "meetings[m1].delegations[MX]: removed {\"party\":\"MX\",\"participants\":[{\"role\":\"head-of-delegation\",\"person\":\"Ana\"}]}",
                "meetings[m1].delegations[CA].participants[0].person: changed from \"John\" to \"Joan\"",
                "meetings[m1].topics: added \"trade-and-tourism\"",
            ],
            diff.Changes.Select(c => c.ToString()));

        // Order alone is a change too, never nothing.
        var reordered = CatalogDiff.Compare(Catalog(meeting), Catalog(meeting.WithDelegations([.. meeting.Delegations.Reverse()]).WithTopics([Topic.Migration, Topic.Security])));
        Assert.Equal(
            ["meetings[m1].delegations: changed from [\"MX\",\"CA\"] to [\"CA\",\"MX\"]", "meetings[m1].topics: changed from [\"security\",\"migration\"] to [\"migration\",\"security\"]"],
            reordered.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Repeated_identifiers_are_matched_by_position_among_themselves()
    {
        var meeting = new Meeting(MeetingId.Parse("m1"), MeetingKind.Ordinary, MeetingStatus.Planned, PartialDate.FromYear(2020), title: LocalizedText.FromEnglish("Talks"));
        var held = meeting.WithStatus(MeetingStatus.Held);
        var one = new CatalogBuilder().Add(meeting).Build();
        var two = new CatalogBuilder().Add(meeting).Add(meeting).Build();
        var secondHeld = new CatalogBuilder().Add(meeting).Add(held).Build();

        var added = Assert.Single(CatalogDiff.Compare(one, two).Changes);
        Assert.Equal(("meetings[m1]#2: added meeting", 2, true), (added.ToString(), added.Occurrence, added.IsEntity));
        Assert.Equal(1, CatalogDiff.Compare(one, two).AddedEntities);

        var removed = Assert.Single(CatalogDiff.Compare(two, one).Changes);
        Assert.Equal("meetings[m1]#2: removed meeting", removed.ToString());

        var changed = Assert.Single(CatalogDiff.Compare(two, secondHeld).Changes);
        Assert.Equal(("meetings[m1]#2.status", "status", 2), (changed.Path, changed.MemberPath, changed.Occurrence));

        using var json = JsonDocument.Parse(new DiffJsonWriter().WriteToString(CatalogDiff.Compare(two, secondHeld)));
        Assert.Equal(2, json.RootElement.GetProperty("changes")[0].GetProperty("occurrence").GetInt32());
        Assert.True(CatalogDiff.Compare(two, new CatalogBuilder().Add(meeting).Add(meeting).Build()).IsEmpty);
    }

    [Fact]
    public void Markdown_cells_escape_pipes_and_backticks_and_are_bounded()
    {
        var meeting = new Meeting(MeetingId.Parse("m1"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.FromYear(2020), title: LocalizedText.FromEnglish("a | b ``c``"));
        var changed = meeting.WithTitle(LocalizedText.FromEnglish(new string('x', 200)));
        var row = new DiffMarkdownWriter().WriteToString(CatalogDiff.Compare(Catalog(meeting), Catalog(changed))).Split('\n').Single(l => l.StartsWith("| `title.en`", StringComparison.Ordinal));
        Assert.Equal($"| `title.en` | changed | ```\"a \\| b ``c``\"``` | `\"{new string('x', 78)}…` |", row);
    }

    [Fact]
    public void One_change_in_a_meeting_of_50000_participants_is_found_with_linear_work()
    {
        // Work measured as bytes allocated, not time (a timed assertion fails on a busy machine): a pairwise
        // comparison of participants would allocate a hundred times more for ten times the participants.
        long Work(int n)
        {
            var (old, @new) = LargeMeeting(n);
            var change = Assert.Single(CatalogDiff.Compare(old, @new).Changes);
            Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"meetings[big].delegations[MX].participants[{n / 2}].role"), change.Path);
            return Allocations.Measure(() => CatalogDiff.Compare(old, @new), iterations: 1);
        }

        var small = Work(5_000);
        var large = Work(50_000);
        Assert.True(large <= 15 * small, $"{small:N0} B for 5,000, {large:N0} B for 50,000");
        Assert.True(large >= 5 * small, $"{small:N0} B for 5,000, {large:N0} B for 50,000: the measure does not follow the size");
    }

    private static (CooperationCatalog Old, CooperationCatalog New) LargeMeeting(int participants)
    {
        var people = Enumerable.Range(0, participants).Select(i => new Participant(DelegationRole.Member, PersonName.From("Person " + Letters(i)))).ToImmutableArray();
        var meeting = new Meeting(MeetingId.Parse("big"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.FromYear(2020), title: LocalizedText.FromEnglish("Talks"),
            delegations: [new Delegation(PartyRef.ForCountry(CountryCode.Parse("MX")), people)]);
        var changed = people.SetItem(participants / 2, people[participants / 2].WithRole(DelegationRole.Adviser));
        return (Catalog(meeting), Catalog(meeting.WithDelegations([new Delegation(PartyRef.ForCountry(CountryCode.Parse("MX")), changed)])));
    }

    private static string Letters(int i) => i < 26 ? ((char)('a' + i)).ToString() : Letters((i / 26) - 1) + (char)('a' + (i % 26));

    private static Delegation Delegation(string country, string person)
        => new(PartyRef.ForCountry(CountryCode.Parse(country)), [new Participant(DelegationRole.HeadOfDelegation, PersonName.From(person))]);

    private static CooperationCatalog Catalog(Meeting meeting) => new CatalogBuilder().Add(meeting).Build();

    [Fact]
    public void A_whole_entity_change_keeps_both_values_in_every_form()
    {
        // The fallback change (the bytes differ but no member does) is at the entity's own path: it is a change of
        // the entity, not an added or removed one, and its values are shown.
        const string path = "meetings[talks-1]";
        var change = new CatalogChange(CatalogChangeKind.Changed, CatalogEntityKind.Meeting, "talks-1", 1, path.Length, path, "{\"id\":\"talks-1\"}", "{\"id\":\"talks-1\",\"x\":1}");
        Assert.False(change.IsEntity);
        Assert.Equal("meetings[talks-1]: changed from {\"id\":\"talks-1\"} to {\"id\":\"talks-1\",\"x\":1}", change.ToString());
        var added = new CatalogChange(CatalogChangeKind.Added, CatalogEntityKind.Meeting, "talks-1", 1, path.Length, path, null, "{}");
        Assert.True(added.IsEntity);
    }
}
