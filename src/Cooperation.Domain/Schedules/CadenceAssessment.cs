using NodaTime;

namespace Cooperation.Domain;

/// <summary>Where a mechanism stands against its cadence on a given day, and why.</summary>
/// <remarks>Immutable. Produced by <see cref="CadenceSchedule.Assess"/>.</remarks>
public sealed class CadenceAssessment
{
    internal CadenceAssessment(CadenceStatus status, LocalDate asOf, DateInterval? expectedWindow, LocalDate? dueBy, Meeting? lastHeld, Meeting? nextPlanned, string reason)
    {
        Status = status;
        AsOf = asOf;
        ExpectedWindow = expectedWindow;
        DueBy = dueBy;
        LastHeld = lastHeld;
        NextPlanned = nextPlanned;
        Reason = reason;
    }

    /// <summary>The status on <see cref="AsOf"/>.</summary>
    public CadenceStatus Status { get; }

    /// <summary>The day assessed.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The days the next ordinary meeting is expected in; null when the status is <see cref="CadenceStatus.Unscheduled"/>.</summary>
    public DateInterval? ExpectedWindow { get; }

    /// <summary>
    /// The last day the next ordinary meeting counts as on time: the end of the month the grace period's months lead
    /// to from the window, plus its days; null when the status is <see cref="CadenceStatus.Unscheduled"/>.
    /// </summary>
    public LocalDate? DueBy { get; }

    /// <summary>The most recent held meeting the window counts from, if any (otherwise the established date was used).</summary>
    public Meeting? LastHeld { get; }

    /// <summary>The earliest planned meeting that may still fall on or after <see cref="AsOf"/>, if the catalog has one.</summary>
    public Meeting? NextPlanned { get; }

    /// <summary>How the status was reached, in one English sentence.</summary>
    public string Reason { get; }

    /// <summary>The status and the reason: "due: next ordinary meeting expected 2023-10-01/2023-10-31, …".</summary>
    public override string ToString() => $"{Status}: {Reason}";
}
