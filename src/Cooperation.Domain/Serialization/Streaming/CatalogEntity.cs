namespace Cooperation.Domain.Serialization;

/// <summary>
/// One entity of a catalog read by <see cref="CooperationJson.ReadEntitiesAsync"/>: its kind (so the collection it is
/// in), its index there, and the entity, a <see cref="Source"/>, <see cref="Institution"/>, <see cref="Person"/>,
/// <see cref="Mechanism"/> or <see cref="Meeting"/> (<c>switch (entry.Entity) { case Meeting meeting: … }</c>).
/// </summary>
public sealed record CatalogEntity
{
    internal CatalogEntity(CatalogEntityKind kind, int index, object entity)
    {
        Kind = kind;
        Index = index;
        Entity = entity;
    }

    /// <summary>The entity's kind, which names its collection.</summary>
    public CatalogEntityKind Kind { get; }

    /// <summary>The catalog's member that holds the entity: <c>sources</c>, <c>institutions</c>, <c>people</c>, <c>mechanisms</c> or <c>meetings</c>.</summary>
    public string Collection => CatalogCollections.NameOf(Kind);

    /// <summary>The entity's index in its collection, from 0, in document order.</summary>
    public int Index { get; }

    /// <summary>The entity.</summary>
    public object Entity { get; }

    /// <summary>The entity's JSON path in the document, as errors give it: <c>$.meetings[3]</c>.</summary>
    public string Path => "$." + Collection + "[" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
