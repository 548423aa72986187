using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Where the parts of one entity are in its document: built in one pass over the entity's bytes, then any number of
/// subject paths inside it are resolved by look-ups, so locating every diagnostic of an entity with 12,000 parties
/// costs one read of the entity, not one per diagnostic.
/// </summary>
/// <remarks>
/// A bracketed segment names an element of an array: the object at that index (digits), the first object whose
/// <c>party</c> or <c>source</c> member has that value (delegations, parties, citations), or the first string element
/// with that value (format 1's cited sources); of several matches the first in the array is the one found. A member
/// <c>citations</c> that an entity does not have is looked for as <c>sources</c>, format 1's name for it, so that a
/// diagnostic about a citation finds its line in documents of either format. The first of repeated member names is the one
/// found. A path that cannot be resolved completely resolves to its deepest part that can.
/// </remarks>
internal sealed class EntityIndex
{
    private readonly Node _root;

    private EntityIndex(Node root) => _root = root;

    /// <summary>Indexes the object that starts at <paramref name="offset"/> of <paramref name="utf8"/>.</summary>
    public static EntityIndex Build(ReadOnlySpan<byte> utf8, int offset, WorkMeter? work = null)
    {
        var reader = new Utf8JsonReader(utf8[offset..], new JsonReaderOptions { MaxDepth = 64 });
        Node root;
        try
        {
            root = (reader.Read() ? Read(ref reader, offset, work, keepText: false) : null) ?? new Node(offset);
        }
        catch (JsonException)
        {
            // A document changed since it was read: what was indexed before the error is lost, the entity itself stands.
            root = new Node(offset);
        }

        return new EntityIndex(root);
    }

    /// <summary>The offset of the deepest part of <paramref name="rest"/> (".member[key].member…") found in the entity.</summary>
    public int Resolve(ReadOnlySpan<char> rest)
    {
        var node = _root;
        var best = node.Offset;
        while (rest.Length > 1 && rest[0] == '.')
        {
            rest = rest[1..];
            var end = rest.IndexOfAny('.', '[');
            var member = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[end..];
            string? key = null;
            if (rest.Length > 0 && rest[0] == '[')
            {
                var close = rest.IndexOf(']');
                if (close < 0)
                {
                    return best;
                }

                key = rest[1..close].ToString();
                rest = rest[(close + 1)..];
            }

            if (node.Members is null || !(node.Members.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(member, out var found)
                || (member.SequenceEqual("citations") && node.Members.TryGetValue("sources", out found))))
            {
                return best;
            }

            best = found.NameOffset;
            if (key is null)
            {
                if (found.Value is null)
                {
                    return best;
                }

                node = found.Value;
                continue;
            }

            if (found.Value?.Elements is not { } elements || FindElement(found.Value, key) is not { } element)
            {
                return best;
            }

            best = elements[element].Offset;
            node = elements[element];
        }

        return best;
    }

    private static int? FindElement(Node array, string key)
    {
        int? match = null;
        if (array.FirstByString?.TryGetValue(key, out var byString) == true)
        {
            match = byString;
        }

        int? byObject = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (index < array.Elements!.Count && array.Elements[index].IsObject ? index : null)
            : array.FirstByParty?.TryGetValue(key, out var byParty) == true ? byParty : null;
        return match is null ? byObject : byObject is null ? match : Math.Min(match.Value, byObject.Value);
    }

    // Reads the value the reader is on, to its end. A string's text is kept only where a bracketed key can name it
    // (an element of an array, the party or source of an element); other scalars of an object need no node, their member's
    // offset is where a path ends.
    private static Node? Read(ref Utf8JsonReader reader, int baseOffset, WorkMeter? work, bool keepText)
    {
        work?.Add();
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) && !keepText)
        {
            return null;
        }

        var node = new Node(baseOffset + (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                node.IsObject = true;
                node.Members = new Dictionary<string, Member>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = JsonMemberName.Decode(reader.ValueSpan, reader.ValueIsEscaped);
                    var nameOffset = baseOffset + (int)reader.TokenStartIndex;
                    reader.Read();
                    node.Members.TryAdd(name, new Member(nameOffset, Read(ref reader, baseOffset, work, keepText: name is "party" or "source")));
                }

                break;
            case JsonTokenType.StartArray:
                node.Elements = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var element = Read(ref reader, baseOffset, work, keepText: true)!;
                    var at = node.Elements.Count;
                    node.Elements.Add(element);
                    if (element.Text is { } text)
                    {
                        (node.FirstByString ??= new(StringComparer.Ordinal)).TryAdd(text, at);
                    }
                    else if (element.Members is { } members && (KeyText(members, "party") ?? KeyText(members, "source")) is { } keyText)
                    {
                        (node.FirstByParty ??= new(StringComparer.Ordinal)).TryAdd(keyText, at);
                    }
                }

                break;
            case JsonTokenType.String:
                node.Text = reader.ValueIsEscaped ? JsonMemberName.Decode(reader.ValueSpan, escaped: true) : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                break;
        }

        return node;
    }

    private static string? KeyText(Dictionary<string, Member> members, string name) => members.TryGetValue(name, out var member) ? member.Value?.Text : null;

    /// <summary>A member: where its name is, and its value.</summary>
    private readonly record struct Member(int NameOffset, Node? Value);

    /// <summary>A value: where it starts; an object's members, an array's elements, a string's text.</summary>
    private sealed class Node(int offset)
    {
        public int Offset { get; } = offset;

        public bool IsObject { get; set; }

        public Dictionary<string, Member>? Members { get; set; }

        public List<Node>? Elements { get; set; }

        public Dictionary<string, int>? FirstByString { get; set; }

        public Dictionary<string, int>? FirstByParty { get; set; }

        public string? Text { get; set; }
    }
}
