namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>institutions</c> table: an <see cref="Institution"/>.</summary>
public sealed class InstitutionRow
{
    /// <summary>The identifier, the key.</summary>
    public InstitutionId Id { get; set; }

    /// <summary>The name.</summary>
    public LocalizedTextColumns Name { get; set; } = new();

    /// <summary>The kind.</summary>
    public InstitutionKind Kind { get; set; } = null!;

    /// <summary>The country; null for an international institution.</summary>
    public CountryCode? Country { get; set; }

    /// <summary>The Spanish acronym.</summary>
    public Acronym? SpanishAcronym { get; set; }

    /// <summary>The English acronym.</summary>
    public Acronym? EnglishAcronym { get; set; }

    /// <summary>The institution it is part of.</summary>
    public InstitutionId? Parent { get; set; }

    /// <summary>Other acronyms (JSON array).</summary>
    public string? OtherAcronyms { get; set; }

    /// <summary>The identifiers in other registers, <c>scheme:value</c> (JSON array of strings).</summary>
    public string? Identifiers { get; set; }

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }

    /// <summary>The suppressions (JSON array).</summary>
    public string? Suppressions { get; set; }

    /// <summary>The row's version, the concurrency token: each save of the entity adds one.</summary>
    public long Version { get; set; }
}
