using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Cooperation.Domain.Interop.Tests.Support;
using NodaTime;

namespace Cooperation.Domain.Interop.Tests.Html;

/// <summary>
/// The timeline page's bytes: its size, its Content-Security-Policy and the hashes in it, that it names no outside
/// address, and that catalog text reaches it only inside the JSON block, escaped. What the page does is tested in a
/// real browser (<see cref="TimelineBrowserTests"/>).
/// </summary>
public sealed class TimelineWriterTests
{
    private static readonly TimelineWriter Writer = new(new LocalDate(2026, 11, 27));

    private static string Page(CooperationCatalog catalog) => Encoding.UTF8.GetString(Exported.Bytes(o => Writer.Write(catalog, o)));

    private static string Between(string page, string open, string close)
    {
        var start = page.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return page[start..page.IndexOf(close, start, StringComparison.Ordinal)];
    }

    private static JsonNode Data(string page) => JsonNode.Parse(Between(page, "<script type=\"application/json\" id=\"catalog-data\">", "</script>"))!;

    private static JsonArray Details(string page) => JsonNode.Parse(Between(page, "<script type=\"application/json\" id=\"catalog-details\">", "</script>"))!.AsArray();

    [Fact]
    public void The_reference_page_is_under_200_KB()
    {
        var bytes = Exported.Bytes(o => Writer.Write(ReferenceCatalog.Default, o));
        Assert.InRange(bytes.Length, 20_000, 200 * 1024);
    }

    [Fact]
    public async Task The_page_is_the_same_through_a_stream_and_the_same_every_time()
    {
        var catalog = ReferenceCatalog.Default;
        var once = Exported.Bytes(o => Writer.Write(catalog, o));
        Assert.Equal(once, Exported.Bytes(o => Writer.Write(catalog, o)));
        Assert.Equal(once, await Exported.BytesAsync((s, c) => Writer.WriteAsync(catalog, s, c)));
        Assert.Equal(("html", "text/html", ".html"), (Writer.Name, Writer.MediaType, Writer.FileExtension));
    }

    [Fact]
    public void The_policy_allows_only_the_two_inline_blocks_and_no_connection()
    {
        var page = Page(ReferenceCatalog.Default);
        var policy = Between(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("img-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);

        // The hashes are those of the blocks as written.
        static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
        var script = page[(page.LastIndexOf("<script>", StringComparison.Ordinal) + 8)..page.LastIndexOf("</script>", StringComparison.Ordinal)];
        Assert.Contains("script-src " + Hash(script) + ";", policy, StringComparison.Ordinal);
        Assert.Contains("style-src " + Hash(Between(page, "<style>", "</style>")) + ";", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_names_no_outside_address_and_its_script_opens_no_connection()
    {
        var page = Page(ReferenceCatalog.Default);
        Assert.DoesNotContain("://", page, StringComparison.Ordinal);
        Assert.Equal(["#timeline"], Regex.Matches(page, "(?:src|href|action)\\s*=\\s*\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        var script = File.ReadAllText(Path.Combine(ExternalClients.RepositoryRoot, "src", "Cooperation.Domain.Interop", "Html", "timeline.js"));
        foreach (var call in new[] { "fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource", "import(", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
        {
            Assert.DoesNotContain(call, script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_meeting_and_the_expected_ones_are_in_the_data()
    {
        var catalog = ReferenceCatalog.Default;
        var events = Data(Page(catalog))["events"]!.AsArray();
        var meetings = events.Where(e => (string?)e!["status"] != "expected").Select(e => (string)e!["id"]!).ToList();
        Assert.Equal(catalog.Meetings.Select(m => m.Id.ToString()).Distinct(), meetings);
        var expected = catalog.Mechanisms.Count(m => catalog.AssessCadence(m.Id, Writer.AsOf) is { ExpectedWindow: not null, NextPlanned: null });
        Assert.Equal(expected, events.Count - meetings.Count);
        Assert.True(expected > 0, "the reference catalog has mechanisms with a cadence");
    }

    [Fact]
    public void Hostile_text_stays_inside_the_json_block_and_reads_back_equal()
    {
        var page = Page(HostileCatalog.Build());
        foreach (var id in new[] { "catalog-data", "catalog-details" })
        {
            var block = Between(page, $"<script type=\"application/json\" id=\"{id}\">", "</script>");
            Assert.DoesNotContain('<', block);
            Assert.DoesNotContain('>', block);
            Assert.DoesNotContain('&', block);
        }

        Assert.Equal(3, Regex.Matches(page, "<script", RegexOptions.IgnoreCase).Count); // the two data blocks and the script, nothing injected
        var events = Data(page)["events"]!.AsArray();
        var orphan = events.Single(e => (string?)e!["id"] == HostileCatalog.Orphan.ToString())!;
        Assert.Equal(HostileCatalog.Markup + " " + HostileCatalog.Emoji, (string?)orphan["title"]!["es"]);
        Assert.Equal("2013", (string?)orphan["d"]);
        Assert.Equal("year", (string?)orphan["p"]);
        Assert.Equal(("2013-01-01", "2013-12-31"), ((string?)orphan["s"], (string?)orphan["e"]));
        Assert.Null(orphan["mech"]);
        Assert.Null(orphan["quotes"]);
        Assert.Equal(HostileCatalog.Markup, (string?)Details(page)[events.IndexOf(orphan)]!["quotes"]![0]!["q"]);
    }

    [Fact]
    public void The_details_block_has_one_entry_per_meeting_in_the_order_of_the_events()
    {
        var catalog = ReferenceCatalog.Default;
        var page = Page(catalog);
        var details = Details(page);
        var meetings = catalog.Meetings.DistinctBy(m => m.Id).ToList();
        Assert.Equal(meetings.Count, details.Count);
        var events = Data(page)["events"]!.AsArray();
        for (var i = 0; i < meetings.Count; i++)
        {
            Assert.Equal(meetings[i].Id.ToString(), (string?)events[i]!["id"]);
            Assert.Equal(meetings[i].Citations.Select(c => c.Quote), details[i]!["quotes"]!.AsArray().Select(q => (string?)q!["q"]));
            Assert.Equal(meetings[i].Delegations.Length, details[i]!["dels"]!.AsArray().Count);
        }

        // Every role of a delegation has its label, though the labels are written before the details.
        var roles = Data(page)["labels"]!["role"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.All(meetings.SelectMany(m => m.Delegations).SelectMany(d => d.Participants), p => Assert.Contains(p.Role.ToString(), roles));
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- <script>")]
    [InlineData("a\u2028b\u2029c")]
    [InlineData("\"quotes\" & 'apostrophes' \\ back\nslash\r\t")]
    [InlineData("שלום \u200F مرحبا 🇲🇽 👍🏽")]
    public void Script_json_escapes_what_could_end_the_block(string text)
    {
        // The model refuses line breaks, right-to-left marks and 10,000-character names; the encoder is tested with them here.
        var value = text + new string('Ñ', 10_000);
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, ScriptJson.Options))
        {
            json.WriteStringValue(value);
        }

        var written = Encoding.UTF8.GetString(memory.ToArray());
        Assert.DoesNotContain("<", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", written, StringComparison.Ordinal);
        Assert.Equal(value, JsonSerializer.Deserialize<string>(written));
        Assert.Contains(new string('Ñ', 100), written, StringComparison.Ordinal); // letters stay letters, not \u escapes
    }
}
