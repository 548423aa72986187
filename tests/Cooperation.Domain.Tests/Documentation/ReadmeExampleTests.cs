using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Cooperation.Domain.Tests.Documentation;

/// <summary>The README's example, run as written, with the outputs its comments promise.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Example_prints_what_its_comments_say()
    {
        var output = new StringWriter();

        // --- the README example, with Console.WriteLine writing to `output` ---
        var mexico = Countries.Find("México").GetCountryOrThrow();         // also "MEXICO", "MEX", "484"
        var us = Countries.Find("EE.UU.").GetCountryOrThrow();             // aliases from the source documents
        output.WriteLine($"{mexico.Code}–{us.Code}: {us.Name.Spanish}"); // MX–US: Estados Unidos

        var founded = PartialDate.Parse("2013");                           // year precision
        var meeting = PartialDate.Parse("2023-04-20");
        output.WriteLine(founded.RelationTo(meeting));                    // Before
        output.WriteLine(Ordinal.Parse("8ª").ToEnglish());                // 8th
        output.WriteLine(CountryCode.TryParse("XK", out _) ? "XK" : "XK is not assigned"); // reserved code
        // --- end of the example ---

        Assert.Equal(
            ["MX–US: Estados Unidos", "Before", "8th", "XK is not assigned"],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        Assert.Equal(CountryCode.Parse("MX"), Countries.Find("MEXICO").GetCountryOrThrow().Code);
        Assert.Equal(CountryCode.Parse("MX"), Countries.Find("MEX").GetCountryOrThrow().Code);
        Assert.Equal(CountryCode.Parse("MX"), Countries.Find("484").GetCountryOrThrow().Code);
    }

    [Fact]
    public void Readme_example_matches_this_test()
    {
        // Keeps the README and this test in step: every code line of the README example appears above.
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("```csharp", StringComparison.Ordinal);
        var end = readme.IndexOf("```", start + 9, StringComparison.Ordinal);
        var example = readme[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using", StringComparison.Ordinal));
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Documentation", "ReadmeExampleTests.cs"));
        foreach (var line in example)
        {
            Assert.Contains(line.Replace("Console.WriteLine", "output.WriteLine", StringComparison.Ordinal), source, StringComparison.Ordinal);
        }

        Assert.True(example.Count() <= 12, "the README promises a short example");
    }

    internal static string RepositoryRoot()
    {
        var directory = typeof(ReadmeExampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        return directory;
    }
}
