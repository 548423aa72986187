using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain;

/// <summary>
/// Writes one format of the library's data: validation reports as text, JSON or SARIF
/// (<see cref="Rules.ReportFormats"/>), a catalog diff as text, JSON or Markdown (<see cref="Diff.DiffFormats"/>), a
/// merge's report (<see cref="Merge.MergeFormats"/>). Every format of the library is one sealed writer of this kind, so
/// that all are used alike, chosen by <see cref="Name"/> from their family's list, and written to a buffer, a stream
/// (synchronously or not) or a string.
/// </summary>
/// <typeparam name="T">What the format writes.</typeparam>
/// <remarks>
/// A writer is immutable and thread-safe; its options are given to its constructor. Output is deterministic: UTF-8
/// without a byte-order mark, LF line ends, invariant formatting. A document is written part by part (a diagnostic, a
/// change), so that <see cref="Write(T, Stream)"/> and <see cref="WriteAsync"/> hold at most one chunk of it (about
/// 32 KB, more only when one part is larger) and never a second copy of the whole. The library's formats derive from
/// this class; its constructor is not public, so that members can be added to it later without breaking anyone.
/// </remarks>
public abstract class DocumentWriter<T>
{
    /// <summary>How many bytes are gathered before they are passed on to a stream.</summary>
    internal const int ChunkBytes = 32 * 1024;

    private protected DocumentWriter()
    {
    }

    /// <summary>The format's name, as the tool's <c>--format</c> option takes it: <c>text</c>, <c>json</c>, <c>sarif</c>, <c>markdown</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The format's media type, for an HTTP response or an upload (<c>application/sarif+json</c>).</summary>
    public abstract string MediaType { get; }

    /// <summary>The usual file extension of the format, with its dot (<c>.sarif</c>).</summary>
    public abstract string FileExtension { get; }

    /// <summary>True when the format is UTF-8 text, which <see cref="WriteToString"/> can return; false for a binary format.</summary>
    public virtual bool IsText => true;

    /// <summary>Writes <paramref name="value"/> to a buffer.</summary>
    /// <param name="value">What to write.</param>
    /// <param name="destination">Where to write; the bytes are appended.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="destination"/> is null.</exception>
    public void Write(T value, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(destination);
        foreach (var _ in WriteParts(value, destination))
        {
            // Every part is in the destination already.
        }
    }

    /// <summary>Writes <paramref name="value"/> to a stream, a chunk at a time.</summary>
    /// <param name="value">What to write.</param>
    /// <param name="destination">Where to write; it is neither flushed nor closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written; it may hold the first chunks of the document.</exception>
    public void Write(T value, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(destination);
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes);
        foreach (var _ in WriteParts(value, buffer))
        {
            if (buffer.WrittenCount >= ChunkBytes)
            {
                destination.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        destination.Write(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes <paramref name="value"/> to a stream with asynchronous writes only (an ASP.NET Core response body needs
    /// no <c>AllowSynchronousIO</c>), a chunk at a time through a pooled buffer.
    /// </summary>
    /// <param name="value">What to write.</param>
    /// <param name="destination">Where to write; it is flushed, not closed.</param>
    /// <param name="cancellationToken">Stops the write between chunks; passed to each write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the stream may hold the first chunks.</exception>
    public Task WriteAsync(T value, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(destination);
        return WriteCoreAsync(value, destination, cancellationToken);
    }

    private async Task WriteCoreAsync(T value, Stream destination, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pipe = PipeWriter.Create(destination, new StreamPipeWriterOptions(minimumBufferSize: 4096, leaveOpen: true));
        try
        {
            foreach (var _ in WriteParts(value, pipe))
            {
                if (pipe.UnflushedBytes >= ChunkBytes)
                {
                    await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The pipe's buffers go back to the pool, and nothing more is written.
            await pipe.CompleteAsync(e).ConfigureAwait(false);
            throw;
        }

        // Everything is flushed: this returns the buffers; with leaveOpen, the stream stays open.
        await pipe.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>The document as a string (a text format only).</summary>
    /// <param name="value">What to write.</param>
    /// <returns>The text, LF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The format is not text (<see cref="IsText"/> is false).</exception>
    public string WriteToString(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsText)
        {
            throw new InvalidOperationException($"The format {Name} is not text; write it to a stream or a buffer.");
        }

        var buffer = new ArrayBufferWriter<byte>(ChunkBytes);
        Write(value, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The format's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>
    /// Writes the document to <paramref name="destination"/>, yielding after each part (a diagnostic, a change) with
    /// every byte of it in the destination (a JSON writer flushed), so that the caller may pass the bytes on. Checks of
    /// <paramref name="value"/> come before the first byte.
    /// </summary>
    private protected abstract IEnumerable<DocumentPart> WriteParts(T value, IBufferWriter<byte> destination);
}
