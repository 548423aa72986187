using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>The checks of a compiled assembly against its <see cref="LayerRules"/>, each a list of violations (empty when it holds).</summary>
internal static class LayerCheck
{
    /// <summary>Every use of a type of the same assembly that the rules do not allow, and every type placed in two folders.</summary>
    public static List<string> Violations(CompiledAssembly assembly, LayerRules rules)
    {
        var violations = new List<string>(assembly.Problems);
        foreach (var reference in assembly.References)
        {
            if (reference.Target.Assembly != assembly.Name || !assembly.Types.TryGetValue(reference.Target.FullName, out var target) || target.Folder is null)
            {
                continue;
            }

            if (rules.Violation(reference, target.Folder) is { } why)
            {
                violations.Add($"{LayerRules.Show(reference.FromFolder)} {reference.Where}{(reference.InAttribute ? " [attribute]" : string.Empty)}: uses {reference.Target.FullName} ({LayerRules.Show(target.Folder)}): {why}");
            }
        }

        return [.. violations.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every type, outside a nested type and the compiler's own, whose namespace is not its folder's.</summary>
    public static List<string> NamespaceViolations(CompiledAssembly assembly, LayerRules rules)
    {
        var wrong = new List<string>();
        foreach (var type in assembly.Types.Values.Where(static t => t.Folder is not null && !t.IsNested && !t.Key.FullName.Contains('<', StringComparison.Ordinal)))
        {
            var expected = rules.NamespaceOf(type.Folder!);
            if (expected is null)
            {
                wrong.Add($"{type.Key.FullName}: its folder {LayerRules.Show(type.Folder!)} is not in the namespace table");
            }
            else if (type.Namespace != expected)
            {
                wrong.Add($"{type.Key.FullName} ({LayerRules.Show(type.Folder!)}): declares the namespace \"{type.Namespace}\", its folder's is {expected}");
            }
        }

        return wrong;
    }

    /// <summary>
    /// Every use by <paramref name="user"/> of a type of <paramref name="library"/> that is not public, or of a member
    /// that is neither public nor protected: a tool that uses the package's public API and nothing internal.
    /// </summary>
    public static List<string> HiddenUses(CompiledAssembly user, CompiledAssembly library)
    {
        var hidden = new List<string>();
        foreach (var reference in user.References.Where(r => r.Target.Assembly == library.Name))
        {
            if (!library.Types.TryGetValue(reference.Target.FullName, out var target))
            {
                hidden.Add($"{reference.Where}: uses {reference.Target.FullName}, which {library.Name} does not define");
            }
            else if (!target.IsVisible)
            {
                hidden.Add($"{reference.Where}: uses {reference.Target.FullName}, which is internal to {library.Name}");
            }
            else if (reference.Member is { } member && !target.VisibleMembers.Contains(member))
            {
                hidden.Add($"{reference.Where}: uses {reference.Target.FullName}.{member}, which is internal to {library.Name}");
            }
        }

        return [.. hidden.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The layers (top-level folders) of the folders that hold code, and the sub-folders of the layers that have sub-layers.</summary>
    public static List<string> MissingRows(CompiledAssembly assembly, LayerRules rules)
    {
        var missing = new List<string>();
        var folders = assembly.Types.Values.Select(static t => t.Folder).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var layer in folders.Select(LayerRules.LayerOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!rules.Layers.ContainsKey(layer))
            {
                missing.Add($"the layer {LayerRules.Show(layer)} has no row in the dependency rules");
            }
        }

        foreach (var row in rules.Layers.Keys.Where(l => !folders.Any(f => LayerRules.LayerOf(f) == l)))
        {
            missing.Add($"the dependency rules name {LayerRules.Show(row)}, which holds no code");
        }

        var layered = rules.SubLayers.Keys.Select(LayerRules.LayerOf).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in folders.Where(f => layered.Contains(LayerRules.LayerOf(f))))
        {
            // Each folder directly in a layer with sub-layers, and the layer's own files, need a row.
            var child = LayerRules.LayerOf(folder) + folder[LayerRules.LayerOf(folder).Length..].Split('/')[0] + (folder == LayerRules.LayerOf(folder) ? string.Empty : "/");
            if (!rules.SubLayers.ContainsKey(child))
            {
                missing.Add($"the sub-layer {child} has no row in the sub-layers");
            }
        }

        foreach (var row in rules.SubLayers.Keys.Where(s => !folders.Any(f => f.StartsWith(s, StringComparison.Ordinal))))
        {
            missing.Add($"the sub-layers name {row}, which holds no code");
        }

        return [.. missing.Distinct(StringComparer.Ordinal)];
    }
}
