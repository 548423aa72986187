using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Cooperation.Cli.Commands;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

/// <summary><c>cooperation fmt</c>: canonical in place, never a byte lost, nothing written on any error.</summary>
public sealed class FmtCommandTests : IDisposable
{
    private readonly ScratchFolder _files = new("fmt");

    public void Dispose() => _files.Dispose();

    private static string Root() => typeof(FmtCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Every catalog document the repository holds: the library's, its tests' fixtures and snapshots.</summary>
    private static List<string> Fixtures()
    {
        var root = Root();
        return new[] { Path.Combine(root, "src", "Cooperation.Domain"), Path.Combine(root, "tests") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(f => File.ReadAllText(f).Contains("\"cooperation-catalog/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static byte[] Canonical(byte[] json) => CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(json));

    private static byte[] Canonical(string json) => Canonical(Encoding.UTF8.GetBytes(json));

    private string Path2(string name) => Path.Combine(_files.Path, name);

    // What a file is: its bytes and its write time (a file rewritten with the same bytes gets a new one).
    private static (string Text, DateTime Written) Snapshot(string path) => (Convert.ToBase64String(File.ReadAllBytes(path)), File.GetLastWriteTimeUtc(path));

    private string[] Leftovers() => Directory.GetFiles(_files.Path, "*" + Cooperation.Cli.Output.Replacement.Suffix, SearchOption.AllDirectories);

    [Fact]
    public void Every_fixture_of_the_repository_is_formatted_and_reads_back_as_the_same_catalog()
    {
        var fixtures = Fixtures();
        Assert.True(fixtures.Count >= 5, string.Join(", ", fixtures));
        Assert.Contains(fixtures, f => f.EndsWith("reference-catalog.json", StringComparison.Ordinal));
        Assert.Contains(fixtures, f => f.EndsWith(".format1.json", StringComparison.Ordinal));

        // Copies under names of their own, and the CLI's own catalogs.
        var copies = fixtures.Select((f, i) => _files.Write($"{i}-{Path.GetFileName(f)}", File.ReadAllBytes(f))).ToList();
        copies.Add(_files.Write("clean.json", Catalogs.Clean));
        copies.Add(_files.Write("with-error.json", Catalogs.WithError));
        var before = copies.ToDictionary(c => c, File.ReadAllBytes);

        var result = Tool.Run(["fmt", .. copies]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.StandardError);
        var formatted = before.Count(b => !b.Value.AsSpan().SequenceEqual(Canonical(b.Value)));
        Assert.True(formatted >= 5, "the format 1 fixtures and the CLI's catalogs are not canonical");
        Assert.Equal($"{formatted} files formatted, {copies.Count - formatted} already canonical", result.OutputLines[^1]);
        foreach (var copy in copies)
        {
            var after = File.ReadAllBytes(copy);
            Assert.Equal(Canonical(before[copy]), after);
            Assert.Equal(Canonical(after), after);
            var upgraded = Encoding.UTF8.GetString(before[copy]).Contains("\"cooperation-catalog/1\"", StringComparison.Ordinal);
            var line = result.OutputLines.SingleOrDefault(l => l.StartsWith($"formatted: {copy}", StringComparison.Ordinal));
            Assert.Equal(before[copy].AsSpan().SequenceEqual(after) ? null : $"formatted: {copy}{(upgraded ? " (format 1 upgraded to format 2)" : string.Empty)}", line);
        }

        // Idempotent: the second run finds nothing to do and touches nothing.
        var stamps = copies.ToDictionary(c => c, Snapshot);
        var again = Tool.Run(["fmt", .. copies]);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal([$"0 files formatted, {copies.Count} already canonical"], again.OutputLines);
        Assert.All(copies, c => Assert.Equal(stamps[c], Snapshot(c)));
        Assert.Equal(0, Tool.Run(["fmt", "--check", .. copies]).ExitCode);
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Reordered_members_and_entities_other_indentation_crlf_and_escaped_text_become_canonical()
    {
        var canonical = Canonical(Catalogs.Clean);
        var variant = Variant(canonical);
        Assert.NotEqual(canonical, variant);
        Assert.Contains("\\u00E9", Encoding.UTF8.GetString(variant), StringComparison.Ordinal); // "Pérez", escaped
        Assert.Contains("\r\n\t", Encoding.UTF8.GetString(variant), StringComparison.Ordinal);
        var file = _files.Write("variant.json", variant);

        var check = Tool.Run("fmt", "--check", file);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal([$"not canonical: {file} (line 1)", "1 file not canonical, 0 canonical"], check.OutputLines);
        Assert.Equal(variant, File.ReadAllBytes(file));

        var result = Tool.Run("fmt", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"formatted: {file}", "1 file formatted, 0 already canonical"], result.OutputLines);
        Assert.Equal(canonical, File.ReadAllBytes(file));
    }

    // The same catalog written otherwise: every object's members in reverse order ("format" still first), every
    // collection's entries in reverse order, tabs, CRLF, non-ASCII letters escaped, a byte-order mark.
    private static byte[] Variant(byte[] canonical)
    {
        static JsonNode? Reverse(JsonNode? node) => node switch
        {
            JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reverse(p.Value)))),
            JsonArray a => new JsonArray([.. a.Select(Reverse)]),
            _ => node?.DeepClone(),
        };

        var root = (JsonObject)JsonNode.Parse(canonical)!;
        var reversed = new JsonObject(root.Take(1).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))
            .Concat(root.Skip(1).Reverse().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonArray([.. ((JsonArray)p.Value!).Reverse().Select(Reverse)])))));
        var text = reversed.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentCharacter = '\t', IndentSize = 1, Encoder = JavaScriptEncoder.Default });
        return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))];
    }

    [Fact]
    public void Check_lists_the_files_that_are_not_canonical_exits_1_and_writes_nothing()
    {
        var canonical = _files.Write("canonical.json", Canonical(Catalogs.Clean));
        var format1 = _files.Write("format1.json", Catalogs.Clean);
        var indented = _files.Write("indented.json", Encoding.UTF8.GetString(Canonical(Catalogs.Clean)).Replace("\n      \"kind\"", "\n   \"kind\"", StringComparison.Ordinal));
        var stamps = new[] { canonical, format1, indented }.Select(Snapshot).ToArray();

        var result = Tool.Run("fmt", "--check", canonical, format1, indented);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StandardError);
        Assert.Equal(
            [
                $"not canonical: {format1} (line 2; format 1, which fmt upgrades to format 2)",
                $"not canonical: {indented} (line {FmtCommand.FirstDifferentLine(File.ReadAllBytes(indented), File.ReadAllBytes(canonical))})",
                "2 files not canonical, 1 canonical",
            ],
            result.OutputLines);
        Assert.Equal(stamps, new[] { canonical, format1, indented }.Select(Snapshot));

        var clean = Tool.Run("fmt", "--check", canonical);
        Assert.Equal((0, "0 files not canonical, 1 canonical\n"), (clean.ExitCode, clean.Output));

        // An unreadable file is an error with --check too.
        var broken = _files.Write("broken.json", "{\"format\": \"cooperation-catalog/2\", \"colour\": 1}");
        var error = Tool.Run("fmt", "--check", canonical, broken);
        Assert.Equal(2, error.ExitCode);
        Assert.Empty(error.StandardOutput);
    }

    [Fact]
    public void Format_1_is_upgraded_to_format_2_and_says_so()
    {
        var file = _files.Write("catalog.json", Catalogs.Clean);
        var result = Tool.Run("fmt", file);
        Assert.Equal([$"formatted: {file} (format 1 upgraded to format 2)", "1 file formatted, 0 already canonical"], result.OutputLines);
        Assert.StartsWith("{\n  \"format\": \"cooperation-catalog/2\",\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(Canonical(Catalogs.Clean), File.ReadAllBytes(file));
    }

    [Fact]
    public void A_file_that_cannot_be_read_among_good_ones_writes_nothing_to_any()
    {
        var good = new[] { _files.Write("a.json", Catalogs.Clean), _files.Write("b.json", Catalogs.WithError) };
        var broken = _files.Write("broken.json", Catalogs.Clean.Replace("\"kind\": \"talks\",", "\"kind\": \"talks\", \"colour\": \"red\",", StringComparison.Ordinal));
        var stamps = good.Select(Snapshot).ToArray();

        var result = Tool.Run("fmt", good[0], broken, good[1], Path2("missing.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        // The message is check's: the file, the line, the reason and the JSON path.
        var reported = Tool.Run("check", broken).StandardError;
        Assert.StartsWith($"cooperation: error: {broken}:10: Unknown member \"colour\" in a Mechanism.", reported, StringComparison.Ordinal);
        Assert.EndsWith(" (at $.mechanisms[0].colour)\n", reported, StringComparison.Ordinal);
        Assert.Equal(reported + $"cooperation: error: {Path2("missing.json")}: no such file.\n", result.StandardError);
        Assert.Equal(stamps, good.Select(Snapshot));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_directory_is_an_error_naming_it_and_nothing_is_written()
    {
        var file = _files.Write("a.json", Catalogs.Clean);
        var folder = Directory.CreateDirectory(Path2("catalogs")).FullName;
        var stamp = Snapshot(file);
        var result = Tool.Run("fmt", file, folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Equal($"cooperation: error: {folder}: is a directory; give catalog files.\n", result.StandardError);
        Assert.Equal(stamp, Snapshot(file));
    }

    [Fact]
    public void A_read_only_file_is_refused_before_any_file_is_written()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Refused even for root, who could write it: the rename would replace it regardless of its permissions, and
        // a file nobody may write says it is not to be changed.
        var writable = _files.Write("a.json", Catalogs.Clean);
        var readOnly = _files.Write("b.json", Catalogs.Clean);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var stamps = new[] { writable, readOnly }.Select(Snapshot).ToArray();

        var result = Tool.Run("fmt", writable, readOnly);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Equal($"cooperation: error: {readOnly}: is read-only; it is not written (make it writable, or name another file).\n", result.StandardError);
        Assert.Equal(stamps, new[] { writable, readOnly }.Select(Snapshot));
        Assert.Empty(Leftovers());

        // A read-only file that is already canonical is no error: nothing is to be written to it.
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllBytes(readOnly, Canonical(Catalogs.Clean));
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead);
        Assert.Equal(0, Tool.Run("fmt", readOnly).ExitCode);
        Assert.Equal(0, Tool.Run("fmt", "--check", readOnly).ExitCode);
    }

    [Fact]
    public void A_file_without_write_permission_for_this_user_is_refused()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // Root may open any file for writing: the permission bits are all that tell (the test above).
            return;
        }

        var file = _files.Write("a.json", Catalogs.Clean);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupWrite | UnixFileMode.GroupRead);
        var stamp = Snapshot(file);
        var result = Tool.Run("fmt", file);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"cooperation: error: {file}: cannot be written: ", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(stamp, Snapshot(file));
    }

    [Fact]
    public void The_file_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var file = _files.Write("a.json", Catalogs.Clean);
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(file, Mode);
        Assert.Equal(0, Tool.Run("fmt", file).ExitCode);
        Assert.Equal(Mode, File.GetUnixFileMode(file));
        Assert.Equal(Canonical(Catalogs.Clean), File.ReadAllBytes(file));
    }

    [Fact]
    public void A_symbolic_link_is_followed_its_target_is_rewritten_and_the_link_stays_a_link()
    {
        var folder = Directory.CreateDirectory(Path2("real")).FullName;
        var target = Path.Combine(folder, "target.json");
        File.WriteAllText(target, Catalogs.Clean);
        var link = Path2("link.json");
        File.CreateSymbolicLink(link, Path.Combine("real", "target.json"));
        var chain = Path2("chain.json");
        File.CreateSymbolicLink(chain, "link.json");

        var check = Tool.Run("fmt", "--check", chain);
        Assert.Equal([$"not canonical: {chain} (line 2; format 1, which fmt upgrades to format 2)", "1 file not canonical, 0 canonical"], check.OutputLines);

        // The link, the link to it and the target name one file: it is formatted once.
        var result = Tool.Run("fmt", chain, link, target);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$"formatted: {chain} (format 1 upgraded to format 2)", "1 file formatted, 0 already canonical"], result.OutputLines);
        Assert.Equal(Path.Combine("real", "target.json"), new FileInfo(link).LinkTarget);
        Assert.Equal("link.json", new FileInfo(chain).LinkTarget);
        Assert.Equal(Canonical(Catalogs.Clean), File.ReadAllBytes(target));
        Assert.Empty(Leftovers());

        // A link to nothing, and a link to a folder.
        var dangling = Path2("dangling.json");
        File.CreateSymbolicLink(dangling, "nowhere.json");
        var missing = Tool.Run("fmt", dangling);
        Assert.Equal((2, $"cooperation: error: {dangling}: is a symbolic link to a file that does not exist (nowhere.json).\n"), (missing.ExitCode, missing.StandardError));
        var toFolder = Path2("folder.json");
        File.CreateSymbolicLink(toFolder, "real");
        Assert.Equal($"cooperation: error: {toFolder}: is a directory; give catalog files.\n", Tool.Run("fmt", toFolder).StandardError);
    }

    [Fact]
    public void A_file_changed_after_it_was_read_is_not_overwritten_and_nothing_is_written()
    {
        var first = _files.Write("a.json", Catalogs.Clean);
        var second = _files.Write("b.json", Catalogs.Clean);
        var changed = Catalogs.Clean.Replace("Ana Pérez", "Ana María Pérez", StringComparison.Ordinal);
        var stamp = Snapshot(first);

        // The second file is edited while the first one's new content is ready to replace it.
        var result = Run(new FmtHooks(BeforeCheck: path =>
        {
            if (path == second)
            {
                File.WriteAllText(second, changed);
            }
        }), "fmt", first, second);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Equal($"cooperation: error: {second}: changed since it was read; nothing was written (run fmt again).\n", result.StandardError);
        Assert.Equal(stamp, Snapshot(first));
        Assert.Equal(changed, File.ReadAllText(second));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_file_changed_just_before_it_is_replaced_keeps_the_change_and_the_error_names_what_was_written()
    {
        var first = _files.Write("a.json", Catalogs.Clean);
        var second = _files.Write("b.json", Catalogs.Clean);
        var changed = Catalogs.Clean + "\n";

        var result = Run(new FmtHooks(BeforeRename: path =>
        {
            if (path == second)
            {
                File.WriteAllText(second, changed);
            }
        }), "fmt", first, second);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Equal($"cooperation: error: {second}: changed since it was read; it was not written (already formatted: {first}; run the command again).\n", result.StandardError);
        Assert.Equal(Canonical(Catalogs.Clean), File.ReadAllBytes(first));
        Assert.Equal(changed, File.ReadAllText(second));
        Assert.Empty(Leftovers());
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

    [Fact]
    public void An_empty_file_and_a_missing_one_are_errors()
    {
        var empty = _files.Write("empty.json", string.Empty);
        var result = Tool.Run("fmt", empty);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"cooperation: error: {empty}:1: The document is empty or holds only white space: there is no JSON in it.", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, Tool.Run("fmt").ExitCode);
    }

    [Fact]
    public async Task A_FIFO_is_never_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path2("pipe.json");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a FIFO for reading waits for a writer: a run that opened it would not return.
        var run = Task.Run(() => Tool.Run("fmt", fifo));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(run, finished);
        Assert.Equal(2, (await run).ExitCode);
        Assert.Contains("not a regular file", (await run).StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n\"a\": 1,\nX", "{\n\"a\": 1,\nY", 3)]
    [InlineData("{\r\n\"a\": 1,\r\nX", "{\r\n\"a\": 1,\r\nY", 3)]
    [InlineData("{\r\"a\": 1,\rX", "{\r\"a\": 1,\rY", 3)]
    [InlineData("X", "Y", 1)]
    public void The_first_different_line_is_counted_as_check_counts_lines(string original, string canonical, int line)
        => Assert.Equal(line, FmtCommand.FirstDifferentLine(System.Text.Encoding.UTF8.GetBytes(original), System.Text.Encoding.UTF8.GetBytes(canonical)));
}
