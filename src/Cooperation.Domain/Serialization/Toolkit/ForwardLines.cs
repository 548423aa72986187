using System;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The 1-based line of an offset, counting LF, CRLF and a lone CR as every error does, moving forward through the
/// document: increasing offsets cost one pass in all; an earlier offset (only an error's) is counted afresh.
/// </summary>
internal sealed class ForwardLines(ReadOnlyMemory<byte> bytes)
{
    private LineCounter _counter = new();

    /// <summary>The 1-based line of <paramref name="offset"/> (clamped to the document).</summary>
    public long At(long offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        if (offset < _counter.CountedTo)
        {
            return LineCounter.At(bytes.Span, offset).Breaks + 1;
        }

        _counter.CountTo(offset, bytes.Span, 0);
        return _counter.Position(offset).Breaks + 1;
    }
}
