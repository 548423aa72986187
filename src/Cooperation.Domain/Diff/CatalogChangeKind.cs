namespace Cooperation.Domain.Diff;

/// <summary>What happened to an entity or a member between two catalogs (<see cref="CatalogDiff"/>).</summary>
public enum CatalogChangeKind
{
    /// <summary>Only the new catalog has it: <see cref="CatalogChange.OldValue"/> is null.</summary>
    Added,

    /// <summary>Only the old catalog has it: <see cref="CatalogChange.NewValue"/> is null.</summary>
    Removed,

    /// <summary>Both have it, with other values.</summary>
    Changed,
}
