using System;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Rules written as a delegate: <c>CatalogRule.Create(descriptor, context => …)</c>. The delegate takes the
/// <see cref="RuleContext"/> by value, so lambdas inside it can use the context, which
/// <see cref="ICatalogRule.Analyze(in RuleContext)"/>'s <c>in</c> parameter does not allow (CS1628).
/// </summary>
public static class CatalogRule
{
    /// <summary>A rule that runs <paramref name="analyze"/> over the catalog.</summary>
    /// <param name="descriptor">The rule's ID (not the reserved <c>COOP</c> prefix), title, category, severity and messages.</param>
    /// <param name="analyze">Reads <see cref="RuleContext.Catalog"/> and calls <see cref="RuleContext.Report"/> for each finding.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ICatalogRule Create(RuleDescriptor descriptor, Action<RuleContext> analyze)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(analyze);
        return new DelegateRule(descriptor, analyze);
    }

    private sealed class DelegateRule(RuleDescriptor descriptor, Action<RuleContext> analyze) : ICatalogRule
    {
        public RuleDescriptor Descriptor { get; } = descriptor;

        public void Analyze(in RuleContext context) => analyze(context);

        public override string ToString() => Descriptor.ToString();
    }
}
