using System;
using System.Linq;
using System.Text.Json;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

public sealed class DiffCommandTests : IDisposable
{
    private readonly ScratchFolder _files = new("diff");

    public void Dispose() => _files.Dispose();

    // The clean catalog with the talks planned instead of held, without their venue, and with a new topic.
    private static string Edited => Catalogs.Clean
        .Replace("\"status\": \"held\"", "\"status\": \"planned\"", StringComparison.Ordinal)
        .Replace("\"venues\": [{\"country\": \"CA\", \"city\": {\"en\": \"Ottawa\", \"es\": \"Ottawa\"}}],", string.Empty, StringComparison.Ordinal)
        .Replace("\"topics\": [\"security\"]", "\"topics\": [\"security\", \"migration\"]", StringComparison.Ordinal);

    [Fact]
    public void Equal_catalogs_exit_0_and_say_so()
    {
        var a = _files.Write("a.json", Catalogs.Clean);
        var b = _files.Write("b.json", Catalogs.Clean.Replace("\n", "\n  ", StringComparison.Ordinal)); // other spacing, same catalog
        var result = Tool.Run("diff", a, b);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No differences.\n", result.Output);
        Assert.Empty(result.StandardError);

        var itself = Tool.Run("diff", a, a, "--format", "json");
        Assert.Equal(0, itself.ExitCode);
        using var json = JsonDocument.Parse(itself.StandardOutput);
        Assert.True(json.RootElement.GetProperty("equal").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void Different_catalogs_exit_1_with_one_line_per_change()
    {
        var result = Tool.Run("diff", _files.Write("old.json", Catalogs.Clean), _files.Write("new.json", Edited));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "mechanisms[mx-ca-talks].topics: added \"migration\"",
                "meetings[talks-1].status: changed from \"held\" to \"planned\"",
                "meetings[talks-1].venues[0]: removed {\"country\":\"CA\",\"city\":{\"es\":\"Ottawa\",\"en\":\"Ottawa\"}}",
                string.Empty,
                "2 entities changed, 0 added, 0 removed (3 changes).",
            ],
            result.OutputLines);
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public void Json_and_markdown()
    {
        var old = _files.Write("old.json", Catalogs.Clean);
        var @new = _files.Write("new.json", Edited);
        var json = Tool.Run("diff", old, @new, "--format", "json");
        Assert.Equal(1, json.ExitCode);
        using var document = JsonDocument.Parse(json.StandardOutput);
        Assert.Equal("cooperation-diff/1", document.RootElement.GetProperty("format").GetString());
        var status = document.RootElement.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("path").GetString() == "meetings[talks-1].status");
        Assert.Equal(("changed", "meeting", "talks-1", "held", "planned"), (status.GetProperty("change").GetString(), status.GetProperty("kind").GetString(), status.GetProperty("id").GetString(), status.GetProperty("old").GetString(), status.GetProperty("new").GetString()));

        var markdown = Tool.Run("diff", old, @new, "-f", "markdown");
        Assert.Equal(1, markdown.ExitCode);
        Assert.Equal("**Catalog diff:** 2 entities changed, 0 added, 0 removed (3 changes).", markdown.OutputLines[0]);
        Assert.Contains("#### Changed meeting `meetings[talks-1]`", markdown.OutputLines);
        Assert.Contains("| `status` | changed | `\"held\"` | `\"planned\"` |", markdown.OutputLines);
    }

    [Fact]
    public void Unreadable_inputs_exit_2_naming_each_file_and_line_and_print_nothing()
    {
        var good = _files.Write("good.json", Catalogs.Clean);
        var broken = _files.Write("broken.json", Catalogs.Clean.Replace("\"kind\": \"talks\",", "\"kind\": \"talks\"", StringComparison.Ordinal));
        var missing = System.IO.Path.Combine(_files.Path, "missing.json");

        var result = Tool.Run("diff", broken, missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"cooperation: error: {broken}:11: ", lines[0], StringComparison.Ordinal);
        Assert.Equal($"cooperation: error: {missing}: no such file.", lines[1]);

        // The same missing file twice: read once, reported once.
        var twice = Tool.Run("diff", missing, missing);
        Assert.Equal(2, twice.ExitCode);
        Assert.Equal([$"cooperation: error: {missing}: no such file."], twice.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, Tool.Run("diff", good, _files.Path).ExitCode);
        var one = Tool.Run("diff", good);
        Assert.Equal(2, one.ExitCode);
        Assert.Contains("cooperation diff --help", one.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, Tool.Run("diff", good, good, "--format", "html").ExitCode);
    }

    [Fact]
    public void Repeated_identifiers_are_compared_by_position_and_nothing_is_lost()
    {
        var twice = Catalogs.Clean.Replace(
            "\"meetings\": [\n",
            "\"meetings\": [\n    {\"id\": \"talks-1\", \"kind\": \"ordinary\", \"status\": \"planned\", \"start\": \"2026-03\", \"mechanism\": \"mx-ca-talks\", \"ordinal\": 2},\n",
            StringComparison.Ordinal);
        Assert.NotEqual(Catalogs.Clean, twice);
        var old = _files.Write("old.json", Catalogs.Clean);
        var @new = _files.Write("new.json", twice);

        // The file's order among the repeats: its first talks-1 (planned) is matched with the old one, the second is added.
        var result = Tool.Run("diff", old, @new);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("meetings[talks-1]#2: added meeting", result.OutputLines);
        Assert.Contains("meetings[talks-1].status: changed from \"held\" to \"planned\"", result.OutputLines);
        Assert.Equal(0, Tool.Run("diff", @new, _files.Write("copy.json", twice)).ExitCode);
    }
}
