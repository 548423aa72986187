using System;
using System.Buffers;
using System.Collections.Generic;

namespace Cooperation.Domain.Diff;

/// <summary>
/// A catalog diff as Markdown for a pull-request comment (<c>markdown</c>, <c>text/markdown</c>, <c>.md</c>): the
/// summary in bold, then per entity a heading and, for a changed entity, a table of its changes (path, change, old,
/// new), values as code shortened to 80 characters with <c>|</c> escaped and delimited by more backticks than they hold.
/// </summary>
public sealed class DiffMarkdownWriter : DocumentWriter<CatalogDiff>
{
    /// <inheritdoc/>
    public override string Name => "markdown";

    /// <inheritdoc/>
    public override string MediaType => "text/markdown; charset=utf-8";

    /// <inheritdoc/>
    public override string FileExtension => ".md";

    private protected override IEnumerable<DocumentPart> WriteParts(CatalogDiff diff, IBufferWriter<byte> destination)
    {
        var text = new Utf8Text(destination);
        if (diff.IsEmpty)
        {
            text.Line("**Catalog diff:** no differences.");
            yield break;
        }

        text.Line($"**Catalog diff:** {diff}");
        var changes = diff.Changes;
        for (var i = 0; i < changes.Length;)
        {
            var first = changes[i];
            var end = i + 1;
            while (end < changes.Length && changes[end].EntityKind == first.EntityKind && changes[end].Occurrence == first.Occurrence
                && string.Equals(changes[end].EntityId, first.EntityId, StringComparison.Ordinal))
            {
                end++;
            }

            var entityPath = MarkdownText.Code(CatalogDiff.EntityPath(first.EntityKind, first.EntityId, first.Occurrence));
            if (first.IsEntity)
            {
                text.Line();
                text.Line($"#### {Title(first.Kind)} {CatalogDiff.NameOf(first.EntityKind)} {entityPath}");
            }
            else
            {
                text.Line();
                text.Line($"#### Changed {CatalogDiff.NameOf(first.EntityKind)} {entityPath}");
                text.Line();
                text.Line("| Path | Change | Old | New |");
                text.Line("| --- | --- | --- | --- |");
                for (var k = i; k < end; k++)
                {
                    var change = changes[k];
                    text.Line($"| {MarkdownText.Code(change.MemberPath)} | {CatalogChange.Verb(change.Kind)} | {MarkdownText.Code(change.OldValue)} | {MarkdownText.Code(change.NewValue)} |");
                }
            }

            i = end;
            yield return default;
        }
    }

    private static string Title(CatalogChangeKind kind) => kind switch
    {
        CatalogChangeKind.Added => "Added",
        CatalogChangeKind.Removed => "Removed",
        _ => "Changed",
    };
}
