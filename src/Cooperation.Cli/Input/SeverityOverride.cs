using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using Cooperation.Domain.Rules;

namespace Cooperation.Cli.Input;

/// <summary>One <c>--severity ID=LEVEL</c>: a rule's new severity, or null to turn the rule off.</summary>
internal readonly record struct SeverityOverride(string Id, Severity? Level)
{
    public const string Levels = "error, warning, info or none";

    public ValidationOptions ApplyTo(ValidationOptions options)
        => Level is { } level ? options.WithRuleEnabled(Id).WithSeverity(Id, level) : options.WithRuleDisabled(Id);

    /// <summary>Parses every token of the option; errors name the token and say what is expected.</summary>
    public static SeverityOverride[] ParseAll(ArgumentResult result)
    {
        var overrides = new List<SeverityOverride>();
        foreach (var token in result.Tokens)
        {
            var text = token.Value;
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                result.AddError($"--severity: \"{text}\" is not ID=LEVEL (for example COOP3006=error).");
                continue;
            }

            var id = text[..equals].Trim().ToUpperInvariant();
            var levelText = text[(equals + 1)..].Trim();
            if (!RuleSet.Default.Contains(id))
            {
                result.AddError($"--severity: no rule has the ID \"{text[..equals]}\" (the rules are listed in docs/rules.md).");
                continue;
            }

            if (string.Equals(levelText, "none", StringComparison.OrdinalIgnoreCase) || string.Equals(levelText, "off", StringComparison.OrdinalIgnoreCase))
            {
                overrides.Add(new SeverityOverride(id, null));
            }
            else if (SeverityNames.TryParse(levelText, out var level))
            {
                overrides.Add(new SeverityOverride(id, level));
            }
            else
            {
                result.AddError($"--severity: \"{levelText}\" in \"{text}\" is not a severity; use {Levels}.");
            }
        }

        return [.. overrides];
    }
}
