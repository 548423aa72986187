using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads and writes a value type as a JSON string, and as a dictionary key, using its canonical text form.
/// </summary>
/// <remarks>
/// Reading copies the token into a stack buffer when it is small, so that value types which do not hold a string
/// (country codes, dates) read without allocating. An invalid value becomes a <see cref="JsonException"/> whose
/// message names the input, the reason and the expected form; the serializer adds the JSON path and line.
/// Writing the uninitialized default value is refused.
/// </remarks>
internal sealed class ValueJsonConverter<T> : JsonConverter<T>
    where T : struct, IValue<T>
{
    private const int StackLimit = 256;

    // Handle null ourselves so the error says "found null" and names the expected form.
    public override bool HandleNull => true;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string holding {JsonModel.A(typeof(T).Name)} ({T.ExpectedForm}), but found {JsonTokenDescription.Describe(ref reader)}.");
        }

        return ReadText(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CheckWritable(value);
        Span<char> buffer = stackalloc char[StackLimit];
        if (value.TryFormat(buffer, out var written, default, null))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadText(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CheckWritable(value);
        Span<char> buffer = stackalloc char[StackLimit];
        if (value.TryFormat(buffer, out var written, default, null))
        {
            writer.WritePropertyName(buffer[..written]);
        }
        else
        {
            writer.WritePropertyName(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    private static T ReadText(ref Utf8JsonReader reader)
    {
        var byteLength = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;

        // UTF-8 never needs more chars than bytes, so byteLength chars always hold the unescaped text.
        char[]? rented = null;
        var buffer = byteLength <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(byteLength));
        try
        {
            var length = reader.CopyString(buffer);
            var text = buffer[..length];
            if (T.TryParseCore(text, out var value, out var error))
            {
                return value;
            }

            throw new JsonException(new ValueFormatException(typeof(T), text, error ?? "the value is invalid", T.ExpectedForm).Message);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static void CheckWritable(T value)
    {
        if (value.IsDefault)
        {
            throw new JsonException($"Cannot write an uninitialized {typeof(T).Name} (the type's default value) as JSON.");
        }
    }
}
