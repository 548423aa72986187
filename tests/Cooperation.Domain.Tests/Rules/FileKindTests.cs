using System;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>
/// Every path the library reads, given a FIFO, a device, a link to either, a directory or a file swapped between two
/// reads: the catalog, the configuration named and found upward, the suppressions file named and the one a
/// configuration names, the baseline, the archived copies and the second read for lines. None waits, none reads without
/// end, and each says what is wrong.
/// </summary>
public sealed class FileKindTests : IDisposable
{
    private static readonly NodaTime.LocalDate Today = new(2026, 11, 27);

    private readonly ScratchFolder _folder = new("kinds");

    public void Dispose() => _folder.Dispose();

    private string At(params string[] parts) => Path.Combine([_folder.Path, .. parts]);

    private static string SuppressionsJson => """{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP2001", "path": "mechanisms[x]", "justification": "Known."}]}""";

    [Fact]
    public void A_configuration_found_upward_that_is_a_fifo_or_a_device_is_an_error_naming_it_never_a_wait()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var data = Directory.CreateDirectory(At("repo", "data")).FullName;
        var config = FileKinds.Fifo(At("repo", ValidationConfiguration.FileName));
        var error = FileKinds.Guarded("finding a FIFO configuration", () => Assert.ThrowsAny<IOException>(() => ValidationConfiguration.Find(data)), config);
        Assert.Equal($"\"{config}\" is a FIFO or pipe, not a regular file: a file that is found rather than named is read only when it is a regular file.", error.Message);

        File.Delete(config);
        FileKinds.Link(config, "/dev/zero");
        Assert.Contains("is a character device, not a regular file", FileKinds.Guarded("finding /dev/zero as configuration", () => Assert.ThrowsAny<IOException>(() => ValidationConfiguration.Find(data))).Message, StringComparison.Ordinal);

        // A link to nothing is no configuration: nothing is found there.
        File.Delete(config);
        FileKinds.Link(config, "nowhere.json");
        Assert.Same(ValidationConfiguration.Empty, ValidationConfiguration.Find(data));
    }

    [Fact]
    public void A_configuration_that_names_a_fifo_as_its_suppressions_is_an_error_at_its_line()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var fifo = FileKinds.Fifo(At("known.json"));
        var config = At(ValidationConfiguration.FileName);
        File.WriteAllText(config, "{\n  \"suppressions\": \"known.json\"\n}\n");
        var error = FileKinds.Guarded("reading a configuration's FIFO suppressions", () => Assert.Throws<ValidationConfigurationException>(() => ValidationConfiguration.Load(config).ApplyTo(ValidationOptions.Default, Today)), fifo);
        Assert.Equal((config, 2L), (error.File, error.Line));
        Assert.Contains("is a FIFO or pipe, not a regular file", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressions_file_a_configuration_or_a_baseline_named_as_a_fifo_is_read_as_a_stream()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var fifo = FileKinds.Fifo(At("stream.json"));
        using (FileKinds.Fill(fifo, Encoding.UTF8.GetBytes(SuppressionsJson)))
        {
            Assert.Single(FileKinds.Guarded("reading suppressions from a FIFO", () => SuppressionFile.Load(fifo), fifo).Entries);
        }

        var report = Validator.Validate(ValidatorTests.Faulty(), ValidationOptions.Default.WithAsOf(Today));
        using (FileKinds.Fill(fifo, ReportOutput.Sarif(report)))
        {
            Assert.Equal(report.Diagnostics.Length, FileKinds.Guarded("reading a baseline from a FIFO", () => Baseline.Load(fifo), fifo).Entries.Length);
        }

        using (FileKinds.Fill(fifo, Encoding.UTF8.GetBytes("{\"language\": \"es\"}")))
        {
            Assert.Equal(Language.Spanish, FileKinds.Guarded("reading a configuration from a FIFO", () => ValidationConfiguration.Load(fifo), fifo).Language);
        }

        // A FIFO with no writer is read at once, as empty: an error, not a wait.
        var empty = FileKinds.Guarded("reading a baseline from a FIFO without a writer", () => Assert.Throws<BaselineFormatException>(() => Baseline.Load(fifo)), fifo);
        Assert.Contains("The document is empty", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_named_as_a_link_to_dev_zero_is_refused_at_its_limit()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var link = FileKinds.Link(At("zero.json"), "/dev/zero");
        var error = FileKinds.Guarded("reading a catalog from /dev/zero", () => Assert.Throws<CooperationJsonException>(() => CatalogDocument.Load(link, maxBytes: 1 << 20)));
        Assert.Contains("the limit is 1048576 bytes", error.Message, StringComparison.Ordinal);
        var asynchronous = FileKinds.Guarded("reading a catalog from /dev/zero asynchronously", () => Assert.ThrowsAsync<CooperationJsonException>(() => CatalogDocument.LoadAsync(link, null, 1 << 20)).GetAwaiter().GetResult());
        Assert.Contains("the limit is 1048576 bytes", asynchronous.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("zero")]
    [InlineData("other file")]
    [InlineData("longer")]
    public void A_catalog_swapped_after_loading_gives_no_lines_and_never_waits_or_reads_without_end(string swap)
    {
        if (!FileKinds.Supported && swap is "fifo" or "zero")
        {
            return;
        }

        var path = At("catalog.json");
        var json = ValidatorTests.FaultyTree().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(path, json);
        var document = CatalogDocument.Load(path);
        File.Delete(path);
        switch (swap)
        {
            case "fifo":
                FileKinds.Fifo(path);
                break;
            case "zero":
                FileKinds.Link(path, "/dev/zero");
                break;
            case "other file":
                // The same bytes, another file: its lines may not be the ones read.
                File.WriteAllText(path, json);
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-1));
                break;
            default:
                File.WriteAllText(path, json + "\n\n");
                break;
        }

        var report = FileKinds.Guarded($"lines of a catalog swapped for {swap}", () => Validator.Validate(document, ValidationOptions.Default.WithAsOf(Today)), path);
        Assert.NotEmpty(report.Diagnostics);
        Assert.All(report.Diagnostics, d => Assert.Null(d.Line));
    }

    [Fact]
    public void An_archived_copy_that_is_a_link_to_a_fifo_or_to_dev_zero_is_not_available_never_read()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var fifo = FileKinds.Fifo(At("pipe"));
        FileKinds.Link(At("to-pipe.txt"), fifo);
        FileKinds.Link(At("to-zero.txt"), "/dev/zero");
        Directory.CreateDirectory(At("folder.txt"));
        File.WriteAllText(At("real.txt"), "Las partes acordaron.");
        FileKinds.Link(At("to-real.txt"), "real.txt");
        var texts = SourceTexts.FromDirectory(_folder.Path);
        var looked = FileKinds.Guarded("looking up archived copies", () => new[] { "to-pipe.txt", "to-zero.txt", "folder.txt", "to-real.txt" }.Select(f => texts.Contains(f, "acordaron")).ToArray(), fifo);

        // Not available (COOP7007), not "the quote is not there" (COOP7006); a link to a regular file is read.
        Assert.Equal(new bool?[] { null, null, null, true }, looked);
    }
}
