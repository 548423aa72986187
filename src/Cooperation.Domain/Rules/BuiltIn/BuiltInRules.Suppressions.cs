namespace Cooperation.Domain.Rules;

public static partial class BuiltInRules
{
    /// <summary>COOP8001: a suppression that accepts no finding.</summary>
    public static RuleDescriptor UnusedSuppression { get; } = Describe(
        "COOP8001", "Suppression matches no finding", RuleCategory.Suppressions, Severity.Warning,
        "The suppression of {0} at {1} matches no finding{2}.",
        "La supresión de {0} en {1} no corresponde a ningún hallazgo{2}.",
        "A suppression accepts a finding the data is known to have. Once the data is corrected, or the subject is renamed, the suppression accepts nothing, and left in place it would silently accept a new finding of the same rule later.",
        "Remove the suppression, or point it at the subject that still has the finding. A suppression of a rule that did not run (no as-of date, turned off, below the minimum severity) is not reported, nor one of a time-dependent rule (COOP3004 to COOP3007) while its subject exists, since on another day the finding may be back.");

    /// <summary>COOP8002: a suppression of a rule the rule set does not have.</summary>
    public static RuleDescriptor SuppressionOfUnknownRule { get; } = Describe(
        "COOP8002", "Suppression of an unknown rule", RuleCategory.Suppressions, Severity.Error,
        "The suppression at {0} names {1}, which is neither a built-in rule nor a rule of the rule set.",
        "La supresión en {0} nombra {1}, que no es una regla incorporada ni una regla del conjunto.",
        "A misspelt rule ID accepts nothing, and the finding it was meant for is still reported, or worse, is accepted by nobody's decision.",
        "Correct the rule ID, or remove the suppression.");
}
