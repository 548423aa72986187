using System;
using System.Diagnostics;

namespace Cooperation.Domain.Rules;

/// <summary>A rule of the options' rule set that did not run, and why: what a report did not check.</summary>
/// <remarks>
/// A report with no diagnostics is only as good as the rules that ran: without an as-of date the rules on
/// "today" (held in the future, overdue) never speak, and without the archived sources no quote is checked. Reports
/// and their text, JSON and SARIF forms list these, so a forgotten option cannot pass for a clean catalog.
/// </remarks>
[DebuggerDisplay("{Descriptor.Id,nq}: {Reason}")]
public sealed class RuleNotRun : IEquatable<RuleNotRun>
{
    internal RuleNotRun(RuleDescriptor descriptor, RuleNotRunReason reason)
    {
        Descriptor = descriptor;
        Reason = reason;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule's ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Why it did not run.</summary>
    public RuleNotRunReason Reason { get; }

    /// <summary>The reason's stable name in JSON and SARIF: "turned-off", "below-minimum-severity", "no-as-of-date", "no-source-texts".</summary>
    public string ReasonName => NameOf(Reason);

    /// <summary>The reason in <paramref name="language"/>, as the text report writes it ("no as-of date").</summary>
    /// <param name="language">English or Spanish.</param>
    public string Explain(Language language) => Explain(Reason, language);

    /// <inheritdoc/>
    public bool Equals(RuleNotRun? other) => other is not null && Id == other.Id && Reason == other.Reason;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleNotRun);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Reason);

    /// <summary>"COOP3004: no as-of date".</summary>
    public override string ToString() => $"{Id}: {Explain(Language.English)}";

    internal static string NameOf(RuleNotRunReason reason) => reason switch
    {
        RuleNotRunReason.TurnedOff => "turned-off",
        RuleNotRunReason.BelowMinimumSeverity => "below-minimum-severity",
        RuleNotRunReason.NoAsOfDate => "no-as-of-date",
        _ => "no-source-texts",
    };

    internal static string Explain(RuleNotRunReason reason, Language language) => (reason, language == Language.Spanish) switch
    {
        (RuleNotRunReason.TurnedOff, false) => "turned off",
        (RuleNotRunReason.TurnedOff, true) => "desactivada",
        (RuleNotRunReason.BelowMinimumSeverity, false) => "below the minimum severity",
        (RuleNotRunReason.BelowMinimumSeverity, true) => "por debajo de la gravedad mínima",
        (RuleNotRunReason.NoAsOfDate, false) => "no as-of date",
        (RuleNotRunReason.NoAsOfDate, true) => "sin fecha de referencia",
        (_, false) => "no archived copies of the sources",
        (_, true) => "sin copias archivadas de las fuentes",
    };
}
