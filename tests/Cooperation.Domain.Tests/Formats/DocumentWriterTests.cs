using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Diff;
using Cooperation.Domain.Merge;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Rules;
using Cooperation.Domain.Tests.Support;
using Xunit;

namespace Cooperation.Domain.Tests.Formats;

/// <summary>
/// The one idiom of the library's writers (<see cref="DocumentWriter{T}"/>): every format of every family writes the
/// same bytes to a buffer, a stream, asynchronously and as a string; asynchronously without a synchronous call and in
/// chunks, never the whole document at once; chosen by name from its family's list.
/// </summary>
public sealed class DocumentWriterTests
{
    private static readonly Lazy<ValidationReport[]> ManyReports = new(() =>
    {
        // 20,000 findings over two documents: a report of a few megabytes.
        var rule = new Repeats(10_000);
        var options = ValidationOptions.Default.WithRules(RuleSet.Create([rule])).WithAsOf(RuleFixtures.AsOf);
        var json = CooperationJson.WriteCatalog(ReferenceCatalog.Default);
        return [Validator.Validate(CatalogDocument.Parse(json, "a.json"), options), Validator.Validate(CatalogDocument.Parse(json, "b/c.json"), options)];
    });

    private static readonly Lazy<CatalogDiff> Diff = new(() =>
    {
        var catalog = ReferenceCatalog.Default;
        return CatalogDiff.Compare(catalog, catalog.ToBuilder().Remove(catalog.Meetings[0].Id).Build());
    });

    public static TheoryData<string> ReportFormatNames => [.. ReportFormats.All.Select(static f => f.Name)];

    [Theory]
    [MemberData(nameof(ReportFormatNames))]
    public async Task A_report_format_writes_the_same_bytes_every_way(string name)
    {
        var writer = ReportFormats.Create(name);
        var reports = ManyReports.Value;
        var buffer = new ArrayBufferWriter<byte>();
        writer.Write(reports, buffer);
        var expected = buffer.WrittenSpan.ToArray();
        Assert.True(expected.Length > 1_000_000, $"{expected.Length} bytes");

        using var synchronous = new MemoryStream();
        writer.Write(reports, synchronous);
        Assert.Equal(expected, synchronous.ToArray());

        var recorded = new RecordingStream();
        var asynchronous = new AsyncOnlyStream(recorded);
        await writer.WriteAsync(reports, asynchronous, CancellationToken.None);
        Assert.Equal(expected, recorded.ToArray());
        Assert.True(asynchronous.FlushedAsync);

        // In chunks: no write holds much more than a chunk, so the document is never held twice.
        Assert.True(recorded.Writes > expected.Length / (64 * 1024), $"{recorded.Writes} writes");
        Assert.True(recorded.LargestWrite <= 64 * 1024, $"largest write {recorded.LargestWrite}");

        Assert.Equal(Encoding.UTF8.GetString(expected), writer.WriteToString(reports));
        Assert.DoesNotContain((byte)'\r', expected);
        Assert.False(expected.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal((byte)'\n', expected[^1]);
    }

    [Fact]
    public async Task A_cancelled_write_stops_between_chunks()
    {
        using var cancel = new CancellationTokenSource();
        var recorded = new RecordingStream { AfterWrite = total => cancel.Cancel() };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new SarifReportWriter().WriteAsync(ManyReports.Value, new AsyncOnlyStream(recorded), cancel.Token));
        Assert.InRange(recorded.Writes, 1, 16);
        Assert.True(recorded.Length < 256 * 1024);

        using var already = new CancellationTokenSource();
        already.Cancel();
        var untouched = new RecordingStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ReportJsonWriter().WriteAsync(ManyReports.Value, untouched, already.Token));
        Assert.Equal(0, untouched.Length);
    }

    [Fact]
    public void Writing_json_for_many_reports_is_one_call_and_gives_one_array()
    {
        var reports = ManyReports.Value;
        using var doc = JsonDocument.Parse(ReportOutput.Json(reports));
        Assert.Equal(["a.json", "b/c.json"], doc.RootElement.EnumerateArray().Select(r => r.GetProperty("document").GetString()));
        Assert.All(doc.RootElement.EnumerateArray(), r => Assert.Equal(10_000, r.GetProperty("diagnostics").GetArrayLength()));
        Assert.Equal("[]\n", Encoding.UTF8.GetString(ReportOutput.Json()));

        // On one line when asked, with the same content.
        var compact = ReportOutput.Bytes(new ReportJsonWriter(new ReportWriterOptions { Indented = false }), reports);
        Assert.Equal(1, compact.Count(static b => b == (byte)'\n'));
        Assert.True(JsonElement.DeepEquals(doc.RootElement, JsonDocument.Parse(compact).RootElement));
    }

    [Fact]
    public void A_null_report_is_refused_before_anything_is_written()
    {
        foreach (var writer in ReportFormats.All)
        {
            var buffer = new ArrayBufferWriter<byte>();
            var error = Assert.Throws<ArgumentNullException>(() => writer.Write([ManyReports.Value[0], null!], buffer));
            Assert.Equal("reports", error.ParamName);
            Assert.Contains("The report at 1 is null.", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, buffer.WrittenCount);
            Assert.Throws<ArgumentNullException>(() => writer.Write(null!, buffer));
            Assert.Throws<ArgumentNullException>(() => writer.Write([], (IBufferWriter<byte>)null!));
        }
    }

    [Fact]
    public void Each_family_lists_its_formats_once_with_names_media_types_and_extensions()
    {
        Assert.Equal(["text", "json", "sarif"], ReportFormats.All.Select(static f => f.Name));
        Assert.Equal(["text", "json", "markdown"], DiffFormats.All.Select(static f => f.Name));
        Assert.Equal(["text", "json", "markdown"], MergeFormats.All.Select(static f => f.Name));
        Assert.Equal(
            [("text/plain; charset=utf-8", ".txt"), ("application/json", ".json"), ("application/sarif+json", ".sarif")],
            ReportFormats.All.Select(static f => (f.MediaType, f.FileExtension)));
        Assert.Equal([".txt", ".json", ".md"], DiffFormats.All.Select(static f => f.FileExtension));
        Assert.All(ReportFormats.All, f => Assert.True(f.IsText));
        Assert.Equal("sarif", ReportFormats.Create("sarif").ToString());
        Assert.IsType<SarifReportWriter>(ReportFormats.Create("sarif"));
        Assert.IsType<DiffMarkdownWriter>(DiffFormats.Create("markdown"));
        Assert.IsType<MergeJsonWriter>(MergeFormats.Create("json"));

        // The defaults are shared; options make a writer of their own.
        Assert.Same(ReportFormats.Create("json"), ReportFormats.Create("json", ReportWriterOptions.Default));
        var compact = Assert.IsType<ReportJsonWriter>(ReportFormats.Create("json", new ReportWriterOptions { Indented = false }));
        Assert.False(compact.Options.Indented);
    }

    [Theory]
    [InlineData("SARIF")]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData(" json")]
    public void An_unknown_format_name_is_refused_naming_the_formats_there_are(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ReportFormats.Create(name));
        Assert.Equal("name", error.ParamName);
        // The name is quoted as given (an empty one is said to be empty), then the names there are.
        Assert.StartsWith($"There is no report format named \"{name}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("; the formats are text, json, sarif.", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("There is no diff format named", Assert.Throws<ArgumentException>(() => DiffFormats.Create(name)).Message, StringComparison.Ordinal);
        Assert.StartsWith("There is no merge report format named", Assert.Throws<ArgumentException>(() => MergeFormats.Create(name)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ReportFormats.Create(null!));
    }

    [Fact]
    public async Task A_diff_s_formats_write_the_same_bytes_every_way()
    {
        foreach (var writer in DiffFormats.All)
        {
            var buffer = new ArrayBufferWriter<byte>();
            writer.Write(Diff.Value, buffer);
            var recorded = new RecordingStream();
            await writer.WriteAsync(Diff.Value, new AsyncOnlyStream(recorded), CancellationToken.None);
            Assert.Equal(buffer.WrittenSpan.ToArray(), recorded.ToArray());
            Assert.Equal(Encoding.UTF8.GetString(buffer.WrittenSpan), writer.WriteToString(Diff.Value));
        }
    }

    // Reports one finding per step, as many times as asked: a report as large as a test needs.
    private sealed class Repeats(int times) : ICatalogRule
    {
        public RuleDescriptor Descriptor { get; } = new()
        {
            Id = "ACME0001",
            Title = "Repeated",
            Category = RuleCategory.SourcesAndText,
            DefaultSeverity = Severity.Warning,
            EnglishMessage = "Finding {0} of many, with some words so that each line has a realistic length.",
            SpanishMessage = "Hallazgo {0}.",
            Description = "Why.",
            Fix = "Fix.",
            HelpUri = "https://example.org/rules#acme0001",
        };

        public void Analyze(in RuleContext context)
        {
            for (var i = 0; i < times; i++)
            {
                context.Report($"sources[s{i:D5}]", i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    // Keeps what is written, counting the writes and the largest; AfterWrite is called with the total after each.
    private sealed class RecordingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public Action<long>? AfterWrite { get; init; }

        // MemoryStream's span overload calls the array one in a derived class: each write is counted there, once.
        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
            AfterWrite?.Invoke(Length);
        }
    }
}
