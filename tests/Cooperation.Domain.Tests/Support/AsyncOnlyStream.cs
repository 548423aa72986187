using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain.Tests.Support;

/// <summary>
/// A stream that refuses every synchronous read, write and flush with an <see cref="InvalidOperationException"/>, as
/// an ASP.NET Core request or response body does (Kestrel's <c>AllowSynchronousIO</c> is false by default). Reads
/// come from <c>inner</c>, at most <c>chunk</c> bytes each, after a yield so that each one really completes later;
/// writes go to <c>inner</c>. It counts the reads and bytes, and <see cref="BeforeRead"/> and <see cref="AfterRead"/>
/// let a test act (cancel, say) at a given point of the document.
/// </summary>
public sealed class AsyncOnlyStream(Stream inner, int chunk = 16 * 1024, bool yieldEachRead = true) : Stream
{
    private const string Refusal = "Synchronous operations are disallowed. Call ReadAsync or WriteAsync instead.";

    /// <summary>The reads asked for so far.</summary>
    public int Reads { get; private set; }

    /// <summary>The bytes handed out so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The most bytes one read was asked for.</summary>
    public int LargestRequest { get; private set; }

    /// <summary>Called at the start of each read with the bytes handed out before it.</summary>
    public Action<long>? BeforeRead { get; set; }

    /// <summary>Called at the end of each read with the bytes handed out so far.</summary>
    public Action<long>? AfterRead { get; set; }

    /// <summary>When set, a read waits (honouring its token) once this many bytes have been handed out.</summary>
    public long? StallAt { get; set; }

    /// <summary>Completes when a read starts to wait at <see cref="StallAt"/>.</summary>
    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a flush was asked for asynchronously.</summary>
    public bool FlushedAsync { get; private set; }

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException(Refusal);

    public override int Read(Span<byte> buffer) => throw new InvalidOperationException(Refusal);

    public override int ReadByte() => throw new InvalidOperationException(Refusal);

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException(Refusal);

    public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException(Refusal);

    public override void WriteByte(byte value) => throw new InvalidOperationException(Refusal);

    public override void Flush() => throw new InvalidOperationException(Refusal);

    public override void CopyTo(Stream destination, int bufferSize) => throw new InvalidOperationException(Refusal);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Reads++;
        LargestRequest = Math.Max(LargestRequest, buffer.Length);
        BeforeRead?.Invoke(BytesRead);
        if (StallAt is { } stall && BytesRead >= stall)
        {
            Stalled.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (yieldEachRead)
        {
            await Task.Yield();
        }

        var read = inner.Read(buffer.Span[..Math.Min(buffer.Length, chunk)]);
        BytesRead += read;
        AfterRead?.Invoke(BytesRead);
        return read;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (yieldEachRead)
        {
            await Task.Yield();
        }

        inner.Write(buffer.Span);
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        FlushedAsync = true;
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
