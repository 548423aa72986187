using System;
using NodaTime;
using static Cooperation.Domain.Tests.Values.PartialDateSamples;

namespace Cooperation.Domain.Tests.Values;

/// <summary>The factories for each precision, their range checks, and the days a date covers.</summary>
public class PartialDateFactoryTests
{
    // ---- Factories ----------------------------------------------------------------------------------------------

    [Fact]
    public void Factories_build_each_precision()
    {
        Assert.Equal(PartialDate.Parse("2013"), PartialDate.FromYear(2013));
        Assert.Equal(PartialDate.Parse("2008-07"), PartialDate.FromYearMonth(2008, 7));
        Assert.Equal(PartialDate.Parse("2008-07"), PartialDate.FromYearMonth(new YearMonth(2008, 7)));
        Assert.Equal(PartialDate.Parse("2017-04-25"), PartialDate.FromDate(2017, 4, 25));
        Assert.Equal(PartialDate.Parse("2017-04-25"), PartialDate.FromLocalDate(new LocalDate(2017, 4, 25)));
        Assert.Equal(PartialDate.Parse("2024-02-29"), PartialDate.FromDate(2024, 2, 29));
        Assert.Equal("0001-01-01", PartialDate.FromLocalDate(new LocalDate(1, 1, 1)).ToString());
        Assert.Equal("9999-12-31", PartialDate.FromLocalDate(new LocalDate(9999, 12, 31)).ToString());
    }

    [Theory]
    [InlineData(0, "year")]
    [InlineData(-1, "year")]
    [InlineData(10000, "year")]
    [InlineData(int.MinValue, "year")]
    public void FromYear_rejects_years_outside_1_to_9999(int year, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(year));
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains("1 to 9999", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 0, "month")]
    [InlineData(2024, 13, "month")]
    [InlineData(0, 1, "year")]
    [InlineData(10000, 12, "year")]
    public void FromYearMonth_rejects_out_of_range_components(int year, int month, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(year, month));
        Assert.Equal(paramName, ex.ParamName);
    }

    [Theory]
    [InlineData(2023, 2, 29, "day", "1 to 28 in 2023-02")]
    [InlineData(1900, 2, 29, "day", "1 to 28 in 1900-02")]
    [InlineData(2024, 2, 30, "day", "1 to 29 in 2024-02")]
    [InlineData(2024, 4, 31, "day", "1 to 30 in 2024-04")]
    [InlineData(2024, 1, 0, "day", "1 to 31 in 2024-01")]
    [InlineData(2024, 1, 32, "day", "1 to 31")]
    [InlineData(2024, 0, 1, "month", "1 to 12")]
    [InlineData(2024, 13, 1, "month", "1 to 12")]
    [InlineData(0, 1, 1, "year", "1 to 9999")]
    public void FromDate_rejects_days_that_do_not_exist(int year, int month, int day, string paramName, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(year, month, day));
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLocalDate_and_FromYearMonth_accept_only_the_iso_calendar_and_years_1_to_9999()
    {
        var julian = new LocalDate(2024, 1, 1, CalendarSystem.Julian);
        var ex = Assert.Throws<ArgumentException>(() => PartialDate.FromLocalDate(julian));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("ISO calendar", ex.Message, StringComparison.Ordinal);

        var gregorian = new LocalDate(2024, 1, 1, CalendarSystem.Gregorian);
        Assert.Throws<ArgumentException>(() => PartialDate.FromLocalDate(gregorian));

        var julianMonth = new YearMonth(2024, 1, CalendarSystem.Julian);
        Assert.Throws<ArgumentException>(() => PartialDate.FromYearMonth(julianMonth));

        var yearZero = Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromLocalDate(new LocalDate(0, 6, 1)));
        Assert.Equal("date", yearZero.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromLocalDate(new LocalDate(-44, 3, 15)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(new YearMonth(0, 1)));
    }

    // ---- Bounds -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31", 366)]
    [InlineData("2023", "2023-01-01", "2023-12-31", 365)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", 29)]
    [InlineData("2023-02", "2023-02-01", "2023-02-28", 28)]
    [InlineData("1900-02", "1900-02-01", "1900-02-28", 28)]
    [InlineData("2000-02", "2000-02-01", "2000-02-29", 29)]
    [InlineData("2024-04", "2024-04-01", "2024-04-30", 30)]
    [InlineData("2024-12", "2024-12-01", "2024-12-31", 31)]
    [InlineData("2017-04-25", "2017-04-25", "2017-04-25", 1)]
    [InlineData("0001", "0001-01-01", "0001-12-31", 365)]
    [InlineData("9999", "9999-01-01", "9999-12-31", 365)]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31", 1)]
    public void Earliest_and_Latest_bound_the_covered_days(string text, string earliest, string latest, int days)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(Iso(earliest), date.Earliest);
        Assert.Equal(Iso(latest), date.Latest);
        var interval = date.ToDateInterval();
        Assert.Equal(Iso(earliest), interval.Start);
        Assert.Equal(Iso(latest), interval.End);
        Assert.Equal(days, interval.Length);
    }
}
