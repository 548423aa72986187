namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>participants</c> table: a <see cref="Participant"/> of a delegation.</summary>
public sealed class ParticipantRow
{
    /// <summary>The meeting, part of the key.</summary>
    public MeetingId MeetingId { get; set; }

    /// <summary>The delegation's position in the meeting, part of the key.</summary>
    public int DelegationPosition { get; set; }

    /// <summary>The position in the delegation, from 0; part of the key.</summary>
    public int Position { get; set; }

    /// <summary>The role.</summary>
    public DelegationRole Role { get; set; } = null!;

    /// <summary>The person's name as this source writes it.</summary>
    public PersonName? Person { get; set; }

    /// <summary>The institution.</summary>
    public InstitutionId? Institution { get; set; }

    /// <summary>The position title as this source writes it; both columns NULL when there is none.</summary>
    public LocalizedTextColumns Title { get; set; } = new();

    /// <summary>The person's record.</summary>
    public PersonId? PersonId { get; set; }

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }
}
