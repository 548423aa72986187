using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cooperation.Domain.Tests.Documentation;
using Xunit;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>
/// Checks the compiled library and tool against the tables of <c>docs/architecture.md</c>: the namespace of each
/// folder, the layers each layer may use, the sub-layers inside a layer, and the tool's folders. The rules are read from
/// the document, so the document and the code cannot drift apart; the code is read from the assemblies and their PDBs
/// (<see cref="CompiledAssembly"/>), so no spelling of a name escapes the check (<see cref="EscapeProbeTests"/>).
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Lazy<string> Document = new(() => File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "architecture.md")));

    private static readonly Lazy<LayerRules> LibraryRules = new(() => LayerRules.ParseLibrary(Document.Value));

    private static readonly Lazy<LayerRules> ToolRules = new(() => LayerRules.ParseTool(Document.Value));

    private static readonly Lazy<CompiledAssembly> Library = new(() => CompiledAssembly.Read(typeof(PartialDate).Assembly.Location, SourceFolders.Of("Cooperation.Domain")));

    private static readonly Lazy<CompiledAssembly> Tool = new(() => CompiledAssembly.Read(Path.Combine(AppContext.BaseDirectory, "cooperation.dll"), SourceFolders.Of("Cooperation.Cli")));

    [Fact]
    public void Every_type_of_the_library_is_in_the_namespace_of_its_folder()
        => Assert.Empty(LayerCheck.NamespaceViolations(Library.Value, LibraryRules.Value));

    [Fact]
    public void Every_type_of_the_tool_is_in_the_namespace_of_its_folder()
        => Assert.Empty(LayerCheck.NamespaceViolations(Tool.Value, ToolRules.Value));

    [Fact]
    public void Every_layer_and_sub_layer_of_the_library_uses_only_what_it_may_use()
    {
        var violations = LayerCheck.Violations(Library.Value, LibraryRules.Value);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Every_folder_of_the_tool_uses_only_what_it_may_use()
    {
        var violations = LayerCheck.Violations(Tool.Value, ToolRules.Value);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_tool_uses_the_public_api_of_the_package_and_nothing_internal()
    {
        var hidden = LayerCheck.HiddenUses(Tool.Value, Library.Value);
        Assert.True(hidden.Count == 0, string.Join("\n", hidden));

        // It does use the package, by many members: the check has something to look at.
        Assert.True(Tool.Value.References.Count(r => r.Target.Assembly == Library.Value.Name && r.Member is not null) > 100);
    }

    [Fact]
    public void The_rules_name_every_layer_and_sub_layer_and_only_those()
    {
        var missing = LayerCheck.MissingRows(Library.Value, LibraryRules.Value).Concat(LayerCheck.MissingRows(Tool.Value, ToolRules.Value)).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_layers_and_sub_layers_form_no_cycle_apart_from_converter_attributes()
    {
        // The attributes that attach converters ([JsonConverter(typeof(…))]) are the one allowed way back between
        // layers, and the tool's folders have none; inside a layer, the back edges the document names (each limited to
        // the types it lists) are left out, and nothing else may close a cycle.
        Assert.Null(LayerRules.Cycle(LibraryRules.Value.Layers));
        Assert.Null(LayerRules.Cycle(LibraryRules.Value.SubLayers));
        Assert.Null(LayerRules.Cycle(ToolRules.Value.Layers));
        Assert.Empty(LayerRules.BackEdges(LibraryRules.Value.Layers));
        Assert.Empty(LayerRules.BackEdges(ToolRules.Value.Layers));
        Assert.All(LibraryRules.Value.SubLayers.SelectMany(r => r.Value.Values).Where(u => u.BackEdge), u => Assert.NotEmpty(u.OnlyTypes));
        Assert.Contains("Rules/ → Rules/BuiltIn/", LayerRules.BackEdges(LibraryRules.Value.SubLayers));
    }

    [Fact]
    public void The_code_is_placed_in_its_folders_by_the_pdb()
    {
        // Types with code and types without (an enum, an interface) are placed; a generated part stays with its type.
        var types = Library.Value.Types;
        Assert.Equal("Values/", types["Cooperation.Domain.PartialDate"].Folder);
        Assert.Equal("Rules/Output/", types["Cooperation.Domain.Rules.SarifReportWriter"].Folder);
        Assert.Equal("Rules/", types["Cooperation.Domain.Rules.Severity"].Folder);
        Assert.Equal("Rules/", types["Cooperation.Domain.Rules.ICatalogRule"].Folder);
        Assert.Equal("Internal/Files/", types["Cooperation.Domain.Internal.NativeFiles"].Folder);
        Assert.Equal("Files/", Tool.Value.Types["Cooperation.Domain.Internal.NativeFiles"].Folder);
        Assert.Equal("Commands/", Tool.Value.Types["Cooperation.Cli.Commands.CheckCommand"].Folder);

        // The catalog's code uses the model: a reference the check sees.
        Assert.Contains(Library.Value.References, r => r.FromFolder == "Catalog/" && r.Target.FullName == "Cooperation.Domain.Mechanism");
    }
}
