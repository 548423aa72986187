using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace Cooperation.Domain.Diff;

/// <summary>
/// A catalog diff as JSON (<c>json</c>, <c>application/json</c>, <c>.json</c>) in the <see cref="CatalogDiff.JsonFormat"/>
/// format (<c>docs/model.md</c>), values in full: <c>{"format", "equal", "entities": {"added", "removed", "changed"},
/// "changes": [{"change", "kind", "id", "occurrence" (only above 1), "path", "old", "new"}]}</c>.
/// </summary>
public sealed class DiffJsonWriter : DocumentWriter<CatalogDiff>
{
    /// <summary>An indented writer.</summary>
    public DiffJsonWriter()
        : this(DocumentWriterOptions.Default)
    {
    }

    /// <summary>A writer with <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    public DiffJsonWriter(DocumentWriterOptions options)
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

    private protected override IEnumerable<DocumentPart> WriteParts(CatalogDiff diff, IBufferWriter<byte> destination)
    {
        using var writer = new Utf8JsonWriter(destination, DocumentJson.Options(Options.Indented));
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
            writer.WriteString("change", CatalogChange.Verb(change.Kind));
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
            writer.Flush();
            yield return default;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        new Utf8Text(destination).Line();
    }
}
