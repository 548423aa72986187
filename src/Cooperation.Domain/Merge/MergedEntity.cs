using System.Collections.Immutable;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>What became of one entity of a draft: added, or found in the catalog and reused, perhaps enriched. Immutable.</summary>
public sealed class MergedEntity
{
    internal MergedEntity(int draft, CatalogEntityKind kind, string draftId, string id, MergeOutcome outcome, MergeMatch matchedBy, ImmutableArray<MergeAddition> additions)
    {
        Draft = draft;
        Kind = kind;
        DraftId = draftId;
        Id = id;
        Outcome = outcome;
        MatchedBy = matchedBy;
        Additions = additions;
    }

    /// <summary>The draft it comes from: its position among the drafts, from 0.</summary>
    public int Draft { get; }

    /// <summary>The kind of entity.</summary>
    public CatalogEntityKind Kind { get; }

    /// <summary>Its identifier in the draft.</summary>
    public string DraftId { get; }

    /// <summary>Its identifier in the merged catalog: the catalog's when it was reused under another one (references in the draft are rewritten to it).</summary>
    public string Id { get; }

    /// <summary>Added, reused or enriched.</summary>
    public MergeOutcome Outcome { get; }

    /// <summary>How it was found in the catalog; <see cref="MergeMatch.None"/> when added.</summary>
    public MergeMatch MatchedBy { get; }

    /// <summary>Its path in the merged catalog (<c>people[marcelo-ebrard-casaubon]</c>).</summary>
    public string Path => CatalogDiff.EntityPath(Kind, Id, 1);

    /// <summary>The members the draft added to the catalog's entity, in the order of the draft's JSON; empty unless <see cref="MergeOutcome.Enriched"/>.</summary>
    public ImmutableArray<MergeAddition> Additions { get; }

    /// <summary>
    /// One line of the text report (<see cref="MergeTextWriter"/>): <c>added meeting meetings[x]</c>, <c>enriched person
    /// people[x] (the draft's people[y], by spelling)</c>.
    /// </summary>
    /// <returns>The line, without a line end.</returns>
    public override string ToString()
    {
        var text = $"{Name(Outcome)} {CatalogDiff.NameOf(Kind)} {Path}";
        return MatchedBy is MergeMatch.None or MergeMatch.Identifier
            ? text
            : $"{text} (the draft's {CatalogDiff.EntityPath(Kind, DraftId, 1)}, by {Name(MatchedBy)})";
    }

    /// <summary>"added", "reused" or "enriched": how the reports name an outcome.</summary>
    internal static string Name(MergeOutcome outcome) => outcome switch
    {
        MergeOutcome.Added => "added",
        MergeOutcome.Reused => "reused",
        _ => "enriched",
    };

    /// <summary>"identifier", "spelling", …: how the reports name a way of matching.</summary>
    internal static string Name(MergeMatch match) => match switch
    {
        MergeMatch.None => "none",
        MergeMatch.Identifier => "identifier",
        MergeMatch.Spelling => "spelling",
        MergeMatch.Acronym => "acronym",
        MergeMatch.Name => "name",
        MergeMatch.Archive => "archive",
        MergeMatch.Ordinal => "ordinal",
        _ => "dates",
    };
}
