using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Merge;

/// <summary>
/// A merge's report as text (<c>text</c>, <c>text/plain</c>, <c>.txt</c>): per draft, its name, then one line per
/// entity (<see cref="MergedEntity.ToString"/>) with its additions indented below, then each conflict
/// (<see cref="MergeConflict.ToString"/>) with both sides' quotes; then a blank line and the summary
/// (<see cref="CatalogMerge.ToString"/>).
/// </summary>
public sealed class MergeTextWriter : DocumentWriter<CatalogMerge>
{
    /// <inheritdoc/>
    public override string Name => "text";

    /// <inheritdoc/>
    public override string MediaType => "text/plain; charset=utf-8";

    /// <inheritdoc/>
    public override string FileExtension => ".txt";

    private protected override IEnumerable<DocumentPart> WriteParts(CatalogMerge merge, IBufferWriter<byte> destination)
    {
        var text = new Utf8Text(destination);
        for (var d = 0; d < merge.DraftNames.Length; d++)
        {
            text.Line(merge.DraftName(d));
            var any = false;
            foreach (var entity in merge.Entities.Where(e => e.Draft == d))
            {
                any = true;
                text.Write("  ");
                text.Line(entity.ToString());
                foreach (var addition in entity.Additions)
                {
                    text.Line($"    {addition.Path}: added {TextExcerpt.Shorten(addition.Value)}");
                }

                yield return default;
            }

            foreach (var conflict in merge.Conflicts.Where(c => c.Draft == d))
            {
                any = true;
                text.Write("  ");
                text.Line(conflict.ToString());
                foreach (var citation in conflict.CatalogCitations)
                {
                    text.Line("    catalog: " + citation);
                }

                foreach (var citation in conflict.DraftCitations)
                {
                    text.Line("    draft: " + citation);
                }

                yield return default;
            }

            if (!any)
            {
                text.Line("  (an empty draft: nothing to merge)");
            }
        }

        text.Line();
        text.Line(merge.ToString());
    }
}
