using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Serialization;
using Cooperation.Domain.Tests.Serialization.Hostile;
using Cooperation.Domain.Tests.Support;
using Xunit.Abstractions;

namespace Cooperation.Domain.Tests.Serialization.Streaming;

/// <summary>
/// <see cref="CooperationJson.ReadEntitiesAsync"/>: a catalog's entities one at a time, in document order, each the
/// entity the whole read gives; every document the whole read refuses is refused with the same message, path, line
/// and column; cancellation stops it; what it allocates per entity and what it keeps do not grow with the document.
/// </summary>
public sealed class EntityStreamTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(StreamingReadTests.Documents), MemberType = typeof(StreamingReadTests))]
    public async Task The_entities_are_the_whole_reads_in_document_order(string name, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var catalog = CooperationJson.ReadCatalog(bytes);
        var document = JsonNode.Parse(json.TrimStart('\uFEFF'))!.AsObject();
        foreach (var chunk in new[] { 1, 4096, int.MaxValue })
        {
            var entries = await ReadAll(new AsyncOnlyStream(new MemoryStream(bytes), chunk, yieldEachRead: chunk == 4096));
            var expected = document.Where(m => m.Key != "format").SelectMany(m => m.Value!.AsArray().Select((e, i) => $"$.{m.Key}[{i}] {e!["id"]?.ToJsonString()}"));
            Assert.Equal(expected, entries.Select(e => $"{e.Path} {Id(e.Entity)}"));

            var whole = new object[][] { [.. catalog.Sources], [.. catalog.Institutions], [.. catalog.People], [.. catalog.Mechanisms], [.. catalog.Meetings] }
                .SelectMany(entities => entities).Select(Canonical).Order(StringComparer.Ordinal);
            Assert.Equal(whole, entries.Select(e => Canonical(e.Entity)).Order(StringComparer.Ordinal));
            Assert.All(entries, e => Assert.Equal((e.Kind, e.Collection), e.Entity switch
            {
                Source => (CatalogEntityKind.Source, "sources"),
                Institution => (CatalogEntityKind.Institution, "institutions"),
                Person => (CatalogEntityKind.Person, "people"),
                Mechanism => (CatalogEntityKind.Mechanism, "mechanisms"),
                _ => (CatalogEntityKind.Meeting, "meetings"),
            }));
            Assert.True(entries.Count > 0, name);
        }
    }

    [Theory]
    [MemberData(nameof(StreamingReadTests.BadDocuments), MemberType = typeof(StreamingReadTests))]
    public async Task A_bad_document_is_refused_as_the_whole_read_refuses_it(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = Outcome(() => CooperationJson.ReadCatalog(bytes));
        Assert.StartsWith("error", expected, StringComparison.Ordinal);
        foreach (var chunk in new[] { 1, 5, int.MaxValue })
        {
            Assert.Equal(expected, await OutcomeAsync(new AsyncOnlyStream(new MemoryStream(bytes), chunk, yieldEachRead: false)));
        }
    }

    [Fact]
    public async Task Every_document_of_the_hostile_corpus_is_refused_or_read_alike()
    {
        var disagreements = new List<string>();
        var documents = 0;
        foreach (var (name, bytes) in HostileCorpus.Truncations().Concat(HostileCorpus.Edits(perSeed: 500)))
        {
            var expected = Outcome(() => CooperationJson.ReadCatalog(bytes));
            var actual = await OutcomeAsync(new AsyncOnlyStream(new MemoryStream(bytes), 13, yieldEachRead: false));
            if (actual != expected)
            {
                disagreements.Add($"{name}: the whole read gives {expected}; the stream gives {actual}");
            }

            documents++;
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {documents} documents read differently:\n{string.Join("\n", disagreements.Take(12))}");
    }

    [Fact]
    public async Task The_limit_and_the_arguments_are_checked()
    {
        var bytes = CooperationJson.WriteCatalog(ReferenceCatalog.Default);
        var expected = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new MemoryStream(bytes), 1000));
        var actual = await Assert.ThrowsAsync<CooperationJsonException>(() => ReadAll(new MemoryStream(bytes), 1000));
        Assert.Equal(expected.Message, actual.Message);
        Assert.Throws<ArgumentNullException>(() => CooperationJson.ReadEntitiesAsync(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => CooperationJson.ReadEntitiesAsync(new MemoryStream(bytes), 0));
    }

    [Fact]
    public async Task Cancellation_stops_the_stream_between_entities_whichever_way_the_token_comes()
    {
        foreach (var byEnumerator in new[] { false, true })
        {
            using var cancellation = new CancellationTokenSource();
            var stream = new AsyncOnlyStream(new GeneratedCatalogStream(8_000_000), 64 * 1024, yieldEachRead: false);
            var entities = byEnumerator
                ? CooperationJson.ReadEntitiesAsync(stream, int.MaxValue).WithCancellation(cancellation.Token)
                : CooperationJson.ReadEntitiesAsync(stream, int.MaxValue, cancellation.Token).WithCancellation(CancellationToken.None);
            var read = 0;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var entry in entities)
                {
                    if (++read == 10)
                    {
                        cancellation.Cancel();
                    }
                }
            });
            Assert.Equal(10, read);
            Assert.True(stream.BytesRead < 2 << 20, $"{stream.BytesRead} bytes read");
        }
    }

    [Fact]
    public async Task What_is_allocated_per_entity_and_what_is_kept_do_not_grow_with_the_document()
    {
        // Two documents, 4 MB and 24 MB: the bytes allocated per meeting are the same, and a meeting handed over is
        // not kept once the stream has moved a few buffers on (a weak reference to every 500th one dies).
        var small = await Measure(4_000_000);
        var large = await Measure(24_000_000);
        output.WriteLine($"4 MB: {small.PerEntity:N0} bytes per meeting, {small.Alive} of {small.Watched} kept; 24 MB: {large.PerEntity:N0} bytes per meeting, {large.Alive} of {large.Watched} kept");
        Assert.InRange(large.PerEntity, small.PerEntity * 0.8, small.PerEntity * 1.25);
        Assert.True(large.Alive <= 2, $"{large.Alive} of {large.Watched} meetings still alive");
        Assert.True(small.Alive <= 2, $"{small.Alive} of {small.Watched} meetings still alive");
    }

    private static async Task<(double PerEntity, int Alive, int Watched)> Measure(long bytes)
    {
        var document = new GeneratedCatalogStream(bytes);
        var watched = new List<WeakReference>();
        long count = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        await foreach (var entry in CooperationJson.ReadEntitiesAsync(new AsyncOnlyStream(document, 64 * 1024, yieldEachRead: false), int.MaxValue))
        {
            if (++count % 500 == 0)
            {
                watched.Add(new WeakReference(entry.Entity));
            }
        }

        var perEntity = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / count;
        Assert.Equal(document.Meetings, count);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return (perEntity, watched.Count(w => w.IsAlive), watched.Count);
    }

    private static async Task<List<CatalogEntity>> ReadAll(Stream stream, int maxBytes = CooperationJson.MaxDocumentBytes)
    {
        var entries = new List<CatalogEntity>();
        await foreach (var entry in CooperationJson.ReadEntitiesAsync(stream, maxBytes))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private static string Id(object entity) => entity switch
    {
        Source s => $"\"{s.Id}\"",
        Institution i => $"\"{i.Id}\"",
        Person p => $"\"{p.Id}\"",
        Mechanism m => $"\"{m.Id}\"",
        Meeting m => $"\"{m.Id}\"",
        _ => throw new ArgumentException(entity.GetType().Name),
    };

    private static string Canonical(object entity) => entity switch
    {
        Source s => CooperationJson.WriteString(s),
        Institution i => CooperationJson.WriteString(i),
        Person p => CooperationJson.WriteString(p),
        Mechanism m => CooperationJson.WriteString(m),
        Meeting m => CooperationJson.WriteString(m),
        _ => throw new ArgumentException(entity.GetType().Name),
    };

    private static string Outcome(Func<CooperationCatalog> read)
    {
        try
        {
            read();
            return "ok";
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
            await ReadAll(stream);
            return "ok";
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
}
