using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>
/// A use of another layer: everywhere, only in attributes, or only of the named types; a back edge is a use against
/// the direction of the layers that the document names as such, which the cycle check leaves out as it does attributes.
/// </summary>
internal sealed record Use(bool AttributesOnly, HashSet<string> OnlyTypes, bool BackEdge = false);

/// <summary>
/// What may use what in one assembly, as <c>docs/architecture.md</c> states it: the namespace of each folder, the layers
/// (top-level folders, <c>""</c> for the project's root, written <c>(root)</c>) and what each may use, and the
/// sub-layers of the layers that have them (folders inside a layer, the layer's own files included) and which sibling
/// sub-layers each may use.
/// </summary>
internal sealed record LayerRules(
    IReadOnlyList<(string Folder, string Namespace)> Namespaces,
    IReadOnlyDictionary<string, Dictionary<string, Use>> Layers,
    IReadOnlyDictionary<string, Dictionary<string, Use>> SubLayers)
{
    /// <summary>The namespace of the longest folder of the table that holds <paramref name="folder"/>.</summary>
    public string? NamespaceOf(string folder)
        => Namespaces.Where(n => folder.StartsWith(n.Folder, StringComparison.Ordinal)).OrderByDescending(n => n.Folder.Length).Select(n => n.Namespace).FirstOrDefault();

    /// <summary>The layer of a folder: its first segment ("Rules/" for "Rules/Output/"), "" for the root.</summary>
    public static string LayerOf(string folder) => folder.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? folder[..(slash + 1)] : string.Empty;

    /// <summary>The sub-layer a folder belongs to: the longest sub-layer row that holds it, or null when its layer has none.</summary>
    public string? SubLayerOf(string folder)
        => SubLayers.Keys.Where(s => folder.StartsWith(s, StringComparison.Ordinal) && LayerOf(s) == LayerOf(folder)).OrderByDescending(s => s.Length).FirstOrDefault();

    /// <summary>Why <paramref name="reference"/> (to a type of the same assembly, in <paramref name="targetFolder"/>) breaks the rules, or null.</summary>
    public string? Violation(CodeReference reference, string targetFolder)
    {
        var (from, to) = (LayerOf(reference.FromFolder), LayerOf(targetFolder));
        if (from != to)
        {
            return Check(Layers.GetValueOrDefault(from), from, to, reference);
        }

        var (fromSub, toSub) = (SubLayerOf(reference.FromFolder), SubLayerOf(targetFolder));
        return fromSub is null || toSub is null || fromSub == toSub ? null : Check(SubLayers.GetValueOrDefault(fromSub), fromSub, toSub, reference);
    }

    private static string? Check(Dictionary<string, Use>? allowed, string from, string to, CodeReference reference)
    {
        if (allowed is null || !allowed.TryGetValue(to, out var use))
        {
            return $"{Show(from)} may not use {Show(to)}";
        }

        if (use.AttributesOnly && !reference.InAttribute)
        {
            return $"{Show(from)} may use {Show(to)} in attributes only";
        }

        return use.OnlyTypes.Count > 0 && !use.OnlyTypes.Contains(reference.Target.TopLevelName)
            ? $"{Show(from)} may use only {string.Join(", ", use.OnlyTypes.Order(StringComparer.Ordinal))} of {Show(to)}"
            : null;
    }

    /// <summary>A folder as the document writes it: <c>Rules/</c>, <c>(root)</c>.</summary>
    public static string Show(string folder) => folder.Length == 0 ? "(root)" : folder;

    /// <summary>The uses a table names as back edges, "from → to".</summary>
    public static List<string> BackEdges(IReadOnlyDictionary<string, Dictionary<string, Use>> table)
        => [.. table.SelectMany(r => r.Value.Where(u => u.Value.BackEdge).Select(u => $"{Show(r.Key)} → {Show(u.Key)}")).Order(StringComparer.Ordinal)];

    /// <summary>A cycle among the edges of a table (attribute-only uses and named back edges left out), or null.</summary>
    public static List<string>? Cycle(IReadOnlyDictionary<string, Dictionary<string, Use>> table)
    {
        var edges = table.ToDictionary(r => r.Key, r => r.Value.Where(u => !u.Value.AttributesOnly && !u.Value.BackEdge).Select(u => u.Key).ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                return [.. path.SkipWhile(p => p != node), node];
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node, []))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return edges.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    /// <summary>
    /// The rules of the library: the tables "Namespaces", "Dependency rules" and "Sub-layers" under "Layers and
    /// namespaces".
    /// </summary>
    public static LayerRules ParseLibrary(string markdown)
        => new(
            [.. MarkdownTables.Rows(markdown, "### Namespaces").Select(r => (Folder(r[0]), MarkdownTables.Code(r[1]).Single()))],
            Uses(MarkdownTables.Rows(markdown, "### Dependency rules"), 1),
            Uses(MarkdownTables.Rows(markdown, "### Sub-layers"), 1));

    /// <summary>The rules of the tool: the table "The tool's layers" (folder, namespace, may use).</summary>
    public static LayerRules ParseTool(string markdown)
    {
        var rows = MarkdownTables.Rows(markdown, "### The tool's layers");
        return new(
            [.. rows.Select(r => (Folder(r[0]), MarkdownTables.Code(r[1]).Single()))],
            Uses(rows, 2),
            new Dictionary<string, Dictionary<string, Use>>(StringComparer.Ordinal));
    }

    // "`Rules/`" → "Rules/"; "`(root)`" → "".
    private static string Folder(string cell)
    {
        var code = MarkdownTables.Code(cell).First();
        return code == "(root)" ? string.Empty : code;
    }

    // Each row's first cell is the folder; the cell at usesColumn lists what it may use: "`Values/`, `Serialization/`
    // (attributes only), `Rules/` (only `CatalogDocument`, `StrictJsonReader`)", "`Rules/BuiltIn/` (only `CatalogWalk`;
    // a back edge)", or "nothing".
    private static Dictionary<string, Dictionary<string, Use>> Uses(IEnumerable<string[]> rows, int usesColumn)
        => rows.ToDictionary(
            r => Folder(r[0]),
            r => Regex.Matches(r[usesColumn], @"`([\w/]+/|\(root\))`(?:\s*\(([^)]*)\))?").ToDictionary(
                m => m.Groups[1].Value == "(root)" ? string.Empty : m.Groups[1].Value,
                m => new Use(
                    m.Groups[2].Value.Contains("attributes only", StringComparison.Ordinal),
                    MarkdownTables.Code(m.Groups[2].Value).ToHashSet(StringComparer.Ordinal),
                    m.Groups[2].Value.Contains("back edge", StringComparison.Ordinal)),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
}
