using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Cooperation.Cli.Terminal;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

/// <summary>docs/cli.md tells the truth: it documents every command and option, and its examples are what the tool prints.</summary>
public sealed class DocumentationTests : IDisposable
{
    private readonly ScratchFolder _files = new("docs");

    public void Dispose() => _files.Dispose();

    /// <summary>The repository's folder, as the build records it.</summary>
    internal static string Root() => typeof(DocumentationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static string Page() => File.ReadAllText(Path.Combine(Root(), "docs", "cli.md"));

    public static IEnumerable<object[]> Commands()
    {
        var root = CooperationCli.Build(new CliConsole(Stream.Null, TextWriter.Null, false, false, _ => null, Tool.Today));
        foreach (var (path, command) in Walk(root, "cooperation"))
        {
            if (command.Action is not null)
            {
                yield return [path, command.Options.Where(o => !o.Hidden && !o.Name.StartsWith("-?", StringComparison.Ordinal) && o.Name != "--help").Select(o => o.Name).ToArray()];
            }
        }
    }

    private static IEnumerable<(string Path, Command Command)> Walk(Command command, string path)
    {
        yield return (path, command);
        foreach (var sub in command.Subcommands)
        {
            foreach (var inner in Walk(sub, path + " " + sub.Name))
            {
                yield return inner;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_and_option_is_documented(string command, string[] options)
    {
        var page = Page();
        var words = command.Split(' ');
        var heading = page.Split('\n').SingleOrDefault(l => l.StartsWith("## `cooperation " + words[1], StringComparison.Ordinal));
        Assert.True(heading is not null, $"docs/cli.md has no section for {command}");
        if (words.Length > 2)
        {
            Assert.Contains(words[2], page, StringComparison.Ordinal);
        }

        // The options are documented in the command's section (or, for the shared ones, in the conventions).
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        var next = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = page[start..(next < 0 ? page.Length : next)];
        var conventions = page[..page.IndexOf("## `cooperation", StringComparison.Ordinal)];
        foreach (var option in options)
        {
            Assert.True(section.Contains($"`{option}", StringComparison.Ordinal) || conventions.Contains($"`{option}", StringComparison.Ordinal),
                $"docs/cli.md does not document {option} of {command}");
        }
    }

    [Fact]
    public void The_examples_are_what_the_tool_prints()
    {
        var catalog = _files.Write("catalog.json", Catalogs.WithError);

        // The baseline example's known.sarif: the same catalog's findings before its error was made (a run with the
        // rule turned off).
        var known = Path.Combine(Path.GetDirectoryName(catalog)!, "known.sarif");
        Assert.Equal(0, Tool.Run("check", catalog, "--as-of", "2026-11-27", "--severity", "COOP2001=none", "--write-baseline", known).ExitCode);
        // The merge example's draft: the talks' first meeting with another end, and a second meeting planned.
        var draft = _files.Write("draft.json", """
            {"format": "cooperation-catalog/2", "meetings": [
              {"id": "talks-1", "kind": "ordinary", "status": "held", "start": "2025-03-03", "end": "2025-03-05", "mechanism": "mx-ca-talks", "ordinal": 1},
              {"id": "talks-2", "kind": "ordinary", "status": "planned", "start": "2026-03", "mechanism": "mx-ca-talks", "ordinal": 2}]}
            """);
        var merged = Path.Combine(Path.GetDirectoryName(catalog)!, "merged.json");
        var examples = Regex.Matches(Page(), "```\n\\$ (cooperation [^\n]*)\n(.*?)```", RegexOptions.Singleline);
        Assert.True(examples.Count >= 5, "docs/cli.md shows the tool at work");
        foreach (Match example in examples)
        {
            var args = example.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
                .Select(a => a switch { "catalog.json" => catalog, "known.sarif" => known, "draft.json" => draft, "merged.json" => merged, _ => a }).ToArray();
            var result = Tool.Run(args);
            var printed = (result.StandardOutput.Length > 0 ? result.Output : result.StandardError).Replace(catalog, "catalog.json", StringComparison.Ordinal).Replace(known, "known.sarif", StringComparison.Ordinal)
                .Replace(draft, "draft.json", StringComparison.Ordinal);
            Assert.Equal(example.Groups[2].Value, printed);
        }
    }

    [Fact]
    public void The_readme_tour_runs_as_written_and_leaves_nothing_in_the_repository()
    {
        const string TemporaryFolder = "$(mktemp -d)";
        var readme = File.ReadAllText(Path.Combine(Root(), "README.md"));
        var commands = Regex.Matches(readme, @"^dotnet run -c Release --project src/Cooperation.Cli -- ([^#\n]*?)\s*(#.*)?$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToArray();
        Assert.Contains("check", commands);
        Assert.True(commands.Length >= 6, "the README tours list, show, due, countries and export");
        var written = 0;
        foreach (var command in commands)
        {
            var args = Regex.Matches(command, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToArray();
            var output = Array.IndexOf(args, "--output");
            if (output >= 0)
            {
                // Followed as written, the tour writes only into a new temporary folder, never into the clone.
                Assert.StartsWith(TemporaryFolder + "/", args[output + 1], StringComparison.Ordinal);
                args[output + 1] = args[output + 1].Replace(TemporaryFolder, _files.Path, StringComparison.Ordinal);
            }

            var result = Tool.Run(args);
            Assert.True(result.ExitCode == 0, $"{command}: {result}");
            if (output >= 0)
            {
                Assert.True(new FileInfo(args[output + 1]).Length > 0, command);
                Assert.Empty(result.StandardOutput);
                written++;
            }
            else
            {
                Assert.True(result.StandardOutput.Length > 0, command);
            }
        }

        Assert.Equal(2, written);

        // CI runs the same commands, writing the file under artifacts/ instead.
        var ci = File.ReadAllText(Path.Combine(Root(), ".ci", "run"));
        foreach (var command in commands)
        {
            var inCi = Regex.Replace(command, "--output \"\\$\\(mktemp -d\\)/([^\"]+)\"", "--output artifacts/$1");
            Assert.Contains($"dotnet run -c Release --project src/Cooperation.Cli -- {inCi}\n", ci, StringComparison.Ordinal);
        }
    }
}
