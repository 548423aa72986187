using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cooperation.Domain;

namespace Cooperation.Cli.Output;

/// <summary>
/// Entities as a JSON array: mechanisms, meetings, institutions and sources in the canonical JSON of
/// <see cref="CooperationJson"/> (what a catalog file holds), countries as codes and names.
/// </summary>
internal static class EntityJson
{
    /// <summary>How the tool writes JSON: indented, LF line ends, non-ASCII text as is (as the library writes it).</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteArray<T>(IReadOnlyList<T> items, Stream output)
        where T : class
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                if (item is Country country)
                {
                    WriteCountry(writer, country);
                }
                else
                {
                    // Re-read the canonical bytes so that they nest under the array's indentation.
                    using var entity = JsonDocument.Parse(CooperationJson.Write(item));
                    entity.WriteTo(writer);
                }
            }

            writer.WriteEndArray();
        }

        output.Write("\n"u8);
    }

    public static void WriteCountry(Utf8JsonWriter writer, Country country)
    {
        writer.WriteStartObject();
        writer.WriteString("alpha2", country.Alpha2);
        writer.WriteString("alpha3", country.Alpha3);
        writer.WriteNumber("numeric", country.Numeric);
        writer.WriteStartObject("name");
        writer.WriteString("en", country.Name.English);
        writer.WriteString("es", country.Name.Spanish);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
