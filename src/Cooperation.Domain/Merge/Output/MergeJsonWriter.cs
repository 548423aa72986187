using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>
/// A merge's report as JSON (<c>json</c>, <c>application/json</c>, <c>.json</c>) in the
/// <see cref="CatalogMerge.JsonFormat"/> format (<c>docs/merge.md</c>), values in full.
/// </summary>
public sealed class MergeJsonWriter : DocumentWriter<CatalogMerge>
{
    /// <summary>An indented writer.</summary>
    public MergeJsonWriter()
        : this(DocumentWriterOptions.Default)
    {
    }

    /// <summary>A writer with <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    public MergeJsonWriter(DocumentWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options.</summary>
    public DocumentWriterOptions Options { get; }

    /// <inheritdoc/>
    public override string Name => "json";

    /// <inheritdoc/>
    public override string MediaType => "application/json";

    /// <inheritdoc/>
    public override string FileExtension => ".json";

    private protected override IEnumerable<DocumentPart> WriteParts(CatalogMerge merge, IBufferWriter<byte> destination)
    {
        using var writer = new Utf8JsonWriter(destination, DocumentJson.Options(Options.Indented));
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
            writer.WriteString("result", MergedEntity.Name(entity.Outcome));
            writer.WriteString("kind", CatalogDiff.NameOf(entity.Kind));
            writer.WriteString("id", entity.Id);
            writer.WriteString("draftId", entity.DraftId);
            writer.WriteString("path", entity.Path);
            if (entity.MatchedBy != MergeMatch.None)
            {
                writer.WriteString("matchedBy", MergedEntity.Name(entity.MatchedBy));
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
            writer.Flush();
            yield return default;
        }

        writer.WriteEndArray();
        writer.WriteStartArray("conflicts");
        foreach (var conflict in merge.Conflicts)
        {
            writer.WriteStartObject();
            writer.WriteNumber("draft", conflict.Draft + 1);
            writer.WriteString("conflict", MergeConflict.Name(conflict.Kind));
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
            writer.Flush();
            yield return default;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        new Utf8Text(destination).Line();
    }

    private static void Citations(Utf8JsonWriter writer, string name, ImmutableArray<Citation> citations)
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
}
