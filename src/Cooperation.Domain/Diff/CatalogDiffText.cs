using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cooperation.Domain.Diff;

/// <summary>The text, Markdown and JSON forms of a <see cref="CatalogDiff"/>.</summary>
internal static class CatalogDiffText
{
    /// <summary>Values longer than this are shortened, in text and Markdown, to this many characters ending with "…".</summary>
    public const int MaxValueLength = 80;

    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 64,
    };

    public static string Line(CatalogChange change) => change.IsEntity
        ? $"{change.Path}: {Verb(change.Kind)} {CatalogDiff.NameOf(change.EntityKind)}"
        : change.Kind switch
        {
            CatalogChangeKind.Added => $"{change.Path}: added {Shorten(change.NewValue!)}",
            CatalogChangeKind.Removed => $"{change.Path}: removed {Shorten(change.OldValue!)}",
            _ => $"{change.Path}: changed from {Shorten(change.OldValue!)} to {Shorten(change.NewValue!)}",
        };

    public static void WriteText(CatalogDiff diff, TextWriter writer)
    {
        if (diff.IsEmpty)
        {
            writer.WriteLine("No differences.");
            return;
        }

        foreach (var change in diff.Changes)
        {
            writer.WriteLine(Line(change));
        }

        writer.WriteLine();
        writer.WriteLine(Summary(diff));
    }

    public static void WriteMarkdown(CatalogDiff diff, TextWriter writer)
    {
        if (diff.IsEmpty)
        {
            writer.Write("**Catalog diff:** no differences.\n");
            return;
        }

        writer.Write($"**Catalog diff:** {Summary(diff)}\n");
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

            var entityPath = CatalogDiff.EntityPath(first.EntityKind, first.EntityId, first.Occurrence);
            if (first.IsEntity)
            {
                writer.Write($"\n#### {Title(first.Kind)} {CatalogDiff.NameOf(first.EntityKind)} {Code(entityPath)}\n");
            }
            else
            {
                writer.Write($"\n#### Changed {CatalogDiff.NameOf(first.EntityKind)} {Code(entityPath)}\n\n");
                writer.Write("| Path | Change | Old | New |\n| --- | --- | --- | --- |\n");
                for (var k = i; k < end; k++)
                {
                    var change = changes[k];
                    writer.Write($"| {Code(change.MemberPath)} | {Verb(change.Kind)} | {Code(change.OldValue)} | {Code(change.NewValue)} |\n");
                }
            }

            i = end;
        }
    }

    public static void WriteJson(CatalogDiff diff, Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("format", CatalogDiff.JsonFormat);
            writer.WriteBoolean("equal", diff.IsEmpty);
            writer.WriteStartObject("entities");
            writer.WriteNumber("added", diff.AddedEntities);
            writer.WriteNumber("removed", diff.RemovedEntities);
            writer.WriteNumber("changed", diff.ChangedEntities);
            writer.WriteEndObject();
            writer.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("change", Verb(change.Kind));
                writer.WriteString("kind", CatalogDiff.NameOf(change.EntityKind));
                writer.WriteString("id", change.EntityId);
                if (change.Occurrence > 1)
                {
                    writer.WriteNumber("occurrence", change.Occurrence);
                }

                writer.WriteString("path", change.Path);
                if (change.OldValue is { } old)
                {
                    writer.WritePropertyName("old");
                    writer.WriteRawValue(old, skipInputValidation: true);
                }

                if (change.NewValue is { } @new)
                {
                    writer.WritePropertyName("new");
                    writer.WriteRawValue(@new, skipInputValidation: true);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    public static string Summary(CatalogDiff diff)
    {
        var entities = diff.ChangedEntities == 1 ? "1 entity changed" : Count(diff.ChangedEntities) + " entities changed";
        var changes = diff.Changes.Length == 1 ? "1 change" : Count(diff.Changes.Length) + " changes";
        return $"{entities}, {Count(diff.AddedEntities)} added, {Count(diff.RemovedEntities)} removed ({changes}).";
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Verb(CatalogChangeKind kind) => kind switch
    {
        CatalogChangeKind.Added => "added",
        CatalogChangeKind.Removed => "removed",
        _ => "changed",
    };

    private static string Title(CatalogChangeKind kind) => kind switch
    {
        CatalogChangeKind.Added => "Added",
        CatalogChangeKind.Removed => "Removed",
        _ => "Changed",
    };

    /// <summary>The text, or its first 79 characters and "…" (never half of a surrogate pair).</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= MaxValueLength)
        {
            return text;
        }

        var cut = MaxValueLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    // A Markdown code span that holds any text: delimited by more backticks than the text's longest run, padded when
    // it starts or ends with a backtick, with "|" escaped for a table cell; empty for null.
    internal static string Code(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        text = Shorten(text).Replace("|", "\\|", StringComparison.Ordinal);
        var (run, longest) = (0, 0);
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text[0] == '`' || text[^1] == '`' ? " " : string.Empty;
        return new StringBuilder(fence).Append(pad).Append(text).Append(pad).Append(fence).ToString();
    }
}
