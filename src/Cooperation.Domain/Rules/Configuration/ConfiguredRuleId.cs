using System;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

/// <summary>The checks every settings file (configuration, suppressions) makes of a rule ID it is given, with one wording.</summary>
internal static class ConfiguredRuleId
{
    /// <summary>Why <paramref name="id"/> cannot name a rule when read (its form, or a built-in ID that no rule has), or null.</summary>
    internal static string? ProblemWith(string id, string example)
        => !RuleDescriptor.IsWellFormedId(id) ? $"{InputExcerpt.Describe(id)} is not a rule ID (such as {example})."
            : id.StartsWith(RuleDescriptor.BuiltInPrefix, StringComparison.Ordinal) && !BuiltInRules.All.Contains(id) ? $"There is no built-in rule {id}."
            : null;

    /// <summary>True when <paramref name="id"/> is built in or a rule of <paramref name="rules"/>: checked when settings are applied.</summary>
    internal static bool IsKnown(RuleSet rules, string id) => rules.Contains(id) || BuiltInRules.All.Contains(id);

    /// <summary>The reason given for an ID that <see cref="IsKnown"/> refuses.</summary>
    internal static string Unknown(string id) => $"The rule {id} is neither built in nor in the rule set.";
}
