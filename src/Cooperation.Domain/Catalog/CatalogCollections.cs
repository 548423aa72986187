using System;
using System.Collections.Immutable;

namespace Cooperation.Domain;

/// <summary>
/// The one spelling of the catalog's collections, <c>sources</c>, <c>institutions</c>, <c>people</c>,
/// <c>mechanisms</c> and <c>meetings</c>: the members of a catalog document, the first segment of subject paths
/// (<c>mechanisms[mx-ca-danm].parties[US]</c>), and the names diffs, suppressions and schemas use. Indexed by
/// <see cref="CatalogEntityKind"/>, in document order.
/// </summary>
internal static class CatalogCollections
{
    public const string Sources = "sources";

    public const string Institutions = "institutions";

    public const string People = "people";

    public const string Mechanisms = "mechanisms";

    public const string Meetings = "meetings";

    /// <summary>The names, indexed by kind.</summary>
    public static readonly ImmutableArray<string> Names = [Sources, Institutions, People, Mechanisms, Meetings];

    /// <summary>The kinds, in document order.</summary>
    public static readonly ImmutableArray<CatalogEntityKind> Kinds =
        [CatalogEntityKind.Source, CatalogEntityKind.Institution, CatalogEntityKind.Person, CatalogEntityKind.Mechanism, CatalogEntityKind.Meeting];

    /// <summary>The collection that holds entities of <paramref name="kind"/>: "mechanisms" for a mechanism.</summary>
    public static string NameOf(CatalogEntityKind kind) => Names[(int)kind];

    /// <summary>The kind whose collection is <paramref name="name"/>, compared ordinally; false for any other text.</summary>
    public static bool TryFind(ReadOnlySpan<char> name, out CatalogEntityKind kind)
    {
        for (var k = 0; k < Names.Length; k++)
        {
            if (name.SequenceEqual(Names[k]))
            {
                kind = (CatalogEntityKind)k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
