namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>memberships</c> table: a party of a mechanism (<see cref="Membership"/>).</summary>
public sealed class MembershipRow
{
    /// <summary>The mechanism, part of the key.</summary>
    public MechanismId MechanismId { get; set; }

    /// <summary>The position among the mechanism's parties, from 0; part of the key.</summary>
    public int Position { get; set; }

    /// <summary>The party.</summary>
    public PartyRef Party { get; set; }

    /// <summary>Member, observer or candidate.</summary>
    public ParticipationStatus Status { get; set; } = null!;

    /// <summary>Since when.</summary>
    public PartialDateColumns? Since { get; set; }

    /// <summary>Until when.</summary>
    public PartialDateColumns? Until { get; set; }
}
