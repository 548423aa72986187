using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// score.py's one-to-one matching: Kuhn's augmenting paths, predictions tried in order, each prediction's candidates
/// in gold order (preferred ones first when a preference is given). The same order gives the same matching, so the
/// false positives that fall on optional gold, and the agreement counts, are those score.py reports.
/// </summary>
internal static class BipartiteMatching
{
    /// <summary>The matching as gold index → prediction index.</summary>
    public static Dictionary<int, int> Match(int predictions, int gold, Func<int, int, bool> ok, Func<int, int, bool>? prefer = null)
    {
        var candidates = new List<int>[predictions];
        for (var i = 0; i < predictions; i++)
        {
            var row = Enumerable.Range(0, gold).Where(j => ok(i, j));
            // A stable sort with preferred candidates first, as Python's sorted(key=not prefer).
            candidates[i] = prefer is null ? [.. row] : [.. row.OrderBy(j => prefer(i, j) ? 0 : 1)];
        }

        var owner = new Dictionary<int, int>();
        for (var i = 0; i < predictions; i++)
        {
            Augment(i, [], candidates, owner);
        }

        return owner;
    }

    private static bool Augment(int i, HashSet<int> seen, List<int>[] candidates, Dictionary<int, int> owner)
    {
        foreach (var j in candidates[i])
        {
            if (!seen.Add(j))
            {
                continue;
            }

            if (!owner.TryGetValue(j, out var current) || Augment(current, seen, candidates, owner))
            {
                owner[j] = i;
                return true;
            }
        }

        return false;
    }
}
