namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>statements</c> table: a <see cref="Statement"/> made at a meeting.</summary>
public sealed class StatementRow
{
    /// <summary>The meeting, part of the key.</summary>
    public MeetingId MeetingId { get; set; }

    /// <summary>The position among the meeting's statements, from 0; part of the key.</summary>
    public int Position { get; set; }

    /// <summary>A summary or a quote.</summary>
    public StatementForm Form { get; set; } = null!;

    /// <summary>The language it was made in.</summary>
    public Language Language { get; set; }

    /// <summary>The text.</summary>
    public LocalizedTextColumns Text { get; set; } = new();

    /// <summary>The speaker.</summary>
    public PersonId? Speaker { get; set; }

    /// <summary>The institution that spoke or that the speaker spoke for.</summary>
    public InstitutionId? Institution { get; set; }

    /// <summary>The delegation that spoke.</summary>
    public PartyRef? Party { get; set; }

    /// <summary>The institutions mentioned (JSON array of identifiers).</summary>
    public string? Mentions { get; set; }

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }
}
