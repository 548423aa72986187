using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Cooperation.Domain.EntityFrameworkCore.Tests;

/// <summary>docs/service.md shows the queries the tests run: every line of its query example is in <see cref="QueryScenarios"/>.</summary>
public sealed class ServicePageTests
{
    private static readonly string Root = typeof(ServicePageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    [Fact]
    public void The_query_example_is_the_one_the_tests_run()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "service.md"));
        var section = page[page.IndexOf("## Queries that translate", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        var code = File.ReadAllLines(Path.Combine(Root, "tests", "Cooperation.Domain.EntityFrameworkCore.Tests", "QueryScenarios.cs")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var lines = example.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        Assert.True(lines.Length >= 9, example);
        Assert.All(lines, line => Assert.Contains(line, code));
    }
}
