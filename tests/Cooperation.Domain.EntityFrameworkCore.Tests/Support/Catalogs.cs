using System.Linq;
using Cooperation.Domain.Benchmarks;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>The catalogs the tests store, and the one assertion that matters: equal, fact for fact.</summary>
public static class Catalogs
{
    /// <summary>A generated catalog of 100 bilateral mechanisms with 100 meetings each (10,000 meetings).</summary>
    public static CooperationCatalog TenThousandMeetings() => new BilateralCatalogData(mechanisms: 100, meetingsPerMechanism: 100).Build();

    /// <summary>Fails, listing the first differences, unless the two catalogs are equal in every fact.</summary>
    public static void Equal(CooperationCatalog expected, CooperationCatalog actual)
    {
        var diff = CatalogDiff.Compare(expected, actual);
        Assert.True(diff.IsEmpty, "The catalog read back differs:\n" + string.Join("\n", diff.Changes.Take(20).Select(c => c.ToString())));
        Assert.Equal(expected.Meetings.Length, actual.Meetings.Length);
    }
}
