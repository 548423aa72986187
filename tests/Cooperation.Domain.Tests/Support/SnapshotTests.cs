using System;
using System.Collections.Generic;
using System.IO;
using Xunit.Sdk;

namespace Cooperation.Domain.Tests.Support;

/// <summary>The snapshot helper itself, in a scratch folder.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly ScratchFolder _scratch = new("snapshots");

    private string Folder => _scratch.Path;

    public void Dispose() => _scratch.Dispose();

    private string Verified => Path.Combine(Folder, "Sample.Test.verified.json");

    private string Received => Path.Combine(Folder, "Sample.Test.received.json");

    [Fact]
    public void A_match_passes_and_removes_an_old_received_file()
    {
        File.WriteAllText(Verified, "{\r\n}\n");
        File.WriteAllText(Received, "old");
        Snapshot.Check(Folder, "Sample.Test", "json", "{\n}\n", accept: false);
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void A_mismatch_writes_received_and_fails_naming_both_files()
    {
        File.WriteAllText(Verified, "before\n");
        var error = Assert.Throws<XunitException>(() => Snapshot.Check(Folder, "Sample.Test", "json", "after\n", accept: false));
        Assert.Equal("after\n", File.ReadAllText(Received));
        Assert.Equal("before\n", File.ReadAllText(Verified));
        Assert.Contains("Snapshot changed", error.Message, StringComparison.Ordinal);
        Assert.Contains(Received, error.Message, StringComparison.Ordinal);
        Assert.Contains(Verified, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_snapshot_fails_until_accepted()
    {
        var error = Assert.Throws<XunitException>(() => Snapshot.Check(Folder, "Sample.Test", "json", "first\n", accept: false));
        Assert.Contains("Snapshot is new", error.Message, StringComparison.Ordinal);
        Assert.Contains("(missing)", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Verified));

        Snapshot.Check(Folder, "Sample.Test", "json", "first\n", accept: true);
        Assert.Equal("first\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "false", true)]
    [InlineData("1", "true", false)]
    [InlineData("1", "TRUE", false)]
    [InlineData("1", "1", false)]
    [InlineData("1", "0", true)]
    [InlineData(null, null, false)]
    [InlineData("yes", null, false)]
    public void Accepting_is_explicit_and_never_on_CI(string? accept, string? ci, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["COOPERATION_ACCEPT"] = accept, ["CI"] = ci };
        Assert.Equal(expected, Snapshot.ShouldAccept(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_verified_file_that_no_test_produces_is_stale()
    {
        File.WriteAllText(Path.Combine(Folder, "SnapshotTests.A_verified_file_that_no_test_produces_is_stale.verified.txt"), "kept");
        File.WriteAllText(Path.Combine(Folder, "SnapshotTests.Removed_test.verified.txt"), "stale");
        File.WriteAllText(Path.Combine(Folder, "Gone.Test.verified.json"), "stale");
        File.WriteAllText(Path.Combine(Folder, "Gone.Test.received.json"), "ignored");
        Assert.Equal(["Gone.Test.verified.json", "SnapshotTests.Removed_test.verified.txt"], Snapshot.FindStale(Folder, typeof(SnapshotTests).Assembly));
    }

    [Fact]
    public void An_old_extension_left_next_to_a_new_one_is_stale()
    {
        var old = Path.Combine(Folder, "SnapshotTests.An_old_extension_left_next_to_a_new_one_is_stale.verified.txt");
        var current = Path.Combine(Folder, "SnapshotTests.An_old_extension_left_next_to_a_new_one_is_stale.verified.json");
        File.WriteAllText(old, "old");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-1));
        File.WriteAllText(current, "new");
        Assert.Equal([Path.GetFileName(old)], Snapshot.FindStale(Folder, typeof(SnapshotTests).Assembly));
    }

    [Fact]
    public void Ci_markers_other_than_CI_also_prevent_accepting()
    {
        Assert.False(Snapshot.ShouldAccept(name => name switch { "COOPERATION_ACCEPT" => "1", "GITHUB_ACTIONS" => "true", _ => null }));
        Assert.False(Snapshot.ShouldAccept(name => name switch { "COOPERATION_ACCEPT" => "1", "TF_BUILD" => "True", _ => null }));
    }

    [Fact]
    public void Every_committed_snapshot_belongs_to_a_test()
    {
        var stale = Snapshot.FindStale(Snapshot.Directory, typeof(SnapshotTests).Assembly);
        Assert.True(stale.Count == 0, "Verified snapshots that no test produces (remove them, or restore their tests): " + string.Join(", ", stale));
    }
}
