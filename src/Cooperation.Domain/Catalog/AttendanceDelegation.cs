namespace Cooperation.Domain;

/// <summary>
/// One delegation of a meeting as the rules engine reads it (<see cref="AttendanceTable"/>): its party, where its
/// participants' rows are among the meeting's, and whether it cites anything.
/// </summary>
internal readonly struct AttendanceDelegation(PartyRef party, int first, int count, bool isCited)
{
    /// <summary>The country or organization the delegation represents.</summary>
    public PartyRef Party { get; } = party;

    /// <summary>The position of its first participant among the meeting's <see cref="Attendance.Participants"/>.</summary>
    public int First { get; } = first;

    /// <summary>How many participants it has.</summary>
    public int Count { get; } = count;

    /// <summary>True when the delegation itself has citations.</summary>
    public bool IsCited { get; } = isCited;
}
