using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Cooperation.Domain.Interop.Tests.Support;
using Cooperation.Domain.Tests.Support;
using NodaTime;

namespace Cooperation.Domain.Interop.Tests.Html;

/// <summary>
/// The timeline page in a real browser: Debian's Chromium, driven headless by npm's <c>puppeteer-core</c> through
/// <c>tools/interop/check_timeline.mjs</c>, which acts on the page as a reader would and reports what it saw; axe-core
/// checks its accessibility. <c>.ci/run</c> installs both and sets <c>COOPERATION_NODE_MODULES</c>; elsewhere the tests
/// skip, with the reason, when they are missing.
/// </summary>
public sealed class TimelineBrowserTests : IDisposable
{
    private static readonly LocalDate AsOf = new(2026, 11, 27);
    private readonly ScratchFolder _files = new("timeline");

    public void Dispose() => _files.Dispose();

    private JsonNode Open(CooperationCatalog catalog, string country)
    {
        var page = Exported.File(_files.Path, "timeline.html", Exported.Bytes(o => new TimelineWriter(AsOf).Write(catalog, o)));
        var run = ExternalClients.RunBrowser(page, country);
        Assert.True(run.ExitCode == 0, run.Output);
        return JsonNode.Parse(run.StandardOutput)!;
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(v => (string)v!)];

    private static List<JsonNode> Nodes(JsonNode? array) => [.. array!.AsArray().Select(v => v!)];

    // The countries of a meeting as the page documents them: its delegations', its venues', its mechanism's members'.
    private static bool Concerns(Meeting meeting, CooperationCatalog catalog, CountryCode country)
    {
        bool Party(PartyRef party) => party.IsCountry ? party.Country == country
            : party.IsOrganization && catalog.TryGetInstitution(party.Organization, out var institution) && institution.Country == country;
        return meeting.Delegations.Any(d => Party(d.Party)) || meeting.Venues.Any(v => v.Country == country)
            || (meeting.Mechanism is { } id && catalog.TryGetMechanism(id, out var mechanism) && mechanism.Parties.Any(p => Party(p.Party)));
    }

    [ClientFact("chromium")]
    public void The_reference_catalog_is_drawn_usable_by_keyboard_filterable_and_accessible()
    {
        var catalog = ReferenceCatalog.Default;
        var canada = CountryCode.Parse("CA");
        var facts = Open(catalog, "CA");

        // Nothing left the page, nothing failed.
        Assert.Empty(Strings(facts["requests"]));
        Assert.Empty(Strings(facts["consoleErrors"]));
        Assert.Empty(Strings(facts["cspViolations"]));
        Assert.Empty(Strings(facts["dialogs"]));

        // Every meeting once, as a button with a name, plus the expected ones; the lanes and presidency terms.
        var events = Nodes(facts["events"]);
        var meetings = events.Where(e => (string?)e["status"] != "expected").ToList();
        Assert.Equal(catalog.Meetings.Select(m => m.Id.ToString()).Order(StringComparer.Ordinal), meetings.Select(e => (string)e["id"]!).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal(("BUTTON", "button"), ((string?)e["tag"], (string?)e["type"])));
        Assert.All(events, e => Assert.False(string.IsNullOrWhiteSpace((string?)e["name"])));
        var expected = catalog.Mechanisms.Where(m => catalog.AssessCadence(m.Id, AsOf) is { ExpectedWindow: not null, NextPlanned: null }).ToList();
        Assert.Equal(expected.Count, events.Count - meetings.Count);
        Assert.All(events.Where(e => (string?)e["status"] == "expected"), e => Assert.True((bool)e["approx"]!));
        Assert.Equal(catalog.Mechanisms.Sum(m => m.Presidencies.Length), facts["terms"]!.AsArray().Count);
        Assert.Contains(facts["terms"]!.AsArray(), t => ((string)t!).StartsWith("Presidency: ", StringComparison.Ordinal));

        // A partial date shows its precision as text.
        foreach (var meeting in catalog.Meetings.Where(m => m.Start.Precision != PartialDatePrecision.Day))
        {
            var drawn = meetings.Single(e => (string?)e["id"] == meeting.Id.ToString());
            Assert.Contains(meeting.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)drawn["text"]!, StringComparison.Ordinal);
            Assert.Contains(meeting.Start.Precision == PartialDatePrecision.Year ? "known to the year" : "known to the month", (string)drawn["name"]!, StringComparison.Ordinal);
        }

        // Landmarks, the legend drawn, a screenshot that is not blank, axe on both views.
        Assert.Equal(["header", "main", "aside", "footer", "h1"], Strings(facts["landmarks"]));
        var legend = Nodes(facts["legend"]);
        Assert.Equal(7, legend.Count);
        Assert.All(legend, l => Assert.True((double)l["width"]! > 10 && (double)l["height"]! > 10, l.ToJsonString()));
        Assert.Contains(legend, l => (string?)l["border"] == "dashed");
        Assert.Contains(legend, l => (string?)l["border"] == "dotted");
        Assert.True((int)facts["screenshotColours"]! > 50, $"the screenshot has {facts["screenshotColours"]} colours");
        Assert.True(facts["timelineAxe"]!.AsArray().Count == 0, "axe on the timeline: " + facts["timelineAxe"]!.ToJsonString());
        Assert.True(facts["tableAxe"]!.AsArray().Count == 0, "axe on the table: " + facts["tableAxe"]!.ToJsonString());

        // Zoom and pan by keyboard change the visible range.
        var zoom = facts["zoom"]!;
        Assert.Equal(4, new[] { "before", "zoomed", "panned", "home" }.Select(k => (string)zoom[k]!).Distinct().Count());

        // The focus moves with the arrows and Tab, between meetings, with a visible ring.
        var keyboard = facts["keyboard"]!;
        var stops = new[] { "first", "second", "tabbed" }.Select(k => keyboard[k]!).ToList();
        Assert.All(stops, s => Assert.Equal("BUTTON", (string?)s["tag"]));
        Assert.Equal(3, stops.Select(s => (string?)s["id"]).Distinct().Count());
        Assert.Equal((string?)keyboard["second"]!["id"], (string?)keyboard["back"]!["id"]);
        Assert.All(stops, s => Assert.NotEqual("none", (string?)s["outlineStyle"]));
        Assert.All(stops, s => Assert.True(double.Parse(((string)s["outlineWidth"]!).TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= 2, s.ToJsonString()));
        string? Id(string stop) => (string?)keyboard[stop]!["id"];
        Assert.NotEqual(Id("laneStart"), Id("laneNext"));
        Assert.NotEqual(Id("laneStart"), Id("laneEnd"));
        Assert.Equal(Id("laneStart"), Id("laneHome"));

        // Enter shows the meeting's details and the quotes of its sources; Space works as well.
        var selected = facts["selected"]!;
        var meetingSelected = catalog.Meetings.Single(m => m.Id.ToString() == (string?)selected["id"]);
        Assert.Equal("true", (string?)selected["pressed"]);
        Assert.Equal(DisplayText.Title(meetingSelected, catalog, Language.English), (string?)selected["title"]);
        var quotes = meetingSelected.Citations.Select(c => c.Quote).OfType<string>().ToList();
        Assert.NotEmpty(quotes);
        Assert.Equal(quotes, Strings(selected["quotes"]));
        Assert.Contains("sel=" + meetingSelected.Id, (string)selected["hash"]!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)facts["selectedBySpace"]));
        Assert.NotEqual((string?)selected["title"], (string?)facts["selectedBySpace"]);

        // The country filter shows exactly the events that concern Canada, is kept in the URL and restored on reload.
        var shown = Strings(facts["filter"]!["shown"]).ToHashSet(StringComparer.Ordinal);
        var concern = catalog.Meetings.Where(m => Concerns(m, catalog, canada)).Select(m => m.Id.ToString())
            .Concat(expected.Where(m => m.Parties.Any(p => p.Party.IsCountry && p.Party.Country == canada)).Select(m => "expected-" + m.Id))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(concern);
        Assert.True(concern.Count < events.Count, "the filter hides something");
        Assert.Equal(concern.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Contains("country=CA", (string)facts["filter"]!["hash"]!, StringComparison.Ordinal);
        Assert.Equal("CA", (string?)facts["reloaded"]!["select"]);
        Assert.Equal(shown.Order(StringComparer.Ordinal), Strings(facts["reloaded"]!["shown"]).Order(StringComparer.Ordinal));

        // Lanes by country and by person; Spanish labels; the table has every event.
        Assert.Contains("Canada", Strings(facts["countryLanes"]));
        Assert.True(facts["personLanes"]!.AsArray().Count > 5);
        Assert.Equal(("es", "Línea de tiempo de la cooperación"), ((string?)facts["spanish"]!["lang"], (string?)facts["spanish"]!["h1"]));
        Assert.Contains("lang=es", (string)facts["spanish"]!["hash"]!, StringComparison.Ordinal);
        Assert.True((bool)facts["table"]!["timelineHidden"]!);
        Assert.Equal(events.Select(e => (string)e["id"]!).Order(StringComparer.Ordinal), Strings(facts["table"]!["rows"]).Order(StringComparer.Ordinal));
    }

    [ClientFact("chromium")]
    public void Hostile_text_shows_as_text_and_injects_nothing()
    {
        var catalog = HostileCatalog.Build();
        var facts = Open(catalog, "MX");

        Assert.Empty(Strings(facts["dialogs"]));
        Assert.Empty(Strings(facts["requests"]));
        Assert.Empty(Strings(facts["consoleErrors"]));
        Assert.Equal(["application/json", "application/json", "classic"], Strings(facts["scripts"]));
        Assert.Equal(0, (int)facts["injected"]!["b"]!);
        Assert.Equal(3, (int)facts["injected"]!["scripts"]!);

        var events = Nodes(facts["events"]);
        var orphan = events.Single(e => (string?)e["id"] == HostileCatalog.Orphan.ToString());
        Assert.Equal("●2013 · @" + HostileCatalog.RightToLeft, (string?)orphan["text"]);
        var spanish = Nodes(facts["spanish"]!["events"]).Single(e => (string?)e["id"] == HostileCatalog.Orphan.ToString());
        Assert.StartsWith("●2013 · " + HostileCatalog.Markup + " " + HostileCatalog.Emoji + ", se conoce el año", (string)spanish["text"]!, StringComparison.Ordinal);
        Assert.Contains("known to the year", (string)orphan["name"]!, StringComparison.Ordinal);
        var yearOnly = events.Single(e => (string?)e["id"] == HostileCatalog.YearOnly.ToString());
        Assert.True((bool)yearOnly["approx"]!);
        Assert.StartsWith("≈○2014 – 2015 · ", (string)yearOnly["text"]!, StringComparison.Ordinal);
        Assert.Contains("approximate date", (string)yearOnly["name"]!, StringComparison.Ordinal);
        Assert.Contains("Without mechanism", Strings(facts["lanes"]));
        Assert.True(facts["timelineAxe"]!.AsArray().Count == 0, "axe on the timeline: " + facts["timelineAxe"]!.ToJsonString());
        Assert.True(facts["tableAxe"]!.AsArray().Count == 0, "axe on the table: " + facts["tableAxe"]!.ToJsonString());
        Assert.Contains(HostileCatalog.SpeakerName, Strings(facts["personLanes"]));
        Assert.Contains(HostileCatalog.NameOnly, Strings(facts["personLanes"]));
        Assert.Equal(HostileCatalog.Formula, Strings(facts["lanes"])[0]); // the mechanism's English name, as text
    }

    // An event of the page with its span in days since 1970-01-01, from its first day to the day after its last, as
    // the script draws it: the meetings in catalog order, then the expected meetings in mechanisms' order.
    private sealed record Span(string Id, MechanismId? Mechanism, double From, double To);

    private static List<Span> Spans(CooperationCatalog catalog)
    {
        static double Day(LocalDate date) => date.ToDateOnly().DayNumber - new DateOnly(1970, 1, 1).DayNumber;
        var spans = catalog.Meetings.DistinctBy(m => m.Id).Select(m =>
        {
            var last = m.Dates.Latest is { } l && l >= m.Dates.Earliest ? l : m.Start.Latest;
            return new Span(m.Id.ToString(), m.Mechanism, Day(m.Dates.Earliest), Day(last) + 1);
        }).ToList();
        foreach (var mechanism in catalog.Mechanisms.DistinctBy(m => m.Id))
        {
            if (catalog.AssessCadence(mechanism.Id, AsOf) is { ExpectedWindow: { } window, NextPlanned: null })
            {
                spans.Add(new Span("expected-" + mechanism.Id, mechanism.Id, Day(window.Start), Day(window.End) + 1));
            }
        }

        return spans;
    }

    [ClientFact("chromium")]
    public void A_large_catalog_draws_its_window_reaches_every_event_and_pages_its_table()
    {
        var catalog = RepeatedCatalog.Build(2000);
        var canada = CountryCode.Parse("CA");
        var spans = Spans(catalog);
        var page = Exported.File(_files.Path, "large.html", Exported.Bytes(o => new TimelineWriter(AsOf).Write(catalog, o)));
        var run = ExternalClients.RunBrowser(page, "CA", "--large");
        Assert.True(run.ExitCode == 0, run.Output);
        var facts = JsonNode.Parse(run.StandardOutput)!;
        Assert.Empty(Strings(facts["requests"]));
        Assert.Empty(Strings(facts["consoleErrors"]));
        static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        // It shows every event, and draws only some: those of its window.
        Assert.Equal(spans.Count, (int)facts["metrics"]!["events"]!);
        var drawnAtOpen = (int)facts["opened"]!["drawn"]!;
        Assert.InRange(drawnAtOpen, 1, spans.Count / 2);
        Assert.Equal(drawnAtOpen, (int)facts["opened"]!["attribute"]!);

        // After zooming and panning by keyboard, what is drawn over a scroll of the whole page is exactly the events
        // whose span overlaps the range shown, and never all at once.
        var window = facts["window"]!;
        var (from, to) = ((double)window["from"]!, (double)window["to"]!);
        var inRange = spans.Where(s => s.To > from && s.From < to).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(inRange.Count, 10, spans.Count / 4);
        Assert.Equal(inRange, Strings(window["drawn"]).Order(StringComparer.Ordinal));
        Assert.True((int)window["most"]! <= inRange.Count);

        // End on a lane's first event goes to the lane's last, which was not drawn: it is drawn, in view, and focused.
        var keys = facts["laneKeys"]!;
        var first = spans.Single(s => s.Id == (string?)keys["first"]);
        var lane = spans.Select((s, i) => (s, i)).Where(p => p.s.Mechanism == first.Mechanism)
            .OrderBy(p => p.s.From).ThenBy(p => p.s.To).ThenBy(p => p.i).Select(p => p.s).ToList();
        Assert.Equal(lane[0].Id, first.Id);
        Assert.Equal(("BUTTON", lane[^1].Id), ((string?)keys["tag"], (string?)keys["last"]));
        Assert.True(lane[^1].To > (double)keys["from"]! && lane[^1].From < (double)keys["to"]!, keys.ToJsonString());

        // Paging the table with its Next button reaches every event once; the count says how many.
        var table = facts["table"]!;
        var rows = Strings(table["ids"]);
        Assert.Equal(spans.Select(s => s.Id).Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        var counts = Strings(table["counts"]);
        Assert.Equal((spans.Count + 99) / 100, counts.Count);
        Assert.Equal($"Rows 1–100 of {Count(spans.Count)}", counts[0]);
        Assert.Equal($"Rows {Count((counts.Count - 1) * 100 + 1)}–{Count(spans.Count)} of {Count(spans.Count)}", counts[^1]);
        Assert.Equal("previous", (string?)table["focused"]); // the focus stays on the pager when Next is disabled

        // Filtered by country, the table pages through exactly the events that concern it.
        var filtered = facts["filtered"]!;
        var concern = catalog.Meetings.Where(m => Concerns(m, catalog, canada)).Select(m => m.Id.ToString())
            .Concat(spans.Where(s => s.Id.StartsWith("expected-", StringComparison.Ordinal)
                && catalog.TryGetMechanism(s.Mechanism!.Value, out var m) && m.Parties.Any(p => p.Party.IsCountry && p.Party.Country == canada)).Select(s => s.Id))
            .Order(StringComparer.Ordinal).ToList();
        Assert.InRange(concern.Count, 1, spans.Count - 1);
        Assert.Equal(concern, Strings(filtered["ids"]).Order(StringComparer.Ordinal));
        Assert.Equal($"Rows 1–{Math.Min(100, concern.Count)} of {Count(concern.Count)}", Strings(filtered["counts"])[0]);
        Assert.StartsWith($"{Count(concern.Count)} of {Count(spans.Count)} events shown", (string)filtered["summary"]!, StringComparison.Ordinal);
        Assert.Contains("country=CA", (string)filtered["hash"]!, StringComparison.Ordinal);
    }
}
