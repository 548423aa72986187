using System;
using System.Buffers;
using System.Collections.Generic;

namespace Cooperation.Domain.Diff;

/// <summary>
/// A catalog diff as text (<c>text</c>, <c>text/plain</c>, <c>.txt</c>): one line per change
/// (<see cref="CatalogChange.ToString"/>: <c>meetings[x].status: changed from "planned" to "held"</c>), values as JSON
/// shortened to 80 characters, then a blank line and the summary (<see cref="CatalogDiff.ToString"/>);
/// "No differences." when there are none.
/// </summary>
public sealed class DiffTextWriter : DocumentWriter<CatalogDiff>
{
    /// <inheritdoc/>
    public override string Name => "text";

    /// <inheritdoc/>
    public override string MediaType => "text/plain; charset=utf-8";

    /// <inheritdoc/>
    public override string FileExtension => ".txt";

    private protected override IEnumerable<DocumentPart> WriteParts(CatalogDiff diff, IBufferWriter<byte> destination)
    {
        var text = new Utf8Text(destination);
        if (diff.IsEmpty)
        {
            text.Line("No differences.");
            yield break;
        }

        foreach (var change in diff.Changes)
        {
            text.Line(change.ToString());
            yield return default;
        }

        text.Line();
        text.Line(diff.ToString());
    }
}
