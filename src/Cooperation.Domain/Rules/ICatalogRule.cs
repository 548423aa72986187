namespace Cooperation.Domain.Rules;

/// <summary>
/// A rule the <see cref="Validator"/> runs over a whole catalog. Implement it to add your own rules; add them to a
/// <see cref="RuleSet"/> with <see cref="RuleSet.Add"/>.
/// </summary>
/// <remarks>
/// A rule is stateless and thread-safe: the validator may run one instance over several catalogs at once. It reads
/// <see cref="RuleContext.Catalog"/> and calls <see cref="RuleContext.Report"/> for each finding; it does not decide
/// the severity, the language or whether it runs (the options do). To keep validation of a clean catalog free of
/// allocations, build paths and message arguments only when reporting.
/// </remarks>
public interface ICatalogRule
{
    /// <summary>The rule's ID, title, category, default severity and message templates.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks the catalog in <paramref name="context"/> and reports what is wrong.</summary>
    /// <param name="context">The catalog, the as-of date and the way to report.</param>
    void Analyze(in RuleContext context);
}
