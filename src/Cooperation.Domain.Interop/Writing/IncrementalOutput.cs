using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain.Interop;

/// <summary>
/// Drives a writer that writes its document in steps (an iterator that writes one entity or one line to a buffer
/// writer, then yields): synchronously into the caller's buffer writer, or asynchronously into a stream, through a
/// buffer that is sent on with <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/> whenever it
/// holds <see cref="ChunkBytes"/> or more. So an asynchronous write never does synchronous I/O, and never holds more
/// of the document than one chunk and one step, however large the catalog.
/// </summary>
internal static class IncrementalOutput
{
    /// <summary>The bytes gathered before they are sent to the stream.</summary>
    public const int ChunkBytes = 64 * 1024;

    /// <summary>Runs every step, writing into <paramref name="output"/>.</summary>
    public static void Write(Func<IBufferWriter<byte>, IEnumerable<int>> steps, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var _ in steps(output))
        {
        }
    }

    /// <summary>Runs every step, sending the bytes to <paramref name="output"/> a chunk at a time, then flushes it.</summary>
    public static async Task WriteAsync(Func<IBufferWriter<byte>, IEnumerable<int>> steps, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes + (ChunkBytes / 4));
        foreach (var _ in steps(buffer))
        {
            if (buffer.WrittenCount >= ChunkBytes)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        if (buffer.WrittenCount > 0)
        {
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
