using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cooperation.Cli.Input;

/// <summary>"Did you mean" for mistyped names, and counts in words ("1 argument", "2 arguments").</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidates that contain <paramref name="text"/> or are within <paramref name="maxEdits"/> edits of it,
    /// nearest first (ties in ordinal order), at most <paramref name="max"/>.
    /// </summary>
    public static List<string> Nearest(string text, IEnumerable<string> candidates, int maxEdits, int max)
    {
        var folded = text.ToLowerInvariant();
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (c, score: folded.Length > 0 && c.Contains(folded, StringComparison.Ordinal) ? 0 : Distance(c, folded)))
            .Where(c => c.score <= maxEdits)
            .OrderBy(c => c.score).ThenBy(c => c.c, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.c)
            .ToList();
    }

    /// <summary>"'check'", "'check' or 'due'", "'a', 'b' or 'c'" (or with another <paramref name="conjunction"/>).</summary>
    public static string Alternatives(IReadOnlyList<string> names, string conjunction = "or")
    {
        var quoted = names.Select(n => $"'{n}'").ToArray();
        return quoted.Length <= 1 ? string.Concat(quoted) : $"{string.Join(", ", quoted[..^1])} {conjunction} {quoted[^1]}";
    }

    /// <summary>"no arguments", "1 argument", "2 arguments": a count with its noun in the singular or the plural.</summary>
    public static string Count(long count, string singular, string? plural = null, string? none = null)
        => count == 0 && none is not null
            ? none
            : string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
