using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Cooperation.Domain.Interop.Tests.Support;
using Cooperation.Domain.Tests.Support;
using Ical.Net;
using NodaTime;

namespace Cooperation.Domain.Interop.Tests.ICalendar;

/// <summary>
/// The iCalendar export, parsed by Ical.Net 5.2.4 and by Python's icalendar. Ical.Net is lenient where it matters:
/// it drops a year-only DTSTART without a word, invents a UID when there is none and accepts an end before the
/// start, so beyond parsing, every UID read back must be ours, every DTSTART there, every DTEND after it, and the
/// counts of events and of their properties what was written.
/// </summary>
public sealed class ICalendarWriterTests : IDisposable
{
    private static readonly LocalDate AsOf = new(2026, 11, 27);
    private readonly ScratchFolder _files = new("ics");

    public void Dispose() => _files.Dispose();

    private static byte[] Export(CooperationCatalog catalog, Language language = Language.English)
        => Exported.Bytes(o => new ICalendarWriter(AsOf, language).Write(catalog, o));

    /// <summary>The events as written: each one's property lines (unfolded), in order.</summary>
    private static List<List<string>> WrittenEvents(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        var events = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        return events;
    }

    private static string Value(List<string> written, string name) => written.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal)).Split(':', 2)[1];

    private static void AssertIcalNetReadsEveryEventAsWritten(byte[] bytes, IReadOnlyList<string> uids)
    {
        var calendar = Calendar.Load(Encoding.UTF8.GetString(bytes))!;
        var written = WrittenEvents(bytes);
        var events = calendar.Events.ToList();
        Assert.Equal(written.Count, events.Count);
        Assert.Equal(uids, events.Select(e => e.Uid));
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Assert.Equal(written[i].Count, e.Properties.Count);
            Assert.NotNull(e.DtStart);
            Assert.NotNull(e.DtEnd);
            Assert.Equal(Value(written[i], "DTSTART"), e.DtStart!.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.False(e.DtStart.HasTime);
            Assert.True(e.DtEnd!.Value > e.DtStart.Value, $"{e.Uid}: DTEND {e.DtEnd} is not after DTSTART {e.DtStart}");
        }
    }

    private static IReadOnlyList<string> Uids(CooperationCatalog catalog, params string[] expected)
        => [.. catalog.Meetings.Select(m => $"{m.Id}@cooperation-domain"), .. expected];

    [Fact]
    public void Ical_net_reads_every_meeting_with_our_uid_its_dates_and_every_property()
    {
        var catalog = ReferenceCatalog.Default;
        var bytes = Export(catalog);
        var expected = catalog.Mechanisms.Where(m => catalog.AssessCadence(m.Id, AsOf) is { ExpectedWindow: not null, NextPlanned: null }).Select(m => $"{m.Id}.expected@cooperation-domain").ToArray();
        AssertIcalNetReadsEveryEventAsWritten(bytes, Uids(catalog, expected));

        var events = Calendar.Load(Encoding.UTF8.GetString(bytes))!.Events.ToDictionary(e => e.Uid!);
        var danm = events["mx-ca-danm-2017-04-25@cooperation-domain"];
        Assert.Equal((new DateOnly(2017, 4, 25), new DateOnly(2017, 4, 26)), (danm.DtStart!.Date, danm.DtEnd!.Date));
        Assert.Equal("Mid-term meeting, DANM", danm.Summary);
        Assert.Equal("Ottawa, Canada", danm.Location);
        Assert.Equal("day", danm.Properties["X-COOPERATION-PRECISION"]!.Value);

        // Known only to the month: the whole month, and the precision says so.
        var october = events["mx-us-consular-dialogue-2023-10@cooperation-domain"];
        Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2023, 11, 1)), (october.DtStart!.Date, october.DtEnd!.Date));
        Assert.Equal("month", october.Properties["X-COOPERATION-PRECISION"]!.Value);
        Assert.Contains("(only the month is known)", october.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_content_and_year_only_dates_read_back_through_ical_net()
    {
        var catalog = HostileCatalog.Build();
        var bytes = Export(catalog, Language.Spanish);
        AssertIcalNetReadsEveryEventAsWritten(bytes, Uids(catalog, $"{HostileCatalog.Mechanism}.expected@cooperation-domain"));
        Assert.All(Encoding.UTF8.GetString(bytes).Split("\r\n"), l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));

        var events = Calendar.Load(Encoding.UTF8.GetString(bytes))!.Events.ToDictionary(e => e.Uid!);
        var orphan = events[$"{HostileCatalog.Orphan}@cooperation-domain"];
        Assert.Equal(HostileCatalog.Markup + " " + HostileCatalog.Emoji, orphan.Summary);
        Assert.Equal("Washington, \"D.C.\", Estados Unidos", orphan.Location);
        Assert.Equal((new DateOnly(2013, 1, 1), new DateOnly(2014, 1, 1), "year"), (orphan.DtStart!.Date, orphan.DtEnd!.Date, orphan.Properties["X-COOPERATION-PRECISION"]!.Value));
        Assert.Contains("- -" + HostileCatalog.Markup, orphan.Description!.Split('\n'));
        Assert.Contains(HostileCatalog.SpeakerName, orphan.Description, StringComparison.Ordinal);

        var planned = events[$"{HostileCatalog.YearOnly}@cooperation-domain"];
        Assert.Equal((new DateOnly(2014, 1, 1), new DateOnly(2016, 1, 1), "TRUE"), (planned.DtStart!.Date, planned.DtEnd!.Date, planned.Properties["X-COOPERATION-APPROXIMATE"]!.Value));
    }

    [Fact]
    public void Line_breaks_right_to_left_marks_and_separators_are_escaped_as_text()
    {
        // The model refuses line breaks and bidi marks in its text, but a description joins lines, and a writer must
        // carry any text: the content-line rules are tried here on their own, through Ical.Net.
        var text = "a\r\nb\nc\rd; e, f \\ g \u200F<h> 🙂" + new string('é', 200);
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var line in new[] { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260101", "SUMMARY:" + ContentLine.Escape(text), "END:VEVENT", "END:VCALENDAR" })
        {
            ContentLine.Write(line, buffer);
        }

        var summary = Calendar.Load(Encoding.UTF8.GetString(buffer.WrittenSpan))!.Events.Single().Summary;
        Assert.Equal(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), summary);
        Assert.Equal("tab\tkept, bell dropped", ContentLine.Escape("tab\tkept, bell\u0007 dropped").Replace("\\,", ",", StringComparison.Ordinal));
    }

    [ClientFact("icalendar")]
    public void Python_icalendar_reads_the_same_events()
    {
        foreach (var catalog in new[] { ReferenceCatalog.Default, HostileCatalog.Build() })
        {
            var bytes = Export(catalog);
            var run = ExternalClients.RunTool("icalendar", "read_icalendar.py", Exported.File(_files.Path, "meetings.ics", bytes));
            Assert.True(run.ExitCode == 0, run.Output);
            var read = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
            var written = WrittenEvents(bytes);
            var icalNet = Calendar.Load(Encoding.UTF8.GetString(bytes))!.Events.ToDictionary(e => e.Uid!);
            Assert.Equal(written.Count, read.Count);
            for (var i = 0; i < read.Count; i++)
            {
                Assert.Equal(Value(written[i], "UID"), (string?)read[i]["uid"]);
                Assert.Equal(icalNet[Value(written[i], "UID")].Summary, (string?)read[i]["summary"]);
                Assert.Equal(written[i].Count, (int)read[i]["properties"]!);
                var start = Value(written[i], "DTSTART");
                Assert.Equal($"{start[..4]}-{start[4..6]}-{start[6..]}", (string?)read[i]["dtstart"]);
                Assert.Equal(Value(written[i], "X-COOPERATION-PRECISION"), (string?)read[i]["precision"]);
            }
        }
    }

    [Fact]
    public async Task Writing_to_a_stream_is_asynchronous_and_gives_the_same_bytes()
    {
        var catalog = ReferenceCatalog.Default;
        var writer = new ICalendarWriter(AsOf);
        Assert.Equal(Export(catalog), await Exported.BytesAsync((s, t) => writer.WriteAsync(catalog, s, t)));
        Assert.Equal(("ics", "text/calendar", ".ics"), (writer.Name, writer.MediaType, writer.FileExtension));
    }
}
