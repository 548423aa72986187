using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Finds the JSON path, line and column of a byte offset in a document, for error messages. The serializer cannot
/// report paths inside custom converters, so after an error the document is scanned once more up to the failing
/// token: a cost paid only on failure.
/// </summary>
internal static class JsonErrorLocation
{
    public static (string Path, long Line, long Column) Locate(ReadOnlySpan<byte> utf8, long offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..(int)offset];
        var line = before.Count((byte)'\n');
        var lastNewLine = before.LastIndexOf((byte)'\n');
        var column = offset - (lastNewLine + 1);
        return (PathAt(utf8, offset), line, column);
    }

    /// <summary>The byte offset of a zero-based line and byte position, as a reader error reports them.</summary>
    public static long Offset(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        var start = 0;
        for (var i = 0; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            start += next + 1;
        }

        return Math.Min(utf8.Length, start + bytePositionInLine);
    }

    private static string PathAt(ReadOnlySpan<byte> utf8, long offset)
    {
        // One frame per open container: for an object the member being read, for an array the element index.
        var frames = new List<(bool IsArray, int Index, string? Name)>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1024, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                var at = reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        // Decoded leniently: this runs while reporting an error, possibly about invalid UTF-8 itself.
                        frames[^1] = frames[^1] with { Name = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan) };
                        if (at >= offset)
                        {
                            return Build(frames, includeLast: true);
                        }

                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (at >= offset)
                        {
                            return Build(frames, includeLast: false);
                        }

                        frames.RemoveAt(frames.Count - 1);
                        continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }

                if (at >= offset)
                {
                    return Build(frames, includeLast: true);
                }

                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    frames.Add((false, -1, null));
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    frames.Add((true, -1, null));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed past this point: the path so far is the answer.
        }

        return Build(frames, includeLast: true);
    }

    private static string Build(List<(bool IsArray, int Index, string? Name)> frames, bool includeLast)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < frames.Count; i++)
        {
            if (i == frames.Count - 1 && !includeLast)
            {
                break;
            }

            var (isArray, index, name) = frames[i];
            if (isArray && index >= 0)
            {
                path.Append('[').Append(index).Append(']');
            }
            else if (!isArray && name is not null)
            {
                AppendMember(path, name);
            }
        }

        return path.ToString();
    }

    /// <summary>"$.name", or "$['a b']" for a name that is not plain, as in the reader's paths.</summary>
    public static string MemberPath(string name) => AppendMember(new StringBuilder("$"), name).ToString();

    private static StringBuilder AppendMember(StringBuilder path, string name)
        => IsPlain(name)
            ? path.Append('.').Append(name)
            : path.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");

    private static bool IsPlain(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return name.Length > 0;
    }
}
