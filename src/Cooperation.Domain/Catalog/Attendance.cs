using System;

namespace Cooperation.Domain;

/// <summary>
/// The delegations and participants of one meeting, as rows of the catalog's <see cref="AttendanceTable"/>: the
/// delegations in the meeting's order and every participant, delegation after delegation, in theirs. The position of a
/// row is the position of its delegation or participant in the meeting, so a rule reads the meeting's objects only to
/// report.
/// </summary>
internal readonly ref struct Attendance(ReadOnlySpan<AttendanceDelegation> delegations, ReadOnlySpan<AttendanceParticipant> participants)
{
    /// <summary>The meeting's delegations, in its order.</summary>
    public ReadOnlySpan<AttendanceDelegation> Delegations { get; } = delegations;

    /// <summary>Every participant of the meeting, delegation after delegation.</summary>
    public ReadOnlySpan<AttendanceParticipant> Participants { get; } = participants;

    /// <summary>The participants of the delegation at position <paramref name="d"/>.</summary>
    public ReadOnlySpan<AttendanceParticipant> Of(int d) => Participants.Slice(Delegations[d].First, Delegations[d].Count);
}
