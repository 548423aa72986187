using System.Linq;
using Cooperation.Domain.Benchmarks;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>The catalogs the tests store, and the one assertion that matters: equal, fact for fact.</summary>
public static class Catalogs
{
    /// <summary>A generated catalog of 100 bilateral mechanisms with 100 meetings each (10,000 meetings).</summary>
    public static CooperationCatalog TenThousandMeetings() => new BilateralCatalogData(mechanisms: 100, meetingsPerMechanism: 100).Build();

    /// <summary>The reference catalog with identifiers in other registers on an institution, a person and a
    /// mechanism (the reference catalog has none).</summary>
    public static CooperationCatalog WithExternalIdentifiers()
    {
        var catalog = ReferenceCatalog.Default;
        return catalog
            .With(catalog.Institutions[0].WithIdentifiers([ExternalIdentifier.Parse("wikidata:Q96"), ExternalIdentifier.Parse("iso-3166:MX-CMX")]))
            .With(catalog.People[0].WithIdentifiers([ExternalIdentifier.Parse("popolo:ocd-person/7d1d2a5a")]))
            .With(catalog.Mechanisms[0].WithIdentifiers([ExternalIdentifier.Parse("wikidata:Q123456")]));
    }

    /// <summary>Fails, listing the first differences, unless the two catalogs are equal in every fact.</summary>
    public static void Equal(CooperationCatalog expected, CooperationCatalog actual)
    {
        var diff = CatalogDiff.Compare(expected, actual);
        Assert.True(diff.IsEmpty, "The catalog read back differs:\n" + string.Join("\n", diff.Changes.Take(20).Select(c => c.ToString())));
        Assert.Equal(expected.Meetings.Length, actual.Meetings.Length);
    }
}
