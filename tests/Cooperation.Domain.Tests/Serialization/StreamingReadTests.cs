using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Rules;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Serialization;

/// <summary>
/// Catalogs read from a stream or a file one entity at a time give exactly what the in-memory reader gives: the same
/// catalog, the same errors at the same path and line, and the same subject lines, however the bytes arrive.
/// </summary>
public sealed class StreamingReadTests : IDisposable
{
    private static readonly NodaTime.LocalDate AsOf = RuleFixtures.AsOf;

    private readonly ScratchFolder _scratch = new("streaming");

    public void Dispose() => _scratch.Dispose();

    public static IEnumerable<object[]> Documents()
    {
        var faulty = ValidatorTests.FaultyTree().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        yield return ["reference", Encoding.UTF8.GetString(CooperationJson.WriteCatalog(ReferenceCatalog.Default))];
        yield return ["faulty, LF", faulty];
        yield return ["faulty, CRLF", faulty.Replace("\n", "\r\n", StringComparison.Ordinal)];
        yield return ["faulty, CR", faulty.Replace("\n", "\r", StringComparison.Ordinal)];
        yield return ["faulty, BOM", "\uFEFF" + faulty];
        yield return ["faulty, one line", ValidatorTests.FaultyTree().ToJsonString()];
    }

    public static IEnumerable<object[]> BadDocuments()
    {
        foreach (var row in ModelJsonTests.BadDocuments())
        {
            yield return [row[0]];
        }

        yield return [""];
        yield return ["   "];
        yield return ["null"];
        yield return ["[]"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"meetings\":{}}"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"meetings\":[null]}"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"meetings\":[7]}"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\n\r\n\"extra\":1}"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"meetings\":[],\"meetings\":[]}"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"meetings\":["];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"20"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"sources\":[{\"id\":\"a\u00e9\"}]}"];
        yield return ["\uFEFF{\"sources\":[]}"];
        yield return ["\uFEFF"];
        yield return ["\n\r\n \t"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"a b\":1}"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"it's\":1}"];
        yield return ["{\"format\":\"cooperation-catalog/1\",\"a\\\"b\":1}"];
        yield return ["{\"format\": \"cooperation-catalog/1\",\n\"meetings\":\n[],\n\"meetings\":\n[]}"];
        yield return ["{\"format\": \"cooperation-catalog/1\",\n\"format\":\n\"cooperation-catalog/1\"}"];
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_stream_gives_the_catalog_the_bytes_give(string name, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(bytes));
        foreach (var chunk in new[] { 1, 7, 4096, int.MaxValue })
        {
            var actual = CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(new TrickleStream(bytes, chunk)));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{name}, {chunk} bytes per read");
        }
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void A_stream_rejects_what_the_bytes_reject_at_the_same_path_and_line(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(bytes));
        foreach (var chunk in new[] { 1, 5, int.MaxValue })
        {
            var actual = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new TrickleStream(bytes, chunk)));
            Assert.Equal(expected.Reason, actual.Reason);
            Assert.Equal(expected.Path, actual.Path);
            Assert.Equal(expected.LineNumber, actual.LineNumber);
        }
    }

    [Theory]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\n\"sources\":[{\"id\":\"a", "\"}]}")]
    [InlineData("{\"format\": \"coop", "\"}")]
    [InlineData("{\"form", "at\": 1}")]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\n\"meet", "ings\": []}")]
    public void Invalid_utf8_in_a_stream_is_located_like_in_bytes(string before, string after)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0xFF, .. Encoding.UTF8.GetBytes(after)];
        var expected = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(bytes));
        foreach (var chunk in new[] { 1, 3, int.MaxValue })
        {
            var actual = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new TrickleStream(bytes, chunk)));
            Assert.StartsWith("The text is not valid UTF-8", actual.Reason, StringComparison.Ordinal);
            Assert.Equal((expected.Reason, expected.Path, expected.LineNumber), (actual.Reason, actual.Path, actual.LineNumber));
        }
    }

    [Fact]
    public void The_end_of_the_first_buffer_can_fall_anywhere()
    {
        // The reader fills 1 MiB before it reads: white space after "format" moves that edge across every byte of a
        // small catalog, valid and broken in three ways, and the result must not change.
        var faulty = ValidatorTests.FaultyTree().ToJsonString();
        var start = faulty.IndexOf(",\"", StringComparison.Ordinal) + 1;
        var documents = new[]
        {
            faulty,
            faulty.Replace("\"talks-1\"", "\"Talks 1\"", StringComparison.Ordinal),
            faulty[..^40],
            faulty.Replace("\"sources\":", "\"sauces\":", StringComparison.Ordinal),
        };
        foreach (var document in documents)
        {
            for (var edge = 0; edge < document.Length - start; edge += 29)
            {
                var text = document[..start] + new string(' ', (1 << 20) - start - edge) + document[start..];
                var bytes = Encoding.UTF8.GetBytes(text);
                CooperationJsonException? expectedError = null;
                byte[]? expected = null;
                try
                {
                    expected = CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(bytes));
                }
                catch (CooperationJsonException e)
                {
                    expectedError = e;
                }

                if (expectedError is null)
                {
                    Assert.Equal(expected, CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(new MemoryStream(bytes))));
                }
                else
                {
                    var actual = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new MemoryStream(bytes)));
                    Assert.Equal((expectedError.Reason, expectedError.Path, expectedError.LineNumber), (actual.Reason, actual.Path, actual.LineNumber));
                }
            }
        }
    }

    [Fact]
    public void An_entity_larger_than_the_buffer_is_read_whole()
    {
        // About 2.4 MB in one mechanism: more than the 1 MiB the reader starts with.
        var outcomes = string.Join(",", Enumerable.Range(0, 600).Select(i =>
            $"{{\"text\":{{\"en\":\"{i} {new string('x', 3990)}\"}},\"kind\":\"initiative\",\"status\":\"agreed\"}}"));
        var json = "{\"format\":\"cooperation-catalog/1\",\"mechanisms\":[{\"id\":\"big\",\"name\":{\"en\":\"Big\"},\"kind\":\"talks\",\"scope\":\"bilateral\"," +
            "\"parties\":[{\"party\":\"MX\",\"status\":\"member\"},{\"party\":\"CA\",\"status\":\"member\"}],\"status\":\"active\",\"outcomes\":[" + outcomes + "]}]}";
        var catalog = CooperationJson.ReadCatalog(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(600, catalog.GetMechanism(MechanismId.Parse("big")).Outcomes.Length);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_loaded_file_gives_the_lines_the_bytes_give(string name, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var path = Path.Combine(_scratch.Path, "catalog.json");
        File.WriteAllBytes(path, bytes);
        var options = ValidationOptions.Default.WithAsOf(AsOf);

        var fromBytes = Validator.Validate(CatalogDocument.Parse(bytes, path), options);
        var fromFile = Validator.Validate(CatalogDocument.Load(path), options);

        Assert.True(fromBytes.Diagnostics.Length > 0, $"{name}: the fixture has diagnostics");
        Assert.All(fromBytes.Diagnostics, d => Assert.NotNull(d.Line));
        Assert.Equal(fromBytes.Diagnostics.Select(d => (d.Id, d.Path, d.Line)), fromFile.Diagnostics.Select(d => (d.Id, d.Path, d.Line)));
    }

    [Fact]
    public void A_file_changed_after_loading_gives_no_lines_rather_than_wrong_ones()
    {
        var path = Path.Combine(_scratch.Path, "changing.json");
        var json = ValidatorTests.FaultyTree().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(path, json);
        var document = CatalogDocument.Load(path);
        Assert.NotNull(document.LineOf("mechanisms[crm]"));

        File.WriteAllText(path, "\n\n" + json);
        Assert.Null(document.LineOf("mechanisms[crm]"));
        File.Delete(path);
        Assert.Null(document.LineOf("mechanisms[crm]"));
        Assert.Equal(4, Validator.Validate(document, ValidationOptions.Default.WithAsOf(AsOf)).Diagnostics.Length);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_fifo_is_read_once_and_still_gives_lines()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var path = Path.Combine(_scratch.Path, "catalog.fifo");
        Assert.Equal(0, MakeFifo(path, Convert.ToUInt32("600", 8)));
        var json = ValidatorTests.FaultyTree().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        // The bytes are in the FIFO before the reader comes: a FIFO is opened without waiting for a writer.
        CatalogDocument document;
        using (FileKinds.Fill(path, Encoding.UTF8.GetBytes(json)))
        {
            document = await System.Threading.Tasks.Task.Run(() => CatalogDocument.Load(path)).WaitAsync(TimeSpan.FromSeconds(30));
        }

        // Asking for lines must not open the FIFO again (it would wait for a writer for ever).
        var report = await System.Threading.Tasks.Task.Run(() => Validator.Validate(document, ValidationOptions.Default.WithAsOf(AsOf))).WaitAsync(TimeSpan.FromSeconds(30));
        var expected = Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(json), path), ValidationOptions.Default.WithAsOf(AsOf));
        Assert.All(report.Diagnostics, d => Assert.NotNull(d.Line));
        Assert.Equal(expected.Diagnostics.Select(d => d.Line), report.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_file_replaced_by_a_fifo_after_loading_gives_no_lines_instead_of_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var path = Path.Combine(_scratch.Path, "replaced.json");
        File.WriteAllText(path, ValidatorTests.FaultyTree().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var document = CatalogDocument.Load(path);
        File.Delete(path);
        Assert.Equal(0, MakeFifo(path, Convert.ToUInt32("600", 8)));

        var validation = System.Threading.Tasks.Task.Run(() => Validator.Validate(document, ValidationOptions.Default.WithAsOf(AsOf)));
        try
        {
            var report = await validation.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.NotEmpty(report.Diagnostics);
            Assert.All(report.Diagnostics, d => Assert.Null(d.Line));
        }
        catch (TimeoutException)
        {
            // Let the blocked open return before failing, so that the test run can end.
            using (new FileStream(path, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail("Validation waited for a writer of the FIFO that replaced the file.");
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);

    [Fact]
    public void Loading_reports_progress_up_to_the_file_length()
    {
        var path = Path.Combine(_scratch.Path, "reference.json");
        File.WriteAllBytes(path, CooperationJson.WriteCatalog(ReferenceCatalog.Default));
        var reports = new List<long>();
        CatalogDocument.Load(path, new Recorder(reports));
        Assert.NotEmpty(reports);
        Assert.Equal(new FileInfo(path).Length, reports[^1]);
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_while_reading()
    {
        var path = Path.Combine(_scratch.Path, "big.json");
        File.WriteAllBytes(path, CooperationJson.WriteCatalog(ReferenceCatalog.Default));
        var error = Assert.Throws<CooperationJsonException>(() => CatalogDocument.Load(path, 1000));
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000", error.Reason, StringComparison.Ordinal);
    }

    private sealed class Recorder(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
