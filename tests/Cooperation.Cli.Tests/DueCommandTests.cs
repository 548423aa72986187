using System;
using System.Linq;
using System.Text.Json;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

public sealed class DueCommandTests : IDisposable
{
    private readonly ScratchFolder _files = new("due");

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_mechanisms_with_a_cadence_with_their_status_and_every_mechanism_with_all()
    {
        var mechanisms = Domain.ReferenceCatalog.Default.Mechanisms;
        var withCadence = mechanisms.Where(m => m.Cadence is not null).Select(m => m.Id.ToString()).ToArray();
        Assert.InRange(withCadence.Length, 1, mechanisms.Length - 1);

        var result = Tool.Run("due", "--as-of", "2026-11-27");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("as of 2026-11-27", result.OutputLines[0]);
        Assert.Equal(withCadence, result.OutputLines[2..^1].Select(l => l.Split(' ')[0]));
        Assert.Equal($"{mechanisms.Length - withCadence.Length} mechanisms without a cadence not shown (--all shows them)", result.OutputLines[^1]);
        Assert.Contains(result.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^mx-us-consular-dialogue +dormant +2023-04-17 +2023-10$"));
        Assert.All(result.OutputLines, l => Assert.True(l.Length <= 80, l));

        var all = Tool.Run("due", "--as-of", "2026-11-27", "--all");
        Assert.Equal(mechanisms.Length + 2, all.OutputLines.Length);
        Assert.All(all.OutputLines, l => Assert.True(l.Length <= 80, l));
        Assert.Equal(mechanisms.Length, JsonDocument.Parse(Tool.Run("due", "--as-of", "2026-11-27", "--all", "--format", "json").StandardOutput).RootElement.GetProperty("mechanisms").GetArrayLength());
        Assert.Equal(withCadence.Length, JsonDocument.Parse(Tool.Run("due", "--as-of", "2026-11-27", "--format", "json").StandardOutput).RootElement.GetProperty("mechanisms").GetArrayLength());

        // A status asked for is looked for among every mechanism.
        var unscheduled = Tool.Run("due", "--as-of", "2026-11-27", "--status", "unscheduled", "--format", "csv");
        var expected = mechanisms.Count(m => Domain.ReferenceCatalog.Default.AssessCadence(m.Id, new NodaTime.LocalDate(2026, 11, 27)).Status == Domain.CadenceStatus.Unscheduled);
        Assert.Equal(expected, unscheduled.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public void The_as_of_date_moves_the_status_and_defaults_to_today()
    {
        var file = _files.Write("catalog.json", Catalogs.Clean);
        string StatusOn(params string[] extra) => Tool.Run(["due", "--catalog", file, "--format", "csv", .. extra]).Output.Split("\r\n")[1].Split(',')[1];
        Assert.Equal("on-schedule", StatusOn("--as-of", "2025-06-01"));
        Assert.Equal("due", StatusOn("--as-of", "2026-03-15"));
        Assert.Equal("overdue", StatusOn("--as-of", "2026-11-27"));
        Assert.Equal("overdue", StatusOn());
        Assert.Equal("dormant", StatusOn("--as-of", "2027-06-01"));
    }

    [Fact]
    public void Json_and_a_status_filter()
    {
        var file = _files.Write("catalog.json", Catalogs.Clean);
        using var json = JsonDocument.Parse(Tool.Run("due", "--catalog", file, "--as-of", "2026-11-27", "--format", "json").StandardOutput);
        Assert.Equal("2026-11-27", json.RootElement.GetProperty("asOf").GetString());
        var talks = json.RootElement.GetProperty("mechanisms").EnumerateArray().Single();
        Assert.Equal("overdue", talks.GetProperty("status").GetString());
        Assert.Equal("2026-03-01", talks.GetProperty("expectedWindow").GetProperty("start").GetString());
        Assert.Equal("talks-1", talks.GetProperty("lastHeld").GetString());

        var dormant = Tool.Run("due", "--as-of", "2026-11-27", "--status", "dormant");
        Assert.Equal(["mx-us-consular-dialogue"], dormant.OutputLines.Skip(2).Select(l => l.Split(' ')[0]));
    }
}
