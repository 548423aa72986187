using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Cooperation.Domain.Interop.Tests.Support;
using Cooperation.Domain.Tests.Support;
using Microsoft.VisualBasic.FileIO;

namespace Cooperation.Domain.Interop.Tests.Csv;

/// <summary>
/// The CSV tables, read back by .NET's <see cref="TextFieldParser"/> and by Python's <c>csv</c> module: every record
/// has the header's width, every cell reads back as written once the formula apostrophe is undone, and a cell a
/// spreadsheet would run as a formula starts with the apostrophe.
/// </summary>
public sealed class CsvExportTests : IDisposable
{
    private readonly ScratchFolder _files = new("csv");

    public void Dispose() => _files.Dispose();

    private static byte[] Export(CsvTableWriter table, CooperationCatalog catalog) => Exported.Bytes(o => table.Write(catalog, o));

    /// <summary>The records as <see cref="TextFieldParser"/> reads them: quoted fields, nothing trimmed.</summary>
    private static List<string[]> Parse(byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var records = new List<string[]>();
        while (!parser.EndOfData)
        {
            records.Add(parser.ReadFields()!);
        }

        return records;
    }

    private static string[] Column(List<string[]> records, string name)
    {
        var index = Array.IndexOf(records[0], name);
        Assert.True(index >= 0, $"no column {name}");
        return [.. records.Skip(1).Select(r => CsvFormat.Unescape(r[index]))];
    }

    [Fact]
    public void Every_table_of_the_reference_catalog_reads_back_with_its_header_and_rows()
    {
        var catalog = ReferenceCatalog.Default;
        foreach (var table in CsvExport.Tables)
        {
            var records = Parse(Export(table, catalog));
            Assert.Equal(table.Headers, records[0]);
            Assert.All(records, r => Assert.Equal(table.Headers.Count, r.Length));
        }

        var meetings = Parse(Export(CsvExport.Meetings, catalog));
        Assert.Equal(catalog.Meetings.Select(m => m.Id.ToString()), Column(meetings, "id"));
        Assert.Equal(catalog.Meetings.Select(m => m.Title?.Spanish ?? string.Empty), Column(meetings, "title_es"));
        Assert.Equal(catalog.Meetings.Select(DisplayText.Dates), Column(meetings, "dates"));
        var participants = Parse(Export(CsvExport.Participants, catalog));
        Assert.Equal(catalog.Meetings.Sum(m => m.Delegations.Sum(d => d.Participants.Length)), participants.Count - 1);
        Assert.Equal(catalog.People.Select(p => p.Name.ToString()), Column(Parse(Export(CsvExport.People, catalog)), "name"));
    }

    [Fact]
    public void Hostile_cells_read_back_as_written_and_formulas_start_with_an_apostrophe()
    {
        var catalog = HostileCatalog.Build();
        var mechanisms = Parse(Export(CsvExport.Mechanisms, catalog));
        // LocalizedText.Create takes the Spanish text first.
        Assert.Equal([HostileCatalog.Markup], Column(mechanisms, "name_es"));
        Assert.Equal([HostileCatalog.Formula], Column(mechanisms, "name_en"));
        Assert.Equal("'" + HostileCatalog.Formula, mechanisms[1][Array.IndexOf(mechanisms[0], "name_en")]);

        var institutions = ById(Parse(Export(CsvExport.Institutions, catalog)));
        Assert.Equal((HostileCatalog.RightToLeft, HostileCatalog.Emoji, string.Empty), (institutions["int-hostile"]["name_es"], institutions["int-hostile"]["name_en"], institutions["int-hostile"]["country"]));
        Assert.Equal((HostileCatalog.LongestName, "-1 " + HostileCatalog.Markup), (institutions["mx-hostile"]["name_es"], institutions["mx-hostile"]["name_en"]));

        var participants = Parse(Export(CsvExport.Participants, catalog));
        Assert.Equal(["'+Titular <b>", string.Empty, string.Empty], participants.Skip(1).Select(r => r[Array.IndexOf(participants[0], "position_es")]).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal([string.Empty, HostileCatalog.NameOnly, HostileCatalog.SpeakerName], Column(participants, "person").Order(StringComparer.Ordinal));

        var people = ById(Parse(Export(CsvExport.People, catalog)));
        Assert.Equal((HostileCatalog.SpeakerName, "'Pepe, O'Núñez", string.Empty), (people["speaker-rtl"]["name"], people["speaker-rtl"]["other_names"], people["speaker-rtl"]["rank_en"]));
        Assert.Equal((HostileCatalog.LongestPersonName, HostileCatalog.Formula), (people["idle-person"]["name"], people["idle-person"]["rank_en"]));

        var meetings = ById(Parse(Export(CsvExport.Meetings, catalog)));
        Assert.Equal(("2013", string.Empty, HostileCatalog.Markup + " " + HostileCatalog.Emoji), (meetings["orphan-meeting-2013"]["dates"], meetings["orphan-meeting-2013"]["mechanism"], meetings["orphan-meeting-2013"]["title_es"]));
        Assert.Equal(("2014/2015", HostileCatalog.Mechanism.ToString()), (meetings["hostile-talks-2014"]["dates"], meetings["hostile-talks-2014"]["mechanism"]));
        var raw = Parse(Export(CsvExport.Meetings, catalog));
        Assert.Contains("'@" + HostileCatalog.RightToLeft, raw.Select(r => r[Array.IndexOf(raw[0], "title_en")]));
    }

    /// <summary>Each record by its first cell, as cells by column name, the formula apostrophe undone.</summary>
    private static Dictionary<string, Dictionary<string, string>> ById(List<string[]> records)
        => records.Skip(1).ToDictionary(
            r => r[0],
            r => records[0].Select((name, i) => (name, i)).ToDictionary(c => c.name, c => CsvFormat.Unescape(r[c.i]), StringComparer.Ordinal),
            StringComparer.Ordinal);

    [Fact]
    public void Line_breaks_quotes_marks_and_every_formula_start_survive_a_record()
    {
        // The model refuses line breaks and bidi marks, but the CSV primitive carries any text.
        string?[] cells = ["a\r\nb", "\"q\", r", "\u200Fשלום", "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'already", " spaced ", null, "🙂"];
        var buffer = new ArrayBufferWriter<byte>();
        CsvFormat.WriteRecord(cells, buffer);
        CsvFormat.WriteRecord(cells, buffer);
        var records = Parse(buffer.WrittenSpan.ToArray());
        Assert.Equal(2, records.Count);
        Assert.Equal(cells.Select(c => c ?? string.Empty), records[0].Select(CsvFormat.Unescape));
        Assert.Equal(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "''already"], records[0][3..10]);
    }

    [ClientFact("python3")]
    public void Python_csv_reads_the_same_records()
    {
        foreach (var catalog in new[] { ReferenceCatalog.Default, HostileCatalog.Build() })
        {
            foreach (var table in CsvExport.Tables)
            {
                var bytes = Export(table, catalog);
                var run = ExternalClients.RunTool("csv", "read_csv.py", Exported.File(_files.Path, table.Table + ".csv", bytes), table.Headers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(run.ExitCode == 0, run.Output);
                var read = JsonNode.Parse(run.StandardOutput)!.AsArray().Select(r => r!.AsArray().Select(c => (string)c!).ToArray()).ToList();
                Assert.Equal(Parse(bytes), read);
            }
        }
    }

    [Fact]
    public async Task Writing_to_a_stream_is_asynchronous_and_gives_the_same_bytes()
    {
        var catalog = ReferenceCatalog.Default;
        foreach (var table in CsvExport.Tables)
        {
            Assert.Equal(Export(table, catalog), await Exported.BytesAsync((s, t) => table.WriteAsync(catalog, s, t)));
        }

        Assert.Equal(("csv", "text/csv", ".csv"), (CsvExport.Meetings.Name, CsvExport.Meetings.MediaType, CsvExport.Meetings.FileExtension));
    }
}
