using System;
using System.IO;
using System.Text;

namespace Cooperation.Domain.Tests.Support;

/// <summary>
/// A catalog document of any size, made as it is read (never held whole): format 2, then meetings of one fixed
/// width, each with its own identifier, until the document reaches <c>targetBytes</c>. Every element has the same
/// length, so the offset where element <c>i</c> ends is known without reading (<see cref="EndOf"/>).
/// </summary>
public sealed class GeneratedCatalogStream : Stream
{
    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes("{\n  \"format\": \"cooperation-catalog/2\",\n  \"meetings\": [\n    ");
    private static readonly byte[] Suffix = Encoding.UTF8.GetBytes("\n  ]\n}\n");
    private static readonly byte[] Separator = ",\n    "u8.ToArray();

    private readonly byte[] _element = new byte[ElementBytes];
    private long _position;

    /// <summary>A document of <paramref name="targetBytes"/> bytes or a little less.</summary>
    public GeneratedCatalogStream(long targetBytes)
    {
        Meetings = Math.Max(1, (targetBytes - Prefix.Length - Suffix.Length) / (ElementBytes + Separator.Length));
        Length = Prefix.Length + Meetings * ElementBytes + (Meetings - 1) * Separator.Length + Suffix.Length;
    }

    /// <summary>The bytes of one meeting.</summary>
    public static int ElementBytes { get; } = Element(0).Length;

    /// <summary>The number of meetings in the document.</summary>
    public long Meetings { get; }

    public override long Length { get; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>The offset just after meeting <paramref name="index"/>.</summary>
    public static long EndOf(long index) => Prefix.Length + (index + 1) * ElementBytes + index * Separator.Length;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            var (part, at) = PartAt(_position);
            var n = Math.Min(part.Length - at, buffer.Length - written);
            part.AsSpan(at, n).CopyTo(buffer[written..]);
            written += n;
            _position += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] Element(long index)
        => Encoding.UTF8.GetBytes($"{{\"id\": \"meeting-{index:D9}\", \"kind\": \"ordinary\", \"status\": \"held\", \"start\": \"2024-05-{1 + index % 28:D2}\", \"title\": {{\"en\": \"Meeting {index:D9}\"}}}}");

    // The part (prefix, an element and its separator, the suffix) that holds an offset, and the offset in it.
    private (byte[] Part, int At) PartAt(long offset)
    {
        if (offset < Prefix.Length)
        {
            return (Prefix, (int)offset);
        }

        var inElements = offset - Prefix.Length;
        var index = inElements / (ElementBytes + Separator.Length);
        if (index < Meetings)
        {
            var at = (int)(inElements % (ElementBytes + Separator.Length));
            if (at >= ElementBytes)
            {
                return (index == Meetings - 1 ? Suffix : Separator, at - ElementBytes);
            }

            Element(index).CopyTo(_element, 0);
            return (_element, at);
        }

        return (Suffix, (int)(offset - (Prefix.Length + Meetings * (ElementBytes + Separator.Length) - Separator.Length)));
    }
}
