namespace Cooperation.Domain.Merge;

/// <summary>What became of one entity of a draft (<see cref="MergedEntity"/>).</summary>
public enum MergeOutcome
{
    /// <summary>The catalog had no such entity: the draft's is added (its references rewritten).</summary>
    Added,

    /// <summary>The catalog's entity is reused as it is: the draft adds nothing to it.</summary>
    Reused,

    /// <summary>The catalog's entity is reused and gains members of the draft's (<see cref="MergedEntity.Additions"/>), or the draft's values where it was preferred.</summary>
    Enriched,
}
