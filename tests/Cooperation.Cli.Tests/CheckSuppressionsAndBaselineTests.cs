using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

/// <summary><c>check --suppressions</c>, <c>--baseline</c> and <c>--write-baseline</c>, end to end.</summary>
public sealed class CheckSuppressionsAndBaselineTests : IDisposable
{
    private const string AsOf = "2025-06-01";

    private readonly ScratchFolder _files = new("check-baseline");

    public void Dispose() => _files.Dispose();

    // The catalog with the COOP2001 error, and an institution the catalog lacks (COOP1003, another error).
    private static string WithTwoErrors => Catalogs.WithError.Replace(
        "{\"role\": \"head-of-delegation\", \"person\": \"John Smith\"}",
        "{\"role\": \"head-of-delegation\", \"person\": \"John Smith\", \"institution\": \"ca-nope\"}",
        StringComparison.Ordinal);

    private static JsonElement[] Results(CliResult result)
    {
        using var document = JsonDocument.Parse(result.StandardOutput);
        return [.. document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone())];
    }

    [Theory]
    [InlineData("known.sarif")]
    [InlineData("known.json")]
    public void A_baseline_written_then_used_reports_only_new_findings_and_fails_only_for_new_errors(string name)
    {
        Assert.NotEqual(WithTwoErrors, Catalogs.WithError);
        var catalog = _files.Write("catalog.json", Catalogs.WithError);
        var baseline = Path.Combine(_files.Path, name);

        var written = Tool.Run("check", catalog, "--as-of", AsOf, "--write-baseline", baseline);
        Assert.Equal(1, written.ExitCode);
        Assert.Equal("1 error, 0 warnings, 0 infos", written.OutputLines[^1]);
        Assert.True(File.Exists(baseline));
        Assert.Empty(Directory.GetFiles(_files.Path, "*.tmp"));
        using (var document = JsonDocument.Parse(File.ReadAllBytes(baseline)))
        {
            if (name.EndsWith(".sarif", StringComparison.Ordinal))
            {
                Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
            }
            else
            {
                Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
                Assert.Equal("cooperation-diagnostics/1", document.RootElement[0].GetProperty("format").GetString());
            }
        }

        // Nothing fixed: the error is known, so nothing is shown and the exit code is 0.
        var again = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", baseline);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain("COOP2001", again.Output, StringComparison.Ordinal);
        Assert.Equal($"new: 0 errors, 0 warnings, 0 infos; 1 in the baseline {baseline}, 0 absent; 0 suppressed", again.OutputLines[^1]);
        Assert.Empty(again.StandardError);

        // A new error: exit 1, and only it is shown.
        File.WriteAllText(catalog, WithTwoErrors);
        var worse = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", baseline);
        Assert.Equal(1, worse.ExitCode);
        Assert.Contains(worse.OutputLines, l => l.StartsWith("    error COOP1003: ", StringComparison.Ordinal));
        Assert.DoesNotContain("COOP2001", worse.Output, StringComparison.Ordinal);
        Assert.Equal($"new: 1 error, 0 warnings, 0 infos; 1 in the baseline {baseline}, 0 absent; 0 suppressed", worse.OutputLines[^1]);

        // The known error fixed: it is absent.
        File.WriteAllText(catalog, Catalogs.Clean);
        var better = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", baseline);
        Assert.Equal(0, better.ExitCode);
        Assert.Equal($"new: 0 errors, 0 warnings, 0 infos; 0 in the baseline {baseline}, 1 absent; 0 suppressed", better.OutputLines[^1]);

        // In Spanish the known finding is still known.
        File.WriteAllText(catalog, Catalogs.WithError);
        var spanish = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", baseline, "--lang", "es");
        Assert.Equal(0, spanish.ExitCode);
        Assert.StartsWith("nuevos: 0 errores, 0 advertencias, 0 avisos informativos; 1 en la línea de base ", spanish.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_against_a_baseline_gives_every_result_its_baseline_state()
    {
        var catalog = _files.Write("catalog.json", Catalogs.WithError);
        var baseline = Path.Combine(_files.Path, "known.sarif");
        Assert.Equal(1, Tool.Run("check", catalog, "--as-of", AsOf, "--write-baseline", baseline).ExitCode);

        File.WriteAllText(catalog, WithTwoErrors);
        var result = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", baseline, "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        var results = Results(result);
        Assert.Equal(2, results.Length);
        Assert.All(results, r => Assert.True(r.TryGetProperty("baselineState", out _), r.ToString()));
        Assert.Equal("unchanged", results.Single(r => r.GetProperty("ruleId").GetString() == "COOP2001").GetProperty("baselineState").GetString());
        Assert.Equal("new", results.Single(r => r.GetProperty("ruleId").GetString() == "COOP1003").GetProperty("baselineState").GetString());

        File.WriteAllText(catalog, Catalogs.Clean);
        var fixedRun = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", baseline, "--format", "sarif");
        Assert.Equal(0, fixedRun.ExitCode);
        var absent = Results(fixedRun).Single();
        Assert.Equal(("COOP2001", "absent"), (absent.GetProperty("ruleId").GetString(), absent.GetProperty("baselineState").GetString()));

        // Without a baseline, no state.
        Assert.All(Results(Tool.Run("check", catalog, "--as-of", AsOf, "--format", "sarif")), r => Assert.False(r.TryGetProperty("baselineState", out _)));
    }

    [Fact]
    public void Json_against_a_baseline_gives_states_and_the_absent_findings()
    {
        var catalog = _files.Write("catalog.json", Catalogs.WithError);
        var baseline = Path.Combine(_files.Path, "known.json");
        Tool.Run("check", catalog, "--as-of", AsOf, "--write-baseline", baseline);
        File.WriteAllText(catalog, WithTwoErrors.Replace(", {\"party\": \"US\", \"status\": \"member\"}", "", StringComparison.Ordinal));
        var result = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", baseline, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var report = JsonNode.Parse(result.Output)!.AsArray().Single()!;
        Assert.Equal("new", (string?)report["diagnostics"]![0]!["baselineState"]);
        Assert.Equal("COOP1003", (string?)report["diagnostics"]![0]!["id"]);
        Assert.Equal("COOP2001", (string?)report["absent"]![0]!["id"]);
        Assert.Equal("absent", (string?)report["absent"]![0]!["baselineState"]);
    }

    [Fact]
    public void A_baseline_that_is_a_sarif_log_of_another_tool_cannot_run()
    {
        var catalog = _files.Write("catalog.json", Catalogs.WithError);
        var other = _files.Write("eslint.sarif", """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "ESLint"}}, "results": []}]}
            """);
        var result = Tool.Run("check", catalog, "--as-of", AsOf, "--baseline", other);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Matches($"^cooperation: error: {System.Text.RegularExpressions.Regex.Escape(other)}:[0-9]+: runs\\[0\\] was written by \"ESLint\", not by Cooperation.Domain", result.StandardError);

        var notJson = _files.Write("broken.sarif", "{ nope");
        var broken = Tool.Run("check", catalog, "--baseline", notJson);
        Assert.Equal(2, broken.ExitCode);
        Assert.Matches($"^cooperation: error: {System.Text.RegularExpressions.Regex.Escape(notJson)}:[0-9]+: Not valid JSON", broken.StandardError);

        var missing = Tool.Run("check", catalog, "--baseline", Path.Combine(_files.Path, "nope.sarif"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.sarif", missing.StandardError, StringComparison.Ordinal);
        Assert.StartsWith("cooperation: error: ", missing.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressions_file_accepts_findings_and_one_with_an_unknown_rule_cannot_run_naming_file_and_line()
    {
        var catalog = _files.Write("catalog.json", Catalogs.WithError);
        var good = _files.Write("known.json", """
            {
              "format": "cooperation-suppressions/1",
              "suppressions": [
                {"rule": "COOP2001", "path": "mechanisms[mx-ca-talks]", "justification": "The source lists the United States."}
              ]
            }
            """);
        var accepted = Tool.Run("check", catalog, "--as-of", AsOf, "--suppressions", good);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 infos; 1 suppressed", accepted.OutputLines[^1]);
        Assert.DoesNotContain("COOP2001", accepted.Output, StringComparison.Ordinal);

        var sarif = Tool.Run("check", catalog, "--as-of", AsOf, "--suppressions", good, "--format", "sarif");
        Assert.Equal(0, sarif.ExitCode);
        var suppression = Results(sarif).Single().GetProperty("suppressions")[0];
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal("The source lists the United States.", suppression.GetProperty("justification").GetString());

        // The same file, on a clean catalog: the suppression is unused (a warning, exit 0).
        var clean = _files.Write("clean.json", Catalogs.Clean);
        var unused = Tool.Run("check", clean, "--as-of", AsOf, "--suppressions", good);
        Assert.Equal(0, unused.ExitCode);
        // (Long messages are wrapped with a hanging indent.)
        var unwrapped = System.Text.RegularExpressions.Regex.Replace(unused.Output, "\n +(?! *warning| *error| *info)", " ");
        Assert.Contains($"    warning COOP8001: The suppression of COOP2001 at {good}:4 matches no finding.", unwrapped, StringComparison.Ordinal);

        var bad = _files.Write("bad.json", "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP2001\", \"path\": \"mechanisms[mx-ca-talks]\", \"justification\": \"x\"},\n    {\"rule\": \"COOP9999\", \"path\": \"mechanisms[mx-ca-talks]\", \"justification\": \"x\"}\n  ]\n}\n");
        var refused = Tool.Run("check", catalog, "--as-of", AsOf, "--suppressions", bad);
        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(refused.StandardOutput);
        Assert.Equal($"cooperation: error: {bad}:5: There is no built-in rule COOP9999.\n", refused.StandardError);

        var custom = _files.Write("custom.json", "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"ACME0001\", \"path\": \"mechanisms[mx-ca-talks]\", \"justification\": \"x\"}\n  ]\n}\n");
        var notInSet = Tool.Run("check", catalog, "--as-of", AsOf, "--suppressions", custom);
        Assert.Equal(2, notInSet.ExitCode);
        Assert.Contains($"{custom}:4: The rule ACME0001 is neither built in nor in the rule set.", notInSet.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_names_the_suppressions_file_and_a_missing_one_cannot_run()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_files.Path, "team")).FullName;
        var catalog = Path.Combine(folder, "catalog.json");
        File.WriteAllText(catalog, Catalogs.WithError);
        var config = Path.Combine(folder, "cooperation.config.json");
        File.WriteAllText(config, "{\n  \"root\": true,\n  \"suppressions\": \"known.json\"\n}\n");
        File.WriteAllText(Path.Combine(folder, "known.json"), """
            {"format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP2001", "path": "mechanisms[mx-ca-talks].parties", "justification": "As the source says."}]}
            """);
        var accepted = Tool.Run("check", catalog, "--as-of", AsOf);
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 infos; 1 suppressed", accepted.OutputLines[^1]);

        File.Delete(Path.Combine(folder, "known.json"));
        var missing = Tool.Run("check", catalog, "--as-of", AsOf);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains($"{config}:3: The suppressions file", missing.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_catalog_s_own_json_baseline_knows_all_its_findings()
    {
        var baseline = Path.Combine(_files.Path, "reference.json");
        var written = Tool.Run("check", "--as-of", "2026-11-27", "--write-baseline", baseline);
        Assert.Equal(0, written.ExitCode);
        var result = Tool.Run("check", "--as-of", "2026-11-27", "--baseline", baseline, "--format", "sarif");
        Assert.Equal(0, result.ExitCode);
        var results = Results(result);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("unchanged", r.GetProperty("baselineState").GetString()));
    }
    [Fact]
    public void A_baseline_matches_a_file_however_its_path_is_spelt_and_names_the_documents_a_run_did_not_check()
    {
        var data = Directory.CreateDirectory(Path.Combine(_files.Path, "data")).FullName;
        File.WriteAllText(Path.Combine(data, "cooperation.config.json"), "{\"root\": true}\n");
        var catalog = Path.Combine(data, "c.json");
        File.WriteAllText(catalog, Catalogs.WithError);
        var other = Path.Combine(data, "other.json");
        File.WriteAllText(other, Catalogs.WithError);
        var baseline = Path.Combine(_files.Path, "known.sarif");
        Assert.Equal(1, Tool.Run("check", catalog, other, "--as-of", AsOf, "--write-baseline", baseline).ExitCode);

        foreach (var spelling in new[] { Path.Combine(data, ".", "c.json"), data + "//c.json", Path.Combine(data, "..", "data", "c.json") })
        {
            var again = Tool.Run("check", spelling, "--as-of", AsOf, "--baseline", baseline, "--format", "sarif");
            Assert.True(again.ExitCode == 0, spelling + "\n" + again);
            Assert.Equal(["unchanged"], Results(again).Select(r => r.GetProperty("baselineState").GetString()));

            // other.json was not checked: its finding is not absent, and the run says so.
            Assert.Equal("cooperation: note: The baseline has 1 finding in other.json, which this run did not check: it is neither new nor absent.\n", again.StandardError);
            using var log = JsonDocument.Parse(again.StandardOutput);
            var note = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().Single();
            Assert.Equal(("other.json", 1), (note.GetProperty("properties").GetProperty("documentKey").GetString(), note.GetProperty("properties").GetProperty("findings").GetInt32()));
        }

        // Both checked: nothing is left over, and nothing is said.
        var both = Tool.Run("check", catalog, other, "--as-of", AsOf, "--baseline", baseline);
        Assert.Equal(0, both.ExitCode);
        Assert.Empty(both.StandardError);
    }
}
