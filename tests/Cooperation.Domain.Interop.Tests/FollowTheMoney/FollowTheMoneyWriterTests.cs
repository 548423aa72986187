using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Cooperation.Domain.Interop.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>
/// The FollowTheMoney export, checked against the model of npm's <c>@alephdata/followthemoney</c> 3.8.4
/// (<c>dist/defaultModel.json</c>, named by <c>COOPERATION_FTM_MODEL</c>, which <c>.ci/run</c> sets) by
/// <c>tools/interop/check_ftm.py</c>: schemata, properties, value types, references, required properties.
/// </summary>
public sealed class FollowTheMoneyWriterTests : IDisposable
{
    private static readonly FollowTheMoneyWriter Writer = new();
    private readonly ScratchFolder _files = new("ftm");

    public void Dispose() => _files.Dispose();

    private static byte[] Export(CooperationCatalog catalog) => Exported.Bytes(o => Writer.Write(catalog, o));

    private static List<JsonNode> Entities(byte[] bytes)
        => [.. Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];

    private ToolRun Check(byte[] stream, string name = "export.ftm.json")
    {
        var model = ExternalClients.FtmModel ?? throw new InvalidOperationException(ExternalClients.Missing("ftm-model"));
        return ExternalClients.RunTool("json", "check_ftm.py", model, Exported.File(_files.Path, name, stream));
    }

    private static IEnumerable<string> Values(JsonNode entity, string property)
        => entity["properties"]![property]?.AsArray().Select(v => (string)v!) ?? [];

    [ClientFact("ftm-model", "python3")]
    public void The_reference_catalog_passes_the_model()
    {
        var (exit, output) = Check(Export(ReferenceCatalog.Default));
        Assert.True(exit == 0, output);
        Assert.StartsWith("ftm ok:", output, StringComparison.Ordinal);
    }

    [ClientFact("ftm-model", "python3")]
    public void Hostile_content_passes_the_model_and_long_names_are_cut_and_kept_in_notes()
    {
        var bytes = Export(HostileCatalog.Build());
        var (exit, output) = Check(bytes);
        Assert.True(exit == 0, output);

        var entities = Entities(bytes);
        var ministry = entities.Single(e => (string?)e["id"] == "cooperation-domain.institution." + HostileCatalog.Ministry);
        Assert.Equal("PublicBody", (string?)ministry["schema"]);
        Assert.Equal(["Q1"], Values(ministry, "wikidataId")); // the Wikidata item; FollowTheMoney has no property for the other register
        Assert.Equal(["Q2"], Values(entities.Single(e => (string?)e["id"] == "cooperation-domain.person." + HostileCatalog.Speaker), "wikidataId"));
        var cut = Values(ministry, "alias").Single(a => a.StartsWith('Ñ'));
        Assert.Equal(384, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.Contains(HostileCatalog.LongestName, Values(ministry, "notes"));
        Assert.Equal(["mx"], Values(ministry, "country"));

        var international = entities.Single(e => (string?)e["id"] == "cooperation-domain.institution." + HostileCatalog.International);
        Assert.Equal("Organization", (string?)international["schema"]);
        Assert.Empty(Values(international, "country")); // no country, not an invented one

        var orphan = entities.Single(e => (string?)e["id"] == "cooperation-domain.meeting." + HostileCatalog.Orphan);
        Assert.Equal(["2013"], Values(orphan, "startDate"));
        Assert.Empty(Values(orphan, "organizer"));
        Assert.Contains("cooperation-domain.country.mx", Values(orphan, "involved"));
        Assert.Contains("cooperation-domain.institution." + HostileCatalog.International, Values(orphan, "involved"));
        var nameOnly = entities.Single(e => Values(e, "name").Contains(HostileCatalog.NameOnly));
        Assert.Contains((string)nameOnly["id"]!, Values(orphan, "involved"));

        // The speaker's stated position is a Position occupied at the meeting; the idle person occupies none.
        var occupancy = entities.Single(e => (string?)e["schema"] == "Occupancy");
        Assert.Equal(["cooperation-domain.person." + HostileCatalog.Speaker], Values(occupancy, "holder"));
        Assert.Equal("+Titular <b>", Values(entities.Single(e => (string?)e["id"] == Values(occupancy, "post").Single()), "name").Single());
        Assert.DoesNotContain(entities, e => Values(e, "holder").Contains("cooperation-domain.person." + HostileCatalog.Idle));
    }

    [Fact]
    public void Every_entity_of_the_catalog_is_in_the_stream_after_what_it_refers_to()
    {
        var catalog = ReferenceCatalog.Default;
        var entities = Entities(Export(catalog));
        var ids = entities.Select(e => (string)e["id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(catalog.Meetings, m => Assert.Contains("cooperation-domain.meeting." + m.Id, ids));
        Assert.All(catalog.People, p => Assert.Contains("cooperation-domain.person." + p.Id, ids));
        Assert.All(catalog.Mechanisms, m => Assert.Contains("cooperation-domain.mechanism." + m.Id, ids));
        Assert.All(catalog.Sources, s => Assert.Contains("cooperation-domain.source." + s.Id, ids));
        Assert.Equal(catalog.Mechanisms.Sum(m => m.Parties.Length), entities.Count(e => (string?)e["schema"] == "Membership" && !((string)e["id"]!).EndsWith(".parent", StringComparison.Ordinal)));
        var citations = catalog.Institutions.Sum(i => i.Citations.Length) + catalog.Mechanisms.Sum(m => m.Citations.Length)
            + catalog.People.Sum(p => p.Citations.Length) + catalog.Meetings.Sum(m => m.Citations.Length);
        Assert.Equal(citations, entities.Count(e => (string?)e["schema"] == "Documentation"));

        // References point backwards: a consumer reading the stream once meets every entity before it is referred to.
        var seen = new HashSet<string>();
        foreach (var entity in entities)
        {
            foreach (var property in new[] { "member", "organization", "involved", "organizer", "holder", "post", "document", "entity" })
            {
                Assert.All(Values(entity, property), r => Assert.True(seen.Contains(r) || r == (string?)entity["id"], $"{entity["id"]}.{property} refers forward to {r}"));
            }

            seen.Add((string)entity["id"]!);
        }

        var danm = entities.Single(e => (string?)e["id"] == "cooperation-domain.meeting.mx-ca-danm-2017-04-25");
        Assert.Equal(["2017-04-25"], Values(danm, "startDate"));
        Assert.Equal(["cooperation-domain.mechanism.mx-ca-danm"], Values(danm, "organizer"));
        Assert.Equal(["ca", "mx"], entities.Single(e => (string?)e["id"] == "cooperation-domain.mechanism.mx-ca-danm")["properties"]!["country"]!.AsArray().Select(v => (string)v!).Order());
    }

    [ClientFact("ftm-model", "python3")]
    public void The_checker_fails_what_the_model_does_not_allow()
    {
        var broken = new[]
        {
            """{"id": "a", "schema": "Company", "properties": {"name": ["A"], "country": ["MX"], "incorporationDate": ["2017-02-30"]}}""",
            """{"id": "b", "schema": "Thing", "properties": {"name": ["B"]}}""",
            """{"id": "c", "schema": "Meeting", "properties": {"name": ["C"]}}""",
            """{"id": "d", "schema": "Membership", "properties": {"member": ["a"], "organization": ["nowhere"], "colour": ["red"]}}""",
            """{"id": "e", "schema": "Occupancy", "properties": {"holder": ["a"]}}""",
            """{"id": "f", "schema": "Person", "properties": {"name": ["F"], "birthDate": ["30 April 1970"]}}""",
        };
        var (exit, output) = Check(Encoding.UTF8.GetBytes(string.Join("\n", broken) + "\n"), "broken.ftm.json");
        Assert.Equal(1, exit);
        Assert.Contains("country 'MX' is not a country of the model", output, StringComparison.Ordinal);
        Assert.Contains("incorporationDate '2017-02-30' is not a prefix date of a real day", output, StringComparison.Ordinal);
        Assert.Contains("the schema Thing is abstract", output, StringComparison.Ordinal);
        Assert.Contains("unknown schema Meeting", output, StringComparison.Ordinal);
        Assert.Contains("organization refers to nowhere, which is not in the stream", output, StringComparison.Ordinal);
        Assert.Contains("Membership has no property colour", output, StringComparison.Ordinal);
        Assert.Contains("Occupancy requires post", output, StringComparison.Ordinal);
        Assert.Contains("holder refers to a, a Company, not a Person", output, StringComparison.Ordinal);
        Assert.Contains("birthDate '30 April 1970' is not a prefix date", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_to_a_stream_is_asynchronous_and_gives_the_same_bytes()
    {
        var catalog = ReferenceCatalog.Default;
        var bytes = Export(catalog);
        Assert.Equal(bytes, await Exported.BytesAsync((s, t) => Writer.WriteAsync(catalog, s, t)));
        Assert.Equal(bytes, Export(catalog)); // stable identifiers: the same catalog, the same bytes
        Assert.Equal(("ftm", "application/x-ndjson", ".ftm.json"), (Writer.Name, Writer.MediaType, Writer.FileExtension));
    }
}
