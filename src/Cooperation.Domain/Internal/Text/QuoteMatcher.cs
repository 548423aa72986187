using System;
using System.Collections.Generic;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Internal.Text;

/// <summary>
/// Finds which of many quotes occur in one text in a single pass (Aho–Corasick): building costs the quotes' total
/// length, searching the text's length, so checking every quote of a catalog against a source is linear in the two
/// together, however many quotes there are. Searching each quote separately would cost quotes × text.
/// </summary>
internal sealed class QuoteMatcher
{
    private readonly Dictionary<long, int> _next = [];
    private readonly List<int> _fail = [0];
    private readonly List<int> _output = [0]; // the nearest terminal node on the failure chain, 0 for none
    private readonly List<bool> _terminal = [false];
    private readonly int[] _nodeOfPattern;

    /// <summary>Builds the matcher for <paramref name="patterns"/> (non-empty strings; repeats are allowed).</summary>
    public QuoteMatcher(IReadOnlyList<string> patterns)
    {
        var parent = new List<int> { 0 };
        var symbol = new List<char> { '\0' };
        var depth = new List<int> { 0 };
        _nodeOfPattern = new int[patterns.Count];
        for (var p = 0; p < patterns.Count; p++)
        {
            var node = 0;
            foreach (var c in patterns[p])
            {
                if (!_next.TryGetValue(Key(node, c), out var child))
                {
                    child = parent.Count;
                    _next.Add(Key(node, c), child);
                    parent.Add(node);
                    symbol.Add(c);
                    depth.Add(depth[node] + 1);
                    _fail.Add(0);
                    _output.Add(0);
                    _terminal.Add(false);
                }

                node = child;
            }

            _terminal[node] = true;
            _nodeOfPattern[p] = node;
        }

        // Failure links in order of depth (a counting sort, as depths are bounded by the longest pattern): a node's
        // link depends only on shallower nodes' links.
        var maxDepth = 0;
        foreach (var d in depth)
        {
            maxDepth = Math.Max(maxDepth, d);
        }

        var byDepth = new List<int>[maxDepth + 1];
        for (var v = 1; v < depth.Count; v++)
        {
            (byDepth[depth[v]] ??= []).Add(v);
        }

        for (var d = 2; d <= maxDepth; d++)
        {
            foreach (var v in byDepth[d] ?? [])
            {
                var c = symbol[v];
                var f = _fail[parent[v]];
                while (f != 0 && !_next.ContainsKey(Key(f, c)))
                {
                    f = _fail[f];
                }

                _fail[v] = _next.TryGetValue(Key(f, c), out var target) && target != v ? target : 0;
            }
        }

        for (var d = 1; d <= maxDepth; d++)
        {
            foreach (var v in byDepth[d] ?? [])
            {
                var f = _fail[v];
                _output[v] = _terminal[f] ? f : _output[f];
            }
        }
    }

    /// <summary>Which patterns occur in <paramref name="text"/>, in the order they were given.</summary>
    /// <param name="text">The text.</param>
    /// <param name="work">Counts one step per character, for tests of how work grows.</param>
    public bool[] Find(string text, WorkMeter? work = null)
    {
        var found = new bool[_terminal.Count];
        var state = 0;
        foreach (var c in text)
        {
            work?.Add();
            while (state != 0 && !_next.ContainsKey(Key(state, c)))
            {
                state = _fail[state];
            }

            state = _next.TryGetValue(Key(state, c), out var next) ? next : 0;

            // Every terminal on the chain is found; a node found before had its whole chain walked then.
            for (var t = _terminal[state] ? state : _output[state]; t != 0 && !found[t]; t = _output[t])
            {
                found[t] = true;
            }
        }

        var result = new bool[_nodeOfPattern.Length];
        for (var p = 0; p < result.Length; p++)
        {
            result[p] = found[_nodeOfPattern[p]];
        }

        return result;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
