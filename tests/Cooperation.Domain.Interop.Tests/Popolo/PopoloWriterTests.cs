using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Cooperation.Domain.Interop.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Interop.Tests.Popolo;

/// <summary>
/// The Popolo export, validated object by object by Python's jsonschema Draft3Validator against the Popolo schemas
/// (<c>../shared/interop/popolo/</c>), and beyond them by <c>tools/interop/validate_popolo.py</c>: real calendar
/// dates, unique identifiers, references that resolve.
/// </summary>
public sealed class PopoloWriterTests : IDisposable
{
    private static readonly PopoloWriter Writer = new();
    private readonly ScratchFolder _files = new("popolo");

    public void Dispose() => _files.Dispose();

    private static byte[] Export(CooperationCatalog catalog) => Exported.Bytes(o => Writer.Write(catalog, o));

    private ToolRun Validate(byte[] document, string name = "popolo.json")
        => ExternalClients.RunTool("jsonschema", "validate_popolo.py", ExternalClients.PopoloSchemas, Exported.File(_files.Path, name, document));

    [ClientFact("jsonschema")]
    public void The_reference_catalog_validates_against_the_popolo_schemas()
    {
        var (exit, output) = Validate(Export(ReferenceCatalog.Default));
        Assert.True(exit == 0, output);
        Assert.StartsWith("popolo ok:", output, StringComparison.Ordinal);
    }

    [ClientFact("jsonschema")]
    public void Hostile_content_validates_and_reads_back_as_written()
    {
        var catalog = HostileCatalog.Build();
        var bytes = Export(catalog);
        var (exit, output) = Validate(bytes);
        Assert.True(exit == 0, output);

        var document = JsonNode.Parse(bytes)!;
        var orphan = document["events"]!.AsArray().Single(e => (string?)e!["id"] == "meeting/" + HostileCatalog.Orphan)!;
        Assert.Equal("@" + HostileCatalog.RightToLeft, (string?)orphan["name"]); // the English title; the Spanish one is not a Popolo event member
        Assert.Equal("2013", (string?)orphan["start_date"]);
        Assert.Null(orphan["organization_id"]); // a meeting with no mechanism belongs to no organization
        Assert.Contains(orphan["attendees"]!.AsArray(), a => (string?)a!["name"] == HostileCatalog.NameOnly && a["id"] is null);

        var ministry = document["organizations"]!.AsArray().Single(o => (string?)o!["id"] == "institution/" + HostileCatalog.Ministry)!;
        Assert.Equal("-1 " + HostileCatalog.Markup, (string?)ministry["name"]);
        Assert.Contains(ministry["other_names"]!.AsArray(), n => (string?)n!["name"] == HostileCatalog.LongestName);
        Assert.Equal(
            [("cooperation-domain", HostileCatalog.Ministry.ToString()), ("wikidata", "Q1"), ("popolo", HostileCatalog.OtherRegister.Value)],
            ministry["identifiers"]!.AsArray().Select(i => ((string?)i!["scheme"], (string?)i["identifier"])));
        var international = document["organizations"]!.AsArray().Single(o => (string?)o!["id"] == "institution/" + HostileCatalog.International)!;
        Assert.Null(international["area_id"]); // an institution without a country is in no area

        var idle = document["persons"]!.AsArray().Single(p => (string?)p!["id"] == "person/" + HostileCatalog.Idle)!;
        Assert.Equal(HostileCatalog.LongestPersonName, (string?)idle["name"]);
        Assert.DoesNotContain(document["memberships"]!.AsArray(), m => (string?)m!["person_id"] == "person/" + HostileCatalog.Idle);

        var planned = document["events"]!.AsArray().Single(e => (string?)e!["id"] == "meeting/" + HostileCatalog.YearOnly)!;
        Assert.Equal(("2014", "2015", true), ((string?)planned["start_date"], (string?)planned["end_date"], (bool?)planned["approximate_dates"]));
    }

    [Fact]
    public void Every_entity_of_the_catalog_is_an_object_of_the_document()
    {
        var catalog = ReferenceCatalog.Default;
        var document = JsonNode.Parse(Export(catalog))!;
        Assert.Equal(catalog.Institutions.Length + catalog.Mechanisms.Length, document["organizations"]!.AsArray().Count(o => (string?)o!["classification"] != "state"));
        Assert.Equal(catalog.People.Select(p => "person/" + p.Id), document["persons"]!.AsArray().Select(p => (string?)p!["id"]));
        Assert.Equal(catalog.Meetings.Select(m => "meeting/" + m.Id), document["events"]!.AsArray().Select(e => (string?)e!["id"]));
        Assert.Equal(catalog.Sources.Select(s => "source/" + s.Id), document["sources"]!.AsArray().Select(s => (string?)s!["id"]));
        var participants = catalog.Meetings.Sum(m => m.Delegations.Sum(d => d.Participants.Length));
        var parties = catalog.Mechanisms.Sum(m => m.Parties.Select(p => p.Party).Distinct().Count());
        Assert.Equal(parties + participants, document["memberships"]!.AsArray().Count);

        // The DANM's mid-term meeting: its dates, its organization, a participant's role and position.
        var danm = document["events"]!.AsArray().Single(e => (string?)e!["id"] == "meeting/mx-ca-danm-2017-04-25")!;
        Assert.Equal(("2017-04-25", "mechanism/mx-ca-danm", "mid-term"), ((string?)danm["start_date"], (string?)danm["organization_id"], (string?)danm["classification"]));
        var quotes = catalog.GetMeeting(MeetingId.Parse("mx-ca-danm-2017-04-25")).Citations.Select(c => c.Quote);
        Assert.Equal(quotes, danm["citations"]!.AsArray().Select(c => (string?)c!["quote"]));
    }

    [ClientFact("jsonschema")]
    public void The_validator_fails_a_document_that_breaks_the_schema_the_calendar_or_a_reference()
    {
        var document = JsonNode.Parse(Export(ReferenceCatalog.Default))!;
        var events = document["events"]!.AsArray();
        events[0]!["start_date"] = "2017-02-30";             // a date no calendar has
        events[1]!["start_date"] = "30 April 2017";          // not the schema's pattern
        events[2]!["organization_id"] = "mechanism/nowhere";  // a reference to nothing
        document["persons"]![0]!["identifiers"] = new JsonArray(new JsonObject { ["scheme"] = "x" }); // identifier is required
        var (exit, output) = Validate(Encoding.UTF8.GetBytes(document.ToJsonString()), "broken.json");
        Assert.Equal(1, exit);
        Assert.Contains("'2017-02-30' is not a real calendar date", output, StringComparison.Ordinal);
        Assert.Contains("events[1]: schema event.json:", output, StringComparison.Ordinal);
        Assert.Contains("mechanism/nowhere names no object of organizations", output, StringComparison.Ordinal);
        Assert.Contains("persons[0]: schema person.json:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_to_a_stream_is_asynchronous_and_gives_the_same_bytes()
    {
        var catalog = ReferenceCatalog.Default;
        Assert.Equal(Export(catalog), await Exported.BytesAsync((s, t) => Writer.WriteAsync(catalog, s, t)));
        Assert.Equal(("popolo", "application/json", ".json"), (Writer.Name, Writer.MediaType, Writer.FileExtension));
    }
}
