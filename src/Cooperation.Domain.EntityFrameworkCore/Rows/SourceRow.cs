namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>sources</c> table: a <see cref="Source"/>.</summary>
public sealed class SourceRow
{
    /// <summary>The identifier, the key.</summary>
    public SourceId Id { get; set; }

    /// <summary>The title.</summary>
    public LocalizedTextColumns Title { get; set; } = new();

    /// <summary>The publisher.</summary>
    public LocalizedTextColumns Publisher { get; set; } = new();

    /// <summary>The date, or null when undated.</summary>
    public PartialDateColumns? Date { get; set; }

    /// <summary>The language.</summary>
    public Language Language { get; set; }

    /// <summary>The kind.</summary>
    public SourceKind Kind { get; set; } = null!;

    /// <summary>The URL, absolute.</summary>
    public string? Url { get; set; }

    /// <summary>The archived copy (JSON).</summary>
    public string? Archive { get; set; }

    /// <summary>The issuing institutions (JSON array of identifiers).</summary>
    public string? Issuers { get; set; }

    /// <summary>The date of the last update.</summary>
    public PartialDateColumns? Updated { get; set; }

    /// <summary>The document's number.</summary>
    public string? Number { get; set; }

    /// <summary>Where it was written (JSON venue).</summary>
    public string? Dateline { get; set; }

    /// <summary>The document it reports on (JSON).</summary>
    public string? ReportsOn { get; set; }

    /// <summary>The meeting it was presented at.</summary>
    public MeetingId? PresentedAt { get; set; }

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }

    /// <summary>The suppressions (JSON array).</summary>
    public string? Suppressions { get; set; }

    /// <summary>The row's version, the concurrency token: each save of the entity adds one.</summary>
    public long Version { get; set; }
}
