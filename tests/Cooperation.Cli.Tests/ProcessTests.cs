using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;
using Xunit.Abstractions;

namespace Cooperation.Cli.Tests;

/// <summary>The tool as a process: real exit codes, real streams, real memory.</summary>
public sealed class ProcessTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchFolder _files = new("process");

    public void Dispose() => _files.Dispose();

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => ToolProcess.Run(null, null, args);

    [Fact]
    public void Version_and_help()
    {
        var version = Run("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("0.1.0", version.Output, StringComparison.Ordinal);

        foreach (var command in new[] { "check", "list", "list meetings", "show", "due", "countries find", "export" })
        {
            var help = Run([.. command.Split(' '), "--help"]);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains($"cooperation {command}", help.Output, StringComparison.Ordinal);
            Assert.Empty(help.Error);
        }
    }

    [Fact]
    public void Exit_codes_and_streams_of_a_real_process()
    {
        Assert.Equal(0, Run("check", "--as-of", "2026-11-27").ExitCode);
        Assert.Equal(1, Run("check", _files.Write("broken.json", Catalogs.WithError), "--as-of", "2025-06-01").ExitCode);

        var missing = Run("check", Path.Combine(_files.Path, "missing.json"), "--format", "json");
        Assert.Equal((2, string.Empty), (missing.ExitCode, missing.Output));
        Assert.EndsWith("missing.json: no such file.\n", missing.Error, StringComparison.Ordinal);

        var found = Run("countries", "find", "Honduras");
        Assert.Equal(0, found.ExitCode);
        Assert.StartsWith("HN\tHND\t340\tHonduras\tHonduras\n", found.Output, StringComparison.Ordinal);
        Assert.Equal(1, Run("countries", "find", "Hondura5").ExitCode);
    }

    [Fact]
    public void A_200_MB_catalog_is_checked_in_well_under_three_times_its_size_in_memory()
    {
        var path = Path.Combine(_files.Path, "large.json");
        var size = LargeCatalog.Write(path, 200L * 1000 * 1000);
        Assert.InRange(size, 200L * 1000 * 1000, 260L * 1000 * 1000);

        var clock = Stopwatch.StartNew();
        var result = Run("check", path, "--as-of", "2026-11-27", "--verbose");
        clock.Stop();
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.EndsWith("0 errors, 0 warnings, 0 infos\n", result.Output, StringComparison.Ordinal);

        // --verbose prints the process's peak working set (VmHWM on Linux) on its last line.
        var peak = double.Parse(Regex.Match(result.Error, @"peak working set: ([0-9.]+) MB").Groups[1].Value, CultureInfo.InvariantCulture) * 1024 * 1024;
        output.WriteLine($"{size / 1e6:0.0} MB file: peak working set {peak / 1e6:0.0} MB ({peak / size:0.00}x the file), {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(peak < 2.5 * size, $"The peak working set was {peak / size:0.00}x the file's size.");
    }
}
