namespace Cooperation.Domain.Diff;

/// <summary>
/// One difference between two catalogs: an entity added or removed, or one member of an entity added, removed or
/// changed. Made by <see cref="CatalogDiff.Compare"/>; immutable.
/// </summary>
public sealed class CatalogChange
{
    private readonly int _entityPathLength;

    internal CatalogChange(CatalogChangeKind kind, CatalogEntityKind entityKind, string entityId, int occurrence, int entityPathLength, string path, string? oldValue, string? newValue)
    {
        _entityPathLength = entityPathLength;
        Kind = kind;
        EntityKind = entityKind;
        EntityId = entityId;
        Occurrence = occurrence;
        Path = path;
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>Added, removed or changed.</summary>
    public CatalogChangeKind Kind { get; }

    /// <summary>The kind of the entity the change is in.</summary>
    public CatalogEntityKind EntityKind { get; }

    /// <summary>The identifier of the entity the change is in.</summary>
    public string EntityId { get; }

    /// <summary>
    /// 1, unless a catalog has several entities of this kind with this identifier (COOP1001): they are matched by
    /// position among themselves, and the second is 2, the third 3, and so on.
    /// </summary>
    public int Occurrence { get; }

    /// <summary>
    /// Where the change is, in the rules engine's convention: entities by identifier, delegations and parties by party,
    /// outcomes by identifier, other array elements by index from 0
    /// (<c>meetings[mx-us-2021-05-13].delegations[US].participants[3].role</c>). An entity's own path
    /// (<c>meetings[mx-us-2021-05-13]</c>) when the whole entity was added or removed; <c>#2</c> follows it for the
    /// second entity with one identifier (<see cref="Occurrence"/>).
    /// </summary>
    public string Path { get; }

    /// <summary>The value in the old catalog as compact JSON text (<c>"planned"</c>, <c>{"country":"MX"}</c>); null when added.</summary>
    public string? OldValue { get; }

    /// <summary>The value in the new catalog as compact JSON text; null when removed.</summary>
    public string? NewValue { get; }

    /// <summary>True when the change is the whole entity (added or removed), not one of its members.</summary>
    public bool IsEntity => Kind != CatalogChangeKind.Changed && Path.Length == _entityPathLength;

    /// <summary>The collection of the entity's kind in the JSON document: <c>sources</c>, <c>institutions</c>, <c>people</c>, <c>mechanisms</c> or <c>meetings</c>.</summary>
    public string Collection => CatalogDiff.CollectionOf(EntityKind);

    /// <summary>The path within the entity (<c>delegations[US].participants[3].role</c>); empty for the whole entity.</summary>
    public string MemberPath => Path.Length > _entityPathLength ? Path[(_entityPathLength + 1)..] : string.Empty;

    /// <summary>
    /// The change as one line of the text form (<see cref="DiffTextWriter"/>): <c>meetings[x].status: changed from
    /// "planned" to "held"</c>, <c>meetings[x]: added meeting</c>; values as JSON shortened to 80 characters.
    /// </summary>
    /// <returns>The line, without a line end.</returns>
    public override string ToString() => IsEntity
        ? $"{Path}: {Verb(Kind)} {CatalogDiff.NameOf(EntityKind)}"
        : Kind switch
        {
            CatalogChangeKind.Added => $"{Path}: added {TextExcerpt.Shorten(NewValue!)}",
            CatalogChangeKind.Removed => $"{Path}: removed {TextExcerpt.Shorten(OldValue!)}",
            _ => $"{Path}: changed from {TextExcerpt.Shorten(OldValue!)} to {TextExcerpt.Shorten(NewValue!)}",
        };

    /// <summary>"added", "removed" or "changed": how every form of a diff names a change.</summary>
    internal static string Verb(CatalogChangeKind kind) => kind switch
    {
        CatalogChangeKind.Added => "added",
        CatalogChangeKind.Removed => "removed",
        _ => "changed",
    };
}
