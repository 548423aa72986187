using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

/// <summary>
/// The README's "In your CI" section, run as written by bash in two clones of a small data repository, in different
/// folders and from different working directories: the baseline one clone writes is what the other reads.
/// </summary>
public sealed class ReadmeWorkflowTests : IDisposable
{
    private readonly ScratchFolder _files = new("readme-ci");

    public void Dispose() => _files.Dispose();

    private static string Readme() => File.ReadAllText(Path.Combine(DocumentationTests.Root(), "README.md"));

    // The lines of the README's fenced bash block that follows the heading.
    private static string[] Block(string heading)
    {
        var readme = Readme();
        var start = readme.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section {heading}");
        var open = readme.IndexOf("```bash\n", start, StringComparison.Ordinal) + "```bash\n".Length;
        var close = readme.IndexOf("```", open, StringComparison.Ordinal);
        return readme[open..close].Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed record Shell(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    // Runs one line with bash in a folder, the tool on PATH as "cooperation" (the README's install puts it there).
    private Shell Bash(string folder, string line)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("set -o pipefail; " + line);
        start.Environment["PATH"] = Shim() + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Shell(process.ExitCode, stdout.Result, stderr.Result);
    }

    // A "cooperation" command that runs this build of the tool.
    private string Shim()
    {
        var folder = Path.Combine(_files.Path, "bin");
        var script = Path.Combine(folder, "cooperation");
        if (!File.Exists(script))
        {
            Directory.CreateDirectory(folder);
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            File.WriteAllText(script, $"#!/bin/sh\nexec '{dotnet}' '{Path.Combine(AppContext.BaseDirectory, "cooperation.dll")}' \"$@\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return folder;
    }

    private Shell Git(string folder, string arguments)
    {
        var result = Bash(folder, "git -c user.name=test -c user.email=test@example.org -c init.defaultBranch=main " + arguments);
        Assert.True(result.ExitCode == 0, $"git {arguments}: {result}");
        return result;
    }

    // The data repository the section describes: the two settings files as the README shows them, and two catalogs in
    // canonical form, one with an error and a planned meeting long past (which the suppressions file accepts).
    private string DataRepository(string[] block)
    {
        var origin = Directory.CreateDirectory(Path.Combine(_files.Path, "origin")).FullName;
        Directory.CreateDirectory(Path.Combine(origin, "data", "catalogs"));
        var shown = 0;
        foreach (var line in block)
        {
            var cat = Regex.Match(line, @"^cat (\S+) +# (.+)$");
            if (cat.Success)
            {
                File.WriteAllText(Path.Combine(origin, cat.Groups[1].Value), cat.Groups[2].Value + "\n");
                shown++;
            }
        }

        Assert.Equal(2, shown);
        var planned = """
            {"id": "talks-2", "kind": "ordinary", "status": "planned", "start": "2025-06", "mechanism": "mx-ca-talks"}
            """;
        File.WriteAllText(Path.Combine(origin, "data", "catalogs", "catalog.json"), Catalogs.WithError.Replace("\"sources\": [\"s1\"]\n    }\n  ]\n}", "\"sources\": [\"s1\"]\n    },\n    " + planned + "\n  ]\n}", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(origin, "data", "catalogs", "other.json"), Catalogs.Clean);
        Assert.Contains("talks-2", File.ReadAllText(Path.Combine(origin, "data", "catalogs", "catalog.json")), StringComparison.Ordinal);

        // Committed in canonical form, as the fmt --check step requires.
        var formatted = Bash(origin, "cooperation fmt data/catalogs/*.json");
        Assert.True(formatted.ExitCode == 0, formatted.ToString());
        Git(origin, "init -q");
        Git(origin, "add -A");
        Git(origin, "commit -q -m data");
        return origin;
    }

    private static (string Rule, string Path, string Document, string State)[] States(string sarif)
    {
        using var log = JsonDocument.Parse(sarif);
        return [.. log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r =>
        {
            var artifact = r.TryGetProperty("analysisTarget", out var target) ? target : r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            return (r.GetProperty("ruleId").GetString()!, r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString()!,
                artifact.GetProperty("properties").GetProperty("documentKey").GetString()!, r.GetProperty("baselineState").GetString()!);
        }).OrderBy(s => s.Item3, StringComparer.Ordinal).ThenBy(s => s.Item2, StringComparer.Ordinal).ThenBy(s => s.Item1, StringComparer.Ordinal)];
    }

    [Fact]
    public void The_ci_workflow_runs_as_written_in_two_clones_and_gives_the_same_baseline_states()
    {
        var block = Block("In your CI");
        var commands = block.Where(l => !l.StartsWith("cat ", StringComparison.Ordinal)).Select(l => Regex.Replace(l, @"\s+#.*$", string.Empty)).ToArray();
        Assert.Equal(5, commands.Length);
        Assert.Contains("--write-baseline known.sarif", commands[0], StringComparison.Ordinal);
        var origin = DataRepository(block);

        // Two clones in unrelated folders of different depths, each worked in from its own top folder.
        var first = Path.Combine(_files.Path, "ci", "one");
        var second = Path.Combine(_files.Path, "elsewhere", "deeper", "two");
        Directory.CreateDirectory(Path.GetDirectoryName(first)!);
        Directory.CreateDirectory(Path.GetDirectoryName(second)!);
        Git(_files.Path, $"clone -q '{origin}' '{first}'");
        Git(_files.Path, $"clone -q '{origin}' '{second}'");

        // Once: the first clone writes the baseline, which is committed and so is in the second too.
        var written = Bash(first, commands[0]);
        Assert.True(written.ExitCode is 0 or 1, written.ToString());
        Assert.True(File.Exists(Path.Combine(first, "known.sarif")), written.ToString());
        File.Copy(Path.Combine(first, "known.sarif"), Path.Combine(second, "known.sarif"));

        var states = new List<(string, string, string, string)[]>();
        foreach (var clone in new[] { first, second })
        {
            // Nothing changed since the baseline: exit 0, and every finding unchanged.
            var check = Bash(clone, commands[1]);
            Assert.True(check.ExitCode == 0, $"{clone}: {check}");
            Assert.Empty(check.Error);
            var found = States(File.ReadAllText(Path.Combine(clone, "cooperation.sarif")));
            Assert.NotEmpty(found);
            Assert.All(found, s => Assert.Equal("unchanged", s.State));
            Assert.Contains(found, s => s.Rule == "COOP2001" && s.Document == "catalogs/catalog.json");
            Assert.Contains(found, s => s.Rule == "COOP3005" && s.Path.StartsWith("meetings[talks-2]", StringComparison.Ordinal));
            // The suppressions file serves both catalogs; only the one without the meeting finds its entry stale.
            Assert.Equal(["catalogs/other.json"], found.Where(s => s.Rule == "COOP8001").Select(s => s.Document));
            states.Add(found);

            foreach (var command in commands[2..])
            {
                var result = Bash(clone, command);
                Assert.True(result.ExitCode == 0, $"{command}: {result}");
            }

        }

        Assert.Equal(states[0], states[1]);

        // From inside the catalogs' folder, with the paths spelt from there, the same baseline gives the same states:
        // documents are keyed relative to the configuration's root, not to the working directory.
        var inside = Bash(Path.Combine(second, "data", "catalogs"), "cooperation check ./*.json --baseline ../../known.sarif --format sarif > ../../inside.sarif");
        Assert.True(inside.ExitCode == 0, inside.ToString());
        Assert.Equal(states[0], States(File.ReadAllText(Path.Combine(second, "inside.sarif"))));

        // A pull request in the second clone adds an error: only it is new, and the check fails; the diff shows it.
        var catalog = Path.Combine(second, "data", "catalogs", "catalog.json");
        File.WriteAllText(catalog, File.ReadAllText(catalog).Replace("\"John Smith\"", "\"John Smith\",\n              \"institution\": \"ca-nope\"", StringComparison.Ordinal));
        var worse = Bash(second, commands[1]);
        Assert.True(worse.ExitCode == 1, worse.ToString());
        var after = States(File.ReadAllText(Path.Combine(second, "cooperation.sarif")));
        Assert.Equal([("COOP1003", "new")], after.Where(s => s.State != "unchanged").Select(s => (s.Rule, s.State)));
        Assert.Equal(1, Bash(second, commands[4]).ExitCode);
    }

    [Fact]
    public void The_install_steps_are_what_ci_runs_with_the_version_the_build_makes()
    {
        var steps = Block("Install the tool");
        var ci = File.ReadAllText(Path.Combine(DocumentationTests.Root(), ".ci", "run"));
        foreach (var step in steps.Select(l => Regex.Replace(l, @"\s+#.*$", string.Empty)).Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)))
        {
            Assert.Contains(step + "\n", ci, StringComparison.Ordinal);
        }

        var version = Regex.Match(File.ReadAllText(Path.Combine(DocumentationTests.Root(), "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.Contains($"--version {version} ", string.Join("\n", steps), StringComparison.Ordinal);
        Assert.Contains(steps, l => l.StartsWith("cooperation --version", StringComparison.Ordinal));
    }

    [Fact]
    public void The_way_from_a_communique_to_a_catalog_runs_as_written()
    {
        var commands = Block("From a communiqué to a catalog").Select(l => Regex.Replace(l, @"\s+#.*$", string.Empty)).ToArray();
        Assert.Equal(5, commands.Length);
        var folder = Directory.CreateDirectory(Path.Combine(_files.Path, "communique")).FullName;
        var text = Regex.Match(commands[1], @"communiques/(\S+\.txt)").Groups[1].Value;
        Directory.CreateDirectory(Path.Combine(folder, "communiques"));
        File.WriteAllText(Path.Combine(folder, "communiques", text), """
            Ciudad de México, 13 de mayo de 2024.

            Comunicado No. 210

            El 10 de mayo de 2024 se celebró en la Ciudad de Guatemala la III Reunión del Grupo Binacional sobre Movilidad Laboral entre México y Guatemala. La delegación mexicana estuvo encabezada por la subsecretaria para América Latina y el Caribe, Laura Elena Carrillo Cubillas. La delegación guatemalteca fue presidida por el viceministro de Relaciones Exteriores, Eduardo Sánchez Ríos.
            """);

        var exported = Bash(folder, commands[0]);
        Assert.True(exported.ExitCode == 0, exported.ToString());
        var extracted = Bash(folder, commands[1]);
        Assert.True(extracted.ExitCode == 0, extracted.ToString());
        Assert.Contains("]{person Laura Elena Carrillo Cubillas}", extracted.Output, StringComparison.Ordinal);
        var draft = File.ReadAllText(Path.Combine(folder, "draft.json"));
        Assert.Contains("\"laura-elena-carrillo-cubillas\"", draft, StringComparison.Ordinal);
        Assert.Contains("\"head-of-delegation\"", draft, StringComparison.Ordinal);

        var merged = Bash(folder, commands[2]);
        Assert.True(merged.ExitCode == 0, merged.ToString());
        var check = Bash(folder, commands[3]);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain("COOP7006", check.Output + check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("COOP7008", check.Output + check.Error, StringComparison.Ordinal);

        // The review: what the communiqué added, and nothing the catalog had is gone.
        var diff = Bash(folder, commands[4]);
        Assert.True(diff.ExitCode == 1, diff.ToString());
        Assert.Contains("laura-elena-carrillo-cubillas", diff.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("#### Removed", diff.Output, StringComparison.Ordinal);
    }
}
