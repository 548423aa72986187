using System.Collections.Generic;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>delegations</c> table: a <see cref="Delegation"/> to a meeting.</summary>
public sealed class DelegationRow
{
    /// <summary>The meeting, part of the key.</summary>
    public MeetingId MeetingId { get; set; }

    /// <summary>The position among the meeting's delegations, from 0; part of the key.</summary>
    public int Position { get; set; }

    /// <summary>The party it represents.</summary>
    public PartyRef Party { get; set; }

    /// <summary>The source's description; both columns NULL when there is none.</summary>
    public LocalizedTextColumns Description { get; set; } = new();

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }

    /// <summary>The participants, in source order.</summary>
    public List<ParticipantRow> Participants { get; set; } = [];
}
