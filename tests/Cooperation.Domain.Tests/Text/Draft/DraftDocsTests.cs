using System;
using System.IO;
using System.Linq;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Documentation;
using Cooperation.Domain.Tests.Reference;
using Cooperation.Domain.Text;
using Xunit.Abstractions;

namespace Cooperation.Domain.Tests.Text.Draft;

/// <summary>The example of docs/text-extraction.md, "The draft", run as written, its outputs compared with the comments.</summary>
public class DraftDocsTests(ITestOutputHelper output)
{
    [Fact]
    public void The_example_of_the_draft_runs_as_documented()
    {
        var seeds = ReferenceQuoteTests.SeedsFolder();
        var printed = new StringWriter();
        void Print(object? value) => printed.WriteLine(value);

        var bytes = File.ReadAllBytes(Path.Combine(seeds, "003_d352a4c521fecf60.txt"));
        var reading = new CommuniqueReader().Read(bytes, "003_d352a4c521fecf60.txt");
        CooperationCatalog draft = reading.Draft!;
        Print(draft.Sources[0].Id);
        Print(draft.Meetings[0].Id);
        Print(draft.Meetings[0].Delegations[0].Participants[0].Role.Name);
        var report = Validator.Validate(draft, ValidationOptions.Default.WithSourceTexts(SourceTexts.FromDirectory(seeds)));
        Print(report.ErrorCount);
        output.WriteLine(printed.ToString());

        var docs = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "text-extraction.md"));
        var section = docs[docs.IndexOf("## The draft", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        var lines = example.Split('\n').Select(static l => l.Trim()).Where(static l => l.Length > 0).ToList();

        // Every statement is this test's, and every printed value is the comment the documentation gives it.
        var source = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Text", "Draft", "DraftDocsTests.cs"));
        var expected = lines.Where(static l => l.Contains("//", StringComparison.Ordinal)).Select(static l => l[(l.IndexOf("//", StringComparison.Ordinal) + 2)..].Trim()).ToList();
        foreach (var line in lines)
        {
            var code = line.Contains("//", StringComparison.Ordinal) ? line[..line.IndexOf("//", StringComparison.Ordinal)].Trim() : line;
            Assert.Contains(code.Replace("Console.WriteLine", "Print", StringComparison.Ordinal), source, StringComparison.Ordinal);
        }

        Assert.Equal(expected, printed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => l.Trim()));
    }
}
