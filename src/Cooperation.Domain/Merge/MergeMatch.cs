namespace Cooperation.Domain.Merge;

/// <summary>How a draft's entity was found in the catalog (<see cref="MergedEntity.MatchedBy"/>); docs/merge.md has the rules.</summary>
public enum MergeMatch
{
    /// <summary>Not found: the entity is added.</summary>
    None,

    /// <summary>The same identifier.</summary>
    Identifier,

    /// <summary>A person: a spelling of the draft's (name or other name) that the catalog records for one person, ignoring case, accents, spacing and punctuation.</summary>
    Spelling,

    /// <summary>An institution of the same country, or a mechanism with the draft's parties, with one of the draft's acronyms (case ignored).</summary>
    Acronym,

    /// <summary>An institution of the same country, or a mechanism with the draft's parties, with the draft's name in English or Spanish (case, accents, spacing and punctuation ignored).</summary>
    Name,

    /// <summary>A source with the same archived copy (its SHA-256) or the same URL.</summary>
    Archive,

    /// <summary>A meeting of the same mechanism with the same ordinal.</summary>
    Ordinal,

    /// <summary>An unnumbered meeting of the same mechanism, of the same kind, whose dates may overlap the draft's.</summary>
    Dates,
}
