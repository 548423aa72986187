namespace Cooperation.Domain.Rules;

/// <summary>Analyzes a catalog for one built-in rule.</summary>
internal delegate void RuleAnalyzer(in RuleContext context);

/// <summary>A built-in rule: a descriptor and the static method that checks it.</summary>
internal sealed class BuiltInRule(RuleDescriptor descriptor, RuleAnalyzer analyze) : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = descriptor;

    public void Analyze(in RuleContext context) => analyze(in context);

    public override string ToString() => Descriptor.ToString();
}
