using System;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The one way the library counts lines in a JSON document: every reader, error location and subject line goes
/// through it. It counts, in one pass, the two conventions the library reports, which differ on purpose
/// (<c>docs/json-format.md</c>):
/// <list type="bullet">
/// <item><description><see cref="ElementPosition.Line"/> and <see cref="ElementPosition.Column"/>: LF only, zero-based, the
/// column a byte offset from the last LF, as <see cref="System.Text.Json.JsonException.LineNumber"/> and
/// <see cref="System.Text.Json.JsonException.BytePositionInLine"/> count them, for reading errors;</description></item>
/// <item><description><see cref="ElementPosition.Breaks"/>: LF, CRLF and a lone CR each end a line (all three are JSON white
/// space), for the lines of diagnostics.</description></item>
/// </list>
/// </summary>
/// <remarks>
/// The counter moves forward over a document whose bytes may arrive in pieces (the stream reader's buffer): a CR at
/// the end of the bytes known so far is left uncounted until the byte after it is known, so a CRLF split between
/// two reads, or between two counted ranges, is counted once, at its LF. A CR that ends the document is not a break.
/// </remarks>
internal struct LineCounter
{
    private long _lf;
    private long _loneCr;
    private long _lastLf;

    /// <summary>A counter at the start of a document.</summary>
    public LineCounter()
    {
        _lastLf = -1;
    }

    /// <summary>The absolute offset up to which bytes are counted.</summary>
    public long CountedTo { get; private set; }

    /// <summary>The position of a document's <paramref name="offset"/>, counted from its start.</summary>
    /// <param name="utf8">The document, or the part of it read so far.</param>
    /// <param name="offset">A byte offset in <paramref name="utf8"/> (clamped to it).</param>
    public static ElementPosition At(ReadOnlySpan<byte> utf8, long offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var counter = new LineCounter();
        counter.CountTo(offset, utf8, 0);
        return counter.Position(offset);
    }

    /// <summary>The byte offset of a zero-based line (LF) and byte position in it, as a reader error reports them.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="line">The zero-based line, counting LF only.</param>
    /// <param name="bytePositionInLine">The byte position in that line.</param>
    public static long OffsetOf(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
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

    /// <summary>Counts the bytes from <see cref="CountedTo"/> up to the absolute <paramref name="offset"/>.</summary>
    /// <param name="offset">Where to count to; at or before it, nothing is done.</param>
    /// <param name="known">The bytes of the document known so far, from <paramref name="knownStart"/>; they must cover the range counted.</param>
    /// <param name="knownStart">The absolute offset of <paramref name="known"/>'s first byte.</param>
    public void CountTo(long offset, ReadOnlySpan<byte> known, long knownStart)
    {
        var from = (int)(CountedTo - knownStart);
        var to = (int)(offset - knownStart);
        if (to <= from)
        {
            return;
        }

        // A CR at the end of the known bytes is left uncounted until the byte after it is known.
        if (known[to - 1] == (byte)'\r' && to >= known.Length)
        {
            to--;
        }

        var span = known[from..to];
        var lf = span.Count((byte)'\n');
        if (lf > 0)
        {
            _lf += lf;
            _lastLf = knownStart + from + span.LastIndexOf((byte)'\n');
        }

        // Lone CRs are rare: look for them only where there is a CR at all. The byte after each CR is known (see above).
        for (var i = span.IndexOf((byte)'\r'); i >= 0; i = span[(i + 1)..].IndexOf((byte)'\r') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (known[from + i + 1] != (byte)'\n')
            {
                _loneCr++;
            }
        }

        CountedTo = knownStart + to;
    }

    /// <summary>The position of an absolute offset at or after <see cref="CountedTo"/>, with nothing between them counted.</summary>
    /// <param name="offset">The offset, normally <see cref="CountedTo"/> or a byte just after a deferred CR.</param>
    public readonly ElementPosition Position(long offset) => new(_lf, offset - (_lastLf + 1), _lf + _loneCr);
}
