using System;

namespace Cooperation.Domain;

/// <summary>
/// The delegations, participants and venues of one meeting, as rows of the catalog's <see cref="AttendanceTable"/>:
/// the delegations in the meeting's order, every participant, delegation after delegation, in theirs, the venues'
/// countries, and whether every source the meeting cites is in the catalog. The position of a row is the position of
/// its delegation, participant or venue in the meeting, so a rule reads the meeting's objects only to report.
/// </summary>
internal readonly ref struct Attendance(ReadOnlySpan<AttendanceDelegation> delegations, ReadOnlySpan<AttendanceParticipant> participants, ReadOnlySpan<CountryCode> venues, bool citesKnownSources)
{
    /// <summary>The meeting's delegations, in its order.</summary>
    public ReadOnlySpan<AttendanceDelegation> Delegations { get; } = delegations;

    /// <summary>Every participant of the meeting, delegation after delegation.</summary>
    public ReadOnlySpan<AttendanceParticipant> Participants { get; } = participants;

    /// <summary>The countries of the meeting's venues, in its order.</summary>
    public ReadOnlySpan<CountryCode> Venues { get; } = venues;

    /// <summary>
    /// True when every citation of the meeting (its own, its outcomes', delegations', participants' and statements')
    /// names a source the catalog has.
    /// </summary>
    public bool CitesKnownSources { get; } = citesKnownSources;

    /// <summary>The participants of the delegation at position <paramref name="d"/>.</summary>
    public ReadOnlySpan<AttendanceParticipant> Of(int d) => Participants.Slice(Delegations[d].First, Delegations[d].Count);
}
