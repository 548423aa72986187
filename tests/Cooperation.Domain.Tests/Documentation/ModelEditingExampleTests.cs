using System;
using System.IO;
using System.Linq;

namespace Cooperation.Domain.Tests.Documentation;

/// <summary>The example of docs/model.md, "Editing", run as written, with the outputs its comments promise.</summary>
public class ModelEditingExampleTests
{
    [Fact]
    public void Example_prints_what_its_comments_say()
    {
        var output = new StringWriter();

        // --- the example, with Console.WriteLine writing to `output` ---
        var catalog = ReferenceCatalog.Default;
        var id = MeetingId.Parse("mx-us-consular-dialogue-2023-10");
        var held = catalog.GetMeeting(id).WithStatus(MeetingStatus.Held);
        var edited = catalog.With(held);
        output.WriteLine(edited.GetMeeting(id).Status.Name);                             // held
        output.WriteLine(edited.MeetingsOf(held.Mechanism!.Value).Single(m => m.Id == id).Status.Name); // held
        output.WriteLine(catalog.GetMeeting(id).Status.Name);                            // planned: unchanged
        // --- end of the example ---

        Assert.Equal(["held", "held", "planned"], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));

        // The shortcut the section warns about keeps the planned meeting for look-ups.
        Assert.Equal(MeetingStatus.Planned, new CatalogBuilder().AddRange(catalog).Add(held).Build().GetMeeting(id).Status);
    }

    [Fact]
    public void The_example_in_the_docs_matches_this_test()
    {
        var root = ReadmeExampleTests.RepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "model.md"));
        var section = doc.IndexOf("## Editing", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/model.md has an Editing section");
        var start = doc.IndexOf("```csharp", section, StringComparison.Ordinal);
        var end = doc.IndexOf("```", start + 9, StringComparison.Ordinal);
        var example = doc[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(example);
        var source = File.ReadAllText(Path.Combine(root, "tests", "Cooperation.Domain.Tests", "Documentation", "ModelEditingExampleTests.cs"));
        foreach (var line in example)
        {
            Assert.Contains(line.Replace("Console.WriteLine", "output.WriteLine", StringComparison.Ordinal), source, StringComparison.Ordinal);
        }
    }
}
