using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>
/// A small assembly compiled in the test from C# sources placed in folders (<c>Low/A.cs</c>), with its portable PDB,
/// read as <see cref="CompiledAssembly"/> reads the library: the probes of the dependency check.
/// </summary>
internal static class ProbeAssembly
{
    private const string Root = "/probe/src/Probe/";

    private static readonly Lazy<List<MetadataReference>> Framework = new(() => [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(static p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
        .Select(static p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    /// <summary>Compiles the sources (folder-relative path → text) into an assembly and reads it.</summary>
    public static CompiledAssembly Compile(IReadOnlyDictionary<string, string> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, new CSharpParseOptions(LanguageVersion.Latest), path: Root + s.Key, encoding: Encoding.UTF8));
        var compilation = CSharpCompilation.Create("Probe", trees, Framework.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)));
        return CompiledAssembly.Read(pe.ToArray(), pdb.ToArray(), static document =>
            document.StartsWith(Root, StringComparison.Ordinal) && document.LastIndexOf('/') is var slash ? document[Root.Length..(slash + 1)] : null);
    }
}
