using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Reading a 10 MB catalog from a stream asynchronously (<see cref="CooperationJson.ReadCatalogAsync(Stream, CancellationToken)"/>)
/// against the synchronous stream reader, from a <see cref="MemoryStream"/> and from a non-seekable stream that gives
/// 16 KiB per read, as a network does. Goal: the asynchronous read at most 1.1x the synchronous one.
/// </summary>
[MemoryDiagnoser]
public class AsyncCatalogReadBenchmarks
{
    private byte[] _document = [];

    [GlobalSetup]
    public void Setup()
    {
        _document = CooperationJson.WriteCatalog(CatalogJsonBenchmarks.SyntheticCatalog(meetings: 3300));
        Console.WriteLine($"// catalog document: {_document.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public int SyncRead() => CooperationJson.ReadCatalog(new MemoryStream(_document, writable: false)).Meetings.Length;

    [Benchmark]
    public async Task<int> AsyncRead() => (await CooperationJson.ReadCatalogAsync(new MemoryStream(_document, writable: false), CancellationToken.None)).Meetings.Length;

    [Benchmark]
    public int SyncReadInChunks() => CooperationJson.ReadCatalog(new ChunkedStream(_document, 16 * 1024)).Meetings.Length;

    [Benchmark]
    public async Task<int> AsyncReadInChunks() => (await CooperationJson.ReadCatalogAsync(new ChunkedStream(_document, 16 * 1024), CancellationToken.None)).Meetings.Length;

    // Non-seekable, at most a chunk per read, synchronous or asynchronous.
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
