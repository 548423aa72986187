using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Serialization;
using Cooperation.Domain.Tests.Serialization.Hostile;
using Cooperation.Domain.Tests.Support;
using Xunit.Abstractions;

namespace Cooperation.Domain.Tests.Serialization;

/// <summary>
/// <see cref="CooperationJson.ReadCatalogAsync(Stream, CancellationToken)"/>, <see cref="CooperationJson.WriteCatalogAsync"/>
/// and <see cref="CatalogDocument.LoadAsync(string, CancellationToken)"/> never touch a stream synchronously, read one
/// buffer ahead at most, stop soon after a cancellation, and give what the synchronous reader gives: the same catalog,
/// or the same error at the same path, line and column.
/// </summary>
public sealed class AsyncStreamingTests(ITestOutputHelper output) : IDisposable
{
    private const int Buffer = 1 << 20; // the walker's buffer

    private readonly ScratchFolder _scratch = new("async-streaming");

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [MemberData(nameof(StreamingReadTests.Documents), MemberType = typeof(StreamingReadTests))]
    public async Task An_async_read_gives_the_catalog_the_bytes_give(string name, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(bytes));
        foreach (var chunk in new[] { 1, 7, 4096, int.MaxValue })
        {
            using var stream = new AsyncOnlyStream(new MemoryStream(bytes), chunk, yieldEachRead: chunk > 1);
            var actual = CooperationJson.WriteCatalog(await CooperationJson.ReadCatalogAsync(stream, CancellationToken.None));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{name}, {chunk} bytes per read");
        }
    }

    [Theory]
    [MemberData(nameof(StreamingReadTests.BadDocuments), MemberType = typeof(StreamingReadTests))]
    public async Task An_async_read_rejects_what_the_bytes_reject_at_the_same_path_line_and_column(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = Outcome(() => CooperationJson.ReadCatalog(bytes));
        Assert.StartsWith("error", expected, StringComparison.Ordinal);
        foreach (var chunk in new[] { 1, 5, int.MaxValue })
        {
            Assert.Equal(expected, await OutcomeAsync(new AsyncOnlyStream(new MemoryStream(bytes), chunk, yieldEachRead: false)));
        }
    }

    [Theory]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\n\"sources\":[{\"id\":\"a", "\"}]}")]
    [InlineData("{\"format\": \"coop", "\"}")]
    [InlineData("{\"form", "at\": 1}")]
    public async Task Invalid_utf8_is_located_alike(string before, string after)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0xFF, .. Encoding.UTF8.GetBytes(after)];
        var expected = Outcome(() => CooperationJson.ReadCatalog(bytes));
        Assert.Contains("not valid UTF-8", expected, StringComparison.Ordinal);
        foreach (var chunk in new[] { 1, 3, int.MaxValue })
        {
            Assert.Equal(expected, await OutcomeAsync(new AsyncOnlyStream(new MemoryStream(bytes), chunk, yieldEachRead: false)));
        }
    }

    [Fact]
    public async Task Format_1_documents_read_alike()
    {
        var documents = Directory.GetFiles(Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Serialization", "Format1"), "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(documents);
        foreach (var file in documents)
        {
            var bytes = File.ReadAllBytes(file);
            var expected = Outcome(() => CooperationJson.ReadCatalog(bytes));
            Assert.Equal(expected, await OutcomeAsync(new AsyncOnlyStream(new MemoryStream(bytes), 13, yieldEachRead: false)));
        }
    }

    [Fact]
    public async Task Every_document_of_the_hostile_corpus_is_read_alike()
    {
        var disagreements = new List<string>();
        var documents = 0;
        foreach (var (name, bytes) in HostileCorpus.Truncations().Concat(HostileCorpus.Edits(perSeed: 500)))
        {
            var expected = Outcome(() => CooperationJson.ReadCatalog(bytes));
            var actual = await OutcomeAsync(new AsyncOnlyStream(new MemoryStream(bytes), 13, yieldEachRead: false));
            if (actual != expected)
            {
                disagreements.Add($"{name}: bytes give {expected}; an async read gives {actual}");
            }

            documents++;
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {documents} documents read differently:\n{string.Join("\n", disagreements.Take(12))}");
    }

    [Fact]
    public async Task A_document_over_the_limit_is_refused_as_the_synchronous_reader_refuses_it()
    {
        var bytes = CooperationJson.WriteCatalog(ReferenceCatalog.Default);
        var expected = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new TrickleStream(bytes, 4096), 1000));
        var actual = await Assert.ThrowsAsync<CooperationJsonException>(() => CooperationJson.ReadCatalogAsync(new AsyncOnlyStream(new MemoryStream(bytes), 4096), 1000, CancellationToken.None));
        Assert.Equal(expected.Message, actual.Message);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CooperationJson.ReadCatalogAsync(new MemoryStream(bytes), 0, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => CooperationJson.ReadCatalogAsync(null!, CancellationToken.None));
    }

    [Fact]
    public async Task A_stream_that_refuses_synchronous_io_is_read_and_written()
    {
        var bytes = CooperationJson.WriteCatalog(ReferenceCatalog.Default);
        using var input = new AsyncOnlyStream(new MemoryStream(bytes));
        Assert.Throws<InvalidOperationException>(() => CooperationJson.ReadCatalog(input));

        using var again = new AsyncOnlyStream(new MemoryStream(bytes));
        var catalog = await CooperationJson.ReadCatalogAsync(again, CancellationToken.None);
        Assert.Equal(ReferenceCatalog.Default.Meetings.Length, catalog.Meetings.Length);

        var written = new MemoryStream();
        using var output = new AsyncOnlyStream(written);
        Assert.Throws<InvalidOperationException>(() => CooperationJson.WriteCatalog(catalog, output));
        await CooperationJson.WriteCatalogAsync(catalog, output, CancellationToken.None);
        Assert.True(output.FlushedAsync);
        Assert.Equal(bytes, written.ToArray());
    }

    [Fact]
    public async Task A_large_catalog_is_written_in_chunks_and_a_cancelled_write_stops_between_them()
    {
        var catalog = await CooperationJson.ReadCatalogAsync(new GeneratedCatalogStream(3_000_000), CancellationToken.None);
        var expected = CooperationJson.WriteCatalog(catalog);
        var written = new MemoryStream();
        await CooperationJson.WriteCatalogAsync(catalog, new AsyncOnlyStream(written), CancellationToken.None);
        Assert.Equal(expected, written.ToArray());

        using var cancellation = new CancellationTokenSource();
        var partial = new CancelOnWrite(cancellation, afterBytes: 3 * CooperationJson.WriteChunkBytes);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CooperationJson.WriteCatalogAsync(catalog, partial, cancellation.Token));
        Assert.Equal(3 * CooperationJson.WriteChunkBytes, partial.Length);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CooperationJson.WriteCatalogAsync(catalog, new MemoryStream(), cancellation.Token));
    }

    [Fact]
    public async Task Reading_runs_at_most_one_buffer_ahead_of_the_entity_read()
    {
        // 24 MB arriving in reads of 4 KiB: whenever an entity is handed over, the bytes read beyond its end are
        // bounded by the buffer (1 MiB), not by the document.
        var document = new GeneratedCatalogStream(24_000_000);
        var stream = new AsyncOnlyStream(document, chunk: 4096, yieldEachRead: false);
        long maxAhead = 0;
        long elements = 0;
        await CatalogStreamWalker.WalkAsync(stream, int.MaxValue, null, (collection, index, element, position, version) =>
        {
            Assert.Equal(GeneratedCatalogStream.ElementBytes, element.Length);
            maxAhead = Math.Max(maxAhead, stream.BytesRead - GeneratedCatalogStream.EndOf(index));
            elements++;
            return true;
        }, CancellationToken.None);

        output.WriteLine($"{document.Length:N0} bytes in {stream.Reads:N0} reads; at most {maxAhead:N0} bytes read ahead of an entity; largest read asked for: {stream.LargestRequest:N0} bytes");
        Assert.Equal(document.Meetings, elements);
        Assert.Equal(document.Length, stream.BytesRead);
        Assert.InRange(maxAhead, 1, Buffer);
        Assert.InRange(stream.LargestRequest, 1, Buffer);
    }

    [Fact]
    public async Task A_generated_catalog_reads_whole()
    {
        var document = new GeneratedCatalogStream(2_000_000);
        var catalog = await CooperationJson.ReadCatalogAsync(new AsyncOnlyStream(document, 8192), CancellationToken.None);
        Assert.Equal(document.Meetings, catalog.Meetings.Length);
    }

    [Fact]
    public async Task A_cancelled_read_stops_at_the_read_that_saw_the_cancellation()
    {
        // A 40 MB document, cancelled once 3 MiB have been read: the read that returned the bytes crossing that mark
        // is the last one asked for; nothing is read after it.
        using var cancellation = new CancellationTokenSource();
        var document = new GeneratedCatalogStream(40_000_000);
        var stream = new AsyncOnlyStream(document, chunk: 64 * 1024);
        long readAtCancel = -1;
        var readsAtCancel = -1;
        stream.AfterRead = total =>
        {
            if (readAtCancel < 0 && total >= 3 << 20)
            {
                (readAtCancel, readsAtCancel) = (total, stream.Reads);
                cancellation.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CooperationJson.ReadCatalogAsync(stream, cancellation.Token));
        output.WriteLine($"cancelled at {readAtCancel:N0} bytes (read {readsAtCancel}); stopped at {stream.BytesRead:N0} bytes (read {stream.Reads}) of {document.Length:N0}");
        Assert.Equal(readAtCancel, stream.BytesRead);
        Assert.Equal(readsAtCancel, stream.Reads);
    }

    [Fact]
    public async Task A_read_cancelled_while_the_stream_delivers_stops_within_that_read()
    {
        // The stream ignores the token during a read: the cancellation comes in while the read is under way, and the
        // bytes read past it are that one read's.
        using var cancellation = new CancellationTokenSource();
        var document = new GeneratedCatalogStream(40_000_000);
        const int Chunk = 64 * 1024;
        var stream = new AsyncOnlyStream(document, Chunk);
        long readAtCancel = -1;
        stream.BeforeRead = total =>
        {
            if (readAtCancel < 0 && total >= 5 << 20)
            {
                readAtCancel = total;
                cancellation.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CooperationJson.ReadCatalogAsync(stream, cancellation.Token));
        var past = stream.BytesRead - readAtCancel;
        output.WriteLine($"cancelled at {readAtCancel:N0} bytes; {past:N0} bytes read past it; stopped at {stream.BytesRead:N0} of {document.Length:N0}");
        Assert.InRange(past, 0, Chunk);
    }

    [Fact]
    public async Task A_read_waiting_for_bytes_ends_when_the_token_is_cancelled()
    {
        // A client that stops sending: the pending read is given the token, and cancelling it ends the read.
        using var cancellation = new CancellationTokenSource();
        var stream = new AsyncOnlyStream(new GeneratedCatalogStream(10_000_000), 64 * 1024) { StallAt = 2 << 20 };
        var reading = CooperationJson.ReadCatalogAsync(stream, cancellation.Token);
        await stream.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        var bytesAtCancel = stream.BytesRead;
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Equal(bytesAtCancel, stream.BytesRead);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_read_reads_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var stream = new AsyncOnlyStream(new MemoryStream(CooperationJson.WriteCatalog(ReferenceCatalog.Default)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CooperationJson.ReadCatalogAsync(stream, cancellation.Token));
        Assert.Equal(0, stream.Reads);

        var path = Path.Combine(_scratch.Path, "reference.json");
        await File.WriteAllBytesAsync(path, CooperationJson.WriteCatalog(ReferenceCatalog.Default), CancellationToken.None);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CatalogDocument.LoadAsync(path, cancellation.Token));
    }

    [Fact]
    public async Task An_async_load_gives_the_document_a_load_gives()
    {
        var path = Path.Combine(_scratch.Path, "faulty.json");
        var json = Rules.ValidatorTests.FaultyTree().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        await File.WriteAllTextAsync(path, json, CancellationToken.None);
        var options = Domain.Rules.ValidationOptions.Default.WithAsOf(Rules.RuleFixtures.AsOf);

        var reports = new List<long>();
        var loaded = await CatalogDocument.LoadAsync(path, new Recorder(reports), cancellationToken: CancellationToken.None);
        var expected = Domain.Rules.Validator.Validate(CatalogDocument.Load(path), options);
        var actual = Domain.Rules.Validator.Validate(loaded, options);

        Assert.Equal(path, loaded.Name);
        Assert.NotEmpty(expected.Diagnostics);
        Assert.All(actual.Diagnostics, d => Assert.NotNull(d.Line));
        Assert.Equal(expected.Diagnostics.Select(d => (d.Id, d.Path, d.Line)), actual.Diagnostics.Select(d => (d.Id, d.Path, d.Line)));
        Assert.Equal(new FileInfo(path).Length, reports[^1]);

        var missing = Path.Combine(_scratch.Path, "missing.json");
        await Assert.ThrowsAsync<FileNotFoundException>(() => CatalogDocument.LoadAsync(missing, CancellationToken.None));
        await Assert.ThrowsAnyAsync<IOException>(() => CatalogDocument.LoadAsync(_scratch.Path, CancellationToken.None));
        var error = await Assert.ThrowsAsync<CooperationJsonException>(() => CatalogDocument.LoadAsync(path, null, 100, CancellationToken.None));
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
    }

    // "ok" and the canonical form, or the error's reason, path, line and column.
    private static string Outcome(Func<CooperationCatalog> read)
    {
        try
        {
            return "ok " + Convert.ToHexString(CooperationJson.WriteCatalog(read()));
        }
        catch (CooperationJsonException e)
        {
            return $"error \"{e.Reason}\" at {e.Path}, line {e.LineNumber}, column {e.BytePositionInLine}";
        }
    }

    private static async Task<string> OutcomeAsync(Stream stream)
    {
        try
        {
            return "ok " + Convert.ToHexString(CooperationJson.WriteCatalog(await CooperationJson.ReadCatalogAsync(stream, CancellationToken.None)));
        }
        catch (CooperationJsonException e)
        {
            return $"error \"{e.Reason}\" at {e.Path}, line {e.LineNumber}, column {e.BytePositionInLine}";
        }
        finally
        {
            await stream.DisposeAsync();
        }
    }

    private sealed class Recorder(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }

    // A memory stream that cancels once it holds a number of bytes.
    private sealed class CancelOnWrite(CancellationTokenSource cancellation, long afterBytes) : MemoryStream
    {
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            if (Length >= afterBytes)
            {
                cancellation.Cancel();
            }

            return ValueTask.CompletedTask;
        }
    }
}
