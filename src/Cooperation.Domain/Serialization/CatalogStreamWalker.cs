using System;
using System.IO;
using System.Text.Json;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// Reads a catalog document from a stream without holding it whole: the top level (<c>format</c> and the
/// collections) is checked as the catalog converter checks it, and each element of a collection is handed over as one
/// contiguous span. Memory is one buffer as large as the largest element (1 MiB at least), whatever the document's size.
/// </summary>
/// <remarks>
/// Top-level errors become <see cref="CooperationJsonException"/>s located by JSON path and line; elements are the
/// handler's to check. The buffer keeps everything from the start of the element being read, so that an element split
/// across two reads is read again whole from its saved reader state.
/// </remarks>
internal static class CatalogStreamWalker
{
    public static readonly string[] Collections = ["sources", "institutions", "people", "mechanisms", "meetings"];

    private const string Entity = CatalogJsonConverter.Entity;
    private static readonly string[] Names = CatalogJsonConverter.Names;

    private enum Stage
    {
        Root,
        Members,
        Elements,
        Done,
    }

    /// <summary>Walks the document, handing every element of a collection to <paramref name="onElement"/>.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <param name="progress">Receives the bytes read so far.</param>
    /// <param name="onElement">Receives each element.</param>
    /// <param name="work">Counts the bytes scanned (each pass over the buffer, each element handed over), for tests of how work grows.</param>
    public static void Walk(Stream stream, int maxBytes, IProgress<long>? progress, CatalogElementHandler onElement, WorkMeter? work = null)
    {
        var buffer = new byte[1 << 20];
        var pos = 0;
        var end = 0;
        long bufferStart = 0; // the absolute offset of buffer[0] in the document (after any byte-order mark)
        long total = 0;
        var final = false;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = CooperationJson.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var lines = new LineCounter();
        var stage = Stage.Root;
        var collection = -1;
        var index = 0;
        ulong seen = 0;
        var version = 0; // 0 until "format" is read; a collection before it makes the document format 1
        var first = true;
        long tokenAt = 0; // the absolute offset of the token being handled, for errors
        string context = "$";
        long elementAt = -1; // the absolute offset of the element being read, until it has been read whole
        var elementPosition = default(ElementPosition);

        while (true)
        {
            // Fill: keep what is not yet consumed (and a CR whose line break is not yet counted), then read more.
            var keep = (int)Math.Min(pos, lines.CountedTo - bufferStart);
            if (keep > 0)
            {
                Buffer.BlockCopy(buffer, keep, buffer, 0, end - keep);
                bufferStart += keep;
                end -= keep;
                pos -= keep;
            }

            if (end == buffer.Length)
            {
                if (buffer.Length == Array.MaxLength)
                {
                    // One entity fills the largest array there is: it cannot be read, and reading on would never end.
                    throw new CooperationJsonException($"An entity of the catalog is larger than {Array.MaxLength} bytes, more than can be read at once.", context, null, null, null);
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
            }

            // Fill the buffer, not just one read's worth: an element cut by the end of the buffer is read again from
            // its start, so short reads (pipes, networks) must not make that happen once per read.
            while (!final && end < buffer.Length)
            {
                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    final = true;
                    break;
                }

                total += read;
                if (total > maxBytes)
                {
                    throw CooperationJson.TooLarge(total, maxBytes);
                }

                end += read;
                progress?.Report(total);
            }

            if (first && end >= 3 || final)
            {
                if (first && buffer.AsSpan(0, end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    pos = 3;
                    bufferStart = -3;
                }

                first = false;
            }
            else if (first)
            {
                continue;
            }

            work?.Add(end - pos);
            var reader = new Utf8JsonReader(buffer.AsSpan(pos, end - pos), final, state);
            try
            {
                while (true)
                {
                    var checkpoint = reader.CurrentState;
                    var consumed = reader.BytesConsumed;
                    if (!reader.Read())
                    {
                        break;
                    }

                    tokenAt = bufferStart + pos + reader.TokenStartIndex;
                    switch (stage)
                    {
                        case Stage.Root:
                            if (reader.TokenType == JsonTokenType.Null)
                            {
                                throw new JsonException($"The document is empty or null; expected a {nameof(CooperationCatalog)}.");
                            }

                            JsonModel.ExpectObject(ref reader, Entity);
                            stage = Stage.Members;
                            break;

                        case Stage.Members:
                            if (reader.TokenType == JsonTokenType.EndObject)
                            {
                                stage = Stage.Done;
                                break;
                            }

                            // The member is entered by its name: an error about the name (not UTF-8, say) is located in it.
                            context = JsonMemberName.Path(JsonMemberName.Decode(reader.ValueSpan, reader.ValueIsEscaped));
                            var member = -1;
                            for (var n = 0; n < Names.Length && member < 0; n++)
                            {
                                member = reader.ValueTextEquals(Names[n]) ? n : -1;
                            }

                            if (member < 0)
                            {
                                throw JsonModel.Unknown(ref reader, Entity, CatalogFormat.AllowedMembers(version));
                            }

                            if (member == 3)
                            {
                                CatalogFormat.CheckFormat2Member(version, Names[member]);
                            }

                            context = JsonMemberName.Path(Names[member]);
                            var nameAt = tokenAt;
                            if (!reader.Read())
                            {
                                // The value is in the next read: take the member name again then.
                                Rewind(ref pos, ref state, checkpoint, consumed);
                                goto NeedMore;
                            }

                            // A repeated member is located at its name, as the in-memory reader does; the checks of
                            // the value, at the value.
                            tokenAt = nameAt;
                            JsonModel.Mark(ref seen, member, Names[member], Entity);
                            tokenAt = bufferStart + pos + reader.TokenStartIndex;
                            if (member == 0)
                            {
                                version = CatalogFormat.ReadVersion(ref reader, formatIsFirst: seen == 1);
                                context = "$";
                            }
                            else
                            {
                                if (reader.TokenType != JsonTokenType.StartArray)
                                {
                                    throw new JsonException($"The member \"{Names[member]}\" of a catalog must be an array, but found {JsonTokenDescription.Describe(ref reader)}.");
                                }

                                version = version == 0 ? 1 : version;
                                collection = member - 1;
                                index = 0;
                                stage = Stage.Elements;
                            }

                            break;

                        case Stage.Elements:
                            if (reader.TokenType == JsonTokenType.EndArray)
                            {
                                stage = Stage.Members;
                                context = "$";
                                break;
                            }

                            context = $"$.{Collections[collection]}[{index}]";
                            if (reader.TokenType == JsonTokenType.Null)
                            {
                                throw new JsonException($"Element {index} of \"{Collections[collection]}\" in a catalog is null.");
                            }

                            var start = (int)reader.TokenStartIndex;
                            lines.CountTo(bufferStart + pos + start, buffer, bufferStart, end);
                            elementAt = bufferStart + pos + start;
                            elementPosition = lines.Position(elementAt);
                            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                            {
                                Rewind(ref pos, ref state, checkpoint, consumed);
                                goto NeedMore;
                            }

                            var element = buffer.AsSpan(pos + start, (int)reader.BytesConsumed - start);
                            elementAt = -1;
                            work?.Add(element.Length);
                            if (!onElement(collection, index, element, elementPosition, version))
                            {
                                return;
                            }

                            index++;
                            context = $"$.{Collections[collection]}";
                            break;

                        default:
                            // The reader itself rejects anything after the root value.
                            break;
                    }
                }

                pos += (int)reader.BytesConsumed;
                state = reader.CurrentState;
            NeedMore:
                if (final)
                {
                    if (stage == Stage.Root)
                    {
                        throw new JsonException($"The document is empty or null; expected a {nameof(CooperationCatalog)}.");
                    }

                    JsonModel.Require(seen, Names, 0b1, Entity);
                    return;
                }

                lines.CountTo(bufferStart + pos, buffer, bufferStart, end);
            }
            catch (CooperationJsonException)
            {
                throw;
            }
            catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or ArgumentException)
            {
                // Besides the reader's JsonExceptions, reading a name or a string that is not valid UTF-8 throws
                // InvalidOperationException: a document error like any other, located at its token.
                // The reader's own errors carry the line (its state counts lines across reads); ours are located at
                // the token they are about.
                long line;
                long column;
                if (CooperationJson.IsReaderError(error, out line, out column))
                {
                    if (elementAt >= 0)
                    {
                        // Inside an element (a truncated document, say): the path goes as deep as the bytes go.
                        var rest = buffer.AsSpan((int)(elementAt - bufferStart), end - (int)(elementAt - bufferStart));
                        var innerLine = line - elementPosition.Line;
                        var innerColumn = innerLine == 0 ? column - elementPosition.Column : column;
                        var inner = JsonErrorLocation.Locate(rest, JsonErrorLocation.Offset(rest, innerLine, innerColumn), aboutToken: false, isComplete: final).Path;
                        context += inner[1..];
                    }
                }
                else
                {
                    var at = Math.Clamp(tokenAt, lines.CountedTo, bufferStart + end);
                    lines.CountTo(at, buffer, bufferStart, end);
                    var p = lines.Position(at);
                    (line, column) = (p.Line, p.Column);
                }

                throw new CooperationJsonException(CooperationJson.Clean(error.Message), context, line, column, error);
            }
        }
    }

    // Back to the state before the token that could not be completed; the next read resumes there.
    private static void Rewind(ref int pos, ref JsonReaderState state, JsonReaderState checkpoint, long consumed)
    {
        pos += (int)consumed;
        state = checkpoint;
    }

    /// <summary>Counts line breaks up to an absolute offset as bytes pass through the buffer.</summary>
    private sealed class LineCounter
    {
        private long _lf;
        private long _loneCr;
        private long _lastLf = -1;

        public long CountedTo { get; private set; }

        // A CR at the end of the bytes read so far (buffer[..end]) is left uncounted until the byte after it is known.
        public void CountTo(long offset, byte[] buffer, long bufferStart, int end)
        {
            var from = (int)(CountedTo - bufferStart);
            var to = (int)(offset - bufferStart);
            if (to <= from)
            {
                return;
            }

            if (buffer[to - 1] == (byte)'\r' && to >= end)
            {
                to--;
            }

            var span = buffer.AsSpan(from, to - from);
            var lf = span.Count((byte)'\n');
            if (lf > 0)
            {
                _lf += lf;
                _lastLf = bufferStart + from + span.LastIndexOf((byte)'\n');
            }

            // Lone CRs are rare: look for them only where there is a CR at all.
            for (var i = span.IndexOf((byte)'\r'); i >= 0; i = span[(i + 1)..].IndexOf((byte)'\r') is var next and >= 0 ? i + 1 + next : -1)
            {
                if (buffer[from + i + 1] != (byte)'\n')
                {
                    _loneCr++;
                }
            }

            CountedTo = bufferStart + to;
        }

        public ElementPosition Position(long offset) => new(_lf, offset - (_lastLf + 1), _lf + _loneCr);
    }
}
