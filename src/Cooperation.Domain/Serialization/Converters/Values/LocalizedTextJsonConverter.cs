using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads and writes <see cref="LocalizedText"/> as <c>{"es": "...", "en": "..."}</c>: members in that order, absent
/// when the language is missing. Reading is strict: unknown or repeated members, nulls, non-strings and an object
/// with neither language are errors.
/// </summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    /// <inheritdoc/>
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object with \"es\" and/or \"en\" for a LocalizedText, but found {JsonTokenDescription.Describe(reader.TokenType)}.");
        }

        string? spanish = null, english = null;
        bool sawSpanish = false, sawEnglish = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isSpanish = reader.ValueTextEquals("es"u8);
            var isEnglish = !isSpanish && reader.ValueTextEquals("en"u8);
            if (!isSpanish && !isEnglish)
            {
                throw new JsonException($"Unknown member \"{reader.GetString()}\" in a LocalizedText: only \"es\" and \"en\" are allowed.");
            }

            if ((isSpanish && sawSpanish) || (isEnglish && sawEnglish))
            {
                throw new JsonException($"The member \"{(isSpanish ? "es" : "en")}\" appears twice in a LocalizedText.");
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"The member \"{(isSpanish ? "es" : "en")}\" of a LocalizedText must be a string (omit it when the language is missing), but found {JsonTokenDescription.Describe(reader.TokenType)}.");
            }

            if (isSpanish)
            {
                sawSpanish = true;
                spanish = reader.GetString();
            }
            else
            {
                sawEnglish = true;
                english = reader.GetString();
            }
        }

        if (!LocalizedText.TryCreate(spanish, english, out var text, out var error))
        {
            throw new JsonException($"Invalid LocalizedText: {error}.");
        }

        return text;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write an uninitialized LocalizedText (the type's default value) as JSON.");
        }

        writer.WriteStartObject();
        if (value.Spanish is not null)
        {
            writer.WriteString("es"u8, value.Spanish);
        }

        if (value.English is not null)
        {
            writer.WriteString("en"u8, value.English);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override LocalizedText ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new JsonException("A LocalizedText cannot be a dictionary key: it has two texts. Key by an identifier instead.");

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
        => throw new JsonException("A LocalizedText cannot be a dictionary key: it has two texts. Key by an identifier instead.");
}
