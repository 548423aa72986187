using System;

namespace Cooperation.Domain.Rules;

/// <summary>The lowercase names of <see cref="Severity"/> and <see cref="RuleCategory"/> used in JSON, SARIF, docs and on the command line.</summary>
public static class SeverityNames
{
    /// <summary>"error", "warning" or "info".</summary>
    /// <param name="severity">The severity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a severity."),
    };

    /// <summary>Parses "error", "warning" or "info" (ASCII case-insensitive); never throws, never allocates.</summary>
    /// <param name="text">The name.</param>
    /// <param name="severity">The severity, when the result is true.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out Severity severity)
    {
        if (text.Equals("error", StringComparison.OrdinalIgnoreCase))
        {
            severity = Severity.Error;
            return true;
        }

        if (text.Equals("warning", StringComparison.OrdinalIgnoreCase))
        {
            severity = Severity.Warning;
            return true;
        }

        if (text.Equals("info", StringComparison.OrdinalIgnoreCase))
        {
            severity = Severity.Info;
            return true;
        }

        severity = default;
        return false;
    }

    /// <summary>Parses a severity name, or throws a <see cref="FormatException"/> that names the input and the accepted names.</summary>
    /// <param name="text">The name.</param>
    public static Severity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var severity)
            ? severity
            : throw new FormatException($"\"{text}\" is not a severity: expected error, warning or info.");
    }

    /// <summary>The category's kebab-case name: "identity-and-references", "presidencies"…</summary>
    /// <param name="category">The category.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public static string ToName(this RuleCategory category) => category switch
    {
        RuleCategory.IdentityAndReferences => "identity-and-references",
        RuleCategory.PartiesAndMembership => "parties-and-membership",
        RuleCategory.DatesAndCadence => "dates-and-cadence",
        RuleCategory.MeetingsAndOrdinals => "meetings-and-ordinals",
        RuleCategory.DelegationsAndRoles => "delegations-and-roles",
        RuleCategory.Presidencies => "presidencies",
        RuleCategory.SourcesAndText => "sources-and-text",
        RuleCategory.Suppressions => "suppressions",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a rule category."),
    };

    /// <summary>Parses a category's kebab-case name (ASCII case-insensitive); never throws.</summary>
    /// <param name="text">The name.</param>
    /// <param name="category">The category, when the result is true.</param>
    public static bool TryParseCategory(ReadOnlySpan<char> text, out RuleCategory category)
    {
        for (var candidate = RuleCategory.IdentityAndReferences; candidate <= RuleCategory.Suppressions; candidate++)
        {
            if (text.Equals(candidate.ToName(), StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }
}
