using System;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Cli.Commands;
using Cooperation.Cli.Output;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

/// <summary>
/// Every path the tool writes (<c>check --write-baseline</c>, <c>export --output</c>, <c>fmt</c>) and the paths it reads
/// that the library does not (<c>fmt</c>'s two reads), given every kind of file: the run's own inputs under other
/// names, devices, FIFOs with and without a reader, links to them, links to nothing, read-only files, directories, a
/// file swapped between two looks, and names too long for a temporary name. No data is lost, nothing waits, and each
/// refusal says what and why.
/// </summary>
public sealed class FileKindTests : IDisposable
{
    private const string AsOf = "2025-06-01";

    private readonly ScratchFolder _files = new("cli-kinds");

    public void Dispose() => _files.Dispose();

    private string At(string name) => Path.Combine(_files.Path, name);

    private string[] Leftovers() => Directory.GetFiles(_files.Path, "*" + Replacement.Suffix, SearchOption.AllDirectories);

    private static byte[] Canonical(string json) => CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Write_baseline_never_writes_over_an_input_of_the_run_however_it_is_named()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var folder = Directory.CreateDirectory(At("team")).FullName;
        var catalog = _files.Write("team/catalog.json", Catalogs.WithError);
        var config = _files.Write("team/cooperation.config.json", "{\"root\": true, \"suppressions\": \"known.json\"}");
        var suppressions = _files.Write("team/known.json", """{"format": "cooperation-suppressions/1", "suppressions": []}""");
        var baseline = At("team/known.sarif");
        Assert.Equal(1, Tool.Run("check", catalog, "--as-of", AsOf, "--write-baseline", baseline).ExitCode);
        File.CreateSymbolicLink(At("team/link.json"), "catalog.json");
        FileKinds.HardLink(At("team/hard.json"), catalog);

        foreach (var (target, input) in new[]
        {
            (catalog, catalog),
            (Path.Combine(folder, "..", "team", ".", "catalog.json"), catalog),
            (At("team/link.json"), catalog),
            (At("team/hard.json"), catalog),
            (config, config),
            (suppressions, suppressions),
            (baseline, baseline),
        })
        {
            var before = File.ReadAllBytes(input);
            var result = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", baseline, "--write-baseline", target);
            Assert.True(result.ExitCode == 2, $"{target}: {result}");
            Assert.StartsWith($"cooperation: error: --write-baseline: {target}: is ", result.StandardError, StringComparison.Ordinal);
            Assert.Contains("it is not written over (name another file).", result.StandardError, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(input));
            Assert.Empty(result.StandardOutput);
        }

        Assert.Equal("catalog.json", new FileInfo(At("team/link.json")).LinkTarget);
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Export_never_writes_over_a_catalog_it_reads()
    {
        var catalog = _files.Write("catalog.json", Catalogs.Clean);
        var result = Tool.Run("export", "--format", "ics", "--catalog", catalog, "--output", catalog, "--force");
        Assert.Equal((2, $"cooperation: error: --output: {catalog}: is an input of this run; it is not written over (name another file).\n"), (result.ExitCode, result.StandardError));
        Assert.Equal(Catalogs.Clean, File.ReadAllText(catalog));
    }

    [Theory]
    [InlineData("--write-baseline")]
    [InlineData("--output")]
    public void A_device_is_written_in_place_and_stays_a_device(string option)
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var link = FileKinds.Link(At("null.out"), "/dev/null");
        foreach (var target in new[] { "/dev/null", link })
        {
            var result = Run(option, target);
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            Assert.Equal(Domain.Internal.FileKind.CharacterDevice, Domain.Internal.FileFacts.OfPath("/dev/null", followLinks: false)!.Value.Kind);
        }

        Assert.Equal("/dev/null", new FileInfo(link).LinkTarget);
    }

    [Theory]
    [InlineData("--write-baseline")]
    [InlineData("--output")]
    public void A_fifo_no_process_reads_is_an_error_at_once_and_one_that_is_read_gets_the_bytes(string option)
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var fifo = FileKinds.Fifo(At("out.fifo"));
        var unread = FileKinds.Guarded($"{option} to a FIFO without a reader", () => Run(option, fifo), fifo);
        Assert.Equal(2, unread.ExitCode);
        Assert.StartsWith($"cooperation: error: {option}: {fifo}: cannot be written: ", unread.StandardError, StringComparison.Ordinal);
        Assert.Contains("no process is reading", unread.StandardError, StringComparison.Ordinal);

        var reader = System.Threading.Tasks.Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Read);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });

        // The reader must have opened the FIFO before the writer looks: wait until it has (it is blocked in open).
        CliResult read;
        var attempts = 0;
        do
        {
            System.Threading.Thread.Sleep(50);
            read = FileKinds.Guarded($"{option} to a FIFO with a reader", () => Run(option, fifo), fifo);
        }
        while (read.ExitCode == 2 && ++attempts < 200);
        Assert.True(read.ExitCode is 0 or 1, read.ToString());
        Assert.StartsWith(option == "--output" ? "BEGIN:VCALENDAR" : "[", Encoding.UTF8.GetString(FileKinds.Finish(reader, "the FIFO's reader")), StringComparison.Ordinal);
        Assert.Equal(Domain.Internal.FileKind.Fifo, Domain.Internal.FileFacts.OfPath(fifo, followLinks: false)!.Value.Kind);
    }

    [Theory]
    [InlineData("--write-baseline")]
    [InlineData("--output")]
    public void Links_read_only_files_directories_and_links_to_nothing_are_handled_by_one_rule(string option)
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        // A link: its final target is replaced, the link stays a link.
        var target = _files.Write("target.out", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var link = FileKinds.Link(At("link.out"), "target.out");
        Assert.True(Run(option, link).ExitCode is 0 or 1);
        Assert.Equal("target.out", new FileInfo(link).LinkTarget);
        Assert.NotEqual("old", File.ReadAllText(target));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(target));

        // The same by a relative name, from the link's own folder: a bare link name resolves from its folder.
        File.WriteAllText(target, "old");
        var relative = option == "--output"
            ? ProcessIn(_files.Path, "export", "--format", "ics", "--as-of", "2026-11-27", "--output", "link.out", "--force")
            : ProcessIn(_files.Path, "check", _files.Write("relative.json", Catalogs.WithError), "--as-of", AsOf, "--write-baseline", "link.out");
        Assert.True(relative.ExitCode is 0 or 1, relative.Error);
        Assert.Equal("target.out", new FileInfo(link).LinkTarget);
        Assert.NotEqual("old", File.ReadAllText(target));

        // Read-only, even for root: refused, untouched.
        var readOnly = _files.Write("read-only.out", "keep");
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead);
        var refused = Run(option, readOnly);
        Assert.Equal((2, $"cooperation: error: {option}: {readOnly}: is read-only; it is not written (make it writable, or name another file).\n"), (refused.ExitCode, refused.StandardError));
        Assert.Equal("keep", File.ReadAllText(readOnly));

        var directory = Run(option, _files.Path);
        Assert.Equal((2, $"cooperation: error: {option}: {_files.Path}: is a directory; give a file name.\n"), (directory.ExitCode, directory.StandardError));

        var dangling = FileKinds.Link(At("dangling.out"), "nowhere.out");
        var nothing = Run(option, dangling);
        Assert.Equal((2, $"cooperation: error: {option}: {dangling}: is a symbolic link to a file that does not exist (nowhere.out).\n"), (nothing.ExitCode, nothing.StandardError));
        Assert.False(File.Exists(At("nowhere.out")));

        FileKinds.Link(At("loop-a"), "loop-b");
        FileKinds.Link(At("loop-b"), "loop-a");
        var loop = Run(option, At("loop-a"));
        Assert.Equal(2, loop.ExitCode);
        Assert.StartsWith($"cooperation: error: {option}: {At("loop-a")}: cannot be written: ", loop.StandardError, StringComparison.Ordinal);
        Assert.Empty(Leftovers());
    }

    [Theory]
    [InlineData("--write-baseline")]
    [InlineData("--output")]
    public void A_file_whose_name_is_as_long_as_names_go_is_written(string option)
    {
        var name = new string('n', 240) + ".out";
        var result = Run(option, At(name));
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.True(new FileInfo(At(name)).Length > 0);
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Fmt_formats_a_file_whose_name_is_214_bytes_or_longer()
    {
        foreach (var length in new[] { 214, 250 })
        {
            var file = _files.Write(new string('c', length - 5) + ".json", Catalogs.Clean);
            var result = Tool.Run("fmt", file);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(Canonical(Catalogs.Clean), File.ReadAllBytes(file));
        }

        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Fmt_on_a_file_that_becomes_a_fifo_or_a_link_to_dev_zero_before_it_is_written_stops_without_waiting()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        foreach (var swap in new[] { "fifo", "zero" })
        {
            var file = _files.Write($"{swap}.json", Catalogs.Clean);
            var result = FileKinds.Guarded($"fmt on a file swapped for {swap}", () => Run(new FmtHooks(BeforeCheck: path =>
            {
                File.Delete(path);
                if (swap == "fifo")
                {
                    FileKinds.Fifo(path);
                }
                else
                {
                    FileKinds.Link(path, "/dev/zero");
                }
            }), "fmt", file), file);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"cooperation: error: {file}: changed since it was read; nothing was written (run fmt again).\n", result.StandardError);
            Assert.Equal(swap == "fifo" ? Domain.Internal.FileKind.Fifo : Domain.Internal.FileKind.SymbolicLink, Domain.Internal.FileFacts.OfPath(file, followLinks: false)!.Value.Kind);
        }

        Assert.Empty(Leftovers());
        Assert.Equal(Domain.Internal.FileKind.CharacterDevice, Domain.Internal.FileFacts.OfPath("/dev/zero", followLinks: false)!.Value.Kind);
    }

    [Fact]
    public void Fmt_on_a_pipe_says_it_is_a_pipe()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var result = Process("fmt", "/dev/stdin");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("cooperation: error: /dev/stdin: is a FIFO or pipe, not a regular file; fmt rewrites catalog files only.\n", result.Error);
    }

    [Fact]
    public void A_baseline_and_suppressions_from_a_pipe_are_read()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var catalog = _files.Write("catalog.json", Catalogs.WithError);
        var baseline = At("known.sarif");
        Assert.Equal(1, Tool.Run("check", catalog, "--as-of", AsOf, "--write-baseline", baseline).ExitCode);

        // cat known.sarif | cooperation check catalog.json --baseline /dev/stdin: the known error is not new.
        var piped = Process(File.ReadAllBytes(baseline), "check", catalog, "--as-of", AsOf, "--baseline", "/dev/stdin");
        Assert.True(piped.ExitCode == 0, piped.Error);
        var suppressions = """{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP2001", "path": "mechanisms[mx-ca-talks]", "justification": "As the source says."}]}""";
        var suppressed = Process(Encoding.UTF8.GetBytes(suppressions), "check", catalog, "--as-of", AsOf, "--suppressions", "/dev/stdin");
        Assert.True(suppressed.ExitCode == 0, suppressed.Error + suppressed.Output);
    }

    [Fact]
    public void Check_with_a_fifo_named_as_the_configuration_found_upward_is_an_error_never_a_wait()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        Directory.CreateDirectory(At("data"));
        var catalog = _files.Write("data/catalog.json", Catalogs.Clean);
        var fifo = FileKinds.Fifo(At("cooperation.config.json"));
        var result = FileKinds.Guarded("check with a FIFO configuration above", () => Tool.Run("check", catalog, "--as-of", AsOf), fifo);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"\"{fifo}\" is a FIFO or pipe, not a regular file", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_refuses_a_link_to_a_fifo_or_a_device_at_once_and_reads_the_other_files()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var text = _files.Write("text.txt", "Ciudad de México, 13 de mayo de 2021. Hoy se reunieron México y Guatemala.");
        var fifo = FileKinds.Fifo(At("fifo"));
        var toFifo = FileKinds.Link(At("to-fifo.txt"), fifo);
        var toZero = FileKinds.Link(At("to-zero.txt"), "/dev/zero");
        var result = FileKinds.Guarded("extract of links to a FIFO and a device", () => Tool.Run("extract", text, toFifo, toZero, text, "--format", "jsonl"), fifo);
        Assert.Equal(2, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("{\"mentions\"", lines[0], StringComparison.Ordinal);
        Assert.Contains($"{toFifo}: is empty, or not a regular file (a FIFO, a device)", lines[1], StringComparison.Ordinal);
        Assert.Contains($"{toZero}: is empty, or not a regular file (a FIFO, a device)", lines[2], StringComparison.Ordinal);
        Assert.Equal(lines[0], lines[3]);
    }

    // A run that writes FILE through OPTION: check's baseline, or export's output.
    private CliResult Run(string option, string file)
    {
        if (option == "--output")
        {
            return Tool.Run("export", "--format", "ics", "--as-of", "2026-11-27", "--output", file, "--force");
        }

        var catalog = At("input.json");
        if (!File.Exists(catalog))
        {
            File.WriteAllText(catalog, Catalogs.WithError);
        }

        return Tool.Run("check", catalog, "--as-of", AsOf, "--write-baseline", file);
    }

    private static CliResult Run(FmtHooks hooks, params string[] args)
    {
        FmtCommand.Hooks.Value = hooks;
        try
        {
            return Tool.Run(args);
        }
        finally
        {
            FmtCommand.Hooks.Value = null;
        }
    }

    private static (int ExitCode, string Output, string Error) Process(params string[] args) => ToolProcess.Run(null, null, args);

    private static (int ExitCode, string Output, string Error) Process(byte[]? input, params string[] args) => ToolProcess.Run(null, input, args);

    private static (int ExitCode, string Output, string Error) ProcessIn(string folder, params string[] args) => ToolProcess.Run(folder, null, args);
}
