using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Finds where subject paths (<c>meetings[talks-1].delegations[CA].participants[0]</c>) are in a catalog document,
/// as 1-based lines (LF, CRLF and CR each end a line). One pass finds the entities the paths name; each path is then resolved inside its entity only,
/// and all offsets become lines in one sweep, so the cost is one read of the document plus the named entities.
/// </summary>
/// <remarks>
/// Path segments in brackets are matched as an index (digits, for arrays of unnamed objects), as the value of an
/// object's <c>id</c>, <c>party</c> or <c>source</c> member (entities, delegations, parties, citations), or as a
/// string element (format 1's cited sources). A path that cannot be resolved completely gets the line of its deepest part that can; a path whose
/// entity is not in the document gets none. The first of several entities with one identifier is the one found,
/// as in the catalog's look-ups.
/// </remarks>
internal static class JsonSubjectLocator
{
    public static Dictionary<string, int> Locate(ReadOnlySpan<byte> utf8, IEnumerable<string> paths, WorkMeter? work = null)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        // The entities named by the paths: "mechanisms[crm]" → the offset of its '{'.
        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
        var pathList = new List<string>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            pathList.Add(path);
            if (EntityPrefix(path) is { } prefix)
            {
                wanted.TryAdd(prefix, -1);
            }
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return result;
        }

        FindEntities(utf8, wanted, work);
        var offsets = new List<(int Offset, string Path)>(pathList.Count);
        var indexes = new Dictionary<string, EntityIndex>(StringComparer.Ordinal);
        foreach (var path in pathList)
        {
            var prefix = EntityPrefix(path);
            if (prefix is null || wanted[prefix] < 0)
            {
                continue;
            }

            // Each entity named by a path is indexed once, in one pass over its bytes, whatever the number of paths in it.
            if (!indexes.TryGetValue(prefix, out var index))
            {
                indexes[prefix] = index = EntityIndex.Build(utf8, wanted[prefix], work);
            }

            offsets.Add((index.Resolve(path.AsSpan(prefix.Length)), path));
        }

        AssignLines(utf8, offsets, 1, result, work);
        return result;
    }

    // The offsets in order, and one sweep of the line counter over the bytes to turn them into lines (LF, CRLF and a lone CR
    // each end a line), counting from firstLine at offset 0.
    private static void AssignLines(ReadOnlySpan<byte> utf8, List<(int Offset, string Path)> offsets, int firstLine, Dictionary<string, int> result, WorkMeter? work)
    {
        offsets.Sort(static (a, b) => a.Offset.CompareTo(b.Offset));
        var lines = new LineCounter();
        var position = 0;
        foreach (var (offset, path) in offsets)
        {
            lines.CountTo(offset, utf8, 0);
            work?.Add(offset - position);
            position = offset;
            result[path] = firstLine + (int)lines.Position(offset).Breaks;
        }
    }

    /// <summary>
    /// The same as <see cref="Locate(ReadOnlySpan{byte}, IEnumerable{string}, WorkMeter)"/> for a document read from a stream one
    /// entity at a time (<see cref="CatalogStreamWalker"/>), stopping once every named entity is found. A document that
    /// is no longer a valid catalog (a file changed since it was loaded) gives the lines found before the error.
    /// </summary>
    public static Dictionary<string, int> Locate(Stream utf8, IEnumerable<string> paths, WorkMeter? work = null)
    {
        var byEntity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (EntityPrefix(path) is { } prefix)
            {
                if (!byEntity.TryGetValue(prefix, out var list))
                {
                    byEntity[prefix] = list = [];
                }

                list.Add(path);
            }
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (byEntity.Count == 0)
        {
            return result;
        }

        try
        {
            CatalogStreamWalker.Walk(utf8, int.MaxValue, null, (collection, _, element, position, _) =>
            {
                var reader = new Utf8JsonReader(element, new JsonReaderOptions { MaxDepth = 64 });
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || MemberString(ref reader, "id"u8, work) is not { } id)
                {
                    return true;
                }

                // The first entity with an identifier is the one found, as in the catalog's look-ups.
                if (byEntity.Remove($"{CatalogCollections.Names[collection]}[{id}]", out var entityPaths))
                {
                    // One pass to index the entity, then the offsets in order and one sweep to turn them into lines.
                    var index = EntityIndex.Build(element, 0, work);
                    var offsets = new List<(int Offset, string Path)>(entityPaths.Count);
                    foreach (var path in entityPaths)
                    {
                        var prefixLength = path.IndexOf(']', StringComparison.Ordinal) + 1;
                        offsets.Add((index.Resolve(path.AsSpan(prefixLength)), path));
                    }

                    AssignLines(element, offsets, (int)position.Breaks + 1, result, work);
                }

                return byEntity.Count > 0;
            });
        }
        catch (JsonReadFailure)
        {
            // The lines found so far stand.
        }

        return result;
    }

    // "meetings[talks-1].delegations[CA]" → "meetings[talks-1]"; null when the path does not start with an entity.
    private static string? EntityPrefix(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : path.IndexOf(']', open);
        return close < 0 || !CatalogCollections.TryFind(path.AsSpan(0, open), out _) ? null : path[..(close + 1)];
    }

    private static void FindEntities(ReadOnlySpan<byte> utf8, Dictionary<string, int> wanted, WorkMeter? work)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string? collection = null;
            foreach (var candidate in CatalogCollections.Names)
            {
                collection ??= reader.ValueTextEquals(candidate) ? candidate : null;
            }

            reader.Read();
            if (collection is null || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = (int)reader.TokenStartIndex;
                var id = MemberString(ref reader, "id"u8, work);
                if (id is not null && wanted.TryGetValue($"{collection}[{id}]", out var known) && known < 0)
                {
                    wanted[$"{collection}[{id}]"] = start;
                }
            }
        }
    }

    // Reads the object the reader is on to its end; returns the string value of the member, if any.
    private static string? MemberString(ref Utf8JsonReader reader, ReadOnlySpan<byte> member, WorkMeter? work)
    {
        string? value = null;
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            work?.Add();
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals(member))
            {
                reader.Read();
                value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                {
                    var before = reader.BytesConsumed;
                    reader.Skip();
                    work?.Add(reader.BytesConsumed - before);
                }
            }
            else if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
                var before = reader.BytesConsumed;
                reader.Skip();
                work?.Add(reader.BytesConsumed - before);
            }
        }

        return value;
    }
}
