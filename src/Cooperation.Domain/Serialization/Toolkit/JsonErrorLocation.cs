using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Finds the JSON path, line and column of an error's byte offset in a document. The serializer cannot report paths
/// inside custom converters, so after an error the document is scanned once more up to the error: a cost paid only on
/// failure, linear in the bytes before the error.
/// </summary>
/// <remarks>
/// <para>
/// <b>The path rule</b> (the same for every reader, docs/json-format.md): the path of an error is the path of the
/// innermost container or member that the reader had entered when the error happened. A token counts as read when
/// it ends at or before the error's offset. A container is entered by its opening token and left by its closing
/// token; a member is entered by its name and left when its value ends; an array element is entered by its first
/// token and left when it ends. An error about a token (a value of the wrong kind, an unknown member name) has that
/// token entered as well; a syntax error (the reader cannot go on) enters nothing beyond what was read.
/// </para>
/// <para>
/// Names are shown decoded (<c>"\u0066ormat"</c> is <c>$.format</c>), with bytes that are not UTF-8 as U+FFFD and
/// anything invisible escaped, cut after <see cref="JsonMemberName.MaxShownChars"/> characters.
/// </para>
/// </remarks>
internal static class JsonErrorLocation
{
    /// <summary>The path, zero-based line (LF) and byte column of <paramref name="offset"/>, the line and column as <see cref="LineCounter"/> counts them.</summary>
    /// <param name="utf8">The document, or the part of it read so far.</param>
    /// <param name="offset">The error's byte offset.</param>
    /// <param name="aboutToken">True when the error is about the token that starts at <paramref name="offset"/>; false for a syntax error there.</param>
    /// <param name="isComplete">False when <paramref name="utf8"/> stops before the document's end.</param>
    public static (string Path, long Line, long Column) Locate(ReadOnlySpan<byte> utf8, long offset, bool aboutToken, bool isComplete = true)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var position = LineCounter.At(utf8, offset);
        return (PathAt(utf8, offset, aboutToken, isComplete), position.Line, position.Column);
    }

    /// <summary>One open container: for an object the member entered (or null), for an array the element entered (or -1) and the count so far.</summary>
    private struct Frame
    {
        public bool IsArray;
        public string? Name;
        public int Element;
        public int Count;
    }

    private static string PathAt(ReadOnlySpan<byte> utf8, long offset, bool aboutToken, bool isComplete)
    {
        var frames = new List<Frame>();

        // The readers' own options: the scan stops where they stopped, never reading past an error they reported.
        var reader = new Utf8JsonReader(utf8, isComplete, new JsonReaderState(new JsonReaderOptions { MaxDepth = 1024, CommentHandling = JsonCommentHandling.Disallow }));
        try
        {
            while (reader.Read())
            {
                if (reader.BytesConsumed > offset)
                {
                    if (aboutToken && reader.TokenStartIndex == offset)
                    {
                        Enter(frames, ref reader);
                    }

                    break;
                }

                Read(frames, ref reader);
            }
        }
        catch (JsonException)
        {
            // Malformed at this point: everything read before it is the answer.
        }

        return Build(frames);
    }

    // The token at the error is entered, not finished: a name opens its member, a value opens its array element.
    private static void Enter(List<Frame> frames, ref Utf8JsonReader reader)
    {
        if (frames.Count == 0)
        {
            return;
        }

        var top = frames[^1];
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                top.Name = JsonMemberName.Decode(reader.ValueSpan, reader.ValueIsEscaped);
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                return;
            default:
                if (top.IsArray)
                {
                    top.Element = top.Count;
                }

                break;
        }

        frames[^1] = top;
    }

    private static void Read(List<Frame> frames, ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    var parent = frames[^1];
                    parent.Element = parent.Count++;
                    frames[^1] = parent;
                }

                frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray, Element = -1 });
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                frames.RemoveAt(frames.Count - 1);
                ValueEnded(frames);
                return;
            case JsonTokenType.PropertyName:
                var top = frames[^1];
                top.Name = JsonMemberName.Decode(reader.ValueSpan, reader.ValueIsEscaped);
                frames[^1] = top;
                return;
            default:
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    var array = frames[^1];
                    array.Count++;
                    frames[^1] = array;
                }
                else
                {
                    ValueEnded(frames);
                }

                return;
        }
    }

    // A value has ended: its member, or its array element, is left.
    private static void ValueEnded(List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return;
        }

        var top = frames[^1];
        top.Name = null;
        top.Element = -1;
        frames[^1] = top;
    }

    private static string Build(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Element >= 0)
            {
                path.Append('[').Append(frame.Element.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else if (!frame.IsArray && frame.Name is not null)
            {
                JsonMemberName.AppendTo(path, frame.Name);
            }
        }

        return path.ToString();
    }
}
