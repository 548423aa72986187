using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cooperation.Domain.Text;

/// <summary>
/// The JSON form of a <see cref="CommuniqueReading"/>: exactly <c>mentions</c>, <c>meetings</c> and <c>draft</c>, in the
/// shape of docs/schema/cooperation-extract.schema.json. UTF-8, written unescaped ("Reunión"), LF.
/// </summary>
internal static class CommuniqueJsonWriter
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(CommuniqueReading reading, Stream stream, bool indented)
    {
        using (var json = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            json.WriteStartObject();
            json.WriteStartArray("mentions");
            foreach (var mention in reading.Mentions)
            {
                WriteMention(json, mention);
            }

            json.WriteEndArray();
            json.WriteStartArray("meetings");
            foreach (var meeting in reading.Meetings)
            {
                WriteMeeting(json, meeting);
            }

            json.WriteEndArray();
            json.WritePropertyName("draft");
            if (reading.Draft is { } draft)
            {
                json.WriteRawValue(CooperationJson.WriteCatalog(draft), skipInputValidation: true);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

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

    /// <summary>The JSON and text name of a kind: "date", "country", "person", "institution", "ordinal", "mechanism".</summary>
    public static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Date => "date",
        MentionKind.Country => "country",
        MentionKind.Person => "person",
        MentionKind.Institution => "institution",
        MentionKind.Ordinal => "ordinal",
        _ => "mechanism",
    };
}
