using System;
using NodaTime;

namespace Cooperation.Domain.Tests.Values;

/// <summary>PartialDate and PartialDateRange to and from NodaTime and the BCL, where the precision allows.</summary>
public class PartialDateInteropTests
{
    [Fact]
    public void A_day_converts_to_every_day_type_and_back()
    {
        var day = PartialDate.Parse("2017-04-25");
        Assert.Equal(new LocalDate(2017, 4, 25), day.ToLocalDate());
        Assert.Equal(new DateOnly(2017, 4, 25), day.ToDateOnly());
        Assert.Equal(new YearMonth(2017, 4), day.ToYearMonth());
        Assert.Equal(day, PartialDate.FromDateOnly(day.ToDateOnly()));
        Assert.Equal(day, PartialDate.FromLocalDate(day.ToLocalDate()));
        Assert.Equal(PartialDate.Parse("2017-04"), PartialDate.FromYearMonth(day.ToYearMonth()));
        Assert.Equal(PartialDate.Parse("0001-01-01"), PartialDate.FromDateOnly(DateOnly.MinValue));
        Assert.Equal(PartialDate.Parse("9999-12-31"), PartialDate.FromDateOnly(DateOnly.MaxValue));
    }

    [Theory]
    [InlineData("2013", "year")]
    [InlineData("2023-10", "month")]
    public void A_coarser_value_has_no_single_day_and_says_so(string text, string precision)
    {
        var value = PartialDate.Parse(text);
        Assert.False(value.TryGetLocalDate(out var date));
        Assert.Equal(default, date);
        var error = Assert.Throws<InvalidOperationException>(() => value.ToLocalDate());
        Assert.Equal($"{text} is known to the {precision} only: it names no single day. Use Earliest, Latest or ToDateInterval().", error.Message);
        Assert.Throws<InvalidOperationException>(() => value.ToDateOnly());
    }

    [Fact]
    public void A_year_has_no_month()
    {
        var year = PartialDate.Parse("2013");
        Assert.False(year.TryGetYearMonth(out _));
        Assert.Equal("2013 is known to the year only: it has no month.", Assert.Throws<InvalidOperationException>(() => year.ToYearMonth()).Message);
        Assert.True(PartialDate.Parse("2008-07").TryGetYearMonth(out var month));
        Assert.Equal(new YearMonth(2008, 7), month);
    }

    [Fact]
    public void The_default_value_converts_to_nothing()
    {
        Assert.False(default(PartialDate).TryGetLocalDate(out _));
        Assert.False(default(PartialDate).TryGetYearMonth(out _));
        Assert.Contains("uninitialized", Assert.Throws<InvalidOperationException>(() => default(PartialDate).ToLocalDate()).Message, StringComparison.Ordinal);
        Assert.Contains("uninitialized", Assert.Throws<InvalidOperationException>(() => default(PartialDate).ToYearMonth()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_comes_from_a_date_interval_and_goes_back_to_it()
    {
        var interval = new DateInterval(new LocalDate(2011, 2, 21), new LocalDate(2011, 2, 28));
        var range = PartialDateRange.FromDateInterval(interval);
        Assert.Equal(PartialDateRange.Parse("2011-02-21/2011-02-28"), range);
        Assert.Equal(interval, range.ToDateInterval());
        Assert.Equal(PartialDateRange.Parse("2011-02-21/2011-02-21"), PartialDateRange.FromDateInterval(new DateInterval(new LocalDate(2011, 2, 21), new LocalDate(2011, 2, 21))));
        Assert.Throws<ArgumentNullException>(() => PartialDateRange.FromDateInterval(null!));
        var julian = new DateInterval(new LocalDate(2011, 2, 21, CalendarSystem.Julian), new LocalDate(2011, 2, 28, CalendarSystem.Julian));
        Assert.Throws<ArgumentException>(() => PartialDateRange.FromDateInterval(julian));
    }
}
