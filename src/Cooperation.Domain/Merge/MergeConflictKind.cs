namespace Cooperation.Domain.Merge;

/// <summary>Why a draft's fact was not simply added (<see cref="MergeConflict"/>).</summary>
public enum MergeConflictKind
{
    /// <summary>The draft has another value than the catalog for the same member of the same entity.</summary>
    Contradiction,

    /// <summary>The draft's entity matches several of the catalog's (a spelling two people share, an acronym two institutions use): none is chosen, and it is added under its own identifier.</summary>
    AmbiguousMatch,

    /// <summary>The draft's additions would make the catalog's entity invalid while the conflicts before it are kept (outcomes for a meeting still planned): the entity is kept as it was.</summary>
    Invalid,
}
