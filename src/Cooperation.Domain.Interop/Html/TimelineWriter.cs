using System;
using System.Buffers;
using System.Collections.Generic;
using NodaTime;

namespace Cooperation.Domain.Interop;

/// <summary>
/// A catalog as one self-contained HTML page: a timeline with a lane per mechanism (or per country, or per person) of
/// its meetings (held, planned, postponed, cancelled, and the next one expected from the cadence) and presidency terms,
/// filters by country, kind and topic kept in the URL, zoom and pan by keyboard and mouse, each meeting's text,
/// delegations and quoted sources on selection, Spanish and English labels, and a table of the same events.
/// </summary>
/// <remarks>
/// <para>The page makes no network request: its script and styles are inline (the project's own, from
/// <c>Html/timeline.js</c> and <c>Html/timeline.css</c>), the catalog is a JSON block of type
/// <c>application/json</c>, and a Content-Security-Policy allows only those two inline blocks, by hash, and no
/// connection. Catalog text reaches the page only as JSON escaped for a script block (<see cref="TimelineData"/>) and is
/// put into the document as text, never as markup.</para>
/// <para>A date known to the month or year is drawn over that whole month or year, with its precision as text
/// ("2013", "jun 2013"); approximate dates have their own outline, marker and words. The same catalog and as-of date
/// always give the same bytes.</para>
/// </remarks>
public sealed class TimelineWriter : DocumentWriter<CooperationCatalog>
{
    /// <summary>Creates a writer.</summary>
    /// <param name="asOf">The day from which expected meetings are computed; open presidency terms run to it.</param>
    /// <param name="language">The language the page opens in (the reader can switch).</param>
    public TimelineWriter(LocalDate asOf, Language language = Language.English)
    {
        AsOf = asOf;
        Language = language;
    }

    /// <summary>The day from which expected meetings are computed; open presidency terms run to it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The language the page opens in.</summary>
    public Language Language { get; }

    /// <summary>The format's name, as <c>cooperation export --format</c> takes it: <c>html</c>.</summary>
    public override string Name => "html";

    /// <summary>The media type: <c>text/html</c>.</summary>
    public override string MediaType => "text/html";

    /// <summary>The file extension: <c>.html</c>.</summary>
    public override string FileExtension => ".html";

    /// <inheritdoc/>
    private protected override IEnumerable<DocumentPart> WriteParts(CooperationCatalog value, IBufferWriter<byte> destination) => Steps(value, destination);

    private IEnumerable<DocumentPart> Steps(CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        TimelinePage.WriteHead(Language, output);
        var data = new TimelineData(catalog, AsOf, Language);
        foreach (var _ in data.Steps(output))
        {
            yield return default;
        }

        TimelinePage.WriteBetween(output);
        foreach (var _ in data.DetailSteps(output))
        {
            yield return default;
        }

        TimelinePage.WriteTail(output);
    }
}
