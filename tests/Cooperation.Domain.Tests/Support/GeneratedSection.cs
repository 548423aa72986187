using System;
using System.IO;
using Cooperation.Domain.Tests.Documentation;

namespace Cooperation.Domain.Tests.Support;

/// <summary>
/// A generated region of a committed document, between <c>&lt;!-- generated:NAME --&gt;</c> and
/// <c>&lt;!-- /generated:NAME --&gt;</c> lines: the rest of the page is written by hand, the region by a test.
/// A stale region fails like a stale <see cref="GeneratedFile"/>, and <c>COOPERATION_ACCEPT=1</c> accepts it.
/// </summary>
public static class GeneratedSection
{
    public static void Check(string relativePath, string name, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = Path.Combine(ReadmeExampleTests.RepositoryRoot(), relativePath);
        Assert.True(File.Exists(path), $"{relativePath} does not exist: it should hold the generated section {name}");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var open = $"<!-- generated:{name} -->\n";
        var close = $"<!-- /generated:{name} -->";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(close, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{relativePath} has no region between \"{open.TrimEnd()}\" and \"{close}\"");
        content = content.ReplaceLineEndings("\n");
        GeneratedFile.Check(relativePath, string.Concat(text.AsSpan(0, start + open.Length), content, content.EndsWith('\n') ? string.Empty : "\n", text.AsSpan(end)));
    }
}
