using NodaTime;

namespace Cooperation.Domain;

/// <summary>What the schedule arithmetic counted from.</summary>
internal enum CadenceBasis
{
    NotExpected,
    NoCadence,
    NotPeriodic,
    BeyondCalendar,
    NothingToCountFrom,
    LastMeeting,
    Establishment,
}

/// <summary>
/// The result of <see cref="CadenceSchedule.Evaluate"/>: a status and the dates behind it, without the reason text,
/// so that assessing a clean catalog allocates nothing. The window and due dates are set only when
/// <see cref="Basis"/> is <see cref="CadenceBasis.LastMeeting"/> or <see cref="CadenceBasis.Establishment"/>.
/// </summary>
internal readonly record struct CadenceEvaluation(CadenceStatus Status, CadenceBasis Basis, Meeting? LastHeld, Meeting? NextPlanned)
{
    public LocalDate WindowStart { get; init; }

    public LocalDate WindowEnd { get; init; }

    public LocalDate DueBy { get; init; }

    public LocalDate DormantAfter { get; init; }

    public int AnchorYear { get; init; }
}
