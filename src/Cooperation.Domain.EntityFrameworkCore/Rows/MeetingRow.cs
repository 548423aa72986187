using System.Collections.Generic;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// A row of the <c>meetings</c> table: a <see cref="Meeting"/>; its delegations are in <c>delegations</c> (and their
/// participants in <c>participants</c>), its outcomes in <c>meeting_outcomes</c>, its statements in
/// <c>statements</c>.
/// </summary>
public sealed class MeetingRow
{
    /// <summary>The identifier, the key.</summary>
    public MeetingId Id { get; set; }

    /// <summary>The kind.</summary>
    public MeetingKind Kind { get; set; } = null!;

    /// <summary>The status.</summary>
    public MeetingStatus Status { get; set; } = null!;

    /// <summary>The start.</summary>
    public PartialDateColumns Start { get; set; } = new();

    /// <summary>The end, when it is not the start.</summary>
    public PartialDateColumns? End { get; set; }

    /// <summary>The mechanism.</summary>
    public MechanismId? Mechanism { get; set; }

    /// <summary>The title; both columns NULL when there is none.</summary>
    public LocalizedTextColumns Title { get; set; } = new();

    /// <summary>The ordinal.</summary>
    public Ordinal? Ordinal { get; set; }

    /// <summary>The venues (JSON array).</summary>
    public string? Venues { get; set; }

    /// <summary>The topics (JSON array of names).</summary>
    public string? Topics { get; set; }

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }

    /// <summary>Whether the dates are approximate.</summary>
    public bool ApproximateDates { get; set; }

    /// <summary>The purpose; both columns NULL when none is recorded.</summary>
    public LocalizedTextColumns Purpose { get; set; } = new();

    /// <summary>The relations to other meetings and mechanisms (JSON array).</summary>
    public string? Relations { get; set; }

    /// <summary>The suppressions (JSON array).</summary>
    public string? Suppressions { get; set; }

    /// <summary>The row's version, the concurrency token: each save of the entity adds one.</summary>
    public long Version { get; set; }

    /// <summary>The delegations, in order.</summary>
    public List<DelegationRow> Delegations { get; set; } = [];

    /// <summary>The outcomes, in order.</summary>
    public List<MeetingOutcomeRow> Outcomes { get; set; } = [];

    /// <summary>The statements, in order.</summary>
    public List<StatementRow> Statements { get; set; } = [];
}
