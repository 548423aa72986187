using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;

namespace Cooperation.Domain.Diff;

/// <summary>
/// What changed between two catalogs, entity by entity and member by member: entities are matched by identifier, and
/// each pair is compared on its canonical JSON (<see cref="CooperationJson.Write{T}(T)"/>), so every member the JSON
/// format has is compared, and nothing else. Immutable; made by <see cref="Compare"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> <see cref="Changes"/> are in the order of the JSON document: entity kinds as <see cref="CatalogEntityKind"/>
/// lists them, entities by identifier (ordinal), the members of an entity in the canonical order of its JSON (members
/// only the new entity has after those of the old one). The same two catalogs always give the same changes.
/// </para>
/// <para>
/// <b>Members.</b> Objects are compared member by member. Arrays of objects that all have a unique <c>id</c>
/// (outcomes) are matched by it, and delegations and mechanisms' parties by <c>party</c> (as the rules engine names
/// them: <c>delegations[US]</c>); when keyed elements common to both are in another order, one more change at the
/// array's path gives the keys in their old and new order. Arrays of plain values (topics, parties of an outcome,
/// other names) are compared as sets: each value added or removed is a change at the array's path; if the values
/// both have are in another order, the whole array is one change instead. Other arrays (venues, participants,
/// citations, statements) are compared element by element after their common beginning and end, so one element
/// inserted, removed or changed is one change, at its index.
/// </para>
/// <para>
/// <b>Repeated identifiers.</b> A catalog may hold several entities of a kind with one identifier (the rules engine
/// reports COOP1001). They are matched by position among themselves, in the order the catalog keeps them (the order
/// of the file): the first with the first, the second with the second, and one only a catalog has is added or removed.
/// Paths of all but the first carry <c>#2</c>, <c>#3</c>…, and <see cref="CatalogChange.Occurrence"/> says which.
/// Nothing is left out.
/// </para>
/// <para>
/// <b>Cost.</b> Linear in the two catalogs: each entity is written once to canonical JSON (entities the two catalogs
/// share, as a catalog made by <see cref="CooperationCatalog.With(Meeting)"/> shares them, are skipped) and only
/// entities whose bytes differ are parsed and compared; keyed arrays and sets are matched through dictionaries.
/// </para>
/// </remarks>
public sealed class CatalogDiff
{
    /// <summary>The JSON format's name and version, the <c>format</c> member of <see cref="DiffJsonWriter"/>'s documents.</summary>
    public const string JsonFormat = "cooperation-diff/1";

    private static readonly CatalogDiff Empty = new([], 0, 0, 0);

    private CatalogDiff(ImmutableArray<CatalogChange> changes, int added, int removed, int changed)
    {
        Changes = changes;
        AddedEntities = added;
        RemovedEntities = removed;
        ChangedEntities = changed;
    }

    /// <summary>Every change, in the order described in the remarks.</summary>
    public ImmutableArray<CatalogChange> Changes { get; }

    /// <summary>True when the catalogs have the same entities with the same JSON.</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>Entities only the new catalog has.</summary>
    public int AddedEntities { get; }

    /// <summary>Entities only the old catalog has.</summary>
    public int RemovedEntities { get; }

    /// <summary>Entities both catalogs have, with changes.</summary>
    public int ChangedEntities { get; }

    /// <summary>Compares two catalogs.</summary>
    /// <param name="old">The catalog before.</param>
    /// <param name="new">The catalog after.</param>
    /// <returns>The changes from <paramref name="old"/> to <paramref name="new"/>; empty when a catalog is compared with itself.</returns>
    public static CatalogDiff Compare(CooperationCatalog old, CooperationCatalog @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        if (ReferenceEquals(old, @new))
        {
            return Empty;
        }

        var state = new State();
        state.Kind(CatalogEntityKind.Source, old.Sources, @new.Sources, s => s.Id.Value);
        state.Kind(CatalogEntityKind.Institution, old.Institutions, @new.Institutions, i => i.Id.Value);
        state.Kind(CatalogEntityKind.Person, old.People, @new.People, p => p.Id.Value);
        state.Kind(CatalogEntityKind.Mechanism, old.Mechanisms, @new.Mechanisms, m => m.Id.Value);
        state.Kind(CatalogEntityKind.Meeting, old.Meetings, @new.Meetings, m => m.Id.Value);
        return state.Changes.Count == 0 ? Empty : new CatalogDiff([.. state.Changes], state.Added, state.Removed, state.Changed);
    }

    /// <summary>
    /// The summary: "2 entities changed, 1 added, 0 removed (5 changes)."; the last line of the text form
    /// (<see cref="DiffTextWriter"/>).
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var entities = ChangedEntities == 1 ? "1 entity changed" : Count(ChangedEntities) + " entities changed";
        var changes = Changes.Length == 1 ? "1 change" : Count(Changes.Length) + " changes";
        return $"{entities}, {Count(AddedEntities)} added, {Count(RemovedEntities)} removed ({changes}).";
    }

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    internal static string CollectionOf(CatalogEntityKind kind) => CatalogCollections.NameOf(kind);

    internal static string NameOf(CatalogEntityKind kind) => kind switch
    {
        CatalogEntityKind.Source => "source",
        CatalogEntityKind.Institution => "institution",
        CatalogEntityKind.Person => "person",
        CatalogEntityKind.Mechanism => "mechanism",
        _ => "meeting",
    };

    internal static string EntityPath(CatalogEntityKind kind, string id, int occurrence)
        => occurrence == 1
            ? $"{CollectionOf(kind)}[{id}]"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{CollectionOf(kind)}[{id}]#{occurrence}");

    private sealed class State
    {
        public List<CatalogChange> Changes { get; } = [];

        public int Added { get; private set; }

        public int Removed { get; private set; }

        public int Changed { get; private set; }

        // Both arrays are sorted by identifier (ordinal), repeats in the order they were added: one merge walk.
        public void Kind<T>(CatalogEntityKind kind, ImmutableArray<T> old, ImmutableArray<T> @new, Func<T, string> id)
            where T : class
        {
            var (i, j) = (0, 0);
            while (i < old.Length || j < @new.Length)
            {
                var order = i == old.Length ? 1 : j == @new.Length ? -1 : string.CompareOrdinal(id(old[i]), id(@new[j]));
                var key = order <= 0 ? id(old[i]) : id(@new[j]);
                var oldEnd = i;
                while (order <= 0 && oldEnd < old.Length && id(old[oldEnd]) == key)
                {
                    oldEnd++;
                }

                var newEnd = j;
                while (order >= 0 && newEnd < @new.Length && id(@new[newEnd]) == key)
                {
                    newEnd++;
                }

                for (var occurrence = 1; i < oldEnd || j < newEnd; occurrence++)
                {
                    var path = EntityPath(kind, key, occurrence);
                    if (i < oldEnd && j < newEnd)
                    {
                        Pair(kind, key, occurrence, path, old[i++], @new[j++]);
                    }
                    else if (i < oldEnd)
                    {
                        Changes.Add(new CatalogChange(CatalogChangeKind.Removed, kind, key, occurrence, path.Length, path, JsonTreeDiff.Compact(CooperationJson.Write(old[i++])), null));
                        Removed++;
                    }
                    else
                    {
                        Changes.Add(new CatalogChange(CatalogChangeKind.Added, kind, key, occurrence, path.Length, path, null, JsonTreeDiff.Compact(CooperationJson.Write(@new[j++]))));
                        Added++;
                    }
                }
            }
        }

        private void Pair<T>(CatalogEntityKind kind, string id, int occurrence, string path, T old, T @new)
            where T : class
        {
            if (ReferenceEquals(old, @new))
            {
                return;
            }

            var oldJson = CooperationJson.Write(old);
            var newJson = CooperationJson.Write(@new);
            if (oldJson.AsSpan().SequenceEqual(newJson))
            {
                return;
            }

            var before = Changes.Count;
            using (var oldDocument = JsonDocument.Parse(oldJson))
            using (var newDocument = JsonDocument.Parse(newJson))
            {
                new JsonTreeDiff((changeKind, at, oldValue, newValue) =>
                    Changes.Add(new CatalogChange(changeKind, kind, id, occurrence, path.Length, at, oldValue, newValue)))
                    .Compare(path, null, oldDocument.RootElement, newDocument.RootElement);
            }

            if (Changes.Count == before)
            {
                // Canonical bytes differ, so something did; never say "equal" when the JSON is not.
                Changes.Add(new CatalogChange(CatalogChangeKind.Changed, kind, id, occurrence, path.Length, path, JsonTreeDiff.Compact(oldJson), JsonTreeDiff.Compact(newJson)));
            }

            Changed++;
        }
    }
}
