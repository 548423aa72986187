namespace Cooperation.Domain.Merge;

/// <summary>Which side wins when a draft contradicts the catalog (<see cref="CatalogMerge"/>).</summary>
public enum MergePreference
{
    /// <summary>The catalog's value is kept; the conflict is reported and left unresolved. The default.</summary>
    Catalog,

    /// <summary>The draft's value replaces the catalog's; the conflict is reported as resolved.</summary>
    Draft,
}
