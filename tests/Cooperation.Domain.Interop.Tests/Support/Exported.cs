using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Interop.Tests.Support;

/// <summary>What a writer writes: its bytes through the buffer writer, and the same bytes asynchronously to a stream that refuses synchronous I/O.</summary>
public static class Exported
{
    public static byte[] Bytes(Action<IBufferWriter<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The bytes written asynchronously to an <see cref="AsyncOnlyStream"/>, which fails on any synchronous write or flush.</summary>
    public static async Task<byte[]> BytesAsync(Func<Stream, CancellationToken, Task> write)
    {
        using var memory = new MemoryStream();
        await using (var stream = new AsyncOnlyStream(new NonClosing(memory)))
        {
            await write(stream, CancellationToken.None);
            Assert.True(stream.FlushedAsync, "the writer did not flush the stream");
        }

        return memory.ToArray();
    }

    /// <summary>Writes to a file in <paramref name="folder"/> and returns its path.</summary>
    public static string File(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    // Keeps the memory stream readable after the async-only stream is disposed.
    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
