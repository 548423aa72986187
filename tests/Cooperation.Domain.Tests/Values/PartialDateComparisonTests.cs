using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using static Cooperation.Domain.Tests.Values.PartialDateSamples;

namespace Cooperation.Domain.Tests.Values;

/// <summary>How partial dates relate in time, contain dates, compare and hash.</summary>
public class PartialDateComparisonTests
{
    // ---- Chronology ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2008-06", "2008-07-15", PartialDateRelation.Before)]
    [InlineData("2008-07", "2008-07-15", PartialDateRelation.Overlaps)]
    [InlineData("2008", "2008-07", PartialDateRelation.Overlaps)]
    [InlineData("2008", "2008-07-15", PartialDateRelation.Overlaps)]
    [InlineData("2008-07", "2008-07-01", PartialDateRelation.Overlaps)]
    [InlineData("2008-01-01", "2008", PartialDateRelation.Overlaps)]
    [InlineData("2008-12-31", "2008", PartialDateRelation.Overlaps)]
    [InlineData("2008", "2008", PartialDateRelation.Same)]
    [InlineData("2008-07", "2008-07", PartialDateRelation.Same)]
    [InlineData("2008-07-15", "2008-07-15", PartialDateRelation.Same)]
    [InlineData("2007", "2008-01-01", PartialDateRelation.Before)]
    [InlineData("2007-12-31", "2008", PartialDateRelation.Before)]
    [InlineData("2008-12-31", "2009", PartialDateRelation.Before)]
    [InlineData("2008-07-15", "2008-07-16", PartialDateRelation.Before)]
    [InlineData("2008-07-31", "2008-08", PartialDateRelation.Before)]
    [InlineData("2008", "2009", PartialDateRelation.Before)]
    [InlineData("2009", "2008-12-31", PartialDateRelation.After)]
    [InlineData("2008-08", "2008-07", PartialDateRelation.After)]
    [InlineData("2008-07-16", "2008-07-15", PartialDateRelation.After)]
    [InlineData("2008-07-15", "2008-06", PartialDateRelation.After)]
    public void RelationTo_is_honest_about_overlap(string left, string right, PartialDateRelation expected)
    {
        var a = PartialDate.Parse(left);
        var b = PartialDate.Parse(right);

        Assert.Equal(expected, a.RelationTo(b));
        Assert.Equal(Inverse(expected), b.RelationTo(a));
        Assert.Equal(expected == PartialDateRelation.Before, a.IsDefinitelyBefore(b));
        Assert.Equal(expected == PartialDateRelation.After, a.IsDefinitelyAfter(b));
        Assert.Equal(expected is PartialDateRelation.Same or PartialDateRelation.Overlaps, a.Overlaps(b));
        Assert.Equal(a.Overlaps(b), b.Overlaps(a));
        Assert.Equal(expected == PartialDateRelation.Same, a == b);
    }

    [Theory]
    [InlineData("2008", "2008-07", true)]
    [InlineData("2008", "2008-07-15", true)]
    [InlineData("2008-07", "2008-07-15", true)]
    [InlineData("2008-07", "2008-07", true)]
    [InlineData("2008-07", "2008", false)]
    [InlineData("2008-07-15", "2008-07", false)]
    [InlineData("2008-07", "2008-08-01", false)]
    [InlineData("2008", "2009-01", false)]
    public void Contains_a_partial_date_means_entirely_within(string outer, string inner, bool expected)
        => Assert.Equal(expected, PartialDate.Parse(outer).Contains(PartialDate.Parse(inner)));

    [Theory]
    [InlineData("2008", "2008-01-01", true)]
    [InlineData("2008", "2008-12-31", true)]
    [InlineData("2008", "2007-12-31", false)]
    [InlineData("2008", "2009-01-01", false)]
    [InlineData("2024-02", "2024-02-29", true)]
    [InlineData("2024-02", "2024-03-01", false)]
    [InlineData("2017-04-25", "2017-04-25", true)]
    [InlineData("2017-04-25", "2017-04-26", false)]
    public void Contains_a_local_date(string text, string date, bool expected)
        => Assert.Equal(expected, PartialDate.Parse(text).Contains(Iso(date)));

    [Fact]
    public void Contains_rejects_other_calendars_and_handles_dates_outside_the_supported_years()
    {
        var date = PartialDate.Parse("2024");
        Assert.Throws<ArgumentException>(() => date.Contains(new LocalDate(2024, 6, 1, CalendarSystem.Julian)));
        Assert.False(PartialDate.Parse("0001").Contains(new LocalDate(-5, 1, 1)));
        Assert.False(PartialDate.Parse("0001").Contains(new LocalDate(0, 12, 31)));
        Assert.True(PartialDate.Parse("0001").Contains(new LocalDate(1, 1, 1)));
    }

    // ---- Equality and ordering ----------------------------------------------------------------------------------

    [Fact]
    public void Equality_needs_the_same_precision_and_components()
    {
        Assert.NotEqual(PartialDate.Parse("2008-07"), PartialDate.Parse("2008-07-01"));
        Assert.NotEqual(PartialDate.Parse("2008"), PartialDate.Parse("2008-01"));
        Assert.True(PartialDate.Parse("2008-07") == PartialDate.FromYearMonth(2008, 7));
        Assert.True(PartialDate.Parse("2008-07") != PartialDate.Parse("2008-07-01"));
        Assert.True(PartialDate.Parse("2008-07").Equals((object)PartialDate.FromYearMonth(2008, 7)));
        Assert.False(PartialDate.Parse("2008-07").Equals("2008-07"));
        Assert.Equal(PartialDate.Parse("2008-07").GetHashCode(), PartialDate.FromYearMonth(2008, 7).GetHashCode());
    }

    [Fact]
    public void Hash_codes_are_distinct_for_distinct_values()
    {
        var hashes = new HashSet<int>();
        var count = 0;
        for (var year = 1990; year < 2030; year++)
        {
            hashes.Add(PartialDate.FromYear(year).GetHashCode());
            count++;
            for (var month = 1; month <= 12; month++)
            {
                hashes.Add(PartialDate.FromYearMonth(year, month).GetHashCode());
                count++;
                for (var day = 1; day <= PartialDate.DaysInMonth(year, month); day++)
                {
                    hashes.Add(PartialDate.FromDate(year, month, day).GetHashCode());
                    count++;
                }
            }
        }

        Assert.Equal(count, hashes.Count);
    }

    [Fact]
    public void CompareTo_sorts_by_earliest_then_coarser_precision_first()
    {
        string[] expected =
        [
            "2007", "2007-12-31", "2008", "2008-01", "2008-01-01", "2008-01-02", "2008-02",
            "2008-07", "2008-07-01", "2008-07-15", "2008-12-31", "2009",
        ];
        var shuffled = expected.Reverse().Select(PartialDate.Parse).Append(default).ToList();

        shuffled.Sort();

        Assert.True(shuffled[0].IsDefault);
        Assert.Equal(expected, shuffled.Skip(1).Select(d => d.ToString()));
    }

    [Fact]
    public void CompareTo_is_consistent_with_equality_and_handles_object()
    {
        var a = PartialDate.Parse("2008-07");
        Assert.Equal(0, a.CompareTo(PartialDate.FromYearMonth(2008, 7)));
        Assert.True(a.CompareTo(PartialDate.Parse("2008-07-01")) < 0);
        Assert.True(PartialDate.Parse("2008").CompareTo(a) < 0);
        Assert.Equal(0, a.CompareTo((object)PartialDate.FromYearMonth(2008, 7)));
        Assert.Equal(1, a.CompareTo(null));
        Assert.Throws<ArgumentException>(() => a.CompareTo("2008-07"));
        Assert.Equal(0, default(PartialDate).CompareTo(default));
        Assert.True(default(PartialDate).CompareTo(PartialDate.FromYear(1)) < 0);
        Assert.True(PartialDate.FromYear(1).CompareTo(default) > 0);
    }
}
