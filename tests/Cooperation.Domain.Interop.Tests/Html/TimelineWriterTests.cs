using System;
using System.Collections.Generic;
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

    // The details block: a line per meeting, then the table of values the lines index.
    private static string[] DetailLines(string page) => Between(page, "<script type=\"application/json\" id=\"catalog-details\">", "</script>").Split('\n');

    // An event as the script reads it: its array, with the indexes into the tables resolved.
    private sealed record Event(string Id, string? Mechanism, JsonNode Title, string Status, string Kind, LocalDate First, LocalDate Last, string Dates, string Precision, bool Approximate, List<string> Countries);

    private static LocalDate FromDay(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(new DateOnly(1970, 1, 1).DayNumber + day));

    private static List<Event> Events(string page)
    {
        var data = Data(page);
        var strings = data["strings"]!.AsArray().Select(s => (string)s!).ToList();
        var texts = data["texts"]!.AsArray();
        var lists = data["lists"]!.AsArray();
        return [.. data["events"]!.AsArray().Select(node =>
        {
            var e = node!.AsArray();
            var mechanism = (int)e[1]!;
            return new Event(
                (string)e[0]!, mechanism < 0 ? null : strings[mechanism], texts[(int)e[2]!]!, strings[(int)e[3]!], strings[(int)e[4]!],
                FromDay((int)e[5]!), FromDay((int)e[6]!), (string)e[7]!, strings[(int)e[8]!], (int)e[9]! == 1,
                [.. lists[(int)e[10]!]!.AsArray().Select(i => strings[(int)i!])]);
        })];
    }

    // A meeting's details: [venue, purpose, delegations, outcomes, quotes], each value an index into the last line.
    private static (JsonArray Line, JsonArray Table) Details(string page, int meeting)
    {
        var lines = DetailLines(page);
        return (JsonNode.Parse(lines[meeting])!.AsArray(), JsonNode.Parse(lines[^1])!.AsArray());
    }

    [Fact]
    public void The_reference_page_is_under_200_KB()
    {
        var bytes = Exported.Bytes(o => Writer.Write(ReferenceCatalog.Default, o));
        Assert.InRange(bytes.Length, 20_000, 200 * 1024);
    }

    [Fact]
    public void A_large_catalog_adds_under_250_bytes_a_meeting()
    {
        // Repeated values are written once (tables) and the details are a line of indexes a meeting: the page grows
        // with the meetings' identifiers, dates and indexes, not with their texts again.
        var reference = Exported.Bytes(o => Writer.Write(ReferenceCatalog.Default, o)).Length;
        var catalog = RepeatedCatalog.Build(2000);
        var large = Exported.Bytes(o => Writer.Write(catalog, o));
        Assert.InRange(large.Length - reference, 2000 * 100, 2000 * 250);
        var page = Encoding.UTF8.GetString(large);
        Assert.Equal(2000, Events(page).Count(e => e.Status != "expected"));
        Assert.Equal(2001, DetailLines(page).Length);
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
        var events = Events(Page(catalog));
        var meetings = events.Where(e => e.Status != "expected").Select(e => e.Id).ToList();
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
        var events = Events(page);
        var orphan = events.Single(e => e.Id == HostileCatalog.Orphan.ToString());
        Assert.Equal(HostileCatalog.Markup + " " + HostileCatalog.Emoji, (string?)orphan.Title[0]);
        Assert.Equal(("2013", "year"), (orphan.Dates, orphan.Precision));
        Assert.Equal((new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)), (orphan.First, orphan.Last));
        Assert.Null(orphan.Mechanism);
        var (line, table) = Details(page, events.IndexOf(orphan));
        Assert.Equal(HostileCatalog.Markup, (string?)table[(int)line[4]![0]![2]!]);
    }

    [Fact]
    public void The_details_block_has_one_entry_per_meeting_in_the_order_of_the_events()
    {
        var catalog = ReferenceCatalog.Default;
        var page = Page(catalog);
        var meetings = catalog.Meetings.DistinctBy(m => m.Id).ToList();
        Assert.Equal(meetings.Count + 1, DetailLines(page).Length);
        var events = Events(page);
        for (var i = 0; i < meetings.Count; i++)
        {
            var (line, table) = Details(page, i);
            string? Value(JsonNode? index) => (int)index! < 0 ? null : (string?)table[(int)index!];
            Assert.Equal(meetings[i].Id.ToString(), events[i].Id);
            Assert.Equal(meetings[i].Dates.Earliest, events[i].First);
            Assert.True(events[i].Last >= events[i].First);
            Assert.Equal(meetings[i].Citations.Select(c => c.Quote), line[4]!.AsArray().Select(q => Value(q![2])));
            Assert.Equal(meetings[i].Citations.Select(c => c.Source.ToString()), line[4]!.AsArray().Select(q => Value(q![0])));
            Assert.Equal(meetings[i].Delegations.Length, line[2]!.AsArray().Count);
            Assert.Equal(
                meetings[i].Delegations.SelectMany(d => d.Participants).Select(p => p.Role.ToString()),
                line[2]!.AsArray().SelectMany(d => d![1]!.AsArray()).Select(p => Value(p![1])));
        }

        // Each value is in the table once, however many meetings name it.
        var values = JsonNode.Parse(DetailLines(page)[^1])!.AsArray().Select(v => v!.ToJsonString()).ToList();
        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());

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
