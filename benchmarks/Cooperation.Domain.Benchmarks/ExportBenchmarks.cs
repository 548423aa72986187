using System;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Interop;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Exporting a 100,000-meeting catalog to the nine Parquet tables, against writing its canonical JSON (the baseline),
/// both to <see cref="Stream.Null"/>; the other text exports beside them. Goal (issue 23): Parquet at most 2x the JSON.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private CooperationCatalog _catalog = CooperationCatalog.Empty;

    [Params(100_000)]
    public int Meetings { get; set; }

    [GlobalSetup]
    public void Setup() => _catalog = CatalogJsonBenchmarks.SyntheticCatalog(Meetings);

    [Benchmark(Baseline = true)]
    public void CanonicalJson() => CooperationJson.WriteCatalog(_catalog, Stream.Null);

    [Benchmark]
    public async Task ParquetTables()
    {
        foreach (var table in ParquetExport.Tables)
        {
            await table.WriteAsync(_catalog, Stream.Null);
        }
    }

    [Benchmark]
    public Task Popolo() => new PopoloWriter().WriteAsync(_catalog, Stream.Null);

    [Benchmark]
    public Task FollowTheMoney() => new FollowTheMoneyWriter().WriteAsync(_catalog, Stream.Null);
}
