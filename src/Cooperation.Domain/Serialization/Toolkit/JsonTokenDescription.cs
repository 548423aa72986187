using System.Buffers;
using System.Text.Json;

namespace Cooperation.Domain.Serialization;

/// <summary>Describes the reader's current token for error messages: "null", "an array", "a number (484)".</summary>
internal static class JsonTokenDescription
{
    /// <summary>The current token for an error message, with its value when it is a number: "a number (484)".</summary>
    public static string Describe(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return Describe(reader.TokenType);
        }

        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        var text = System.Text.Encoding.UTF8.GetString(raw.Length > 40 ? raw[..40] : raw);
        return $"a number ({text}{(raw.Length > 40 ? "…" : string.Empty)})";
    }

    /// <summary>The kind of a token, for an error message: "null", "an object".</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a member name",
        _ => token.ToString(),
    };
}
