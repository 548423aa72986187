using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain.Interop;

/// <summary>
/// A write-only, forward-only stream that puts every byte written to it, synchronously or not, into a buffer writer,
/// and counts them (<see cref="Position"/>). A library that writes to a stream partly synchronously (Parquet.Net writes
/// its header and footer with <see cref="Stream.Write(ReadOnlySpan{byte})"/>) writes here, and the caller sends the bytes
/// on asynchronously (<see cref="DrainAsync"/>) at points it chooses, so no synchronous I/O reaches the real stream.
/// </summary>
internal sealed class BufferedOutputStream(IBufferWriter<byte> sink) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException("The stream only moves forward.");
    }

    /// <summary>Sends what the sink (an <see cref="ArrayBufferWriter{T}"/>) holds to <paramref name="output"/> and empties it.</summary>
    public static async Task DrainAsync(ArrayBufferWriter<byte> sink, Stream output, CancellationToken cancellationToken)
    {
        if (sink.WrittenCount > 0)
        {
            await output.WriteAsync(sink.WrittenMemory, cancellationToken).ConfigureAwait(false);
            sink.ResetWrittenCount();
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        buffer.CopyTo(sink.GetSpan(buffer.Length));
        sink.Advance(buffer.Length);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
