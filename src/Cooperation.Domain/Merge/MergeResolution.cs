namespace Cooperation.Domain.Merge;

/// <summary>What the merge did about a conflict (<see cref="MergeConflict.Resolution"/>).</summary>
public enum MergeResolution
{
    /// <summary>The catalog's value stands; the conflict is left for a person to resolve.</summary>
    KeptCatalog,

    /// <summary>The draft's value replaced the catalog's, because the draft was preferred (<see cref="MergePreference.Draft"/>).</summary>
    TookDraft,
}
