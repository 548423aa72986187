using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The JSON columns, read whole: an array of the model's small parts (citations, venues, relations…) in the
/// library's own JSON (<see cref="CooperationJson"/>), an array of values (topics, identifiers) as strings, or one
/// part. An empty array is stored as NULL. Reading is as strict as the library's: a part that its reader refuses is
/// a <see cref="StoredValueException"/>.
/// </summary>
internal static class JsonColumn
{
    /// <summary>An array of parts, or null when it is empty.</summary>
    public static string? WriteParts<T>(ImmutableArray<T> parts)
        where T : class
    {
        if (parts.IsDefaultOrEmpty)
        {
            return null;
        }

        var text = new StringBuilder("[");
        for (var i = 0; i < parts.Length; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(CooperationJson.WriteString(parts[i]));
        }

        return text.Append(']').ToString();
    }

    /// <summary>One part, or null.</summary>
    public static string? WritePart<T>(T? part)
        where T : class
        => part is null ? null : CooperationJson.WriteString(part);

    /// <summary>An array of values as their text, or null when it is empty.</summary>
    public static string? WriteValues<T>(ImmutableArray<T> values, Func<T, string> format)
    {
        if (values.IsDefaultOrEmpty)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(format(value));
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The suppressions as an array of <c>{"rule": …, "justification": …}</c>, as the catalog's JSON
    /// writes them on an entity; null when there are none.</summary>
    public static string? WriteSuppressions(ImmutableArray<Suppression> suppressions)
    {
        if (suppressions.IsDefaultOrEmpty)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var suppression in suppressions)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", suppression.Rule);
                writer.WriteString("justification", suppression.Justification);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads the suppressions: objects of exactly a rule and a justification.</summary>
    /// <exception cref="StoredValueException">The text is not such an array, or a suppression breaks its rules.</exception>
    public static ImmutableArray<Suppression> ReadSuppressions(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = Parse<Suppression>(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new StoredValueException("Suppression array", json, "a JSON array was expected.");
        }

        var suppressions = ImmutableArray.CreateBuilder<Suppression>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object || element.EnumerateObject().Count() != 2
                || !element.TryGetProperty("rule", out var rule) || rule.ValueKind != JsonValueKind.String
                || !element.TryGetProperty("justification", out var justification) || justification.ValueKind != JsonValueKind.String)
            {
                throw new StoredValueException("Suppression array", json, "each suppression is an object of exactly a \"rule\" and a \"justification\", both strings.");
            }

            try
            {
                suppressions.Add(new Suppression(rule.GetString()!, justification.GetString()!));
            }
            catch (ArgumentException error)
            {
                throw new StoredValueException(nameof(Suppression), json, error.Message);
            }
        }

        return suppressions.MoveToImmutable();
    }

    /// <summary>Reads an array of parts.</summary>
    /// <exception cref="StoredValueException">The text is not a JSON array of such parts.</exception>
    public static ImmutableArray<T> ReadParts<T>(string? json)
        where T : class
    {
        if (json is null)
        {
            return [];
        }

        using var document = Parse<T>(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new StoredValueException(typeof(T).Name + " array", json, "a JSON array was expected.");
        }

        var parts = ImmutableArray.CreateBuilder<T>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            parts.Add(Read<T>(element.GetRawText()));
        }

        return parts.MoveToImmutable();
    }

    /// <summary>Reads one part, or null.</summary>
    /// <exception cref="StoredValueException">The text is not such a part.</exception>
    public static T? ReadPart<T>(string? json)
        where T : class
        => json is null ? null : Read<T>(json);

    /// <summary>Reads an array of values from their text.</summary>
    /// <exception cref="StoredValueException">The text is not a JSON array of strings, or a string is not a value.</exception>
    public static ImmutableArray<T> ReadValues<T>(string? json, Func<string, T> parse)
    {
        if (json is null)
        {
            return [];
        }

        using var document = Parse<T>(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new StoredValueException(typeof(T).Name + " array", json, "a JSON array of strings was expected.");
        }

        var values = ImmutableArray.CreateBuilder<T>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            values.Add(element.ValueKind == JsonValueKind.String
                ? parse(element.GetString()!)
                : throw new StoredValueException(typeof(T).Name + " array", json, "a JSON array of strings was expected."));
        }

        return values.MoveToImmutable();
    }

    private static JsonDocument Parse<T>(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = CooperationJson.MaxDepth });
        }
        catch (JsonException error)
        {
            throw new StoredValueException(typeof(T).Name + " array", json, "it is not JSON: " + error.Message);
        }
    }

    private static T Read<T>(string json)
        where T : class
    {
        try
        {
            return CooperationJson.Read<T>(json);
        }
        catch (JsonException error)
        {
            throw new StoredValueException(typeof(T).Name, json, error.Message);
        }
    }
}
