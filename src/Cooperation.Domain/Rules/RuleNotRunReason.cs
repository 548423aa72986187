namespace Cooperation.Domain.Rules;

/// <summary>Why a rule of the options' rule set did not run (<see cref="ValidationReport.RulesNotRun"/>).</summary>
public enum RuleNotRunReason
{
    /// <summary>The options turn the rule off (<see cref="ValidationOptions.WithRuleDisabled"/>, or the severity "none" in configuration).</summary>
    TurnedOff,

    /// <summary>The rule's effective severity is below <see cref="ValidationOptions.MinimumSeverity"/>.</summary>
    BelowMinimumSeverity,

    /// <summary>The rule compares with the as-of date and the options have none (<see cref="ValidationOptions.WithAsOf"/>).</summary>
    NoAsOfDate,

    /// <summary>The rule reads the archived copies of the sources and the options give none (<see cref="ValidationOptions.WithSourceTexts"/>).</summary>
    NoSourceTexts,
}
