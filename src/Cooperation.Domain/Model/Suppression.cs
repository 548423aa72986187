using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A finding accepted on the entity it concerns, with the reason, as <c>[SuppressMessage]</c> accepts one in C#:
/// <c>{"rule": "COOP3005", "justification": "The 2011 presentation announces the meeting and no source reports it held."}</c>.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; validated on construction. The rule is an ID of the form the rules use (letters and four digits); the
/// justification is required, 1 to <see cref="MaxJustificationLength"/> characters once trimmed and normalized to NFC,
/// with no control characters. Whether the rule exists is a question for the rule set, so an unknown rule is reported
/// by validation (COOP8002), not refused here.
/// </para>
/// <para>
/// A suppression on an entity covers the findings of its rule on the entity and on everything within it (its
/// delegations, outcomes, members). A suppression that covers no finding is reported (COOP8001), so stale ones do not
/// pile up. Equality is ordinal.
/// </para>
/// </remarks>
[JsonConverter(typeof(SuppressionJsonConverter))]
public sealed partial class Suppression
{
    /// <summary>The longest justification accepted, in UTF-16 code units of its NFC form.</summary>
    public const int MaxJustificationLength = 1000;

    /// <summary>Creates a suppression.</summary>
    /// <param name="rule">The ID of the rule whose finding is accepted, such as "COOP3005".</param>
    /// <param name="justification">Why the finding is accepted.</param>
    /// <exception cref="ArgumentException">The rule is not an ID, or the justification is missing or breaks a rule in the remarks.</exception>
    public Suppression(string rule, string justification)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(justification);
        if (!RuleIds.IsWellFormed(rule))
        {
            throw new ArgumentException($"{InputExcerpt.Describe(rule)} is not a rule ID: expected letters and four digits, such as COOP3005.", nameof(rule));
        }

        if (!HumanText.TryCheck(justification, MaxJustificationLength, $"a justification is at most {MaxJustificationLength} characters", out var trimmed, out var error))
        {
            throw new ArgumentException($"The justification is not valid: {error}.", nameof(justification));
        }

        Rule = rule;
        Justification = HumanText.Normalize(trimmed, justification);
    }

    /// <summary>The ID of the rule whose finding is accepted.</summary>
    public string Rule { get; }

    /// <summary>Why the finding is accepted; trimmed and in NFC.</summary>
    public string Justification { get; }

    /// <summary>
    /// The suppressions of an entity, as its all-member constructor takes them: none null, no rule twice; the default
    /// array is none.
    /// </summary>
    internal static ImmutableArray<Suppression> Check(ImmutableArray<Suppression> suppressions, string parameterName)
    {
        suppressions = Structural.Normalize(suppressions, parameterName);
        Structural.CheckDistinct(suppressions, static s => s.Rule, "The suppressed rule", parameterName);
        return suppressions;
    }

    /// <summary>"COOP3005: justification".</summary>
    public override string ToString() => $"{Rule}: {Justification}";
}
