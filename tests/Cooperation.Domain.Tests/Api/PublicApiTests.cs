using System.Linq;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Api;

public class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
        => Snapshot.Verify(this, PublicApi.Render(typeof(CooperationCatalog).Assembly));

    [Fact]
    public void The_rule_catalogue_is_the_approved_one()
        => Snapshot.Verify(this, string.Join('\n', BuiltInRules.All.Descriptors.Select(d =>
            $"{d.Id}\t{d.DefaultSeverity.ToName()}\t{d.Category.ToName()}\t{d.Title}{(d.NeedsAsOfDate ? "\t(as-of)" : string.Empty)}")) + "\n");

    [Fact]
    public void The_api_text_marks_nullability_and_names_members()
    {
        var api = PublicApi.Render(typeof(CooperationCatalog).Assembly);
        Assert.Contains("public sealed class Cooperation.Domain.Mechanism : System.IEquatable<Cooperation.Domain.Mechanism>", api, System.StringComparison.Ordinal);
        Assert.Contains("public Cooperation.Domain.PartialDate? Dissolved { get; }", api, System.StringComparison.Ordinal);
        Assert.Contains("public string? DocumentName { get; }", api, System.StringComparison.Ordinal);
        Assert.Contains("public bool TryGetRule(string id, out Cooperation.Domain.Rules.ICatalogRule? rule)", api, System.StringComparison.Ordinal);
        Assert.Contains("public Cooperation.Domain.Rules.RuleSet Only(params System.ReadOnlySpan<string> ids)", api, System.StringComparison.Ordinal);
        Assert.Contains("public readonly struct Cooperation.Domain.PartialDate : ", api, System.StringComparison.Ordinal);
        Assert.Contains("public static class Cooperation.Domain.ReferenceCatalog", api, System.StringComparison.Ordinal);
        Assert.Contains("public const int MaxDocumentBytes = 67108864", api, System.StringComparison.Ordinal);
        Assert.Contains("public static T Read<T>(string json) where T : class", api, System.StringComparison.Ordinal);
        Assert.Contains("protected Cooperation.Domain.VocabularyValue<TSelf>(", api, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CatalogWalk", api, System.StringComparison.Ordinal);
        Assert.DoesNotContain("BuiltInRule ", api, System.StringComparison.Ordinal);
    }
}
