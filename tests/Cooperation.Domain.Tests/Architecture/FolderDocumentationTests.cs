using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cooperation.Domain.Tests.Documentation;
using Xunit;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>
/// <c>docs/architecture.md</c> names every folder of <c>src/</c> and <c>tests/</c> and says what belongs there: each
/// folder on disk has a row (its first cell names it), and each row names a folder that exists (or, in the tool, one
/// its project links from the library).
/// </summary>
public sealed class FolderDocumentationTests
{
    private static readonly Lazy<string> Document = new(() => File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "architecture.md")));

    public static TheoryData<string, string, int> Tables => new()
    {
        { "src/Cooperation.Domain", "## The package: `src/Cooperation.Domain`", 0 },
        { "src/Cooperation.Cli", "## The tool: `src/Cooperation.Cli`", 0 },
        { "tests/Cooperation.Domain.Tests", "## Tests", 0 },
        { "tests/Cooperation.Cli.Tests", "## Tests", 1 },
        { "src/Cooperation.Domain.EntityFrameworkCore", "## The database companion: `src/Cooperation.Domain.EntityFrameworkCore`", 0 },
        { "tests/Cooperation.Domain.EntityFrameworkCore.Tests", "## Tests", 2 },
        { "src/Cooperation.Domain.Interop", "## The Interop package: `src/Cooperation.Domain.Interop`", 0 },
        { "tests/Cooperation.Domain.Interop.Tests", "## Tests", 3 },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_folder_is_named_and_every_name_is_a_folder(string project, string heading, int table)
    {
        var named = MarkdownTables.Rows(Document.Value, heading, table)
            .SelectMany(r => MarkdownTables.Code(r[0]))
            .Where(c => c.EndsWith('/'))
            .ToHashSet(StringComparer.Ordinal);
        var onDisk = OnDisk(project);
        var linked = project.StartsWith("src/", StringComparison.Ordinal) ? SourceFolders.LinksOf(project[4..]).Select(l => l.Folder).ToList() : [];
        Assert.Empty(onDisk.Where(f => !named.Contains(f)).Order(StringComparer.Ordinal).Select(f => $"{project}/{f} is not in docs/architecture.md"));
        Assert.Empty(named.Where(f => !onDisk.Contains(f) && !linked.Contains(f)).Order(StringComparer.Ordinal).Select(f => $"docs/architecture.md names {project}/{f}, which does not exist"));
    }

    [Fact]
    public void A_missing_folder_and_a_folder_that_is_not_there_are_both_found()
    {
        // The check sees what it must: the tables are read, and the folders on disk are many.
        Assert.True(MarkdownTables.Rows(Document.Value, "## The package: `src/Cooperation.Domain`").Count > 25);
        Assert.Contains("Rules/Output/", OnDisk("src/Cooperation.Domain"));
        Assert.Contains("Text/Gold/Seeds/", OnDisk("tests/Cooperation.Domain.Tests"));
        Assert.DoesNotContain(OnDisk("src/Cooperation.Domain"), f => f.StartsWith("bin/", StringComparison.Ordinal) || f.StartsWith("obj/", StringComparison.Ordinal));
    }

    private static HashSet<string> OnDisk(string project)
    {
        var root = Path.Combine(ReadmeExampleTests.RepositoryRoot(), project);
        return Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/') + "/")
            .Where(d => !d.StartsWith("bin/", StringComparison.Ordinal) && !d.StartsWith("obj/", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    }
}
