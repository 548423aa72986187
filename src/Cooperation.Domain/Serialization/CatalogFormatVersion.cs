namespace Cooperation.Domain;

/// <summary>
/// The version of the catalog format a document is written in (its <c>format</c> member; <c>docs/json-format.md</c>).
/// Both are read, into the same model; <see cref="CooperationJson"/> writes <see cref="Format2"/>.
/// </summary>
public enum CatalogFormatVersion
{
    /// <summary><c>cooperation-catalog/1</c>: the first format, still read; <c>cooperation fmt</c> upgrades it.</summary>
    Format1 = 1,

    /// <summary><c>cooperation-catalog/2</c>: the current format, the one written.</summary>
    Format2 = 2,
}
