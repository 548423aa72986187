namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The columns of an outcome (a <see cref="Commitment"/>), shared by <c>meeting_outcomes</c> and
/// <c>mechanism_outcomes</c>, which differ only in the entity they belong to.
/// </summary>
public abstract class OutcomeRow
{
    /// <summary>The position among the owner's outcomes, from 0; part of the key.</summary>
    public int Position { get; set; }

    /// <summary>The outcome's identifier, when it has one.</summary>
    public CommitmentId? OutcomeId { get; set; }

    /// <summary>The text.</summary>
    public LocalizedTextColumns Text { get; set; } = new();

    /// <summary>The kind.</summary>
    public CommitmentKind Kind { get; set; } = null!;

    /// <summary>The status.</summary>
    public CommitmentStatus Status { get; set; } = null!;

    /// <summary>How many ("21 initiatives").</summary>
    public int? Count { get; set; }

    /// <summary>The date.</summary>
    public PartialDateColumns? Date { get; set; }

    /// <summary>The parties who made it (JSON array).</summary>
    public string? Parties { get; set; }

    /// <summary>The institutions and their parts (JSON array).</summary>
    public string? Institutions { get; set; }

    /// <summary>The outcomes it follows up (JSON array of identifiers).</summary>
    public string? FollowsUp { get; set; }

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }
}
