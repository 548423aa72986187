using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>
/// Proves that the dependency check sees every way code can name a type of a layer it may not use: a synthetic
/// assembly is compiled with one forbidden use of each kind in <c>Low/</c> (which may use nothing) of types of
/// <c>High/</c> (which may use <c>Low/</c>), and the check must name each, while an allowed assembly passes clean.
/// </summary>
public sealed class EscapeProbeTests
{
    private const string High = """
        using System;

        namespace Probe.High;

        public sealed class Widget
        {
            public static int Count => 1;
        }

        public static class WidgetExtensions
        {
            public static int Twice(this int value) => 2 * value;
        }

        [AttributeUsage(AttributeTargets.All)]
        public sealed class MarkAttribute : Attribute;
        """;

    private const string Low = """
        using System;

        namespace Probe.Low;

        public sealed class Gadget
        {
            public static int Count => 2;

            public static Func<int> Later(int x) => () => x + Count;
        }
        """;

    private static readonly LayerRules Rules = new(
        [("Low/", "Probe.Low"), ("High/", "Probe.High")],
        new Dictionary<string, Dictionary<string, Use>>(StringComparer.Ordinal)
        {
            ["Low/"] = new(StringComparer.Ordinal),
            ["High/"] = new(StringComparer.Ordinal) { ["Low/"] = new Use(false, []) },
        },
        new Dictionary<string, Dictionary<string, Use>>(StringComparer.Ordinal));

    /// <summary>Each kind of use, as a class of <c>Low/</c>; the check must name the class and the type of <c>High/</c>.</summary>
    public static TheoryData<string, string, string> Escapes => new()
    {
        { "a using directive and a plain name", "using Probe.High;\nnamespace Probe.Low;\npublic static class Plain { public static int Rows => Widget.Count; }", "Probe.Low.Plain" },
        { "a fully qualified name", "namespace Probe.Low;\npublic static class Qualified { public static int Rows => global::Probe.High.Widget.Count; }", "Probe.Low.Qualified" },
        { "using static", "using static Probe.High.Widget;\nnamespace Probe.Low;\npublic static class Static { public static int Rows => Count; }", "Probe.Low.Static" },
        { "an extension-method call", "using Probe.High;\nnamespace Probe.Low;\npublic static class Extension { public static int Rows => 3.Twice(); }", "Probe.Low.Extension" },
        { "an attribute", "namespace Probe.Low;\n[Probe.High.Mark]\npublic sealed class Marked;", "Probe.Low.Marked" },
        { "a typeof argument of an attribute", "using System.ComponentModel;\nnamespace Probe.Low;\n[TypeConverter(typeof(Probe.High.Widget))]\npublic sealed class Converted;", "Probe.Low.Converted" },
        { "a generic argument", "using System.Collections.Generic;\nnamespace Probe.Low;\npublic static class Generic { public static int Rows => new List<Probe.High.Widget>().Count; }", "Probe.Low.Generic" },
        { "a lambda's closure", "using System;\nnamespace Probe.Low;\npublic static class Closure { public static Func<int> Rows(int x) => () => x + Probe.High.Widget.Count; }", "Probe.Low.Closure" },
        { "a nested type", "namespace Probe.Low;\npublic static class Outer { private sealed class Inner { public int Rows => Probe.High.Widget.Count; } }", "Probe.Low.Outer" },
        { "a local variable's type", "namespace Probe.Low;\npublic static class Local { public static bool Rows() { Probe.High.Widget? w = null; return w is null; } }", "Probe.Low.Local" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void The_check_names_a_forbidden_use_however_it_is_written(string kind, string source, string user)
    {
        var probe = ProbeAssembly.Compile(new Dictionary<string, string> { ["High/High.cs"] = High, ["Low/Low.cs"] = Low, ["Low/Escape.cs"] = source });
        var violations = LayerCheck.Violations(probe, Rules);
        Assert.True(
            violations.Any(v => v.Contains(user, StringComparison.Ordinal) && v.Contains("Probe.High.", StringComparison.Ordinal) && v.Contains("Low/ may not use High/", StringComparison.Ordinal)),
            $"{kind}: not found in\n{string.Join("\n", violations)}");
        Assert.All(violations, v => Assert.StartsWith("Low/ ", v, StringComparison.Ordinal));
    }

    [Fact]
    public void Allowed_uses_pass_and_each_type_is_placed_in_its_folder()
    {
        var probe = ProbeAssembly.Compile(new Dictionary<string, string>
        {
            ["High/High.cs"] = High + "\npublic static class User { public static int Rows => Probe.Low.Gadget.Count + Probe.Low.Gadget.Later(1)(); }",
            ["Low/Low.cs"] = Low,
        });
        Assert.Empty(LayerCheck.Violations(probe, Rules));
        Assert.Empty(LayerCheck.NamespaceViolations(probe, Rules));
        Assert.Empty(LayerCheck.MissingRows(probe, Rules));
        Assert.Equal("High/", probe.Types["Probe.High.MarkAttribute"].Folder);
        Assert.Equal("Low/", probe.Types["Probe.Low.Gadget"].Folder);
        Assert.Contains(probe.References, r => r.FromFolder == "High/" && r.Target.FullName == "Probe.Low.Gadget");
    }

    [Fact]
    public void A_type_in_the_wrong_namespace_and_a_folder_without_a_row_are_named()
    {
        var probe = ProbeAssembly.Compile(new Dictionary<string, string>
        {
            ["High/High.cs"] = High,
            ["Low/Low.cs"] = Low,
            ["Low/Astray.cs"] = "namespace Probe.High.Astray;\npublic sealed class Lost;",
            ["Elsewhere/Other.cs"] = "namespace Probe.Elsewhere;\npublic sealed class Other;",
        });
        Assert.Contains(LayerCheck.NamespaceViolations(probe, Rules), v => v.StartsWith("Probe.High.Astray.Lost (Low/)", StringComparison.Ordinal));
        Assert.Contains("the layer Elsewhere/ has no row in the dependency rules", LayerCheck.MissingRows(probe, Rules));
    }

    [Fact]
    public void Restricted_uses_are_checked_type_by_type_and_attribute_only_uses_outside_attributes_are_named()
    {
        var rules = Rules with
        {
            Layers = new Dictionary<string, Dictionary<string, Use>>(StringComparer.Ordinal)
            {
                ["Low/"] = new(StringComparer.Ordinal) { ["High/"] = new Use(true, []) },
                ["High/"] = new(StringComparer.Ordinal) { ["Low/"] = new Use(false, ["Gadget"]) },
            },
        };
        var probe = ProbeAssembly.Compile(new Dictionary<string, string>
        {
            ["High/High.cs"] = High + "\npublic static class User { public static object Rows => typeof(Probe.Low.Other); }",
            ["Low/Low.cs"] = Low + "\n[Probe.High.Mark]\npublic sealed class Other { public static int Rows => Probe.High.Widget.Count; }",
        });
        var violations = LayerCheck.Violations(probe, rules);
        Assert.Contains(violations, v => v.Contains("Probe.Low.Other.get_Rows", StringComparison.Ordinal) && v.EndsWith("Low/ may use High/ in attributes only", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Probe.High.User", StringComparison.Ordinal) && v.EndsWith("High/ may use only Gadget of Low/", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("[attribute]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sub_layer_may_use_only_the_sub_layers_its_row_lists_and_a_cycle_is_found()
    {
        var rules = new LayerRules(
            [("Layer/", "Probe")],
            new Dictionary<string, Dictionary<string, Use>>(StringComparer.Ordinal) { ["Layer/"] = new(StringComparer.Ordinal) },
            new Dictionary<string, Dictionary<string, Use>>(StringComparer.Ordinal)
            {
                ["Layer/"] = new(StringComparer.Ordinal) { ["Layer/Bottom/"] = new Use(false, []) },
                ["Layer/Bottom/"] = new(StringComparer.Ordinal),
            });
        var probe = ProbeAssembly.Compile(new Dictionary<string, string>
        {
            ["Layer/Top.cs"] = "namespace Probe;\npublic static class Top { public static int Rows => Bottom.Rows; }",
            ["Layer/Bottom/Bottom.cs"] = "namespace Probe;\npublic static class Bottom { public static int Rows => 1; public static int Back => Top.Rows; }",
        });
        var only = Assert.Single(LayerCheck.Violations(probe, rules));
        Assert.Contains("Probe.Bottom.get_Back", only, StringComparison.Ordinal);
        Assert.EndsWith("Layer/Bottom/ may not use Layer/", only, StringComparison.Ordinal);

        rules.SubLayers["Layer/Bottom/"]["Layer/"] = new Use(false, []);
        Assert.Equal(["Layer/", "Layer/Bottom/", "Layer/"], LayerRules.Cycle(rules.SubLayers));
    }
}
