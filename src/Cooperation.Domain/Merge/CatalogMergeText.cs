using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>The text, Markdown and JSON forms of a <see cref="CatalogMerge"/>, in the idiom of the diff's (<c>CatalogDiffText</c>).</summary>
internal static class CatalogMergeText
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 64,
    };

    public static string Line(MergedEntity entity)
    {
        var verb = Name(entity.Outcome);
        var text = $"{verb} {CatalogDiff.NameOf(entity.Kind)} {entity.Path}";
        if (entity.MatchedBy is not (MergeMatch.None or MergeMatch.Identifier))
        {
            text += $" (the draft's {CatalogDiff.EntityPath(entity.Kind, entity.DraftId, 1)}, by {Name(entity.MatchedBy)})";
        }

        return text;
    }

    public static string Line(MergeConflict conflict) => conflict.Kind switch
    {
        MergeConflictKind.Contradiction =>
            $"conflict {conflict.Path}: the catalog has {CatalogDiffText.Shorten(conflict.CatalogValue!)}, the draft {CatalogDiffText.Shorten(conflict.DraftValue!)}; {(conflict.IsUnresolved ? "kept the catalog's" : "took the draft's")}",
        MergeConflictKind.AmbiguousMatch => $"ambiguous {conflict.Path}: {conflict.Message}",
        _ => $"invalid {conflict.Path}: {conflict.Message}",
    };

    public static void WriteText(CatalogMerge merge, TextWriter writer)
    {
        for (var d = 0; d < merge.DraftNames.Length; d++)
        {
            writer.WriteLine(merge.DraftName(d));
            var any = false;
            foreach (var entity in merge.Entities.Where(e => e.Draft == d))
            {
                any = true;
                writer.WriteLine("  " + Line(entity));
                foreach (var addition in entity.Additions)
                {
                    writer.WriteLine($"    {addition.Path}: added {CatalogDiffText.Shorten(addition.Value)}");
                }
            }

            foreach (var conflict in merge.Conflicts.Where(c => c.Draft == d))
            {
                any = true;
                writer.WriteLine("  " + Line(conflict));
                foreach (var citation in conflict.CatalogCitations)
                {
                    writer.WriteLine("    catalog: " + citation);
                }

                foreach (var citation in conflict.DraftCitations)
                {
                    writer.WriteLine("    draft: " + citation);
                }
            }

            if (!any)
            {
                writer.WriteLine("  (an empty draft: nothing to merge)");
            }
        }

        writer.WriteLine();
        writer.WriteLine(Summary(merge));
    }

    public static void WriteMarkdown(CatalogMerge merge, TextWriter writer)
    {
        writer.Write($"**Catalog merge:** {Summary(merge)}\n");
        for (var d = 0; d < merge.DraftNames.Length; d++)
        {
            writer.Write($"\n#### {Escape(merge.DraftName(d))}\n");
            var conflicts = merge.Conflicts.Where(c => c.Draft == d).ToList();
            if (conflicts.Count > 0)
            {
                writer.Write("\n");
                foreach (var conflict in conflicts)
                {
                    writer.Write(conflict.Kind == MergeConflictKind.Contradiction
                        ? $"- **Conflict** {CatalogDiffText.Code(conflict.Path)}: the catalog has {CatalogDiffText.Code(conflict.CatalogValue)}, the draft {CatalogDiffText.Code(conflict.DraftValue)}; {(conflict.IsUnresolved ? "kept the catalog's" : "took the draft's")}.\n"
                        : $"- **{(conflict.Kind == MergeConflictKind.AmbiguousMatch ? "Ambiguous" : "Invalid")}** {CatalogDiffText.Code(conflict.Path)}: {Escape(conflict.Message)}\n");
                    foreach (var citation in conflict.CatalogCitations)
                    {
                        writer.Write($"  - catalog, {CatalogDiffText.Code(citation.Source.Value)}: {Quote(citation)}\n");
                    }

                    foreach (var citation in conflict.DraftCitations)
                    {
                        writer.Write($"  - draft, {CatalogDiffText.Code(citation.Source.Value)}: {Quote(citation)}\n");
                    }
                }
            }

            var entities = merge.Entities.Where(e => e.Draft == d).ToList();
            if (entities.Count == 0)
            {
                writer.Write("\nAn empty draft: nothing to merge.\n");
                continue;
            }

            writer.Write("\n| Entity | Result | Draft's | Added |\n| --- | --- | --- | --- |\n");
            foreach (var entity in entities)
            {
                var draftPath = entity.MatchedBy is MergeMatch.None or MergeMatch.Identifier ? string.Empty : $"{CatalogDiffText.Code(CatalogDiff.EntityPath(entity.Kind, entity.DraftId, 1))} by {Name(entity.MatchedBy)}";
                var added = string.Join("<br>", entity.Additions.Select(a => $"{CatalogDiffText.Code(a.Path[(entity.Path.Length + 1)..])} {CatalogDiffText.Code(a.Value)}"));
                writer.Write($"| {CatalogDiffText.Code(entity.Path)} | {Name(entity.Outcome)} {CatalogDiff.NameOf(entity.Kind)} | {draftPath} | {added} |\n");
            }
        }
    }

    public static void WriteJson(CatalogMerge merge, Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("format", CatalogMerge.JsonFormat);
            writer.WriteString("preference", merge.Preference == MergePreference.Draft ? "draft" : "catalog");
            writer.WriteStartArray("drafts");
            for (var d = 0; d < merge.DraftNames.Length; d++)
            {
                writer.WriteStringValue(merge.DraftName(d));
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("added", merge.Added);
            writer.WriteNumber("enriched", merge.Enriched);
            writer.WriteNumber("reused", merge.Reused);
            writer.WriteNumber("conflicts", merge.Conflicts.Length);
            writer.WriteNumber("unresolved", merge.UnresolvedConflicts);
            writer.WriteEndObject();
            writer.WriteStartArray("merged");
            foreach (var entity in merge.Entities)
            {
                writer.WriteStartObject();
                writer.WriteNumber("draft", entity.Draft + 1);
                writer.WriteString("result", Name(entity.Outcome));
                writer.WriteString("kind", CatalogDiff.NameOf(entity.Kind));
                writer.WriteString("id", entity.Id);
                writer.WriteString("draftId", entity.DraftId);
                writer.WriteString("path", entity.Path);
                if (entity.MatchedBy != MergeMatch.None)
                {
                    writer.WriteString("matchedBy", Name(entity.MatchedBy));
                }

                if (!entity.Additions.IsEmpty)
                {
                    writer.WriteStartArray("additions");
                    foreach (var addition in entity.Additions)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("path", addition.Path);
                        writer.WritePropertyName("value");
                        writer.WriteRawValue(addition.Value, skipInputValidation: true);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("conflicts");
            foreach (var conflict in merge.Conflicts)
            {
                writer.WriteStartObject();
                writer.WriteNumber("draft", conflict.Draft + 1);
                writer.WriteString("conflict", Name(conflict.Kind));
                writer.WriteString("kind", CatalogDiff.NameOf(conflict.EntityKind));
                writer.WriteString("id", conflict.EntityId);
                writer.WriteString("path", conflict.Path);
                if (conflict.CatalogValue is { } ours)
                {
                    writer.WritePropertyName("catalogValue");
                    writer.WriteRawValue(ours, skipInputValidation: true);
                }

                if (conflict.DraftValue is { } theirs)
                {
                    writer.WritePropertyName("draftValue");
                    writer.WriteRawValue(theirs, skipInputValidation: true);
                }

                writer.WriteString("resolution", conflict.IsUnresolved ? "kept-catalog" : "took-draft");
                writer.WriteString("message", conflict.Message);
                Citations(writer, "catalogCitations", conflict.CatalogCitations);
                Citations(writer, "draftCitations", conflict.DraftCitations);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    public static string Summary(CatalogMerge merge)
    {
        var drafts = merge.DraftNames.Length == 1 ? "1 draft" : Count(merge.DraftNames.Length) + " drafts";
        var conflicts = merge.Conflicts.Length == 1 ? "1 conflict" : Count(merge.Conflicts.Length) + " conflicts";
        return $"{drafts}: {Count(merge.Added)} added, {Count(merge.Enriched)} enriched, {Count(merge.Reused)} reused; {conflicts}, {Count(merge.UnresolvedConflicts)} unresolved.";
    }

    private static void Citations(Utf8JsonWriter writer, string name, System.Collections.Immutable.ImmutableArray<Citation> citations)
    {
        writer.WriteStartArray(name);
        foreach (var citation in citations)
        {
            writer.WriteStartObject();
            writer.WriteString("source", citation.Source.Value);
            if (citation.Quote is { } quote)
            {
                writer.WriteString("quote", quote);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Quote(Citation citation) => citation.Quote is { } quote ? "\u201C" + Escape(quote) + "\u201D" : "(no quote)";

    // Markdown's own characters in running text, escaped.
    private static string Escape(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Name(MergeOutcome outcome) => outcome switch
    {
        MergeOutcome.Added => "added",
        MergeOutcome.Reused => "reused",
        _ => "enriched",
    };

    private static string Name(MergeMatch match) => match switch
    {
        MergeMatch.None => "none",
        MergeMatch.Identifier => "identifier",
        MergeMatch.Spelling => "spelling",
        MergeMatch.Acronym => "acronym",
        MergeMatch.Name => "name",
        MergeMatch.Archive => "archive",
        MergeMatch.Ordinal => "ordinal",
        _ => "dates",
    };

    private static string Name(MergeConflictKind kind) => kind switch
    {
        MergeConflictKind.Contradiction => "contradiction",
        MergeConflictKind.AmbiguousMatch => "ambiguous-match",
        _ => "invalid",
    };
}
