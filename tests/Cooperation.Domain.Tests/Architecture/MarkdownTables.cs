using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>The tables of <c>docs/architecture.md</c>, as the architecture tests read them.</summary>
internal static class MarkdownTables
{
    /// <summary>
    /// The rows of the first table after <paramref name="heading"/> (or of the table after that one, and so on, by
    /// <paramref name="table"/>), cells trimmed, header and separator skipped.
    /// </summary>
    public static List<string[]> Rows(string markdown, string heading, int table = 0)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == heading);
        Assert.True(start >= 0, $"docs/architecture.md has no \"{heading}\".");
        var after = lines.Skip(start + 1);
        for (var i = 0; i < table; i++)
        {
            after = after.SkipWhile(l => !l.StartsWith('|')).SkipWhile(l => l.StartsWith('|'));
        }

        var rows = after.SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.True(rows.Count > 0, $"The table under \"{heading}\" in docs/architecture.md is empty.");
        return rows;
    }

    /// <summary>The code spans of a cell, in order.</summary>
    public static IEnumerable<string> Code(string cell) => Regex.Matches(cell, "`([^`]+)`").Select(m => m.Groups[1].Value);
}
