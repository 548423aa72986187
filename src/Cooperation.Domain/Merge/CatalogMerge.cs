using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>
/// A catalog and one or more drafts merged into a new catalog, with the report of what each draft's entity became
/// (added, reused, enriched) and of every conflict. Immutable; made by <see cref="Merge(CooperationCatalog, IEnumerable{CooperationCatalog}, MergePreference)"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Matching.</b> A draft's entity is the catalog's when it has the same identifier; otherwise a source with the
/// same archived copy (SHA-256) or URL, a person with one of the draft's spellings, an institution of the same
/// country with one of its acronyms or its name, a mechanism with every party of the draft's and one of its acronyms or
/// its name, a meeting of the same mechanism with its ordinal, or else unnumbered, of its kind and with dates that may
/// overlap (<see cref="MergeMatch"/>). A draft's entity that matches several of the catalog's is added under its own
/// identifier and reported (<see cref="MergeConflictKind.AmbiguousMatch"/>). References in the draft to an entity
/// reused under another identifier are rewritten to it.
/// </para>
/// <para>
/// <b>Members.</b> An entity reused gains what the catalog lacks: a member it does not have, a language of a text,
/// values of a list (topics, other names), citations, delegations, participants, outcomes, statements; a person gains
/// the draft's spellings, an institution its acronyms. A member both have with different values is a conflict, with
/// both values and the citations that support each: the catalog's value is kept, unless the draft is preferred
/// (<see cref="MergePreference.Draft"/>). Nothing the catalog has is removed, and nothing is changed but by a conflict
/// settled for the draft, which is reported.
/// </para>
/// <para>
/// <b>Refused.</b> A catalog or a draft in which two entities of a kind share an identifier, and a draft that refers to
/// an entity neither it nor the catalog has: <see cref="CatalogMergeException"/>, and nothing is merged.
/// </para>
/// <para>
/// <b>Order and cost.</b> Drafts are merged one after the other, each into the result of those before it; entities
/// are reported in the drafts' order, each draft's by kind (as <see cref="CatalogEntityKind"/> lists them) and
/// identifier, and conflicts in the same order. Work is linear in the catalog and the drafts: the indexes a match needs
/// are built once per draft, and only the entities a draft touches are written to JSON and read back.
/// </para>
/// </remarks>
public sealed class CatalogMerge
{
    /// <summary>The JSON format's name and version, the <c>format</c> member of <see cref="MergeJsonWriter"/>'s documents.</summary>
    public const string JsonFormat = "cooperation-merge/1";

    private CatalogMerge(CooperationCatalog catalog, MergePreference preference, ImmutableArray<string?> draftNames, ImmutableArray<MergedEntity> entities, ImmutableArray<MergeConflict> conflicts)
    {
        Catalog = catalog;
        Preference = preference;
        DraftNames = draftNames;
        Entities = entities;
        Conflicts = conflicts;
    }

    /// <summary>The merged catalog.</summary>
    public CooperationCatalog Catalog { get; }

    /// <summary>Which side won the conflicts.</summary>
    public MergePreference Preference { get; }

    /// <summary>The drafts' names, in order (their documents' names; null for a draft given as a catalog).</summary>
    public ImmutableArray<string?> DraftNames { get; }

    /// <summary>What became of each entity of each draft, in the order described in the remarks.</summary>
    public ImmutableArray<MergedEntity> Entities { get; }

    /// <summary>Every conflict, in the order described in the remarks.</summary>
    public ImmutableArray<MergeConflict> Conflicts { get; }

    /// <summary>Entities added.</summary>
    public int Added => Entities.Count(static e => e.Outcome == MergeOutcome.Added);

    /// <summary>Entities of the catalog reused as they were.</summary>
    public int Reused => Entities.Count(static e => e.Outcome == MergeOutcome.Reused);

    /// <summary>Entities of the catalog that gained members, or took the draft's values.</summary>
    public int Enriched => Entities.Count(static e => e.Outcome == MergeOutcome.Enriched);

    /// <summary>Conflicts where the catalog's value was kept: a person should look at them.</summary>
    public int UnresolvedConflicts => Conflicts.Count(static c => c.IsUnresolved);

    /// <summary>True when some conflict is unresolved.</summary>
    public bool HasUnresolvedConflicts => Conflicts.Any(static c => c.IsUnresolved);

    /// <summary>Merges drafts into a catalog.</summary>
    /// <param name="catalog">The catalog; it is not changed.</param>
    /// <param name="drafts">The drafts, merged in order.</param>
    /// <param name="preference">Which side wins a conflict.</param>
    /// <returns>The merged catalog and the report.</returns>
    /// <exception cref="CatalogMergeException">An identifier is used twice in the catalog or a draft, or a draft refers to an entity nothing has; the message names the path.</exception>
    /// <exception cref="ArgumentException">A draft is null, or <paramref name="preference"/> is not a defined value.</exception>
    public static CatalogMerge Merge(CooperationCatalog catalog, IEnumerable<CooperationCatalog> drafts, MergePreference preference = MergePreference.Catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(drafts);
        var list = drafts.ToList();
        return Run(catalog, null, list, [.. list.Select(static _ => (CatalogDocument?)null)], preference);
    }

    /// <summary>
    /// Merges drafts read from documents into a catalog read from a document; a refusal names the document and the
    /// line, and the report names each draft by its document's name.
    /// </summary>
    /// <param name="catalog">The catalog's document.</param>
    /// <param name="drafts">The drafts' documents, merged in order.</param>
    /// <param name="preference">Which side wins a conflict.</param>
    /// <returns>The merged catalog and the report.</returns>
    /// <exception cref="CatalogMergeException">An identifier is used twice in the catalog or a draft, or a draft refers to an entity nothing has; the message names the document, the line and the path.</exception>
    /// <exception cref="ArgumentException">A draft is null, or <paramref name="preference"/> is not a defined value.</exception>
    public static CatalogMerge Merge(CatalogDocument catalog, IEnumerable<CatalogDocument> drafts, MergePreference preference = MergePreference.Catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(drafts);
        var documents = drafts.ToList();
        return Run(catalog.Catalog, catalog, [.. documents.Select(static d => d?.Catalog!)], [.. documents], preference);
    }

    /// <summary>
    /// The summary: "1 draft: 3 added, 1 enriched, 2 reused; 1 conflict, 1 unresolved."; the last line of the text
    /// report (<see cref="MergeTextWriter"/>).
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var drafts = DraftNames.Length == 1 ? "1 draft" : Count(DraftNames.Length) + " drafts";
        var conflicts = Conflicts.Length == 1 ? "1 conflict" : Count(Conflicts.Length) + " conflicts";
        return $"{drafts}: {Count(Added)} added, {Count(Enriched)} enriched, {Count(Reused)} reused; {conflicts}, {Count(UnresolvedConflicts)} unresolved.";
    }

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The draft's name in reports: its document's name, or "draft 1", "draft 2"….</summary>
    internal string DraftName(int draft) => DraftNames[draft] ?? "draft " + (draft + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CatalogMerge Run(CooperationCatalog catalog, CatalogDocument? catalogDocument, List<CooperationCatalog> drafts, ImmutableArray<CatalogDocument?> documents, MergePreference preference)
    {
        if (preference is not (MergePreference.Catalog or MergePreference.Draft))
        {
            throw new ArgumentException($"The preference {(int)preference} is not a MergePreference.", nameof(preference));
        }

        for (var d = 0; d < drafts.Count; d++)
        {
            if (drafts[d] is null)
            {
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The draft at position {d} is null."), nameof(drafts));
            }
        }

        // Everything is checked before anything is merged.
        CheckRepeats(catalog, null, catalogDocument);
        for (var d = 0; d < drafts.Count; d++)
        {
            CheckRepeats(drafts[d], d, documents[d]);
        }

        var entities = new List<MergedEntity>();
        var conflicts = new List<MergeConflict>();
        var current = catalog;
        for (var d = 0; d < drafts.Count; d++)
        {
            current = new DraftMerge(current, drafts[d], d, documents[d], preference, entities, conflicts).Run();
        }

        return new CatalogMerge(current, preference, [.. documents.Select(static d => d?.Name)], [.. entities], [.. conflicts]);
    }

    // Two entities of a kind with one identifier (COOP1001): which one would a draft's entity of that identifier be?
    private static void CheckRepeats(CooperationCatalog catalog, int? draft, CatalogDocument? document)
    {
        foreach (var repeat in catalog.Repeats)
        {
            if (repeat.Kind == "outcome")
            {
                continue;
            }

            var path = $"{repeat.Collection}[{repeat.Id}]";
            var whose = draft is null ? "The catalog" : "The draft";
            var count = repeat.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var reason = draft is null
                ? $"{whose} has {count} {repeat.Collection} with the identifier {repeat.Id} ({path}, COOP1001); a merge needs one entity per identifier to know which one a draft adds to. Give each its own identifier first."
                : $"{whose} has {count} {repeat.Collection} with the identifier {repeat.Id} ({path}, COOP1001); each entity of a draft needs an identifier of its own.";
            throw new CatalogMergeException(reason, draft, document?.Name, path, document?.LineOf(path));
        }
    }
}
