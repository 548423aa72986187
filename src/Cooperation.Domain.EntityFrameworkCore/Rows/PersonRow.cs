using System.Collections.Generic;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>people</c> table: a <see cref="Person"/>; the other spellings are in <c>person_spellings</c>.</summary>
public sealed class PersonRow
{
    /// <summary>The identifier, the key.</summary>
    public PersonId Id { get; set; }

    /// <summary>The name: the fullest spelling the sources use.</summary>
    public PersonName Name { get; set; }

    /// <summary>The rank or honorific; both columns NULL when there is none.</summary>
    public LocalizedTextColumns Rank { get; set; } = new();

    /// <summary>The identifiers in other registers, <c>scheme:value</c> (JSON array of strings).</summary>
    public string? Identifiers { get; set; }

    /// <summary>The citations (JSON array).</summary>
    public string? Citations { get; set; }

    /// <summary>The suppressions (JSON array).</summary>
    public string? Suppressions { get; set; }

    /// <summary>The row's version, the concurrency token: each save of the entity adds one.</summary>
    public long Version { get; set; }

    /// <summary>The other spellings, in order.</summary>
    public List<PersonSpellingRow> Spellings { get; set; } = [];
}
