using System;
using System.Linq;

namespace Cooperation.Domain.Interop.Tests.Html;

/// <summary>The table of values the timeline page's data refers to by index.</summary>
public sealed class InternTableTests
{
    [Fact]
    public void A_value_is_added_once_and_indexes_follow_first_sight()
    {
        var table = new InternTable<string>(StringComparer.Ordinal);
        Assert.Equal([0, 1, 0, 2, 1], new[] { "mx", "ca", "mx", "MX", "ca" }.Select(table.Add));
        Assert.Equal(["mx", "ca", "MX"], table.Values);
    }

    [Fact]
    public void Values_are_compared_with_the_comparer_given()
    {
        var table = new InternTable<string>(StringComparer.OrdinalIgnoreCase);
        Assert.Equal(table.Add("mx"), table.Add("MX"));
        Assert.Single(table.Values);
    }
}
