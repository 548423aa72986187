using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The reading and writing steps every converter of an object shares: strict object framing, one bit per member to
/// catch repeats and missing required members, members read and written by the converters the caller names (never
/// through a serializer call, whose options would decide), and construction errors turned into
/// <see cref="JsonException"/>s (to which the caller adds the JSON path and line).
/// </summary>
internal static class JsonModel
{
    /// <summary>The type's name with its indefinite article: "a Meeting", "an Institution".</summary>
    public static string A(string typeName)
        => (typeName.Length > 0 && "AEIOUaeiou".Contains(typeName[0], StringComparison.Ordinal) ? "an " : "a ") + typeName;

    public static void ExpectObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {A(typeName)}, but found {JsonTokenDescription.Describe(ref reader)}.");
        }
    }

    /// <summary>Advances to the next member name; false at the end of the object.</summary>
    public static bool NextMember(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.EndObject;
    }

    /// <summary>Records that member <paramref name="bit"/> was seen; a member seen twice is an error.</summary>
    public static void Mark(ref ulong seen, int bit, string member, string typeName)
    {
        var flag = 1UL << bit;
        if ((seen & flag) != 0)
        {
            throw new JsonException($"The member \"{member}\" appears twice in {A(typeName)}.");
        }

        seen |= flag;
    }

    /// <summary>
    /// An unknown member, quoted shortened (a name can be megabytes long). The name is decoded strictly first, so that
    /// one that is not valid UTF-8 is reported as that.
    /// </summary>
    public static JsonException Unknown(ref Utf8JsonReader reader, string typeName, string allowed)
        => new($"Unknown member {InputExcerpt.Describe(reader.GetString())} in {A(typeName)}. Allowed: {allowed}.");

    /// <summary>Throws naming the first required member that is missing.</summary>
    public static void Require(ulong seen, ReadOnlySpan<string> names, ulong required, string typeName)
    {
        var missing = required & ~seen;
        if (missing != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(missing);
            throw new JsonException($"The required member \"{names[bit]}\" is missing from {A(typeName)}.");
        }
    }

    /// <summary>Reads the value after a member name with <paramref name="converter"/>; null is an error.</summary>
    public static T Value<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string member, string typeName)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException($"The member \"{member}\" of {A(typeName)} is null: omit an optional member instead of writing null.");
        }

        return converter.Read(ref reader, typeof(T), options)!;
    }

    /// <summary>
    /// Reads a value with the converter <paramref name="options"/> resolve for <typeparamref name="T"/>, called
    /// directly rather than through <see cref="JsonSerializer"/>: the serializer rewinds the reader when a nested value
    /// fails, which would hide where the error is.
    /// </summary>
    public static T ReadWith<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        // GetTypeInfo is cached by the options; GetConverter would build a new converter on every call.
        var converter = (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        return converter.Read(ref reader, typeof(T), options)!;
    }

    public static int Int32(ref Utf8JsonReader reader, string member, string typeName)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw new JsonException($"The member \"{member}\" of {A(typeName)} must be a whole number, but found {JsonTokenDescription.Describe(ref reader)}.");
        }

        return value;
    }

    public static string String(ref Utf8JsonReader reader, string member, string typeName)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"The member \"{member}\" of {A(typeName)} must be a string, but found {JsonTokenDescription.Describe(ref reader)}.");
        }

        return reader.GetString()!;
    }

    public static bool Boolean(ref Utf8JsonReader reader, string member, string typeName)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new JsonException($"The member \"{member}\" of {A(typeName)} must be true or false, but found {JsonTokenDescription.Describe(ref reader)}."),
        };
    }

    public static Uri Uri(ref Utf8JsonReader reader, string member, string typeName)
    {
        var text = String(ref reader, member, typeName);
        return System.Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new JsonException($"The member \"{member}\" of {A(typeName)} is not an absolute address: {InputExcerpt.Describe(text)}.");
    }

    /// <summary>Reads an array after a member name; null elements are errors.</summary>
    /// <param name="reader">The reader, on the member name.</param>
    /// <param name="converter">Reads each element.</param>
    /// <param name="options">The options, passed on to the converter.</param>
    /// <param name="member">The member's name, for errors.</param>
    /// <param name="typeName">The entity's name, for errors.</param>
    /// <param name="checkSyntaxFirst">
    /// True to check each element's JSON syntax whole before its content is read, as the stream reader of catalogs
    /// must for the catalog's collections: then every reader reports the same first error.
    /// </param>
    public static ImmutableArray<T> Array<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string member, string typeName, bool checkSyntaxFirst = false)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"The member \"{member}\" of {A(typeName)} must be an array, but found {JsonTokenDescription.Describe(ref reader)}.");
        }

        var items = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException($"Element {items.Count} of \"{member}\" in {A(typeName)} is null.");
            }

            if (checkSyntaxFirst)
            {
                // A copy of the reader skips the element: a syntax error anywhere in it is the reader's error, thrown here.
                var probe = reader;
                probe.Skip();
            }

            items.Add(converter.Read(ref reader, typeof(T), options)!);
        }

        return items.DrainToImmutable();
    }

    /// <summary>A constructor's validation error as a JSON error with the same message.</summary>
    public static JsonException Invalid(ArgumentException error, string typeName)
    {
        // ArgumentException appends " (Parameter 'x')", which names a C# parameter, not anything in the document.
        var message = error.ParamName is { } name ? error.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : error.Message;
        return new($"Invalid {typeName}: {message}", error);
    }

    /// <summary>Writes a string member unless it is null (an optional member absent).</summary>
    public static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a number member unless it is null (an optional member absent).</summary>
    public static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes an address as written (as the serializer's own converter writes one), unless it is null.</summary>
    public static void WriteUri(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Uri? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value.OriginalString);
        }
    }

    /// <summary>Writes a member with <paramref name="converter"/>.</summary>
    public static void Write<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        converter.Write(writer, value, options);
    }

    /// <summary>
    /// Writes a value with the converter <paramref name="options"/> resolve for <typeparamref name="T"/>, called
    /// directly: cheaper than a serializer call.
    /// </summary>
    public static void WriteWith<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var converter = (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        converter.Write(writer, value, options);
    }

    /// <summary>Writes a non-empty array; an empty one is omitted, which is the canonical form.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ImmutableArray<T> items, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            converter.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an optional member when it has a value; absence is the canonical form of none.</summary>
    public static void WriteOptional<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct
    {
        if (value is { } present)
        {
            Write(writer, name, present, converter, options);
        }
    }

    /// <summary>Writes an optional member when it is not null; absence is the canonical form of none.</summary>
    public static void WriteOptional<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        if (value is not null)
        {
            Write(writer, name, value, converter, options);
        }
    }
}
