using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

public sealed class MergeCommandTests : IDisposable
{
    private static readonly string Root = typeof(MergeCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    // The realistic draft of communiqué No. 176 (see the library's MergeReferenceTests).
    private static readonly string Draft = File.ReadAllText(Path.Combine(Root, "tests", "Cooperation.Domain.Tests", "Merge", "draft-sre-176.json"));

    private readonly ScratchFolder _files = new("merge");

    public void Dispose() => _files.Dispose();

    /// <summary>The reference catalog before communiqué No. 176 was read: without its mid-term meeting and its two heads of delegation.</summary>
    private string Before() => _files.Write("before.json", CooperationJson.WriteCatalog(ReferenceCatalog.Default
        .Without(MeetingId.Parse("mx-us-consular-dialogue-2023-04"))
        .Without(PersonId.Parse("vanessa-calva-ruiz"))
        .Without(PersonId.Parse("daria-darnell"))));

    private static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    [Fact]
    public void The_merged_catalog_goes_to_standard_output_the_report_to_standard_error_and_it_passes_check()
    {
        var before = Before();
        var draft = _files.Write("draft.json", Draft);
        var result = Tool.Run("merge", before, draft);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\n  \"format\": \"cooperation-catalog/2\",", result.Output, StringComparison.Ordinal);
        var lines = result.StandardError.Split('\n');
        Assert.Equal($"{draft}", lines[0]);
        Assert.Contains("  added meeting meetings[mx-us-consular-dialogue-2023-04-17]", lines);
        Assert.Contains("1 draft: 3 added, 1 enriched, 3 reused; 0 conflicts, 0 unresolved.", lines);

        // Canonical, and it passes check with the seed documents; the diff is the review of what the draft added.
        var merged = _files.Write("merged.json", result.StandardOutput);
        Assert.Equal(0, Tool.Run("fmt", "--check", merged).ExitCode);
        Assert.True(Directory.Exists(Seeds), $"The seed documents are not at {Seeds}.");
        var check = Tool.Run("check", merged, "--as-of", "2026-11-27", "--sources", Seeds, "--min-severity", "error");
        Assert.True(check.ExitCode == 0, check.ToString());
        var diff = Tool.Run("diff", before, merged);
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("meetings[mx-us-consular-dialogue-2023-04-17]: added meeting", diff.OutputLines);
        Assert.Contains("people[daria-darnell]: added person", diff.OutputLines);
        Assert.DoesNotContain(diff.OutputLines, l => l.Contains(": removed ", StringComparison.Ordinal) || l.Contains(": changed ", StringComparison.Ordinal));
        Assert.Equal("1 entity changed, 3 added, 0 removed (4 changes).", diff.OutputLines[^1]);
    }

    [Fact]
    public void Conflicts_left_unresolved_exit_1_and_the_catalog_is_still_written_unless_the_draft_is_preferred()
    {
        var catalog = _files.Write("catalog.json", CooperationJson.WriteCatalog(ReferenceCatalog.Default));
        var draft = _files.Write("draft.json", Draft);
        var output = Path.Combine(_files.Path, "merged.json");
        var result = Tool.Run("merge", catalog, draft, "--output", output);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains("  conflict meetings[mx-us-consular-dialogue-2023-04].delegations[MX].participants[0].institution: the catalog has \"mx-sre-dgpcpe\", the draft \"mx-sre\"; kept the catalog's", result.StandardError.Split('\n'));
        Assert.Equal("mx-sre-dgpcpe", CatalogDocument.Load(output).Catalog.GetMeeting(MeetingId.Parse("mx-us-consular-dialogue-2023-04")).Delegations[0].Participants[0].Institution!.Value.Value);

        var preferred = Tool.Run("merge", catalog, draft, "--output", output, "--prefer", "draft", "--format", "json");
        Assert.Equal(0, preferred.ExitCode);
        using var report = JsonDocument.Parse(preferred.StandardError);
        Assert.Equal("cooperation-merge/1", report.RootElement.GetProperty("format").GetString());
        Assert.Equal("took-draft", report.RootElement.GetProperty("conflicts")[0].GetProperty("resolution").GetString());
        Assert.Equal("mx-sre", CatalogDocument.Load(output).Catalog.GetMeeting(MeetingId.Parse("mx-us-consular-dialogue-2023-04")).Delegations[0].Participants[0].Institution!.Value.Value);

        var markdown = Tool.Run("merge", catalog, draft, "--format", "markdown");
        Assert.StartsWith("**Catalog merge:** 1 draft: 0 added, 1 enriched, 6 reused; 1 conflict, 1 unresolved.\n", markdown.StandardError, StringComparison.Ordinal);

        // No temporary file is left beside the output.
        Assert.Equal(["catalog.json", "draft.json", "merged.json"], Directory.GetFiles(_files.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_output_is_never_an_input_whatever_its_spelling()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // hard links are told apart by statx, on Linux
        }

        var catalog = _files.Write("catalog.json", CooperationJson.WriteCatalog(ReferenceCatalog.Default));
        var draft = _files.Write("draft.json", Draft);
        var bytes = File.ReadAllBytes(catalog);
        var link = Path.Combine(_files.Path, "link.json");
        File.CreateSymbolicLink(link, catalog);
        var hard = Path.Combine(_files.Path, "hard.json");
        Link(catalog, hard);
        var other = Path.Combine(_files.Path, ".", "sub", "..", "draft.json");
        Directory.CreateDirectory(Path.Combine(_files.Path, "sub"));
        foreach (var (output, input) in new[] { (catalog, catalog), (link, catalog), (hard, catalog), (other, draft) })
        {
            var result = Tool.Run("merge", catalog, draft, "-o", output);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Empty(result.StandardOutput);
            var same = output == input ? "an input of this run" : $"the same file as {input}, an input of this run";
            Assert.Equal($"cooperation: error: --output: {output}: is {same}; it is not written over (name another file).\n", result.StandardError);
        }

        Assert.Equal(bytes, File.ReadAllBytes(catalog));
        Assert.Equal(Draft, File.ReadAllText(draft));
    }

    [Fact]
    public void An_output_that_is_a_directory_a_fifo_no_one_reads_or_read_only_or_in_no_folder_is_refused_and_nothing_is_written()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs and Unix permission bits
        }

        var catalog = _files.Write("catalog.json", CooperationJson.WriteCatalog(ReferenceCatalog.Default));
        var draft = _files.Write("draft.json", Draft);
        var readOnly = _files.Write("read-only.json", "{}");
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead);
        var fifo = Path.Combine(_files.Path, "fifo");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var missing = Path.Combine(_files.Path, "no-such-folder", "merged.json");
        foreach (var (output, message) in new[]
        {
            (_files.Path, $"--output: {_files.Path}: is a directory; give a file name."),
            (fifo, $"--output: {fifo}: cannot be written: "),
            (readOnly, $"--output: {readOnly}: is read-only; it is not written (make it writable, or name another file)."),
            (missing, $"--output: {missing}: cannot be written: the folder {Path.GetDirectoryName(missing)} does not exist."),
        })
        {
            // The tool's one way of writing a file (WriteTarget): the same refusals as export --output and --write-baseline;
            // a FIFO is written in place, opened without waiting, so one that no process reads is an error at once.
            var result = Tool.Run("merge", catalog, draft, "--output", output);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.StartsWith($"cooperation: error: {message}", result.StandardError, StringComparison.Ordinal);
            Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Empty(result.StandardOutput);
        }

        Assert.Equal("{}", File.ReadAllText(readOnly));
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void A_link_as_output_is_followed_and_stays_a_link()
    {
        var catalog = _files.Write("catalog.json", CooperationJson.WriteCatalog(ReferenceCatalog.Default));
        var draft = _files.Write("draft.json", Draft);
        var target = _files.Write("target.json", "old");
        var link = Path.Combine(_files.Path, "out.json");
        File.CreateSymbolicLink(link, target);
        Assert.Equal(1, Tool.Run("merge", catalog, draft, "-o", link).ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("{\n  \"format\": \"cooperation-catalog/2\"", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_of_format_1_with_repeated_identifiers_or_references_to_nothing_are_refused_naming_file_and_line_where_there_is_one()
    {
        var catalog = Before();
        var format1 = _files.Write("old.json", Catalogs.Clean);
        var result = Tool.Run("merge", catalog, format1);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.StartsWith($"cooperation: error: {format1}: a draft must be of format 2 (cooperation-catalog/2), as extract writes it; this one is of format 1.", result.StandardError, StringComparison.Ordinal);

        var twice = _files.Write("twice.json", Draft.Replace("\"id\": \"daria-darnell\"", "\"id\": \"vanessa-calva-ruiz\"", StringComparison.Ordinal));
        result = Tool.Run("merge", catalog, twice);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"cooperation: error: {twice}:34: The draft has 2 people with the identifier vanessa-calva-ruiz (people[vanessa-calva-ruiz], COOP1001); each entity of a draft needs an identifier of its own.\n", result.StandardError);

        var dangling = _files.Write("dangling.json", Draft.Replace("\"mechanism\": \"mx-us-consular-dialogue\",\n      \"end\"", "\"mechanism\": \"mx-us-dialogo\",\n      \"end\"", StringComparison.Ordinal));
        result = Tool.Run("merge", catalog, dangling);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"cooperation: error: {dangling}:51: meetings[mx-us-consular-dialogue-2023-04-17].mechanism refers to the mechanism mx-us-dialogo, which neither the draft nor the catalog has", result.StandardError, StringComparison.Ordinal);

        // Each unreadable input is reported, and nothing is written.
        var broken = _files.Write("broken.json", "{\"format\": \"cooperation-catalog/2\",");
        var missing = Path.Combine(_files.Path, "missing.json");
        result = Tool.Run("merge", catalog, broken, missing, "-o", Path.Combine(_files.Path, "out.json"));
        Assert.Equal(2, result.ExitCode);
        var errors = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith($"cooperation: error: {broken}:", errors[0], StringComparison.Ordinal);
        Assert.Contains("The document ends before its JSON is complete", errors[0], StringComparison.Ordinal);
        Assert.Equal($"cooperation: error: {missing}: no such file.", errors[1]);
        Assert.False(File.Exists(Path.Combine(_files.Path, "out.json")));
        Assert.Equal(2, Tool.Run("merge", catalog).ExitCode);
        Assert.Equal(2, Tool.Run("merge", catalog, _files.Path).ExitCode);
        Assert.Equal(2, Tool.Run("merge", catalog, twice, "--prefer", "both").ExitCode);
    }

    [Fact]
    public void An_empty_draft_gives_the_catalog_and_the_same_draft_twice_merges_as_once()
    {
        var catalog = Before();
        var empty = _files.Write("empty.json", "{\"format\": \"cooperation-catalog/2\"}");
        var result = Tool.Run("merge", catalog, empty);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(catalog), result.StandardOutput);
        Assert.Contains("  (an empty draft: nothing to merge)", result.StandardError.Split('\n'));

        var draft = _files.Write("draft.json", Draft);
        var once = Tool.Run("merge", catalog, draft);
        var twice = Tool.Run("merge", catalog, draft, draft);
        Assert.Equal((0, 0), (once.ExitCode, twice.ExitCode));
        Assert.Equal(once.StandardOutput, twice.StandardOutput);
    }

    private static void Link(string existing, string link)
    {
        using var ln = Process.Start(new ProcessStartInfo("ln", [existing, link]) { RedirectStandardError = true })!;
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }
}
