using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Cooperation.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// The database companion on a PostgreSQL server of the benchmark's own (<see cref="LocalPostgreSql"/>, started in
/// the global setup): saving a 100,000-meeting catalog through <see cref="CatalogStore.SaveAsync"/> (its bulk path,
/// binary COPY, in one transaction) against writing the same rows with Npgsql's binary COPY alone (the values
/// converted beforehand, so the baseline is the floor of the database's own work); and "the meetings of a country in a
/// year" from PostgreSQL through EF Core against the in-memory catalog's query. Goal: the save at most 3x its baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DatabaseBenchmarks
{
    private readonly LocalPostgreSql _server = new();
    private CooperationCatalog _catalog = null!;
    private string _saveDatabase = null!;
    private NpgsqlDataSource _copySource = null!;
    private string _queryDatabase = null!;
    private List<(string Copy, string[] StoreTypes, object?[][] Rows)> _copies = null!;
    private string[] _tables = null!;
    private PartyRef _country;

    /// <summary>Meetings in the saved catalog.</summary>
    [Params(100_000)]
    public int Meetings { get; set; }

    /// <summary>For the saves: the server, the catalog, a migrated database and the baseline's rows.</summary>
    [GlobalSetup(Targets = new[] { nameof(NpgsqlBinaryCopy), nameof(CatalogStoreSave) })]
    public async Task SetupSaveAsync()
    {
        BuildCatalog();
        await _server.StartAsync();
        _saveDatabase = await _server.CreateDatabaseAsync();
        // Dates are NodaTime's LocalDate in the rows, as through the companion (Npgsql's NodaTime plugin).
        var source = new NpgsqlDataSourceBuilder(_saveDatabase);
        source.UseNodaTime();
        _copySource = source.Build();
        await using var db = CooperationDatabase.CreatePostgreSql(_saveDatabase);
        await new CatalogStore(db).MigrateAsync();
        var tables = CatalogRows.Tables(db.Model);
        var rows = CatalogRows.From(_catalog);
        _tables = [.. tables.Select(t => Quote(t.Shape.Table))];
        _copies = [.. tables.Select(t => (
            $"COPY {Quote(t.Shape.Table)} ({string.Join(", ", t.Shape.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)",
            t.Shape.Columns.Select(c => c.StoreType).ToArray(),
            t.Rows(rows).Cast<object>().Select(row => t.Shape.Columns.Select(c => c.ValueOf(row)).ToArray()).ToArray()))];
    }

    /// <summary>For the database query: the server and the catalog stored once.</summary>
    [GlobalSetup(Target = nameof(PostgreSqlCountryYear))]
    public async Task SetupQueryAsync()
    {
        BuildCatalog();
        await _server.StartAsync();
        _queryDatabase = await _server.CreateDatabaseAsync();
        await using var db = CooperationDatabase.CreatePostgreSql(_queryDatabase);
        var store = new CatalogStore(db);
        await store.MigrateAsync();
        await store.SaveAsync(_catalog);
    }

    /// <summary>For the in-memory query: the catalog only.</summary>
    [GlobalSetup(Target = nameof(InMemoryCountryYear))]
    public void SetupInMemory() => BuildCatalog();

    /// <summary>Stops the server.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _copySource?.Dispose();
        _server.Stop();
    }

    /// <summary>The same rows, converted beforehand, written with binary COPY in one transaction.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Save")]
    public async Task NpgsqlBinaryCopy()
    {
        await using var connection = await _copySource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var truncate = new NpgsqlCommand("TRUNCATE " + string.Join(", ", _tables), connection, transaction))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        foreach (var (copy, storeTypes, rows) in _copies)
        {
            await using var importer = await connection.BeginBinaryImportAsync(copy);
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        await importer.WriteAsync(value, storeTypes[i]);
                    }
                    else
                    {
                        await importer.WriteNullAsync();
                    }
                }
            }

            await importer.CompleteAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The catalog saved through the companion: schema check, rows from the entities, binary COPY.</summary>
    [Benchmark]
    [BenchmarkCategory("Save")]
    public async Task CatalogStoreSave()
    {
        await using var db = CooperationDatabase.CreatePostgreSql(_saveDatabase);
        await new CatalogStore(db).SaveAsync(_catalog);
    }

    /// <summary>The meetings a country attended in 2017, from the catalog in memory.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Query")]
    public int InMemoryCountryYear() => _catalog.MeetingsAttendedBy(_country).Count(m => m.Start.Year == 2017);

    /// <summary>The same meetings from PostgreSQL through EF Core (a new context, as a request would have).</summary>
    [Benchmark]
    [BenchmarkCategory("Query")]
    public async Task<int> PostgreSqlCountryYear()
    {
        await using var db = CooperationDatabase.CreatePostgreSql(_queryDatabase);
        var country = _country;
        return (await db.Meetings.Where(m => m.Start.Year == 2017 && m.Delegations.Any(d => d.Party == country)).Select(m => m.Id).ToListAsync()).Count;
    }

    private void BuildCatalog()
    {
        _catalog = new BilateralCatalogData(mechanisms: Meetings / 100, meetingsPerMechanism: 100).Build();
        _country = _catalog.Meetings[0].Delegations[1].Party;
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
