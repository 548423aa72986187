namespace Cooperation.Domain;

/// <summary>
/// The kinds of entity a catalog holds, in the order of the catalog's JSON document (<c>sources</c>,
/// <c>institutions</c>, <c>people</c>, <c>mechanisms</c>, <c>meetings</c>).
/// </summary>
public enum CatalogEntityKind
{
    /// <summary>A <see cref="Domain.Source"/>, under <c>sources</c>.</summary>
    Source,

    /// <summary>An <see cref="Domain.Institution"/>, under <c>institutions</c>.</summary>
    Institution,

    /// <summary>A <see cref="Domain.Person"/>, under <c>people</c>.</summary>
    Person,

    /// <summary>A <see cref="Domain.Mechanism"/>, under <c>mechanisms</c>.</summary>
    Mechanism,

    /// <summary>A <see cref="Domain.Meeting"/>, under <c>meetings</c>.</summary>
    Meeting,
}
