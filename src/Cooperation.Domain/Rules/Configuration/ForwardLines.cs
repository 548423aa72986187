using System;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain.Rules;

// The 1-based line of an offset, counting LF, CRLF and a lone CR as every error does, moving forward through the
// document: increasing offsets cost one pass in all; an earlier offset (only an error's) is counted afresh.
internal sealed class ForwardLines(byte[] bytes)
{
    private LineCounter _counter = new();

    public long At(long offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        if (offset < _counter.CountedTo)
        {
            return LineCounter.At(bytes, offset).Breaks + 1;
        }

        _counter.CountTo(offset, bytes, 0);
        return _counter.Position(offset).Breaks + 1;
    }
}

