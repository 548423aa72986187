using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads a catalog document from a stream without holding it whole: the top level (<c>format</c> and the
/// collections) is checked as the catalog converter checks it, and each element of a collection is handed over as one
/// contiguous span. Memory is one buffer as large as the largest element (1 MiB at least), whatever the document's size.
/// </summary>
/// <remarks>
/// Top-level errors become <see cref="JsonReadFailure"/>s located by JSON path and line; elements are the
/// handler's to check. The buffer keeps everything from the start of the element being read, so that an element split
/// across two reads is read again whole from its saved reader state. The walk is driven by its buffer: a driver fills
/// it (<see cref="Walk"/> with <see cref="Stream.Read(byte[], int, int)"/>, <see cref="WalkAsync"/> with
/// <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>) and the same code reads what it holds, so both
/// drivers give the same elements and the same errors.
/// </remarks>
internal sealed class CatalogStreamWalker
{
    private const string Entity = CooperationCatalogJsonConverter.Entity;
    private static readonly string[] Names = CatalogFormat.Members;
    private static readonly System.Collections.Immutable.ImmutableArray<string> Collections = CatalogCollections.Names;

    private enum Stage
    {
        Root,
        Members,
        Elements,
        Done,
    }

    private byte[] _buffer = new byte[1 << 20];
    private int _pos;
    private int _end;
    private long _bufferStart; // the absolute offset of buffer[0] in the document (after any byte-order mark)
    private long _total;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = JsonLimits.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
    private LineCounter _lines = new();
    private Stage _stage = Stage.Root;
    private int _collection = -1;
    private int _index;
    private ulong _seen;
    private int _version; // 0 until "format" is read; a collection before it makes the document format 1
    private bool _first = true;
    private long _tokenAt; // the absolute offset of the token being handled, for errors
    private string _context = "$";
    private long _elementAt = -1; // the absolute offset of the element being read, until it has been read whole
    private ElementPosition _elementPosition;
    private readonly int _maxBytes;
    private readonly IProgress<long>? _progress;
    private readonly CatalogElementHandler _onElement;
    private readonly WorkMeter? _work;

    private CatalogStreamWalker(int maxBytes, IProgress<long>? progress, CatalogElementHandler onElement, WorkMeter? work)
    {
        _maxBytes = maxBytes;
        _progress = progress;
        _onElement = onElement;
        _work = work;
    }

    /// <summary>Walks the document, handing every element of a collection to <paramref name="onElement"/>.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <param name="progress">Receives the bytes read so far.</param>
    /// <param name="onElement">Receives each element.</param>
    /// <param name="work">Counts the bytes scanned (each pass over the buffer, each element handed over), for tests of how work grows.</param>
    /// <returns>The document's format version: 1 or 2.</returns>
    public static int Walk(Stream stream, int maxBytes, IProgress<long>? progress, CatalogElementHandler onElement, WorkMeter? work = null)
    {
        var walker = new CatalogStreamWalker(maxBytes, progress, onElement, work);
        do
        {
            walker.MakeRoom();
            while (walker.WantsBytes)
            {
                walker.Filled(stream.Read(walker._buffer, walker._end, walker._buffer.Length - walker._end));
            }
        }
        while (!walker.Consume());
        return walker._version;
    }

    /// <summary>
    /// The same as <see cref="Walk"/>, reading with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>
    /// only: the stream is never read, written or flushed synchronously. The token is checked before every read and
    /// before each element is handed over; a read in progress is given it too.
    /// </summary>
    /// <param name="stream">The document.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <param name="progress">Receives the bytes read so far.</param>
    /// <param name="onElement">Receives each element.</param>
    /// <param name="cancellationToken">Stops the walk with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The document's format version: 1 or 2.</returns>
    public static async Task<int> WalkAsync(Stream stream, int maxBytes, IProgress<long>? progress, CatalogElementHandler onElement, CancellationToken cancellationToken)
    {
        var version = 0;
        await foreach (var known in StepsAsync(stream, maxBytes, progress, onElement, cancellationToken).ConfigureAwait(false))
        {
            version = known;
        }

        return version;
    }

    /// <summary>
    /// The walk of <see cref="WalkAsync"/>, giving control back each time the elements a buffer holds have been handed
    /// to <paramref name="onElement"/>: what an asynchronous iterator needs to pass them on one at a time, holding
    /// no more than one buffer's worth.
    /// </summary>
    /// <param name="stream">The document.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <param name="progress">Receives the bytes read so far.</param>
    /// <param name="onElement">Receives each element.</param>
    /// <param name="cancellationToken">Stops the walk with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>One item per buffer read: the format version known so far (0 before the document shows it); the last is the document's, 1 or 2.</returns>
    public static async IAsyncEnumerable<int> StepsAsync(Stream stream, int maxBytes, IProgress<long>? progress, CatalogElementHandler onElement, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var walker = new CatalogStreamWalker(maxBytes, progress, onElement, work: null);
        bool done;
        do
        {
            walker.MakeRoom();
            while (walker.WantsBytes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                walker.Filled(await stream.ReadAsync(walker._buffer.AsMemory(walker._end), cancellationToken).ConfigureAwait(false));
            }

            cancellationToken.ThrowIfCancellationRequested();
            done = walker.Consume();
            yield return walker._version;
        }
        while (!done);
    }

    // True while the buffer has room and the document has not ended. The buffer is filled, not just given one read's
    // worth: an element cut by the end of the buffer is read again from its start, so short reads (pipes, networks)
    // must not make that happen once per read.
    private bool WantsBytes => !_final && _end < _buffer.Length;

    // Keep what is not yet consumed (and a CR whose line break is not yet counted), and grow the buffer when that fills it.
    private void MakeRoom()
    {
        var keep = (int)Math.Min(_pos, _lines.CountedTo - _bufferStart);
        if (keep > 0)
        {
            Buffer.BlockCopy(_buffer, keep, _buffer, 0, _end - keep);
            _bufferStart += keep;
            _end -= keep;
            _pos -= keep;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length == Array.MaxLength)
            {
                // One entity fills the largest array there is: it cannot be read, and reading on would never end.
                throw new JsonReadFailure($"An entity of the catalog is larger than {Array.MaxLength} bytes, more than can be read at once.", _context, null, null, null);
            }

            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, Array.MaxLength));
        }
    }

    // Takes the bytes of one read into the buffer; none means the document has ended.
    private void Filled(int read)
    {
        if (read == 0)
        {
            _final = true;
            return;
        }

        _total += read;
        if (_total > _maxBytes)
        {
            throw JsonReadFailure.TooLarge(_total, _maxBytes);
        }

        _end += read;
        _progress?.Report(_total);
    }

    // Reads what the buffer holds; true when the walk is over (the document has ended, or the handler said stop),
    // false when it needs more bytes.
    private bool Consume()
    {
        var buffer = _buffer;
        var end = _end;
        var final = _final;
        if (_first && end >= 3 || final)
        {
            if (_first && buffer.AsSpan(0, end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _pos = 3;
                _bufferStart = -3;
            }

            _first = false;
        }
        else if (_first)
        {
            return false;
        }

        _work?.Add(end - _pos);
        var reader = new Utf8JsonReader(buffer.AsSpan(_pos, end - _pos), final, _state);
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

                _tokenAt = _bufferStart + _pos + reader.TokenStartIndex;
                switch (_stage)
                {
                    case Stage.Root:
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            throw new JsonException($"The document is empty or null; expected a {nameof(CooperationCatalog)}.");
                        }

                        JsonModel.ExpectObject(ref reader, Entity);
                        _stage = Stage.Members;
                        break;

                    case Stage.Members:
                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            // The required members are checked where the object ends, as the in-memory reader checks
                            // them: before anything after the object is read (docs/json-format.md, one rule for all).
                            JsonModel.Require(_seen, Names, 0b1, Entity);
                            _stage = Stage.Done;
                            break;
                        }

                        // The member is entered by its name: an error about the name (not UTF-8, say) is located in it.
                        _context = JsonMemberName.Path(JsonMemberName.Decode(reader.ValueSpan, reader.ValueIsEscaped));
                        var member = -1;
                        for (var n = 0; n < Names.Length && member < 0; n++)
                        {
                            member = reader.ValueTextEquals(Names[n]) ? n : -1;
                        }

                        if (member < 0)
                        {
                            throw JsonModel.Unknown(ref reader, Entity, CatalogFormat.AllowedMembers(_version, formatGiven: (_seen & 1) != 0));
                        }

                        if (member == 3)
                        {
                            CatalogFormat.CheckFormat2Member((_seen & 1) != 0 ? _version : 0, Names[member]);
                        }

                        _context = JsonMemberName.Path(Names[member]);
                        var nameAt = _tokenAt;
                        if (!reader.Read())
                        {
                            // The value is in the next read: take the member name again then.
                            Rewind(checkpoint, consumed);
                            goto NeedMore;
                        }

                        // A repeated member is located at its name, as the in-memory reader does; the checks of
                        // the value, at the value.
                        _tokenAt = nameAt;
                        JsonModel.Mark(ref _seen, member, Names[member], Entity);
                        _tokenAt = _bufferStart + _pos + reader.TokenStartIndex;
                        if (member == 0)
                        {
                            _version = CatalogFormat.ReadVersion(ref reader, formatIsFirst: _seen == 1);
                            _context = "$";
                        }
                        else
                        {
                            if (reader.TokenType != JsonTokenType.StartArray)
                            {
                                throw new JsonException($"The member \"{Names[member]}\" of a catalog must be an array, but found {JsonTokenDescription.Describe(ref reader)}.");
                            }

                            _version = _version == 0 ? 1 : _version;
                            _collection = member - 1;
                            _index = 0;
                            _stage = Stage.Elements;
                        }

                        break;

                    case Stage.Elements:
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            _stage = Stage.Members;
                            _context = "$";
                            break;
                        }

                        _context = $"$.{Collections[_collection]}[{_index}]";
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            throw new JsonException($"Element {_index} of \"{Collections[_collection]}\" in a catalog is null.");
                        }

                        var start = (int)reader.TokenStartIndex;
                        _lines.CountTo(_bufferStart + _pos + start, buffer.AsSpan(0, end), _bufferStart);
                        _elementAt = _bufferStart + _pos + start;
                        _elementPosition = _lines.Position(_elementAt);
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                        {
                            Rewind(checkpoint, consumed);
                            goto NeedMore;
                        }

                        var element = buffer.AsSpan(_pos + start, (int)reader.BytesConsumed - start);
                        _elementAt = -1;
                        _work?.Add(element.Length);
                        if (!_onElement(_collection, _index, element, _elementPosition, _version))
                        {
                            return true;
                        }

                        _index++;
                        _context = $"$.{Collections[_collection]}";
                        break;

                    default:
                        // The reader itself rejects anything after the root value.
                        break;
                }
            }

            _pos += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
        NeedMore:
            if (final)
            {
                if (_stage == Stage.Root)
                {
                    throw new JsonException($"The document is empty or null; expected a {nameof(CooperationCatalog)}.");
                }

                return true;
            }

            _lines.CountTo(_bufferStart + _pos, buffer.AsSpan(0, end), _bufferStart);
            return false;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Besides the reader's JsonExceptions, reading a name or a string that is not valid UTF-8 throws
            // InvalidOperationException: a document error like any other, located at its token. An element's own
            // error, already located by the handler, is a JsonReadFailure and passes untouched.
            // The reader's own errors carry the line (its state counts lines across reads); ours are located at
            // the token they are about.
            long line;
            long column;
            if (JsonReadError.IsReaderError(error, out line, out column))
            {
                if (_elementAt >= 0)
                {
                    // Inside an element (a truncated document, say): the path goes as deep as the bytes go.
                    var rest = buffer.AsSpan((int)(_elementAt - _bufferStart), end - (int)(_elementAt - _bufferStart));
                    var innerLine = line - _elementPosition.Line;
                    var innerColumn = innerLine == 0 ? column - _elementPosition.Column : column;
                    var inner = JsonErrorLocation.Locate(rest, LineCounter.OffsetOf(rest, innerLine, innerColumn), aboutToken: false, isComplete: final).Path;
                    _context += inner[1..];
                }
            }
            else
            {
                var at = Math.Clamp(_tokenAt, _lines.CountedTo, _bufferStart + end);
                _lines.CountTo(at, buffer.AsSpan(0, end), _bufferStart);
                var p = _lines.Position(at);
                (line, column) = (p.Line, p.Column);
            }

            throw new JsonReadFailure(JsonReadError.Clean(error.Message), _context, line, column, error);
        }
    }

    // Back to the state before the token that could not be completed; the next read resumes there.
    private void Rewind(JsonReaderState checkpoint, long consumed)
    {
        _pos += (int)consumed;
        _state = checkpoint;
    }
}
