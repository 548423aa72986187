using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Cooperation.Domain.Interop.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Interop.Tests.Html;

/// <summary>The example of the "Timeline page" section of docs/interop.md, run as written.</summary>
public sealed class TimelineExampleTests : IDisposable
{
    private readonly ScratchFolder _files = new("timeline-example");

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task The_example_writes_a_spanish_page()
    {
        var path = Path.Combine(_files.Path, "timeline.html");

        // --- the example ---
        var writer = new TimelineWriter(new NodaTime.LocalDate(2026, 11, 27), Language.Spanish);  // as of; the page opens in Spanish
        await using (var file = File.Create(path))                     // path: where the page goes, e.g. "timeline.html"
        {
            await writer.WriteAsync(ReferenceCatalog.Default, file);    // or writer.Write(catalog, bufferWriter)
        }

        // --- end of the example ---
        var page = File.ReadAllText(path, Encoding.UTF8);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"es\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>Línea de tiempo de la cooperación</title>", page, StringComparison.Ordinal);
        Assert.Contains("\"asOf\":\"2026-11-27\",\"lang\":\"es\"", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_in_the_docs_matches_this_test()
    {
        var doc = File.ReadAllText(Path.Combine(ExternalClients.RepositoryRoot, "docs", "interop.md"));
        var section = doc[doc.IndexOf("## Timeline page", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp", StringComparison.Ordinal);
        var end = section.IndexOf("```", start + 9, StringComparison.Ordinal);
        var example = section[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(example);
        var source = File.ReadAllText(Path.Combine(ExternalClients.RepositoryRoot, "tests", "Cooperation.Domain.Interop.Tests", "Html", "TimelineExampleTests.cs"));
        Assert.All(example, line => Assert.Contains(line, source, StringComparison.Ordinal));
    }
}
