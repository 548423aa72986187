using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Merge;

/// <summary>
/// A merge's report as Markdown for a pull-request comment (<c>markdown</c>, <c>text/markdown</c>, <c>.md</c>): the
/// summary in bold, then per draft a heading, the conflicts with their quotes, and a table of its entities; values as
/// code shortened to 80 characters.
/// </summary>
public sealed class MergeMarkdownWriter : DocumentWriter<CatalogMerge>
{
    /// <inheritdoc/>
    public override string Name => "markdown";

    /// <inheritdoc/>
    public override string MediaType => "text/markdown; charset=utf-8";

    /// <inheritdoc/>
    public override string FileExtension => ".md";

    private protected override IEnumerable<DocumentPart> WriteParts(CatalogMerge merge, IBufferWriter<byte> destination)
    {
        var text = new Utf8Text(destination);
        text.Line($"**Catalog merge:** {merge}");
        for (var d = 0; d < merge.DraftNames.Length; d++)
        {
            text.Line();
            text.Line($"#### {MarkdownText.Escape(merge.DraftName(d))}");
            var conflicts = merge.Conflicts.Where(c => c.Draft == d).ToList();
            if (conflicts.Count > 0)
            {
                text.Line();
                foreach (var conflict in conflicts)
                {
                    text.Line(conflict.Kind == MergeConflictKind.Contradiction
                        ? $"- **Conflict** {MarkdownText.Code(conflict.Path)}: the catalog has {MarkdownText.Code(conflict.CatalogValue)}, the draft {MarkdownText.Code(conflict.DraftValue)}; {(conflict.IsUnresolved ? "kept the catalog's" : "took the draft's")}."
                        : $"- **{(conflict.Kind == MergeConflictKind.AmbiguousMatch ? "Ambiguous" : "Invalid")}** {MarkdownText.Code(conflict.Path)}: {MarkdownText.Escape(conflict.Message)}");
                    foreach (var citation in conflict.CatalogCitations)
                    {
                        text.Line($"  - catalog, {MarkdownText.Code(citation.Source.Value)}: {Quote(citation)}");
                    }

                    foreach (var citation in conflict.DraftCitations)
                    {
                        text.Line($"  - draft, {MarkdownText.Code(citation.Source.Value)}: {Quote(citation)}");
                    }

                    yield return default;
                }
            }

            var entities = merge.Entities.Where(e => e.Draft == d).ToList();
            if (entities.Count == 0)
            {
                text.Line();
                text.Line("An empty draft: nothing to merge.");
                continue;
            }

            text.Line();
            text.Line("| Entity | Result | Draft's | Added |");
            text.Line("| --- | --- | --- | --- |");
            foreach (var entity in entities)
            {
                var draftPath = entity.MatchedBy is MergeMatch.None or MergeMatch.Identifier ? string.Empty : $"{MarkdownText.Code(Diff.CatalogDiff.EntityPath(entity.Kind, entity.DraftId, 1))} by {MergedEntity.Name(entity.MatchedBy)}";
                var added = string.Join("<br>", entity.Additions.Select(a => $"{MarkdownText.Code(a.Path[(entity.Path.Length + 1)..])} {MarkdownText.Code(a.Value)}"));
                text.Line($"| {MarkdownText.Code(entity.Path)} | {MergedEntity.Name(entity.Outcome)} {Diff.CatalogDiff.NameOf(entity.Kind)} | {draftPath} | {added} |");
                yield return default;
            }
        }
    }

    private static string Quote(Citation citation) => citation.Quote is { } quote ? "\u201C" + MarkdownText.Escape(quote) + "\u201D" : "(no quote)";
}
