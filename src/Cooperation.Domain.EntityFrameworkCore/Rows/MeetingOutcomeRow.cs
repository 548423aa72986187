namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>meeting_outcomes</c> table: an outcome of a meeting.</summary>
public sealed class MeetingOutcomeRow : OutcomeRow
{
    /// <summary>The meeting, part of the key.</summary>
    public MeetingId MeetingId { get; set; }
}
