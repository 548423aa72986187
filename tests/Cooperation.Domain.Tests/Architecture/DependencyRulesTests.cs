using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Cooperation.Domain.Tests.Documentation;
using Xunit;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>
/// Checks the library's sources against the two tables of <c>docs/architecture.md</c> ("Layers and namespaces"): the
/// namespace each folder declares, and the layers each layer may use. The rules are read from the document, so the
/// document and the code cannot drift apart.
/// </summary>
/// <remarks>
/// The check reads the sources, not the compiled assembly, because a layer is a folder. A layer's types are the
/// top-level types its files declare; a file uses another layer when its code (comments, strings and character
/// literals removed, the holes of interpolated strings kept) names one of that layer's types, other than as a member
/// after a dot (<c>StringComparison.Ordinal</c> is not the value type <c>Ordinal</c>).
/// </remarks>
public sealed class DependencyRulesTests
{
    private static readonly string Root = Path.Combine(ReadmeExampleTests.RepositoryRoot(), "src", "Cooperation.Domain");

    private static readonly Lazy<Dictionary<string, string>> Sources = new(() => Directory
        .EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
        .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Root, f)), StringComparer.Ordinal));

    private static readonly Lazy<Rules> DocumentRules = new(() => Rules.Parse(File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "architecture.md"))));

    [Fact]
    public void Every_file_declares_the_namespace_of_its_folder()
    {
        var rules = DocumentRules.Value;
        var wrong = new List<string>();
        foreach (var (file, text) in Sources.Value)
        {
            var expected = rules.NamespaceOf(file);
            var declared = Regex.Matches(Analyzer.Strip(text), @"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
            if (expected is null)
            {
                wrong.Add($"{file}: its folder is not in the namespace table");
            }
            else if (declared.Count == 0 && Analyzer.DeclaredTypes(text).Any())
            {
                wrong.Add($"{file}: declares types outside any namespace");
            }
            else if (declared.Any(d => d != expected))
            {
                wrong.Add($"{file}: declares {string.Join(", ", declared)}, its folder's namespace is {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_layer_uses_only_the_layers_it_may_use()
    {
        var violations = Analyzer.Violations(Sources.Value, DocumentRules.Value);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_dependency_table_names_every_layer_and_only_layers()
    {
        var rules = DocumentRules.Value;
        var layers = Sources.Value.Keys.Select(Analyzer.LayerOf).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(layers, rules.MayUse.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(rules.MayUse.Values.SelectMany(u => u.Keys), l => Assert.Contains(l, layers));
    }

    [Fact]
    public void The_layers_form_no_cycle_apart_from_converter_attributes()
    {
        // The attributes that attach converters ([JsonConverter(typeof(…))]) are the one allowed way back.
        var rules = DocumentRules.Value;
        var edges = rules.MayUse.ToDictionary(r => r.Key, r => r.Value.Where(u => !u.Value.AttributesOnly).Select(u => u.Key).ToList());
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var cycle = new List<string>();
        bool Visit(string layer, Stack<string> path)
        {
            if (state.GetValueOrDefault(layer) == 2)
            {
                return false;
            }

            if (state.GetValueOrDefault(layer) == 1)
            {
                cycle.AddRange(path.Reverse().Append(layer));
                return true;
            }

            state[layer] = 1;
            path.Push(layer);
            var found = edges.GetValueOrDefault(layer, []).Any(next => Visit(next, path));
            path.Pop();
            state[layer] = 2;
            return found;
        }

        Assert.False(edges.Keys.Any(l => Visit(l, new Stack<string>())), "A cycle: " + string.Join(" → ", cycle));
    }

    // The analyzer itself: it must see a reference that exists, flag one the rules forbid, and not be fooled by
    // comments, strings and member names.
    [Fact]
    public void The_check_finds_real_references_and_flags_a_violation()
    {
        var rules = DocumentRules.Value;
        var catalog = Analyzer.References(Sources.Value["Catalog/CooperationCatalog.cs"], Analyzer.TypeOwners(Sources.Value));
        Assert.Contains(catalog, r => r.Type == "Mechanism" && r.Layer == "Model");

        var probe = """
            using System;

            namespace Cooperation.Domain;

            // Countries in a comment, "Countries" in a string, StringComparison.Ordinal: none of these is a use.
            internal static class Probe
            {
                public static string Text => $"{"Mechanism"} {nameof(String)}";

                public static int Rows => Countries.All.Count;
            }
            """;
        var files = new Dictionary<string, string>(Sources.Value, StringComparer.Ordinal) { ["Values/Probe.cs"] = probe };
        var violations = Analyzer.Violations(files, rules);
        var only = Assert.Single(violations);
        Assert.StartsWith("Values/Probe.cs:", only, StringComparison.Ordinal);
        Assert.Contains("Countries", only, StringComparison.Ordinal);

        // A restricted use: the rules may use Serialization/ for CatalogDocument only.
        files = new Dictionary<string, string>(Sources.Value, StringComparer.Ordinal)
        {
            ["Rules/Probe.cs"] = "namespace Cooperation.Domain.Rules;\n\ninternal static class Probe\n{\n    public static object Json => typeof(CooperationJson);\n}\n",
        };
        Assert.Contains(Analyzer.Violations(files, rules), v => v.StartsWith("Rules/Probe.cs:", StringComparison.Ordinal) && v.Contains("CooperationJson", StringComparison.Ordinal));

        // An attribute-only use outside an attribute.
        files = new Dictionary<string, string>(Sources.Value, StringComparer.Ordinal)
        {
            ["Values/Probe.cs"] = "namespace Cooperation.Domain;\n\ninternal static class Probe\n{\n    public static object Converter => new AcronymJsonConverter();\n}\n",
        };
        Assert.Contains(Analyzer.Violations(files, rules), v => v.StartsWith("Values/Probe.cs:", StringComparison.Ordinal) && v.Contains("AcronymJsonConverter", StringComparison.Ordinal));
    }

    [Fact]
    public void The_namespace_check_flags_a_file_in_the_wrong_namespace()
    {
        var rules = DocumentRules.Value;
        Assert.Equal("Cooperation.Domain.Serialization", rules.NamespaceOf("Serialization/Reading/CatalogStreamWalker.cs"));
        Assert.Equal("Cooperation.Domain", rules.NamespaceOf("Serialization/CooperationJson.cs"));
        Assert.Equal("Cooperation.Domain.Internal.Text", rules.NamespaceOf("Internal/Text/Nfc.cs"));
        Assert.NotEqual("Cooperation.Domain", rules.NamespaceOf("Internal/Slug.cs"));
    }

    /// <summary>What may use what, and which namespace each folder declares, as <c>docs/architecture.md</c> states them.</summary>
    internal sealed record Rules(IReadOnlyList<(string Folder, string Namespace)> Namespaces, IReadOnlyDictionary<string, Dictionary<string, Use>> MayUse)
    {
        /// <summary>
        /// The layer of <paramref name="file"/>: the longest folder of the dependency table that holds it, else its
        /// top-level folder (which then has no row).
        /// </summary>
        public string LayerOf(string file)
            => MayUse.Keys.Where(k => file.StartsWith(k + "/", StringComparison.Ordinal)).MaxBy(k => k.Length)
                ?? (file.Contains('/', StringComparison.Ordinal) ? file[..file.IndexOf('/', StringComparison.Ordinal)] : "");

        /// <summary>The namespace of the longest folder of the table that holds <paramref name="file"/>.</summary>
        public string? NamespaceOf(string file)
            => Namespaces.Where(n => file.StartsWith(n.Folder, StringComparison.Ordinal)).OrderByDescending(n => n.Folder.Length).Select(n => n.Namespace).FirstOrDefault();

        public static Rules Parse(string markdown)
        {
            var namespaces = Table(markdown, "### Namespaces")
                .Select(r => (Folder: Code(r[0]).Single(), Namespace: Code(r[1]).Single())).ToList();
            var mayUse = Table(markdown, "### Dependency rules").ToDictionary(
                r => Code(r[0]).Single().TrimEnd('/'),
                r => Regex.Matches(r[1], @"`([\w/]+)/`(?:\s*\(([^)]*)\))?").ToDictionary(
                    m => m.Groups[1].Value,
                    m => new Use(m.Groups[2].Value.Contains("attributes", StringComparison.Ordinal), Code(m.Groups[2].Value).ToHashSet(StringComparer.Ordinal)),
                    StringComparer.Ordinal),
                StringComparer.Ordinal);
            Assert.NotEmpty(namespaces);
            Assert.NotEmpty(mayUse);
            return new Rules(namespaces, mayUse);
        }

        // The rows of the first table after the heading, cells trimmed, header and separator skipped.
        private static IEnumerable<string[]> Table(string markdown, string heading)
        {
            var lines = markdown.Split('\n');
            var start = Array.FindIndex(lines, l => l.TrimEnd() == heading);
            Assert.True(start >= 0, $"docs/architecture.md has no \"{heading}\".");
            return lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
                .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());
        }

        private static IEnumerable<string> Code(string cell) => Regex.Matches(cell, "`([^`]+)`").Select(m => m.Groups[1].Value);
    }

    /// <summary>A use of another layer: everywhere, only in attributes, or only of the named types.</summary>
    internal sealed record Use(bool AttributesOnly, HashSet<string> OnlyTypes);

    internal static class Analyzer
    {
        private static readonly Regex Declaration = new(
            @"^(?:(?:public|internal|file|static|sealed|abstract|readonly|partial|ref|unsafe)\s+)*(?:class|struct|interface|enum|record(?:\s+struct|\s+class)?|delegate\s+[\w<>\[\]?,\s]+?)\s+(\w+)",
            RegexOptions.Multiline);

        // A type name not preceded by a dot (a member access) or by another identifier character.
        private static readonly Regex Name = new(@"(?<![\w.])[A-Z]\w*\b");

        public static string LayerOf(string file) => DocumentRules.Value.LayerOf(file);

        /// <summary>The top-level types of a file (file-scoped namespaces: they start a line).</summary>
        public static IEnumerable<string> DeclaredTypes(string text) => Declaration.Matches(Strip(text)).Select(m => m.Groups[1].Value);

        public static Dictionary<string, string> TypeOwners(IReadOnlyDictionary<string, string> files)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (file, text) in files)
            {
                foreach (var type in DeclaredTypes(text))
                {
                    Assert.True(!owners.TryGetValue(type, out var other) || other == LayerOf(file), $"{type} is declared in two layers, {other} and {LayerOf(file)}.");
                    owners[type] = LayerOf(file);
                }
            }

            return owners;
        }

        /// <summary>The types of other layers a file names, with the line and whether that line is an attribute.</summary>
        public static List<(string Type, string Layer, int Line, bool InAttribute)> References(string text, IReadOnlyDictionary<string, string> owners)
        {
            var found = new List<(string, string, int, bool)>();
            var lines = Strip(text).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var inAttribute = lines[i].TrimStart().StartsWith('[');
                foreach (Match m in Name.Matches(lines[i]))
                {
                    if (owners.TryGetValue(m.Value, out var layer))
                    {
                        found.Add((m.Value, layer, i + 1, inAttribute));
                    }
                }
            }

            return found;
        }

        public static List<string> Violations(IReadOnlyDictionary<string, string> files, Rules rules)
        {
            var owners = TypeOwners(files);
            var violations = new List<string>();
            foreach (var (file, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var layer = LayerOf(file);
                var allowed = rules.MayUse.GetValueOrDefault(layer) ?? new Dictionary<string, Use>(StringComparer.Ordinal);
                foreach (var (type, other, line, inAttribute) in References(text, owners).Where(r => r.Layer != layer))
                {
                    var why = !allowed.TryGetValue(other, out var use) ? $"{layer}/ may not use {other}/"
                        : use.AttributesOnly && !inAttribute ? $"{layer}/ may use {other}/ in attributes only"
                        : use.OnlyTypes.Count > 0 && !use.OnlyTypes.Contains(type) ? $"{layer}/ may use only {string.Join(", ", use.OnlyTypes)} of {other}/"
                        : null;
                    if (why is not null)
                    {
                        violations.Add($"{file}:{line}: {type} ({other}/): {why}");
                    }
                }
            }

            return violations;
        }

        /// <summary>The code of a C# file with comments, strings and character literals blanked (interpolation holes kept) and lines kept.</summary>
        public static string Strip(string text)
        {
            var output = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                if (At(text, i, "//"))
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }
                }
                else if (At(text, i, "/*"))
                {
                    var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    end = end < 0 ? text.Length : end + 2;
                    output.Append('\n', text.AsSpan(i, end - i).Count('\n'));
                    i = end;
                }
                else if (StringStart(text, i) is { } prefix)
                {
                    i = SkipString(text, i + prefix.Length, prefix, output);
                }
                else if (text[i] == '\'' && Regex.Match(text[i..Math.Min(text.Length, i + 12)], @"^'(\\[^']*|[^'\\])'") is { Success: true } c)
                {
                    output.Append("' '");
                    i += c.Length;
                }
                else
                {
                    output.Append(text[i]);
                    i++;
                }
            }

            return output.ToString();
        }

        private static bool At(string text, int i, string what) => string.CompareOrdinal(text, i, what, 0, what.Length) == 0;

        // The opening of a string literal at i ("…", @"…", $"…", $@"…", @$"…", """…"""), or null.
        private static string? StringStart(string text, int i)
        {
            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_'))
            {
                return null;
            }

            foreach (var prefix in (ReadOnlySpan<string>)["$\"\"\"", "\"\"\"", "$@\"", "@$\"", "@\"", "$\"", "\""])
            {
                if (At(text, i, prefix))
                {
                    return prefix;
                }
            }

            return null;
        }

        // Skips a string literal whose content starts at i; the holes of an interpolated string are copied as code.
        private static int SkipString(string text, int i, string prefix, StringBuilder output)
        {
            var raw = prefix.EndsWith("\"\"\"", StringComparison.Ordinal);
            var verbatim = prefix.Contains('@', StringComparison.Ordinal);
            var interpolated = prefix.Contains('$', StringComparison.Ordinal);
            output.Append('"');
            while (i < text.Length)
            {
                if (raw && At(text, i, "\"\"\""))
                {
                    i += 3;
                    break;
                }

                var ch = text[i];
                if (ch == '\n')
                {
                    output.Append('\n');
                }

                if (interpolated && ch == '{')
                {
                    if (At(text, i, "{{"))
                    {
                        i += 2;
                        continue;
                    }

                    var depth = 1;
                    var start = ++i;
                    while (i < text.Length && depth > 0)
                    {
                        depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
                        i++;
                    }

                    output.Append(' ').Append(Strip(text[start..(i - 1)])).Append(' ');
                    continue;
                }

                if (!raw && !verbatim && ch == '\\')
                {
                    i += 2;
                    continue;
                }

                if (!raw && ch == '"')
                {
                    if (verbatim && At(text, i, "\"\""))
                    {
                        i += 2;
                        continue;
                    }

                    i++;
                    break;
                }

                i++;
            }

            output.Append('"');
            return i;
        }
    }
}
