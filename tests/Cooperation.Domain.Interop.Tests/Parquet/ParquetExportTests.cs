using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Cooperation.Domain.Interop.Tests.Support;
using Cooperation.Domain.Tests.Support;
using DuckDB.NET.Data;
using Parquet;

namespace Cooperation.Domain.Interop.Tests.Parquet;

/// <summary>
/// The Parquet tables, read back by a real engine, DuckDB (through DuckDB.NET), with SQL whose answers must be the
/// catalog's own, and by a second reader, Parquet.Net's.
/// </summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly ScratchFolder _files = new("parquet");

    public void Dispose() => _files.Dispose();

    private async Task<string> Folder(CooperationCatalog catalog, string name = "tables")
    {
        var folder = Path.Combine(_files.Path, name);
        Directory.CreateDirectory(folder);
        await ParquetExport.WriteFolderAsync(catalog, folder);
        return folder;
    }

    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string Table(string folder, string name) => $"read_parquet('{Path.Combine(folder, name + ".parquet").Replace("'", "''", StringComparison.Ordinal)}')";

    [Fact]
    public async Task Duckdb_counts_meetings_per_country_and_year_as_the_catalog_does()
    {
        var catalog = ReferenceCatalog.Default;
        var folder = await Folder(catalog);
        var sql = $"""
            SELECT d.party_country, year(m.dates_start) AS year, count(DISTINCT m.id) AS meetings
            FROM {Table(folder, "meetings")} m JOIN {Table(folder, "delegations")} d ON d.meeting = m.id
            WHERE d.party_country IS NOT NULL
            GROUP BY ALL ORDER BY ALL
            """;
        var actual = Query(sql).Select(r => $"{r[0]} {r[1]} {r[2]}").ToList();
        var expected = catalog.Countries
            .SelectMany(c => catalog.MeetingsAttendedBy(PartyRef.ForCountry(c)).GroupBy(m => m.Dates.Earliest.Year).Select(g => (Country: c.ToString(), Year: g.Key, Count: g.Count())))
            .OrderBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Year)
            .Select(r => $"{r.Country} {r.Year} {r.Count}")
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Duckdb_lists_people_by_position_as_the_catalog_does()
    {
        var catalog = ReferenceCatalog.Default;
        var folder = await Folder(catalog);
        foreach (var person in catalog.People)
        {
            var actual = Query($"""
                SELECT p.meeting, coalesce(p.position_en, p.position_es), m.dates_start
                FROM {Table(folder, "participants")} p JOIN {Table(folder, "meetings")} m ON m.id = p.meeting
                WHERE p.person_id = '{person.Id}' ORDER BY p.meeting, p.number
                """).Select(r => $"{r[0]} | {r[1]} | {r[2]:yyyy-MM-dd}").ToList();
            var expected = catalog.PositionsOf(person.Id)
                .OrderBy(p => p.Meeting.ToString(), StringComparer.Ordinal)
                .Select(p => $"{p.Meeting} | {(p.Position is { } t ? t.English ?? t.Spanish : null)} | {p.Date.Earliest:yyyy-MM-dd}")
                .ToList();
            Assert.Equal(expected, actual);
        }

        Assert.Contains(Query($"SELECT count(*) FROM {Table(folder, "participants")} WHERE person_id IS NOT NULL"), r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Every_table_has_the_catalogs_rows_and_typed_columns()
    {
        var catalog = ReferenceCatalog.Default;
        var folder = await Folder(catalog);
        long Count(string table) => Convert.ToInt64(Query($"SELECT count(*) FROM {Table(folder, table)}")[0][0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(catalog.Mechanisms.Length, Count("mechanisms"));
        Assert.Equal(catalog.Mechanisms.Sum(m => m.Parties.Length), Count("memberships"));
        Assert.Equal(catalog.Meetings.Length, Count("meetings"));
        Assert.Equal(catalog.Meetings.Sum(m => m.Delegations.Length), Count("delegations"));
        Assert.Equal(catalog.Meetings.Sum(m => m.Delegations.Sum(d => d.Participants.Length)), Count("participants"));
        Assert.Equal(catalog.People.Length, Count("people"));
        Assert.Equal(catalog.Institutions.Length, Count("institutions"));
        Assert.Equal(catalog.Meetings.Sum(m => m.Outcomes.Length) + catalog.Mechanisms.Sum(m => m.Outcomes.Length), Count("outcomes"));
        Assert.Equal(
            catalog.Sources.Sum(s => s.Citations.Length) + catalog.Institutions.Sum(i => i.Citations.Length) + catalog.People.Sum(p => p.Citations.Length)
            + catalog.Mechanisms.Sum(m => m.Citations.Length) + catalog.Meetings.Sum(m => m.Citations.Length),
            Count("citations"));
        Assert.Equal(ParquetExport.Tables.Select(t => t.Name + ".parquet").Order(StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var types = Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {Table(folder, "meetings")})").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal(("DATE", "DATE", "VARCHAR", "INTEGER", "BOOLEAN"), (types["dates_start"], types["dates_end"], types["dates_precision"], types["ordinal"], types["approximate_dates"]));

        // A date known to the month is its whole month.
        var october = Query($"SELECT dates_start, dates_end, dates_precision FROM {Table(folder, "meetings")} WHERE id = 'mx-us-consular-dialogue-2023-10'").Single();
        Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31), "month"), ((DateOnly)october[0]!, (DateOnly)october[1]!, (string)october[2]!));
    }

    [Fact]
    public async Task Parquet_net_reads_the_meetings_back()
    {
        var catalog = ReferenceCatalog.Default;
        var folder = await Folder(catalog);
        await using var file = File.OpenRead(Path.Combine(folder, "meetings.parquet"));
        await using var reader = await ParquetReader.CreateAsync(file, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var ids = new List<string?>();
        var starts = new List<DateOnly?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            var id = new string?[rowGroup.RowCount];
            var start = new DateOnly?[rowGroup.RowCount];
            await rowGroup.ReadAsync(reader.Schema.DataFields.Single(f => f.Name == "id"), id.AsMemory());
            await rowGroup.ReadAsync<DateOnly>(reader.Schema.DataFields.Single(f => f.Name == "dates_start"), start.AsMemory());
            ids.AddRange(id);
            starts.AddRange(start);
        }

        Assert.Equal(catalog.Meetings.Select(m => m.Id.ToString()), ids);
        Assert.Equal(catalog.Meetings.Select(m => (DateOnly?)new DateOnly(m.Dates.Earliest.Year, m.Dates.Earliest.Month, m.Dates.Earliest.Day)), starts);
    }

    [Fact]
    public async Task Hostile_content_reads_back_from_duckdb_as_written()
    {
        var catalog = HostileCatalog.Build();
        var folder = await Folder(catalog);
        var orphan = Query($"SELECT mechanism, title_es, title_en, dates_start, dates_end, dates_precision FROM {Table(folder, "meetings")} WHERE id = '{HostileCatalog.Orphan}'").Single();
        Assert.Null(orphan[0]);
        Assert.Equal(HostileCatalog.Markup + " " + HostileCatalog.Emoji, orphan[1]);
        Assert.Equal("@" + HostileCatalog.RightToLeft, orphan[2]);
        Assert.Equal((new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31), "year"), ((DateOnly)orphan[3]!, (DateOnly)orphan[4]!, (string)orphan[5]!));

        var ministry = Query($"SELECT name_es, country FROM {Table(folder, "institutions")} WHERE id = '{HostileCatalog.Ministry}'").Single();
        Assert.Equal((HostileCatalog.LongestName, "MX"), ((string)ministry[0]!, (string)ministry[1]!));
        Assert.Null(Query($"SELECT country FROM {Table(folder, "institutions")} WHERE id = '{HostileCatalog.International}'").Single()[0]);
        Assert.Empty(Query($"SELECT * FROM {Table(folder, "participants")} WHERE person_id = '{HostileCatalog.Idle}'"));
        Assert.Equal(HostileCatalog.Markup, Query($"SELECT quote FROM {Table(folder, "citations")} LIMIT 1").Single()[0]);
    }

    [Fact]
    public async Task A_table_larger_than_a_row_group_is_written_in_several()
    {
        var builder = new CatalogBuilder();
        var count = ParquetTable.RowGroupRows + 7;
        for (var i = 0; i < count; i++)
        {
            builder.Add(new Person(PersonId.Parse(FormattableString.Invariant($"person-{i}")), PersonName.From("Ana María")));
        }

        var bytes = Exported.Bytes(o => ParquetExport.People.Write(builder.Build(), o));
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        Assert.Equal(2, reader.RowGroupCount);
        var path = Exported.File(_files.Path, "people.parquet", bytes);
        Assert.Equal((long)count, Convert.ToInt64(Query($"SELECT count(DISTINCT id) FROM read_parquet('{path}')")[0][0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Writing_to_a_stream_is_asynchronous_and_gives_the_same_bytes()
    {
        var catalog = ReferenceCatalog.Default;
        foreach (var table in ParquetExport.Tables)
        {
            Assert.Equal(Exported.Bytes(o => table.Write(catalog, o)), await Exported.BytesAsync((s, t) => table.WriteAsync(catalog, s, t)));
        }

        Assert.Equal(("parquet", "application/vnd.apache.parquet", ".parquet"), (ParquetExport.Meetings.FormatName, ParquetExport.Meetings.MediaType, ParquetExport.Meetings.FileExtension));
        Assert.Equal(["mechanisms", "memberships", "meetings", "delegations", "participants", "people", "institutions", "outcomes", "citations"], ParquetExport.Tables.Select(t => t.Name));
    }

    [Fact]
    public async Task The_folder_helper_never_writes_over_a_file()
    {
        var folder = Path.Combine(_files.Path, "taken");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "meetings.parquet"), "mine");
        await Assert.ThrowsAsync<IOException>(() => ParquetExport.WriteFolderAsync(ReferenceCatalog.Default, folder));
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(folder, "meetings.parquet")));
    }

    [Fact]
    public void An_empty_catalog_gives_tables_with_their_columns_and_no_rows()
    {
        var path = Exported.File(_files.Path, "empty.parquet", Exported.Bytes(o => ParquetExport.Meetings.Write(CooperationCatalog.Empty, o)));
        Assert.Empty(Query($"SELECT * FROM read_parquet('{path}')"));
        Assert.Equal(ParquetExport.Meetings.Columns, Query($"SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('{path}'))").Select(r => (string)r[0]!));
    }
}
