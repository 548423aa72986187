using System;
using System.IO;
using System.Linq;
using Cooperation.Domain.Merge;
using Cooperation.Domain.Tests.Merge;

namespace Cooperation.Domain.Tests.Documentation;

/// <summary>The example of docs/merge.md, run as written, with the outputs its comments promise.</summary>
public class MergeExampleTests
{
    [Fact]
    public void Example_prints_what_its_comments_say()
    {
        var output = new StringWriter();
        var draftPath = MergeReferenceTests.DraftPath;

        // --- the example, with Console.WriteLine writing to `output` ---
        var draft = CatalogDocument.Load(draftPath);                              // tests/Cooperation.Domain.Tests/Merge/draft-sre-176.json
        var merge = CatalogMerge.Merge(ReferenceCatalog.Default, [draft.Catalog]);
        output.WriteLine(merge.Entities[0]);                                      // reused source sources[sre-comunicado-176-2023] (the draft's sources[sre-comunicado-176], by archive)
        output.WriteLine(merge.Conflicts[0].Path);                                // meetings[mx-us-consular-dialogue-2023-04].delegations[MX].participants[0].institution
        output.WriteLine($"{merge.Conflicts[0].CatalogValue} {merge.Conflicts[0].DraftValue}"); // "mx-sre-dgpcpe" "mx-sre"
        output.WriteLine(merge.HasUnresolvedConflicts);                           // True: the catalog's value was kept
        var preferred = CatalogMerge.Merge(ReferenceCatalog.Default, [draft.Catalog], MergePreference.Draft);
        output.WriteLine(preferred.HasUnresolvedConflicts);                       // False: the draft's value was taken, and reported
        // --- end of the example ---

        Assert.Equal(
            [
                "reused source sources[sre-comunicado-176-2023] (the draft's sources[sre-comunicado-176], by archive)",
                "meetings[mx-us-consular-dialogue-2023-04].delegations[MX].participants[0].institution",
                "\"mx-sre-dgpcpe\" \"mx-sre\"",
                "True",
                "False",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void The_example_in_the_docs_matches_this_test()
    {
        var root = ReadmeExampleTests.RepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "merge.md"));
        var start = doc.IndexOf("```csharp", StringComparison.Ordinal);
        var end = doc.IndexOf("```", start + 9, StringComparison.Ordinal);
        var example = doc[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(example);
        var source = File.ReadAllText(Path.Combine(root, "tests", "Cooperation.Domain.Tests", "Documentation", "MergeExampleTests.cs"));
        foreach (var line in example)
        {
            Assert.Contains(line.Replace("Console.WriteLine", "output.WriteLine", StringComparison.Ordinal), source, StringComparison.Ordinal);
        }
    }
}
