using System;
using System.IO;

namespace Cooperation.Domain.Tests.Support;

/// <summary>A stream that hands out at most <c>chunk</c> bytes per read, so that every token boundary is a read boundary.</summary>
public sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
{
    public override bool CanSeek => false;

    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
}
