using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;
using PublicApiGenerator;

namespace Cooperation.Domain.Tests.Api;

public class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
        => Snapshot.Verify(this, ApprovedApiText());

    [Fact]
    public void The_rule_catalogue_is_the_approved_one()
        => Snapshot.Verify(this, string.Join('\n', BuiltInRules.All.Descriptors.Select(d =>
            $"{d.Id}\t{d.DefaultSeverity.ToName()}\t{d.Category.ToName()}\t{d.Title}{(d.NeedsAsOfDate ? "\t(as-of)" : string.Empty)}")) + "\n");

    [Fact]
    public void The_api_text_shows_attributes_nullability_and_the_inherited_smart_enum_members()
    {
        var api = ApprovedApiText();
        Assert.Contains("public sealed class Mechanism : System.IEquatable<Cooperation.Domain.Mechanism>", api, StringComparison.Ordinal);
        Assert.Contains("public Cooperation.Domain.PartialDate? Dissolved { get; }", api, StringComparison.Ordinal);
        Assert.Contains("public bool TryGetRule(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Cooperation.Domain.Rules.ICatalogRule? rule)", api, StringComparison.Ordinal);
        Assert.Contains("public readonly struct PartialDate : ", api, StringComparison.Ordinal);
        Assert.Contains("public static class ReferenceCatalog", api, StringComparison.Ordinal);
        Assert.Contains("public const int MaxDocumentBytes = 67108864;", api, StringComparison.Ordinal);
        Assert.Contains("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Cooperation.Domain.Tests\")]", api, StringComparison.Ordinal);
        Assert.Contains("public abstract class VocabularyValue<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)]  TSelf> : Ardalis.SmartEnum.SmartEnum<TSelf>", api, StringComparison.Ordinal);
        Assert.Contains("public static TEnum FromValue(TValue value) { }", api, StringComparison.Ordinal);
        Assert.Contains("public static System.Collections.Generic.IReadOnlyCollection<TEnum> List { get; }", api, StringComparison.Ordinal);
        Assert.DoesNotContain("CatalogWalk", api, StringComparison.Ordinal);
        Assert.DoesNotContain("class BuiltInRule ", api, StringComparison.Ordinal);
        Assert.DoesNotContain("AssemblyInformationalVersion", api, StringComparison.Ordinal);
        Assert.DoesNotContain("TargetFramework", api, StringComparison.Ordinal);
        Assert.DoesNotContain("AssemblyMetadata", api, StringComparison.Ordinal);
    }

    /// <summary>
    /// The library's public API as PublicApiGenerator writes it (attributes included, assembly attributes too except
    /// those that change with the build), followed by the public API of the Ardalis.SmartEnum types that the
    /// library's public types derive from or implement: PublicApiGenerator lists a type's own members only, so the
    /// members every vocabulary inherits (<c>FromName</c>, <c>FromValue</c>, <c>List</c>, ...) are shown there, once.
    /// A new SmartEnum version that changes them changes this text.
    /// </summary>
    private static string ApprovedApiText()
    {
        var library = typeof(CooperationCatalog).Assembly;
        var libraryApi = library.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = true,
            ExcludeAttributes =
            [
                // Build facts, not API: the informational version carries the commit hash (SourceLink), the
                // target framework follows the build, the metadata holds the repository's address.
                "System.Reflection.AssemblyInformationalVersionAttribute",
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
            ],
        });
        var smartEnum = typeof(SmartEnum<,>).Assembly;
        var inherited = library.GetExportedTypes()
            .SelectMany(BasesAndInterfaces)
            .Where(t => t.Assembly == smartEnum)
            .Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        var inheritedApi = smartEnum.GeneratePublicApi(new ApiGeneratorOptions { IncludeTypes = inherited, IncludeAssemblyAttributes = false });
        return libraryApi.ReplaceLineEndings("\n").TrimEnd('\n') + "\n\n"
            + $"// Inherited members: the types above derive from or implement these {smartEnum.GetName().Name} types.\n"
            + inheritedApi.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    private static IEnumerable<Type> BasesAndInterfaces(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            yield return t;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }
    }
}
