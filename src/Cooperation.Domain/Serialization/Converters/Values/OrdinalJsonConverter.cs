using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads and writes an <see cref="Ordinal"/> as a JSON number (<c>8</c>) and, as a dictionary key, as its digits
/// (<c>"8"</c>).
/// </summary>
/// <remarks>
/// The JSON form is strict and canonical: a string such as <c>"8ª"</c>, a fraction, 0, a negative number or a number
/// above <see cref="int.MaxValue"/> is rejected with a <see cref="JsonException"/> that names what was found; the
/// serializer adds the JSON path and line. Text forms belong to <see cref="Ordinal.Parse(string)"/>.
/// </remarks>
public sealed class OrdinalJsonConverter : JsonConverter<Ordinal>
{
    private const string Expected = "a JSON number holding an Ordinal (a whole number from 1 to 2147483647)";

    /// <summary>True: a JSON <c>null</c> reaches the converter, which refuses it with a message that names the expected form.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override Ordinal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            var found = reader.TokenType == JsonTokenType.String
                ? $"the string {InputExcerpt.Describe(reader.GetString())}"
                : JsonTokenDescription.Describe(ref reader);
            throw new JsonException($"Expected {Expected}, but found {found}.");
        }

        if (reader.TryGetInt32(out var value) && Ordinal.TryFromInt32(value, out var ordinal))
        {
            return ordinal;
        }

        throw new JsonException($"Expected {Expected}, but found {JsonTokenDescription.Describe(ref reader)}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Ordinal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(Checked(value));
    }

    /// <inheritdoc/>
    public override Ordinal ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[16];
        var text = reader.ValueSpan.Length <= buffer.Length && !reader.HasValueSequence
            ? buffer[..reader.CopyString(buffer)]
            : reader.GetString().AsSpan();

        // Keys hold the canonical digits only, so that one ordinal has one key.
        if (IsCanonicalDigits(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return Ordinal.FromInt32(value);
        }

        throw new JsonException($"Expected a property name holding an Ordinal's digits (\"8\"), but found {InputExcerpt.Describe(text)}.");
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Ordinal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[16];
        Checked(value).TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.WritePropertyName(buffer[..written]);
    }

    private static bool IsCanonicalDigits(ReadOnlySpan<char> text)
        => !text.IsEmpty && text[0] != '0' && !text.ContainsAnyExceptInRange('0', '9');

    private static int Checked(Ordinal value)
        => value.IsDefault
            ? throw new JsonException($"Cannot write an uninitialized {nameof(Ordinal)} (the type's default value) as JSON.")
            : value.Value;
}
