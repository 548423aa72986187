using System.Buffers;
using System.Text;

namespace Cooperation.Domain.Interop;

/// <summary>
/// The shell of the timeline page: the document up to the catalog's JSON block, and from its end to the document's.
/// Landmarks, headings, the labelled controls and the empty timeline, table, legend and details areas that the script
/// fills; every visible word has a <c>data-l</c> key the script relabels in the reader's language.
/// </summary>
internal static class TimelinePage
{
    /// <summary>The id of the JSON block the script reads the catalog from.</summary>
    public const string DataElementId = "catalog-data";

    // No source may be fetched: nothing but the two inline blocks by hash, no connection, no form target, no base.
    private static readonly string Policy =
        $"default-src 'none'; script-src {TimelineResources.ScriptHash}; style-src {TimelineResources.StylesHash}; " +
        "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; " +
        "worker-src 'none'; manifest-src 'none'; form-action 'none'; base-uri 'none'";

    private const string Body = """
        </head>
        <body>
        <a class="skip" href="#timeline" data-l="skip">Skip to the timeline</a>
        <header>
        <h1 data-l="title">Cooperation timeline</h1>
        <p id="summary"></p>
        <form id="controls" aria-labelledby="controls-h">
        <h2 id="controls-h" class="visually-hidden" data-l="controls">Controls</h2>
        <div class="control"><label for="lang" data-l="language">Language</label>
        <select id="lang"><option value="en">English</option><option value="es">Español</option></select></div>
        <div class="control"><label for="lanes" data-l="lanes">Lanes</label>
        <select id="lanes"><option value="mechanism" data-l="byMechanism">By mechanism</option><option value="country" data-l="byCountry">By country</option><option value="person" data-l="byPerson">By person</option></select></div>
        <div class="control"><label for="f-country" data-l="country">Country</label><select id="f-country"></select></div>
        <div class="control"><label for="f-kind" data-l="kind">Kind</label><select id="f-kind"></select></div>
        <div class="control"><label for="f-topic" data-l="topic">Topic</label><select id="f-topic"></select></div>
        <div class="control"><label for="view" data-l="view">View</label>
        <select id="view"><option value="timeline" data-l="timelineView">Timeline</option><option value="table" data-l="tableView">Table</option></select></div>
        </form>
        </header>
        <main>
        <section id="timeline-section" aria-labelledby="timeline-h">
        <h2 id="timeline-h" data-l="timeline">Timeline</h2>
        <p id="help" data-l="help">Tab or the arrow keys move between meetings; Enter or Space shows one. On the timeline: + and − zoom, the arrow keys pan, Home and End go to the first and the last event.</p>
        <div class="toolbar">
        <button type="button" id="zoom-in" data-la="zoomIn" aria-label="Zoom in">+</button>
        <button type="button" id="zoom-out" data-la="zoomOut" aria-label="Zoom out">−</button>
        <button type="button" id="pan-back" data-la="panBack" aria-label="Earlier">←</button>
        <button type="button" id="pan-on" data-la="panOn" aria-label="Later">→</button>
        <button type="button" id="zoom-all" data-l="all">All</button>
        <span id="range" aria-live="polite"></span>
        </div>
        <div id="timeline" tabindex="0" role="group" aria-labelledby="timeline-h" aria-describedby="help">
        <div id="axis" aria-hidden="true"></div>
        <div id="lane-box"></div>
        </div>
        <p id="empty" hidden data-l="empty">No event matches the filters.</p>
        </section>
        <section id="table-section" aria-labelledby="table-h" hidden>
        <h2 id="table-h" data-l="tableTitle">Events as a table</h2>
        <div id="table-box"></div>
        </section>
        <section id="legend-section" aria-labelledby="legend-h">
        <h2 id="legend-h" data-l="legend">Legend</h2>
        <ul id="legend"></ul>
        </section>
        </main>
        <aside id="details" aria-labelledby="details-h">
        <h2 id="details-h" data-l="details">Details</h2>
        <div id="details-body" aria-live="polite"><p data-l="noSelection">Select a meeting to see its delegations and sources.</p></div>
        </aside>
        <footer>
        <p id="footer"></p>
        <noscript><p>This page needs JavaScript to draw the timeline. Esta página necesita JavaScript para dibujar la línea de tiempo.</p></noscript>
        </footer>
        <script type="application/json" id="catalog-data">
        """;

    /// <summary>Writes the document up to and including the opening tag of the JSON block.</summary>
    public static void WriteHead(Language language, IBufferWriter<byte> output)
    {
        Text("<!DOCTYPE html>\n<html lang=\"", output);
        Text(language == Language.Spanish ? "es" : "en", output);
        Text("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"", output);
        Text(Policy, output);
        Text("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n", output);
        Text(language == Language.Spanish ? "<title>Línea de tiempo de la cooperación</title>\n" : "<title>Cooperation timeline</title>\n", output);
        Text("<style>", output);
        output.Write(TimelineResources.Styles);
        Text("</style>\n", output);
        Text(Body, output);
    }

    /// <summary>The id of the JSON block of the meetings' details.</summary>
    public const string DetailsElementId = "catalog-details";

    /// <summary>Writes the end of the data block and the opening tag of the details block.</summary>
    public static void WriteBetween(IBufferWriter<byte> output)
        => Text("</script>\n<script type=\"application/json\" id=\"" + DetailsElementId + "\">", output);

    /// <summary>Writes the end of the details block, the script and the end of the document.</summary>
    public static void WriteTail(IBufferWriter<byte> output)
    {
        Text("</script>\n<script>", output);
        output.Write(TimelineResources.Script);
        Text("</script>\n</body>\n</html>\n", output);
    }

    private static void Text(string text, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
