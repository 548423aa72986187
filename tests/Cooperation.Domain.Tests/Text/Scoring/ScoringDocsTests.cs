using System;
using System.IO;
using System.Linq;
using Cooperation.Domain.Tests.Documentation;
using NodaTime;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>The example of docs/text-extraction.md ("Scoring"), run as written, with an extractor that writes the gold.</summary>
public class ScoringDocsTests
{
    // Stands for an extractor: the seed's gold as its output.
    private static string Extract(string text, string lang, LocalDate? date)
    {
        var gold = GoldSets.Seeds().Single(d => d.Text == text);
        Assert.Equal((gold.Language, gold.Date), (lang, date));
        return GoldAsPrediction.Of(gold).ToJsonString();
    }

    [Fact]
    public void The_example_prints_what_its_comments_say()
    {
        var output = new StringWriter();

        // --- the example, with Console.WriteLine writing to `output` ---
        var seeds = SeedScores.Compute((text, lang, date) => Extract(text, lang, date));   // DevelopmentSetScores alike
        output.WriteLine(seeds["meetings"].F1);                                           // 1
        output.WriteLine(seeds.ToMarkdown().Split('\n')[2]);                              // | date | 35 | 35 | 35 | 1.000 | 1.000 | 1.000 |
        // --- end of the example ---

        Assert.Equal(["1", "| date | 35 | 35 | 35 | 1.000 | 1.000 | 1.000 |"], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void The_page_shows_this_example()
    {
        var page = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "text-extraction.md"));
        var start = page.IndexOf("```csharp", page.IndexOf("### Scoring", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = page.IndexOf("```", start + 9, StringComparison.Ordinal);
        var source = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Text", "Scoring", "ScoringDocsTests.cs"));
        foreach (var line in page[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.Contains(line.Replace("Console.WriteLine", "output.WriteLine", StringComparison.Ordinal), source, StringComparison.Ordinal);
        }
    }
}
