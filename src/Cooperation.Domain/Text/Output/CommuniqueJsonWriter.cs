using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace Cooperation.Domain.Text;

/// <summary>
/// A reading as one JSON document (<c>json</c>, <c>application/json</c>, <c>.json</c>): exactly <c>mentions</c>,
/// <c>meetings</c> and <c>draft</c>, in the shape of docs/schema/cooperation-extract.schema.json (docs/text-extraction.md,
/// "JSON output"); the draft is the catalog document <see cref="CooperationJson.WriteCatalog(CooperationCatalog)"/> writes, or null.
/// </summary>
public sealed class CommuniqueJsonWriter : DocumentWriter<CommuniqueReading>
{
    /// <summary>An indented writer.</summary>
    public CommuniqueJsonWriter()
        : this(DocumentWriterOptions.Default)
    {
    }

    /// <summary>A writer with <paramref name="options"/>.</summary>
    /// <param name="options">The options: indented, or on one line.</param>
    public CommuniqueJsonWriter(DocumentWriterOptions options)
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

    /// <summary>The JSON and text name of a kind: "date", "country", "person", "institution", "ordinal", "mechanism".</summary>
    internal static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Date => "date",
        MentionKind.Country => "country",
        MentionKind.Person => "person",
        MentionKind.Institution => "institution",
        MentionKind.Ordinal => "ordinal",
        _ => "mechanism",
    };

    /// <summary>The document, a mention or a meeting at a time, then a line end; shared with <see cref="CommuniqueJsonLinesWriter"/>.</summary>
    internal static IEnumerable<DocumentPart> WriteDocument(CommuniqueReading reading, IBufferWriter<byte> destination, bool indented)
    {
        using (var json = new Utf8JsonWriter(destination, DocumentJson.Options(indented)))
        {
            json.WriteStartObject();
            json.WriteStartArray("mentions");
            foreach (var mention in reading.Mentions)
            {
                WriteMention(json, mention);
                json.Flush();
                yield return default;
            }

            json.WriteEndArray();
            json.WriteStartArray("meetings");
            foreach (var meeting in reading.Meetings)
            {
                WriteMeeting(json, meeting);
                json.Flush();
                yield return default;
            }

            json.WriteEndArray();
            json.WritePropertyName("draft");
            if (reading.Draft is { } draft && indented)
            {
                // Indented, the draft is the catalog's canonical document byte for byte, to be saved as it is.
                json.WriteRawValue(CooperationJson.WriteCatalog(draft), skipInputValidation: true);
            }
            else if (reading.Draft is { } line)
            {
                // On one line (JSON Lines), the canonical document's line ends would split the line: written again compact.
                using var document = JsonDocument.Parse(CooperationJson.WriteCatalog(line));
                document.RootElement.WriteTo(json);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
        }

        new Utf8Text(destination).Line();
    }

    private protected override IEnumerable<DocumentPart> WriteParts(CommuniqueReading value, IBufferWriter<byte> destination)
        => WriteDocument(value, destination, Options.Indented);

    private static void WriteMention(Utf8JsonWriter json, Mention mention)
    {
        json.WriteStartObject();
        json.WriteString("kind", KindName(mention.Kind));
        json.WriteString("text", mention.Text);
        json.WriteNumber("start", mention.Start);
        json.WriteNumber("end", mention.End);
        if (mention.Kind == MentionKind.Ordinal && mention.Ordinal is { } ordinal)
        {
            json.WriteNumber("value", ordinal.Value);
        }
        else if (mention.Value is { } value)
        {
            json.WriteString("value", value);
        }
        else
        {
            json.WriteNull("value");
        }

        if (mention.Kind is MentionKind.Person or MentionKind.Institution)
        {
            if (mention.Position is { } position)
            {
                json.WriteString("position", position);
            }

            if (mention.Country is { } country)
            {
                json.WriteString("country", country.Alpha2);
            }
        }

        var id = mention.Person?.ToString() ?? mention.Institution?.ToString() ?? mention.Mechanism?.ToString();
        if (id is not null)
        {
            json.WriteString("id", id);
        }

        json.WriteEndObject();
    }

    private static void WriteMeeting(Utf8JsonWriter json, ReportedMeeting meeting)
    {
        json.WriteStartObject();
        WriteNullable(json, "date", meeting.DateValue);
        json.WriteString("status", meeting.Status.Name);
        json.WriteStartArray("countries");
        foreach (var country in meeting.Countries)
        {
            json.WriteStringValue(country.Alpha2);
        }

        json.WriteEndArray();
        WriteNullable(json, "mechanism", meeting.Mechanism);
        if (meeting.Ordinal is { } ordinal)
        {
            json.WriteNumber("ordinal", ordinal.Value);
        }
        else
        {
            json.WriteNull("ordinal");
        }

        WriteNullable(json, "place", meeting.Place);
        WriteNullable(json, "kind", meeting.Kind?.Name);
        if (meeting.MechanismId is { } id)
        {
            json.WriteString("mechanismId", id.ToString());
        }

        json.WriteStartArray("sentences");
        foreach (var sentence in meeting.Sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("start", sentence.Start);
            json.WriteNumber("end", sentence.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
