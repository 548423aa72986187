using System.IO;
using System;
using System.Linq;
using System.Text.Json;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly ScratchFolder _files = new("check");

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Without_files_it_checks_the_reference_catalog_and_exits_0()
    {
        var result = Tool.Run("check", "--as-of", "2026-11-27");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos; 81 suppressed", result.OutputLines[^1]);
        Assert.Equal("reference catalog (ReferenceCatalog.Default)", result.OutputLines[0]);
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public void Sources_checks_every_quote_against_the_archived_copies()
    {
        var seeds = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.Reflection.CustomAttributeExtensions.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>(typeof(CheckCommandTests).Assembly).Single(a => a.Key == "RepositoryRoot").Value!, "..", "shared", "seeds"));
        Assert.True(System.IO.Directory.Exists(seeds), $"The seed documents are not at {seeds}.");
        var clean = Tool.Run("check", "--as-of", "2026-11-27", "--sources", seeds, "--min-severity", "error");
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos", clean.OutputLines[^1]);

        // A copy whose words changed: its hash and the quote of the changed words are reported.
        var folder = System.IO.Path.Combine(_files.Path, "copies");
        System.IO.Directory.CreateDirectory(folder);
        foreach (var file in System.IO.Directory.GetFiles(seeds))
        {
            // The seeds are read-only; the copies must be writable (and removable with the scratch folder).
            var copy = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file));
            System.IO.File.WriteAllBytes(copy, System.IO.File.ReadAllBytes(file));
        }

        var changed = System.IO.Path.Combine(folder, "003_d352a4c521fecf60.txt");
        System.IO.File.WriteAllText(changed, System.IO.File.ReadAllText(changed).Replace("Comunicado No. 176", "Comunicado No. 177", StringComparison.Ordinal));
        var report = Tool.Run("check", "--as-of", "2026-11-27", "--sources", folder, "--min-severity", "error", "--format", "json");
        Assert.Equal(1, report.ExitCode);
        Assert.Contains("COOP7008", report.Output, StringComparison.Ordinal);
        Assert.Contains("COOP7006", report.Output, StringComparison.Ordinal);
        Assert.Contains("Comunicado No. 176\\\" is not in sre-comunicado-176-2023", report.Output, StringComparison.Ordinal);

        var missing = Tool.Run("check", "--sources", System.IO.Path.Combine(folder, "nope"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--sources", missing.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_file_exits_0_and_a_file_with_errors_exits_1_naming_the_line()
    {
        var clean = _files.Write("clean.json", Catalogs.Clean);
        var broken = _files.Write("broken.json", Catalogs.WithError);

        var ok = Tool.Run("check", clean, "--as-of", "2025-06-01");
        Assert.Equal(0, ok.ExitCode);
        Assert.Equal([clean, "not run, no archived copies of the sources: COOP7006, COOP7007, COOP7008", "0 errors, 0 warnings, 0 infos"], ok.OutputLines);

        // Every rule ran: nothing to say but the summary.
        var sources = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(clean)!, "sources")).FullName;
        var all = Tool.Run("check", clean, "--as-of", "2025-06-01", "--sources", sources);
        Assert.Equal([clean, "0 errors, 0 warnings, 0 infos"], all.OutputLines);

        // Turned off and below the minimum: said too.
        var narrowed = Tool.Run("check", clean, "--as-of", "2025-06-01", "--sources", sources, "--severity", "COOP2001=none", "--min-severity", "warning");
        Assert.Contains("not run, turned off: COOP2001", narrowed.OutputLines);
        Assert.Contains(narrowed.OutputLines, l => l.StartsWith("not run, below the minimum severity: COOP", StringComparison.Ordinal));

        var both = Tool.Run("check", clean, broken, "--as-of", "2025-06-01");
        Assert.Equal(1, both.ExitCode);
        Assert.Contains($"{broken}", both.OutputLines);
        Assert.Contains("  mechanisms[mx-ca-talks].parties (line 12)", both.OutputLines);
        Assert.Contains(both.OutputLines, l => l.StartsWith("    error COOP2001: The bilateral mechanism mx-ca-talks has 3 member states", StringComparison.Ordinal));
        Assert.Equal("1 error, 0 warnings, 0 infos", both.OutputLines[^1]);
    }

    [Fact]
    public void The_as_of_date_decides_the_time_based_rules_and_defaults_to_today()
    {
        var clean = _files.Write("clean.json", Catalogs.Clean);
        Assert.DoesNotContain("COOP3006", Tool.Run("check", clean, "--as-of", "2025-06-01").Output, StringComparison.Ordinal);
        Assert.Contains("warning COOP3006", Tool.Run("check", clean, "--as-of", "2026-11-27").Output, StringComparison.Ordinal);
        Assert.Contains("warning COOP3006", Tool.Run("check", clean).Output, StringComparison.Ordinal);
        Assert.DoesNotContain("COOP3006", Tool.Run(new CliOptions(Today: new NodaTime.LocalDate(2025, 6, 1)), "check", clean).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_overrides_and_the_minimum_severity_change_the_result()
    {
        var clean = _files.Write("clean.json", Catalogs.Clean);
        var raised = Tool.Run("check", clean, "--as-of", "2026-11-27", "--severity", "COOP3006=error", "--severity", "coop3008=info");
        Assert.Equal(1, raised.ExitCode);
        Assert.Contains("    error COOP3006: The mechanism mx-ca-talks is overdue: its next ordinary", raised.OutputLines);

        var off = Tool.Run("check", clean, "--as-of", "2026-11-27", "--severity", "COOP3006=none");
        Assert.Equal(0, off.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos", off.OutputLines[^1]);

        var reference = Tool.Run("check", "--as-of", "2026-11-27", "--min-severity", "warning");
        Assert.Equal("0 errors, 0 warnings, 0 infos; 13 suppressed", reference.OutputLines[^1]);
        Assert.DoesNotContain(" info COOP", reference.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Spanish_messages_with_lang_es()
    {
        var result = Tool.Run("check", "--as-of", "2026-11-27", "--lang", "es");
        Assert.Equal("0 errores, 0 advertencias, 0 avisos informativos; 81 suprimidos", result.OutputLines[^1]);
        var clean = _files.Write("clean.json", Catalogs.Clean);
        var warned = Tool.Run("check", clean, "--as-of", "2026-11-27", "--lang", "es");
        Assert.Contains(warned.OutputLines, l => l.Contains("(línea ", StringComparison.Ordinal));
        Assert.Contains(warned.OutputLines, l => l.Contains("advertencia COOP3006", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_an_array_of_reports_in_argument_order()
    {
        var clean = _files.Write("clean.json", Catalogs.Clean);
        var broken = _files.Write("broken.json", Catalogs.WithError);
        var result = Tool.Run("check", broken, clean, "--as-of", "2025-06-01", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var reports = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal([broken, clean], reports.Select(r => r.GetProperty("document").GetString()));
        Assert.All(reports, r => Assert.Equal("cooperation-diagnostics/1", r.GetProperty("format").GetString()));
        var diagnostic = reports[0].GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal(("COOP2001", "error", 12), (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("line").GetInt32()));
        Assert.Empty(reports[1].GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void The_reference_catalog_is_named_for_people_in_every_format()
    {
        const string Name = "reference catalog (ReferenceCatalog.Default)";
        Assert.Equal(Name, Tool.Run("check", "--as-of", "2026-11-27").OutputLines[0]);

        using var json = JsonDocument.Parse(Tool.Run("check", "--as-of", "2026-11-27", "--format", "json").StandardOutput);
        Assert.Equal(Name, json.RootElement.EnumerateArray().Single().GetProperty("document").GetString());

        var sarif = Tool.Run("check", "--as-of", "2026-11-27", "--format", "sarif");
        Assert.DoesNotContain("reference-catalog.json", sarif.Output, StringComparison.Ordinal);
        using var log = JsonDocument.Parse(sarif.StandardOutput);
        var artifacts = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToArray();
        Assert.NotEmpty(artifacts);
        Assert.All(artifacts, a =>
        {
            Assert.False(a.TryGetProperty("uri", out _));
            Assert.Equal(Name, a.GetProperty("description").GetProperty("text").GetString());
        });
    }

    [Fact]
    public void Json_is_one_indented_array_of_indented_reports()
    {
        var clean = _files.Write("clean.json", Catalogs.Clean);
        var broken = _files.Write("broken.json", Catalogs.WithError);
        var result = Tool.Run("check", broken, clean, "--as-of", "2025-06-01", "--format", "json");
        var lines = result.OutputLines;
        Assert.Equal("[", lines[0]);
        Assert.Equal("  {", lines[1]);
        Assert.Equal("    \"format\": \"cooperation-diagnostics/1\",", lines[2]);
        Assert.Contains("        \"id\": \"COOP2001\",", lines);
        Assert.Equal(["  },", "  {"], lines.SkipWhile(l => l != "  },").Take(2));
        Assert.Equal(["  }", "]"], lines[^2..]);
        Assert.All(lines[1..^1], l => Assert.StartsWith("  ", l, StringComparison.Ordinal));
        Assert.DoesNotContain("", lines);
        Assert.EndsWith("]\n", result.Output, StringComparison.Ordinal);

        // The same reports as the library writes, member for member.
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Sarif_is_one_log_with_a_run_per_document()
    {
        var broken = _files.Write("broken.json", Catalogs.WithError);
        var result = Tool.Run("check", broken, "--as-of", "2025-06-01", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var results = sarif.RootElement.GetProperty("runs").EnumerateArray().SelectMany(r => r.GetProperty("results").EnumerateArray()).ToArray();
        var only = Assert.Single(results);
        Assert.Equal("COOP2001", only.GetProperty("ruleId").GetString());
        Assert.Equal(12, only.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        // name, content ("<dir>" for a directory, "<none>" for no file), what the message says
        { "missing.json", "<none>", "missing.json: no such file." },
        { "folder.json", "<dir>", "folder.json: is a directory, not a catalog file." },
        { "empty.json", "", "empty.json:1: The document is empty or holds only white space: there is no JSON in it. (at $)" },
        { "truncated.json", "{\"format\": \"cooperation-catalog/1\",\n\"meetings\": [", "truncated.json:2: The document ends before its JSON is complete" },
        { "unknown.json", "{\"format\": \"cooperation-catalog/1\",\n\"mechanisms\": [],\n\"colour\": 1}", "unknown.json:3: Unknown member \"colour\" in a catalog. Allowed: format, sources, institutions, mechanisms, meetings. (at $.colour)" },
        { "type.json", "{\"format\": \"cooperation-catalog/1\",\n\"mechanisms\": 5}", "type.json:2: The member \"mechanisms\" of a catalog must be an array, but found a number (5). (at $.mechanisms)" },
        { "nested.json", Catalogs.Clean.Replace("\"ordinal\": 1", "\"ordinal\": \"first\"", StringComparison.Ordinal), "nested.json:22: Expected a JSON number holding an Ordinal" },
        { "utf8.json", "<latin1>", "utf8.json:1: The text is not valid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Unreadable_input_exits_2_with_one_message_and_nothing_on_stdout(string name, string content, string message)
    {
        var path = System.IO.Path.Combine(_files.Path, name);
        switch (content)
        {
            case "<none>":
                break;
            case "<dir>":
                System.IO.Directory.CreateDirectory(path);
                break;
            case "<latin1>":
                _files.Write(name, [.. "{\"format\": \"cooperation-catalog/1\", \"sources\": [{\"id\": \"caf"u8, 0xE9, .. "\"}]}"u8]);
                break;
            default:
                _files.Write(name, content);
                break;
        }

        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var result = Tool.Run("check", _files.Write("fine.json", Catalogs.Clean), path, "--format", format);
            Assert.Equal(2, result.ExitCode);
            Assert.Empty(result.StandardOutput);
            var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"cooperation: error: {path[..^name.Length]}{message}", line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--severity", "COOP9999=error", "no rule has the ID \"COOP9999\"")]
    [InlineData("--severity", "COOP3006", "is not ID=LEVEL")]
    [InlineData("--severity", "COOP3006=fatal", "\"fatal\" in \"COOP3006=fatal\" is not a severity")]
    [InlineData("--min-severity", "loud", "\"loud\" is not a severity")]
    [InlineData("--as-of", "2026-02-30", "\"2026-02-30\" is not a date")]
    [InlineData("--as-of", "2026-11", "\"2026-11\" is not a date")]
    [InlineData("--lang", "fr", "\"fr\" is not a language of the catalog")]
    [InlineData("--format", "xml", "xml")]
    public void Bad_arguments_exit_2_naming_the_argument(string option, string value, string message)
    {
        var result = Tool.Run("check", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.EndsWith("Run \"cooperation check --help\" for usage.\n", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_fits_80_columns_and_is_coloured_only_on_a_terminal_without_NO_COLOR()
    {
        var plain = Tool.Run("check", "--as-of", "2026-11-27");
        Assert.All(plain.OutputLines.Where(l => !l.TrimStart().StartsWith("mechanisms[", StringComparison.Ordinal) && !l.TrimStart().StartsWith("meetings[", StringComparison.Ordinal)),
            l => Assert.True(l.Length <= 80, l));
        Assert.DoesNotContain('\u001b', plain.Output);

        var coloured = Tool.Run(new CliOptions(OutputIsTerminal: true), "check", "--as-of", "2026-11-27");
        Assert.Equal(plain.Output, Ansi(coloured.Output));
        var clean = _files.Write("clean.json", Catalogs.Clean);
        var warned = Tool.Run(new CliOptions(OutputIsTerminal: true), "check", clean, "--as-of", "2026-11-27");
        Assert.Contains("\u001b[33mwarning\u001b[0m COOP3006", warned.Output, StringComparison.Ordinal);

        var noColor = Tool.Run(new CliOptions(OutputIsTerminal: true, Environment: new System.Collections.Generic.Dictionary<string, string> { ["NO_COLOR"] = "1" }), "check", "--as-of", "2026-11-27");
        Assert.Equal(plain.Output, noColor.Output);

        var narrow = Tool.Run(new CliOptions(OutputIsTerminal: true, Width: 60, Environment: new System.Collections.Generic.Dictionary<string, string> { ["NO_COLOR"] = "1" }), "check", "--as-of", "2026-11-27");
        Assert.All(narrow.OutputLines.Where(l => l.StartsWith("    ", StringComparison.Ordinal) && !l.Contains("meetings[", StringComparison.Ordinal)), l => Assert.True(l.Length <= 60, l));
    }

    [Fact]
    public void Large_files_show_progress_on_a_terminal_stderr_only()
    {
        // Over the 4 MiB threshold: the clean catalog padded with white space.
        var path = _files.Write("large.json", Catalogs.Clean.Replace("\"format\"", new string(' ', 5 << 20) + "\"format\"", StringComparison.Ordinal));
        var quiet = Tool.Run("check", path, "--as-of", "2025-06-01");
        Assert.Empty(quiet.StandardError);

        var shown = Tool.Run(new CliOptions(ErrorIsTerminal: true), "check", path, "--as-of", "2025-06-01");
        Assert.Equal(quiet.Output, shown.Output);
        Assert.Contains("Reading large.json: 100% of 5.0 MB", shown.StandardError, StringComparison.Ordinal);
        Assert.Contains("Validating large.json", shown.StandardError, StringComparison.Ordinal);
        Assert.EndsWith("\r", shown.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_reports_timings_and_peak_memory_on_stderr()
    {
        var clean = _files.Write("clean.json", Catalogs.Clean);
        var result = Tool.Run("check", clean, "--as-of", "2025-06-01", "--verbose");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(clean)}: read 0\\.0 MB in [0-9.]+ s, validated in [0-9.]+ s\npeak working set: [0-9.]+ MB\n$", result.StandardError);
    }

    [Fact]
    public void Output_that_cannot_be_written_is_an_error_not_a_success()
    {
        using var error = new System.IO.StringWriter { NewLine = "\n" };
        var console = new Terminal.CliConsole(new FullDisk(), error, false, false, _ => null, Tool.Today);
        Assert.Equal(2, CooperationCli.Run(["list", "mechanisms"], console));
        Assert.Equal("cooperation: error: cannot write the output: No space left on device\n", error.ToString());
    }

    private sealed class FullDisk : System.IO.MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new System.IO.IOException("No space left on device");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new System.IO.IOException("No space left on device");
    }

    private static string Ansi(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", string.Empty);
}
