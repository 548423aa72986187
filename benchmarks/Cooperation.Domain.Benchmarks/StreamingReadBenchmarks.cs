using System;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Reading a generated catalog of 10 MB and of 100 MB (the tests' <see cref="GeneratedCatalogStream"/>, made as it is
/// read) entity by entity (<see cref="CooperationJson.ReadEntitiesAsync"/>) against reading it whole
/// (<see cref="CooperationJson.ReadCatalogAsync(System.IO.Stream, int, CancellationToken)"/>, the baseline). Goal: the
/// stream's peak memory independent of the file's size. BenchmarkDotNet reports time and bytes allocated; the peak
/// growth of the managed heap during one read of each kind is printed by the global setup ("// peak …").
/// </summary>
[MemoryDiagnoser]
public class StreamingReadBenchmarks
{
    /// <summary>The document's size in MB.</summary>
    [Params(10, 100)]
    public int Megabytes { get; set; }

    private long Bytes => Megabytes * 1_000_000L;

    // The sizes whose peaks this process has printed: in process, each benchmark of a size runs the global setup again.
    private static readonly System.Collections.Generic.HashSet<int> Measured = [];

    [GlobalSetup]
    public void Setup()
    {
        if (!Measured.Add(Megabytes))
        {
            return;
        }

        var whole = Peak(async watch =>
        {
            var catalog = await CooperationJson.ReadCatalogAsync(new GeneratedCatalogStream(Bytes), int.MaxValue, CancellationToken.None);
            watch(catalog.Meetings.Length);
            GC.KeepAlive(catalog);
        });
        var stream = Peak(async watch =>
        {
            await foreach (var entry in CooperationJson.ReadEntitiesAsync(new GeneratedCatalogStream(Bytes), int.MaxValue))
            {
                watch(entry.Index);
            }
        });
        Console.WriteLine($"// peak heap growth, {Megabytes} MB ({new GeneratedCatalogStream(Bytes).Meetings:N0} meetings): whole read {whole / 1e6:N1} MB, entity stream {stream / 1e6:N1} MB");
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ReadWhole() => (await CooperationJson.ReadCatalogAsync(new GeneratedCatalogStream(Bytes), int.MaxValue, CancellationToken.None)).Meetings.Length;

    [Benchmark]
    public async Task<int> ReadEntityByEntity()
    {
        var count = 0;
        await foreach (var entry in CooperationJson.ReadEntitiesAsync(new GeneratedCatalogStream(Bytes), int.MaxValue))
        {
            count += entry.Index >= 0 ? 1 : 0;
        }

        return count;
    }

    // The largest growth of the live managed heap (full collections before the read and at each look) seen at the
    // first of every 1,000 entities, or, for the whole read, once with the catalog read and held.
    private static long Peak(Func<Action<int>, Task> read)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var seen = 0;
        read(_ =>
        {
            if (++seen % 1000 == 1)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }).GetAwaiter().GetResult();
        return peak;
    }
}
