using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>Reads and writes <see cref="Language"/> as its ISO 639-1 code, <c>"es"</c> or <c>"en"</c>, strictly.</summary>
public sealed class LanguageJsonConverter : JsonConverter<Language>
{
    /// <inheritdoc/>
    public override Language Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("es"u8))
            {
                return Language.Spanish;
            }

            if (reader.ValueTextEquals("en"u8))
            {
                return Language.English;
            }

            throw new JsonException($"{InputExcerpt.Describe(reader.GetString())} is not a Language. Expected \"es\" or \"en\".");
        }

        throw new JsonException($"Expected a JSON string holding a Language (\"es\" or \"en\"), but found {JsonTokenDescription.Describe(ref reader)}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Language value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value switch
        {
            Language.Spanish => "es",
            Language.English => "en",
            _ => throw new JsonException($"{(int)value} is not a Language."),
        });
    }
}
