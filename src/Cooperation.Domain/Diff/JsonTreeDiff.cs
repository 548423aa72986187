using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cooperation.Domain.Diff;

/// <summary>
/// Compares two JSON trees of one entity's canonical form and reports each difference with its path (see
/// <see cref="CatalogDiff"/> for how objects and arrays are matched). Linear in the two trees times their depth.
/// </summary>
internal sealed class JsonTreeDiff(Action<CatalogChangeKind, string, string?, string?> report)
{
    // The canonical writer omits empty arrays: a member holding an array that one side lacks is compared with this, so
    // that a venue removed is "venues[0]: removed …" and a delegation added "delegations[HN]: added …".
    private static readonly JsonElement EmptyArray = JsonDocument.Parse("[]").RootElement.Clone();

    internal static readonly JsonWriterOptions CompactWriter = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 64,
    };

    /// <summary>Compact JSON text of canonical UTF-8 JSON.</summary>
    public static string Compact(ReadOnlySpan<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json.ToArray());
        return Compact(document.RootElement);
    }

    /// <summary>Compact JSON text of a value, with text of the Basic Multilingual Plane unescaped, as the canonical writer writes it.</summary>
    public static string Compact(JsonElement value)
    {
        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            return value.GetRawText();
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CompactWriter))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Compares <paramref name="old"/> and <paramref name="new"/>, found at <paramref name="path"/>.</summary>
    /// <param name="path">The path of both values.</param>
    /// <param name="member">The name of the member holding them (it decides how an array's elements are matched), or null.</param>
    /// <param name="old">The old value.</param>
    /// <param name="new">The new value.</param>
    public void Compare(string path, string? member, JsonElement old, JsonElement @new)
    {
        if (old.ValueKind != @new.ValueKind)
        {
            report(CatalogChangeKind.Changed, path, Compact(old), Compact(@new));
            return;
        }

        switch (old.ValueKind)
        {
            case JsonValueKind.Object:
                CompareObjects(path, old, @new);
                break;
            case JsonValueKind.Array:
                CompareArrays(path, member, old, @new);
                break;
            default:
                if (!JsonElement.DeepEquals(old, @new))
                {
                    report(CatalogChangeKind.Changed, path, old.GetRawText(), @new.GetRawText());
                }

                break;
        }
    }

    private void CompareObjects(string path, JsonElement old, JsonElement @new)
    {
        // Entities' objects have a few members each (the canonical writer never repeats one): a look-up by name is a
        // short scan.
        foreach (var property in old.EnumerateObject())
        {
            var at = path + "." + property.Name;
            if (@new.TryGetProperty(property.Name, out var value))
            {
                Compare(at, property.Name, property.Value, value);
            }
            else if (property.Value.ValueKind == JsonValueKind.Array)
            {
                Compare(at, property.Name, property.Value, EmptyArray);
            }
            else
            {
                report(CatalogChangeKind.Removed, at, Compact(property.Value), null);
            }
        }

        foreach (var property in @new.EnumerateObject())
        {
            if (old.TryGetProperty(property.Name, out _))
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                Compare(path + "." + property.Name, property.Name, EmptyArray, property.Value);
            }
            else
            {
                report(CatalogChangeKind.Added, path + "." + property.Name, null, Compact(property.Value));
            }
        }
    }

    private void CompareArrays(string path, string? member, JsonElement old, JsonElement @new)
    {
        if (KeyOf(member, old) is { } key && KeyOf(member, @new) == key
            && Keys(old, key) is { } oldKeys && Keys(@new, key) is { } newKeys)
        {
            CompareKeyed(path, old, @new, oldKeys, newKeys);
        }
        else if (AllPlain(old) && AllPlain(@new))
        {
            CompareSets(path, old, @new);
        }
        else
        {
            CompareByPosition(path, old, @new);
        }
    }

    // "id" when every element is an object with a string id; "party" for delegations and parties; null otherwise.
    private static string? KeyOf(string? member, JsonElement array)
    {
        if (array.GetArrayLength() == 0)
        {
            return member is "delegations" or "parties" ? "party" : "id";
        }

        foreach (var name in (ReadOnlySpan<string>)["id", "party"])
        {
            if (name == "party" && member is not ("delegations" or "parties"))
            {
                continue;
            }

            var all = true;
            foreach (var element in array.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return name;
            }
        }

        return null;
    }

    // Each element's key and index, or null when a key repeats (then elements are matched by position).
    private static Dictionary<string, int>? Keys(JsonElement array, string key)
    {
        var keys = new Dictionary<string, int>(array.GetArrayLength(), StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (!keys.TryAdd(element.GetProperty(key).GetString()!, index++))
            {
                return null;
            }
        }

        return keys;
    }

    private void CompareKeyed(string path, JsonElement old, JsonElement @new, Dictionary<string, int> oldKeys, Dictionary<string, int> newKeys)
    {
        var oldElements = Elements(old);
        var newElements = Elements(@new);
        var lastNew = -1;
        var reordered = false;
        foreach (var (key, index) in Ordered(oldKeys))
        {
            var at = $"{path}[{key}]";
            var element = oldElements[index];
            if (newKeys.TryGetValue(key, out var newIndex))
            {
                reordered |= newIndex < lastNew;
                lastNew = newIndex;
                Compare(at, null, element, newElements[newIndex]);
            }
            else
            {
                report(CatalogChangeKind.Removed, at, Compact(element), null);
            }
        }

        foreach (var (key, index) in Ordered(newKeys))
        {
            if (!oldKeys.ContainsKey(key))
            {
                report(CatalogChangeKind.Added, $"{path}[{key}]", null, Compact(newElements[index]));
            }
        }

        if (reordered)
        {
            report(CatalogChangeKind.Changed, path, KeyList(oldKeys), KeyList(newKeys));
        }
    }

    // A dictionary's entries in the order of their indexes (insertion order, as Dictionary keeps it when nothing is
    // removed), made explicit.
    private static IEnumerable<(string Key, int Index)> Ordered(Dictionary<string, int> keys)
    {
        var ordered = new (string, int)[keys.Count];
        foreach (var (key, index) in keys)
        {
            ordered[index] = (key, index);
        }

        return ordered;
    }

    private static string KeyList(Dictionary<string, int> keys)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CompactWriter))
        {
            writer.WriteStartArray();
            foreach (var (key, _) in Ordered(keys))
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool AllPlain(JsonElement array)
    {
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return false;
            }
        }

        return true;
    }

    // Values only one side has, each a change at the array's path; the whole array when the common ones moved.
    private void CompareSets(string path, JsonElement old, JsonElement @new)
    {
        var oldValues = Texts(old);
        var newValues = Texts(@new);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in newValues)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        var removed = new List<string>();
        var commonOld = new List<string>();
        foreach (var value in oldValues)
        {
            if (counts.GetValueOrDefault(value) > 0)
            {
                counts[value]--;
                commonOld.Add(value);
            }
            else
            {
                removed.Add(value);
            }
        }

        counts.Clear();
        foreach (var value in commonOld)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        var added = new List<string>();
        var commonNew = new List<string>();
        foreach (var value in newValues)
        {
            if (counts.GetValueOrDefault(value) > 0)
            {
                counts[value]--;
                commonNew.Add(value);
            }
            else
            {
                added.Add(value);
            }
        }

        if (!System.Linq.Enumerable.SequenceEqual(commonOld, commonNew, StringComparer.Ordinal))
        {
            report(CatalogChangeKind.Changed, path, Compact(old), Compact(@new));
            return;
        }

        foreach (var value in removed)
        {
            report(CatalogChangeKind.Removed, path, value, null);
        }

        foreach (var value in added)
        {
            report(CatalogChangeKind.Added, path, null, value);
        }
    }

    private static List<string> Texts(JsonElement array)
    {
        var texts = new List<string>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            texts.Add(element.GetRawText());
        }

        return texts;
    }

    private static JsonElement[] Elements(JsonElement array)
    {
        var elements = new JsonElement[array.GetArrayLength()];
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            elements[i++] = element;
        }

        return elements;
    }

    // The common beginning and end are skipped; the rest is compared element by element, and what is left over on one
    // side is removed or added, at its index on that side.
    private void CompareByPosition(string path, JsonElement oldArray, JsonElement newArray)
    {
        var old = Elements(oldArray);
        var @new = Elements(newArray);
        var start = 0;
        while (start < old.Length && start < @new.Length && JsonElement.DeepEquals(old[start], @new[start]))
        {
            start++;
        }

        var (oldEnd, newEnd) = (old.Length, @new.Length);
        while (oldEnd > start && newEnd > start && JsonElement.DeepEquals(old[oldEnd - 1], @new[newEnd - 1]))
        {
            (oldEnd, newEnd) = (oldEnd - 1, newEnd - 1);
        }

        var paired = Math.Min(oldEnd - start, newEnd - start);
        for (var k = 0; k < paired; k++)
        {
            Compare(Index(path, start + k), null, old[start + k], @new[start + k]);
        }

        for (var i = start + paired; i < oldEnd; i++)
        {
            report(CatalogChangeKind.Removed, Index(path, i), Compact(old[i]), null);
        }

        for (var i = start + paired; i < newEnd; i++)
        {
            report(CatalogChangeKind.Added, Index(path, i), null, Compact(@new[i]));
        }
    }

    private static string Index(string path, int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{index}]");
}
