using System.Collections.Immutable;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>
/// A fact of a draft that contradicts the catalog, a draft's entity that matches several of the catalog's, or
/// additions that cannot be applied; with both values and the citations that support each. Immutable.
/// </summary>
public sealed class MergeConflict
{
    internal MergeConflict(int draft, MergeConflictKind kind, CatalogEntityKind entityKind, string entityId, string path, string? catalogValue, string? draftValue,
        ImmutableArray<Citation> catalogCitations, ImmutableArray<Citation> draftCitations, MergeResolution resolution, string message)
    {
        Draft = draft;
        Kind = kind;
        EntityKind = entityKind;
        EntityId = entityId;
        Path = path;
        CatalogValue = catalogValue;
        DraftValue = draftValue;
        CatalogCitations = catalogCitations;
        DraftCitations = draftCitations;
        Resolution = resolution;
        Message = message;
    }

    /// <summary>The draft it comes from: its position among the drafts, from 0.</summary>
    public int Draft { get; }

    /// <summary>A contradiction, an ambiguous match or additions that cannot be applied.</summary>
    public MergeConflictKind Kind { get; }

    /// <summary>The kind of the entity it is in.</summary>
    public CatalogEntityKind EntityKind { get; }

    /// <summary>The identifier of the entity in the merged catalog (for an ambiguous match, the draft's, under which it was added).</summary>
    public string EntityId { get; }

    /// <summary>
    /// Where, in the merged catalog, in the rules engine's and the diff's convention
    /// (<c>meetings[x].start</c>, <c>meetings[x].delegations[MX].participants[0].role</c>); the entity's own path for
    /// an ambiguous match or additions that cannot be applied.
    /// </summary>
    public string Path { get; }

    /// <summary>The catalog's value as compact JSON text (for an ambiguous match, the identifiers of the candidates); null for additions that cannot be applied.</summary>
    public string? CatalogValue { get; }

    /// <summary>The draft's value as compact JSON text (for an ambiguous match, what matched: a spelling, an acronym, a name); null for additions that cannot be applied.</summary>
    public string? DraftValue { get; }

    /// <summary>The citations that support the catalog's value: those of the nearest object around it that has any (the participant, the delegation, the entity).</summary>
    public ImmutableArray<Citation> CatalogCitations { get; }

    /// <summary>The citations that support the draft's value, found the same way in the draft.</summary>
    public ImmutableArray<Citation> DraftCitations { get; }

    /// <summary>Whether the catalog's value was kept (the conflict is unresolved) or the draft's taken.</summary>
    public MergeResolution Resolution { get; }

    /// <summary>True unless the draft's value was taken.</summary>
    public bool IsUnresolved => Resolution == MergeResolution.KeptCatalog;

    /// <summary>What happened, in a sentence (<c>The draft gives another value: "2021-05-14" instead of "2021-05-13".</c>).</summary>
    public string Message { get; }

    /// <summary>
    /// The first line of the conflict in the text report (<see cref="MergeTextWriter"/>): <c>conflict PATH: the catalog
    /// has X, the draft Y; kept the catalog's</c>, values shortened to 80 characters.
    /// </summary>
    /// <returns>The line, without a line end.</returns>
    public override string ToString() => Kind switch
    {
        MergeConflictKind.Contradiction =>
            $"conflict {Path}: the catalog has {TextExcerpt.Shorten(CatalogValue!)}, the draft {TextExcerpt.Shorten(DraftValue!)}; {(IsUnresolved ? "kept the catalog's" : "took the draft's")}",
        MergeConflictKind.AmbiguousMatch => $"ambiguous {Path}: {Message}",
        _ => $"invalid {Path}: {Message}",
    };

    /// <summary>"contradiction", "ambiguous-match" or "invalid": how the JSON report names a kind of conflict.</summary>
    internal static string Name(MergeConflictKind kind) => kind switch
    {
        MergeConflictKind.Contradiction => "contradiction",
        MergeConflictKind.AmbiguousMatch => "ambiguous-match",
        _ => "invalid",
    };
}
