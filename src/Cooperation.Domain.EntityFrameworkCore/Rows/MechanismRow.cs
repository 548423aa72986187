using System.Collections.Generic;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// A row of the <c>mechanisms</c> table: a <see cref="Mechanism"/>; its parties are in <c>memberships</c>, its
/// presidencies in <c>presidencies</c>, its outcomes in <c>mechanism_outcomes</c>.
/// </summary>
public sealed class MechanismRow
{
    /// <summary>The identifier, the key.</summary>
    public MechanismId Id { get; set; }

    /// <summary>The name.</summary>
    public LocalizedTextColumns Name { get; set; } = new();

    /// <summary>The kind.</summary>
    public MechanismKind Kind { get; set; } = null!;

    /// <summary>The scope.</summary>
    public MechanismScope Scope { get; set; } = null!;

    /// <summary>The status.</summary>
    public MechanismStatus Status { get; set; } = null!;

    /// <summary>The topics (JSON array of names).</summary>
    public string? Topics { get; set; }

    /// <summary>The Spanish acronym.</summary>
    public Acronym? SpanishAcronym { get; set; }

    /// <summary>The English acronym.</summary>
    public Acronym? EnglishAcronym { get; set; }

    /// <summary>When it was established.</summary>
    public PartialDateColumns? Established { get; set; }

    /// <summary>When it was dissolved.</summary>
    public PartialDateColumns? Dissolved { get; set; }

    /// <summary>How often it is meant to meet (JSON).</summary>
    public string? Cadence { get; set; }

    /// <summary>The mechanism it succeeded.</summary>
    public MechanismId? Predecessor { get; set; }

    /// <summary>The mechanism that succeeded it.</summary>
    public MechanismId? Successor { get; set; }

    /// <summary>The mechanism it is part of.</summary>
    public MechanismId? Parent { get; set; }

    /// <summary>Where it came from (JSON).</summary>
    public string? Origin { get; set; }

    /// <summary>Its purpose; both columns NULL when none is recorded.</summary>
    public LocalizedTextColumns Purpose { get; set; } = new();

    /// <summary>The statuses of parties the sources mention without naming (JSON array of names).</summary>
    public string? UnlistedParties { get; set; }

    /// <summary>The identifiers in other registers, <c>scheme:value</c> (JSON array of strings).</summary>
    public string? Identifiers { get; set; }

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }

    /// <summary>The suppressions (JSON array).</summary>
    public string? Suppressions { get; set; }

    /// <summary>The row's version, the concurrency token: each save of the entity adds one.</summary>
    public long Version { get; set; }

    /// <summary>The parties, in order.</summary>
    public List<MembershipRow> Parties { get; set; } = [];

    /// <summary>The presidency terms, in order.</summary>
    public List<PresidencyRow> Presidencies { get; set; } = [];

    /// <summary>The outcomes, in order.</summary>
    public List<MechanismOutcomeRow> Outcomes { get; set; } = [];
}
