namespace Cooperation.Domain;

/// <summary>An identifier that more than one entity of a kind uses, found when a catalog is built (COOP1001).</summary>
/// <param name="Kind">"source", "institution", "person", "mechanism", "meeting" or "outcome".</param>
/// <param name="Collection">The catalog's collection (<see cref="CatalogCollections"/>); for an outcome, the path of its owner's outcomes.</param>
/// <param name="Id">The identifier's text.</param>
/// <param name="Count">How many entities use it.</param>
internal readonly record struct RepeatedIdentifier(string Kind, string Collection, string Id, int Count);
