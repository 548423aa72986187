using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;

using Cooperation.Domain.Tests.Support;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Tests.Values;

public class PartialDateTests
{
    private const string ExpectedForm = "yyyy, yyyy-MM or yyyy-MM-dd";

    // ---- Parsing: accepted --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2013", PartialDatePrecision.Year, 2013, null, null)]
    [InlineData("2008-07", PartialDatePrecision.Month, 2008, 7, null)]
    [InlineData("2017-04-25", PartialDatePrecision.Day, 2017, 4, 25)]
    [InlineData("0001", PartialDatePrecision.Year, 1, null, null)]
    [InlineData("0001-01-01", PartialDatePrecision.Day, 1, 1, 1)]
    [InlineData("9999", PartialDatePrecision.Year, 9999, null, null)]
    [InlineData("9999-12-31", PartialDatePrecision.Day, 9999, 12, 31)]
    [InlineData("2024-02-29", PartialDatePrecision.Day, 2024, 2, 29)]
    [InlineData("2000-02-29", PartialDatePrecision.Day, 2000, 2, 29)]
    [InlineData("2024-12", PartialDatePrecision.Month, 2024, 12, null)]
    [InlineData("2024-01", PartialDatePrecision.Month, 2024, 1, null)]
    [InlineData("0999-04-30", PartialDatePrecision.Day, 999, 4, 30)]
    public void Parse_accepts_iso_reduced_precision(string text, PartialDatePrecision precision, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.False(date.IsDefault);
        Assert.Equal(text, date.ToString());

        Assert.True(PartialDate.TryParse(text, out var fromString));
        Assert.True(PartialDate.TryParse(text.AsSpan(), out var fromSpan));
        Assert.True(PartialDate.TryParse(text, CultureInfo.InvariantCulture, out var withProvider));
        Assert.Equal(date, fromString);
        Assert.Equal(date, fromSpan);
        Assert.Equal(date, withProvider);
        Assert.Equal(date, PartialDate.Parse(text.AsSpan()));
        Assert.Equal(date, PartialDate.Parse(text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_reads_a_span_inside_a_larger_string()
    {
        var text = "x2008-07y";

        Assert.Equal(PartialDate.FromYearMonth(2008, 7), PartialDate.Parse(text.AsSpan(1, 7)));
    }

    // ---- Parsing: rejected --------------------------------------------------------------------------------------

    public static TheoryData<string, string> RejectedInputs => new()
    {
        // Empty and white space
        { "", "the text is empty" },
        { " ", "only white space" },
        { "\t\r\n", "only white space" },
        { "\u00A0\u2003", "only white space" },
        { " 2024", "surrounding white space is not allowed" },
        { "2024 ", "surrounding white space is not allowed" },
        { "2024-02-29\n", "surrounding white space is not allowed" },
        { "\u00A02008-07", "surrounding white space is not allowed" },
        { "2008-07\u3000", "surrounding white space is not allowed" },

        // Digit counts and separators
        { "2024-1-5", "the month must have exactly 2 digits" },
        { "2024-1", "the month must have exactly 2 digits" },
        { "2024-001", "the month must have exactly 2 digits" },
        { "2024-", "the month must have exactly 2 digits" },
        { "2024-01-5", "the day must have exactly 2 digits" },
        { "2024-01-", "the day must have exactly 2 digits" },
        { "2024-01-015", "the day must have exactly 2 digits" },
        { "202", "the year must have exactly 4 digits" },
        { "24-01-05", "the year must have exactly 4 digits" },
        { "02024", "the year must have exactly 4 digits" },
        { "20240425", "the year must have exactly 4 digits" },
        { "03/02/2024", "day-first or month-first forms" },
        { "3.2.2024", "day-first or month-first forms" },
        { "25.04.2017", "day-first or month-first forms" },
        { "2024/02/03", "expected '-' after the year" },
        { "2024.02.03", "expected '-' after the year" },
        { "2024x", "expected '-' after the year" },
        { "2024_01", "expected '-' after the year" },
        { "2024\u201301", "expected '-' after the year" },
        { "2024-01/05", "expected '-' after the month" },
        { "2024-01x", "expected '-' after the month" },

        // Ranges of values
        { "2024-00", "the month must be 01 to 12" },
        { "2024-13", "the month must be 01 to 12" },
        { "2024-99-01", "the month must be 01 to 12" },
        { "2024-01-00", "the day must be 01 to 31" },
        { "2024-01-32", "the day must be 01 to 31" },
        { "2024-02-30", "the day is past the end of the month" },
        { "2024-04-31", "the day is past the end of the month" },
        { "2023-02-29", "29 February exists only in leap years" },
        { "1900-02-29", "29 February exists only in leap years" },
        { "2100-02-29", "29 February exists only in leap years" },
        { "0000", "year 0000 is outside 0001 to 9999" },
        { "0000-01-01", "year 0000 is outside 0001 to 9999" },

        // Signed and expanded years
        { "+2024", "signed or expanded years" },
        { "-0044", "signed or expanded years" },
        { "+002024-01-01", "signed or expanded years" },
        { "\u22120044", "signed or expanded years" },

        // Non-ASCII digits
        { "\uFF12\uFF10\uFF12\uFF14", "only ASCII digits 0-9 are allowed" },
        { "2024-\uFF10\uFF11", "only ASCII digits 0-9 are allowed" },
        { "2024-01-2\uFF15", "only ASCII digits 0-9 are allowed" },
        { "\u0662\u0660\u0662\u0664", "only ASCII digits 0-9 are allowed" },
        { "202\u0664", "only ASCII digits 0-9 are allowed" },
        { "2024\u0660", "only ASCII digits 0-9 are allowed" },
        { "\u06F2\u06F0\u06F2\u06F4", "only ASCII digits 0-9 are allowed" },
        { "\u0968\u0966\u0968\u096A", "only ASCII digits 0-9 are allowed" },

        // Other forms and trailing text
        { "2024-01-01x", "unexpected text after the day" },
        { "2024-01-01Z", "unexpected text after the day" },
        { "2024-01-01 10:00", "unexpected text after the day" },
        { "2024-01-01T10:00", "a time of day is not allowed" },
        { "2024-01-01t00:00:00Z", "a time of day is not allowed" },
        { "2024-W05", "week dates" },
        { "2024-w05-1", "week dates" },
        { "2024-123", "the month must have exactly 2 digits" },
        { "2013/2014", "use PartialDateRange" },
        { "2013/..", "use PartialDateRange" },
        { "2008-07/2008-09", "use PartialDateRange" },
        { "2017-04-25/2017-04-28", "use PartialDateRange" },
        { "July 2008", "it must start with a 4-digit year" },
        { "abcd", "it must start with a 4-digit year" },
        { "null", "it must start with a 4-digit year" },

        // Control, zero-width and bidi characters
        { "\u00002024", "it must start with a 4-digit year" },
        { "2024\u0000", "expected '-' after the year" },
        { "\u200B2024", "it must start with a 4-digit year" },
        { "2024\u200B", "expected '-' after the year" },
        { "2024-01-01\u200F", "unexpected text after the day" },
        { "\u202E2024", "it must start with a 4-digit year" },
        { "2024\u2066-01", "expected '-' after the year" },
        { "\uFEFF2024", "it must start with a 4-digit year" },
        { "2024-0\u00AD1", "the month must have exactly 2 digits" },
        { "\u001B[31m2024", "it must start with a 4-digit year" },
    };

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void Parse_rejects_with_a_precise_reason(string text, string reason)
    {
        var ex = Assert.Throws<ValueFormatException>(() => PartialDate.Parse(text));

        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ExpectedForm, ex.Message, StringComparison.Ordinal);
        Assert.Contains(InputExcerpt.Describe(text), ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(PartialDate), ex.ValueType);
        if (text.All(c => c is >= ' ' and < '\u007F'))
        {
            Assert.Contains("\"" + text + "\"", ex.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ValueFormatException>(() => PartialDate.Parse(text.AsSpan()));
    }

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void TryParse_returns_false_without_throwing(string text, string reason)
    {
        Assert.NotEmpty(reason);
        Assert.False(PartialDate.TryParse(text, out var fromString));
        Assert.False(PartialDate.TryParse(text.AsSpan(), out var fromSpan));
        Assert.False(PartialDate.TryParse(text, CultureInfo.InvariantCulture, out var withProvider));
        Assert.False(PartialDate.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out _));
        Assert.True(fromString.IsDefault);
        Assert.True(fromSpan.IsDefault);
        Assert.True(withProvider.IsDefault);
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.False(PartialDate.TryParse((string?)null, out var result));
        Assert.False(PartialDate.TryParse(null, CultureInfo.InvariantCulture, out _));
        Assert.True(result.IsDefault);
        Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Lone_surrogates_are_rejected()
    {
        Assert.False(PartialDate.TryParse("2024\uD800", out _));
        Assert.False(PartialDate.TryParse("\uDC002024", out _));
        var ex = Assert.Throws<ValueFormatException>(() => PartialDate.Parse("2024-\uD83D"));
        Assert.Contains("\\uD83D", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> HugeInputs => new()
    {
        { "digits", "the year must have exactly 4 digits" },
        { "date-then-garbage", "unexpected text after the day" },
        { "spaces", "only white space" },
        { "spaces-then-date", "surrounding white space is not allowed" },
        { "letters", "it must start with a 4-digit year" },
    };

    [Theory]
    [MemberData(nameof(HugeInputs))]
    public void One_megabyte_input_is_rejected_and_shortened_in_the_message(string kind, string reason)
    {
        var text = MakeHuge(kind);

        // How the time grows with the input is measured by HostileParseBenchmarks, not timed here.
        Assert.False(PartialDate.TryParse(text, out _));

        var ex = Assert.Throws<ValueFormatException>(() => PartialDate.Parse(text));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains("(1048576 characters)", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 500);
    }

    internal static string MakeHuge(string kind)
    {
        const int Size = 1 << 20;
        return kind switch
        {
            "digits" => new string('9', Size),
            "date-then-garbage" => "2024-01-01" + new string('x', Size - 10),
            "spaces" => new string(' ', Size),
            "spaces-then-date" => new string(' ', Size - 10) + "2024-01-01",
            "letters" => new string('a', Size),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

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

    // ---- Formatting ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2013")]
    [InlineData("2008-07")]
    [InlineData("2017-04-25")]
    public void Formats_the_general_form_only(string text)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(text, date.ToString(null, null));
        Assert.Equal(text, date.ToString("", CultureInfo.InvariantCulture));
        Assert.Equal(text, date.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal(text, $"{date}");
        Assert.Equal($"[{text}]", string.Create(CultureInfo.InvariantCulture, $"[{date}]"));
        Assert.Throws<FormatException>(() => date.ToString("D", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => date.ToString("yyyy", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => date.TryFormat(new char[16], out _, "d", null));
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("2008-07")]
    [InlineData("2017-04-25")]
    public void TryFormat_writes_into_an_exact_buffer_and_refuses_a_short_one(string text)
    {
        var date = PartialDate.Parse(text);

        var exact = new char[text.Length];
        Assert.True(date.TryFormat(exact, out var written, default, null));
        Assert.Equal(text.Length, written);
        Assert.Equal(text, new string(exact));

        var shortBuffer = new char[text.Length - 1];
        Assert.False(date.TryFormat(shortBuffer, out written, default, null));
        Assert.Equal(0, written);
        Assert.All(shortBuffer, c => Assert.Equal('\0', c));
    }

    // ---- Default value ------------------------------------------------------------------------------------------

    [Fact]
    public void Default_value_is_uninitialized()
    {
        var value = default(PartialDate);

        Assert.True(value.IsDefault);
        Assert.Equal("(uninitialized)", value.ToString());
        Assert.Equal("(uninitialized)", value.ToString("G", null));
        Assert.Equal(default, value);
        Assert.Equal(0, value.GetHashCode());
        Assert.Throws<InvalidOperationException>(() => value.Precision);
        Assert.Throws<InvalidOperationException>(() => value.Year);
        Assert.Throws<InvalidOperationException>(() => value.Month);
        Assert.Throws<InvalidOperationException>(() => value.Day);
        Assert.Throws<InvalidOperationException>(() => value.Earliest);
        Assert.Throws<InvalidOperationException>(() => value.Latest);
        Assert.Throws<InvalidOperationException>(() => value.ToDateInterval());
        Assert.Throws<InvalidOperationException>(() => value.RelationTo(PartialDate.FromYear(2000)));
        Assert.Throws<InvalidOperationException>(() => value.Contains(new LocalDate(2000, 1, 1)));

        var buffer = new char[32];
        Assert.True(value.TryFormat(buffer, out var written, default, null));
        Assert.Equal("(uninitialized)", new string(buffer, 0, written));

        var ex = Assert.Throws<InvalidOperationException>(() => value.Year);
        Assert.Contains("uninitialized", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_value_is_refused_as_an_argument()
    {
        var date = PartialDate.FromYear(2000);

        Assert.Equal("other", Assert.Throws<ArgumentException>(() => date.RelationTo(default)).ParamName);
        Assert.Throws<ArgumentException>(() => date.IsDefinitelyBefore(default));
        Assert.Throws<ArgumentException>(() => date.IsDefinitelyAfter(default));
        Assert.Throws<ArgumentException>(() => date.Overlaps(default));
        Assert.Throws<ArgumentException>(() => date.Contains(default(PartialDate)));
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    private sealed record Holder(PartialDate Date, PartialDate? Optional);

    [Theory]
    [InlineData("2013")]
    [InlineData("2008-07")]
    [InlineData("2017-04-25")]
    public void Json_round_trips_as_a_string(string text)
    {
        var date = PartialDate.Parse(text);

        var json = JsonSerializer.Serialize(date);
        Assert.Equal($"\"{text}\"", json);
        Assert.Equal(date, JsonSerializer.Deserialize<PartialDate>(json));

        var holder = new Holder(date, null);
        var holderJson = JsonSerializer.Serialize(holder);
        Assert.Equal($"{{\"Date\":\"{text}\",\"Optional\":null}}", holderJson);
        Assert.Equal(holder, JsonSerializer.Deserialize<Holder>(holderJson));
    }

    [Fact]
    public void Json_round_trips_as_a_dictionary_key()
    {
        var map = new Dictionary<PartialDate, int>
        {
            [PartialDate.Parse("2013")] = 1,
            [PartialDate.Parse("2008-07")] = 2,
            [PartialDate.Parse("2017-04-25")] = 3,
        };

        var json = JsonSerializer.Serialize(map);

        Assert.Equal("{\"2013\":1,\"2008-07\":2,\"2017-04-25\":3}", json);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<PartialDate, int>>(json));
    }

    [Theory]
    [InlineData("\"2024-13\"", "\"2024-13\"", "the month must be 01 to 12")]
    [InlineData("\"2023-02-29\"", "\"2023-02-29\"", "29 February exists only in leap years")]
    [InlineData("\" 2013\"", "\" 2013\"", "surrounding white space is not allowed")]
    [InlineData("\"\"", "\"\" (empty)", "the text is empty")]
    [InlineData("\"\\uFF12\\uFF10\\uFF12\\uFF14\"", "\"\uFF12\uFF10\uFF12\uFF14\"", "only ASCII digits")]
    [InlineData("\"2024\\u200B\"", "\"2024\\u200B\"", "expected '-' after the year")]
    public void Json_reading_an_invalid_string_names_the_input(string json, string shownInput, string reason)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>(json));

        Assert.Contains(shownInput, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ExpectedForm, ex.Message, StringComparison.Ordinal);

        var keyEx = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<PartialDate, int>>($"{{{json}:1}}"));
        Assert.Contains(shownInput, keyEx.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2013", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("{}", "an object")]
    [InlineData("[]", "an array")]
    public void Json_reading_a_non_string_names_what_was_found(string json, string found)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>(json));

        Assert.Contains(found, ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PartialDate), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_reading_a_huge_string_is_rejected_with_a_short_message()
    {
        var json = JsonSerializer.Serialize("2024-01-01" + new string('x', 1 << 20));

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>(json));

        Assert.Contains("unexpected text after the day", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 1000);
    }

    [Fact]
    public void Json_refuses_null_for_the_value_type_and_allows_it_for_the_nullable()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>("null"));
        Assert.Null(JsonSerializer.Deserialize<PartialDate?>("null"));
    }

    [Fact]
    public void Json_refuses_to_write_the_default_value()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PartialDate)));
        Assert.Contains("uninitialized", ex.Message, StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<PartialDate, int> { [default] = 1 }));
    }

    // ---- TypeConverter ------------------------------------------------------------------------------------------

    [Fact]
    public void TypeConverter_round_trips_through_text()
    {
        var converter = TypeDescriptor.GetConverter(typeof(PartialDate));

        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.True(converter.CanConvertTo(typeof(string)));
        foreach (var text in new[] { "2013", "2008-07", "2017-04-25" })
        {
            var value = converter.ConvertFromInvariantString(text);
            Assert.Equal(PartialDate.Parse(text), value);
            Assert.Equal(text, converter.ConvertToInvariantString(value));
            Assert.Equal(text, converter.ConvertTo(null, CultureInfo.InvariantCulture, value, typeof(string)));
        }

        var ex = Assert.Throws<ValueFormatException>(() => converter.ConvertFromInvariantString("2024-13"));
        Assert.Contains("\"2024-13\"", ex.Message, StringComparison.Ordinal);
    }

    // ---- Culture independence -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    public void Text_and_json_ignore_the_current_culture(string cultureName)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(cultureName);
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalization mode has no other cultures; the invariant run covers that case.
            return;
        }

        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var date = PartialDate.Parse("2017-04-25");
            Assert.Equal("2017-04-25", date.ToString());
            Assert.Equal("2017-04-25", $"{date}");
            Assert.Equal("\"2017-04-25\"", JsonSerializer.Serialize(date));
            Assert.Equal(date, TypeDescriptor.GetConverter(typeof(PartialDate)).ConvertFromString("2017-04-25"));
            Assert.False(PartialDate.TryParse("\u0662\u0660\u0661\u0667", out _));
            Assert.Contains("1 to 28 in 2023-02", Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(2023, 2, 29)).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // ---- Allocation ---------------------------------------------------------------------------------------------

    [Fact]
    public void TryParse_does_not_allocate_on_success_or_failure()
    {
        string[] inputs =
        [
            "2017-04-25", "2008-07", "2013", "9999-12-31",
            "", " ", " 2024", "2024-13", "2023-02-29", "2024-1-5", "03/02/2024", "+2024", "\uFF12\uFF10\uFF12\uFF14",
            "\u0662\u0660\u0662\u0664", "2024-01-01T10:00", "2013/..", "\u200B2024", MakeHuge("date-then-garbage"),
        ];

        for (var i = 0; i < 200; i++)
        {
            ParseAll(inputs);
        }

        Assert.Equal(0, Allocations.Measure(() => ParseAll(inputs), iterations: 1000));

        static void ParseAll(string[] inputs)
        {
            foreach (var input in inputs)
            {
                PartialDate.TryParse(input, out _);
                PartialDate.TryParse(input.AsSpan(), CultureInfo.InvariantCulture, out _);
            }
        }
    }

    [Fact]
    public void TryFormat_does_not_allocate()
    {
        var dates = new[] { PartialDate.Parse("2017-04-25"), PartialDate.Parse("2008-07"), PartialDate.Parse("2013") };
        var buffer = new char[16];
        for (var i = 0; i < 200; i++)
        {
            foreach (var date in dates)
            {
                date.TryFormat(buffer, out _, default, null);
            }
        }

        Assert.Equal(0, Allocations.Measure(
            () =>
            {
                foreach (var date in dates)
                {
                    date.TryFormat(buffer, out _, default, null);
                }
            },
            iterations: 1000));
    }

    // ---- Properties ---------------------------------------------------------------------------------------------

    internal static Gen<int> Years(int min = PartialDate.MinYear, int max = PartialDate.MaxYear) => Gen.Choose(min, max);

    internal static Gen<PartialDate> DatesOf(PartialDatePrecision precision, int minYear = PartialDate.MinYear, int maxYear = PartialDate.MaxYear)
        => precision switch
        {
            PartialDatePrecision.Year => Years(minYear, maxYear).Select(PartialDate.FromYear),
            PartialDatePrecision.Month => Gen.Zip(Years(minYear, maxYear), Gen.Choose(1, 12), (year, month) => PartialDate.FromYearMonth(year, month)),
            _ => from year in Years(minYear, maxYear)
                 from month in Gen.Choose(1, 12)
                 from day in Gen.Choose(1, PartialDate.DaysInMonth(year, month))
                 select PartialDate.FromDate(year, month, day),
        };

    internal static Gen<PartialDate> AnyDates(int minYear = PartialDate.MinYear, int maxYear = PartialDate.MaxYear)
        => Gen.OneOf(
            DatesOf(PartialDatePrecision.Year, minYear, maxYear),
            DatesOf(PartialDatePrecision.Month, minYear, maxYear),
            DatesOf(PartialDatePrecision.Day, minYear, maxYear));

    [Theory]
    [InlineData(PartialDatePrecision.Year)]
    [InlineData(PartialDatePrecision.Month)]
    [InlineData(PartialDatePrecision.Day)]
    public void Property_parse_of_ToString_round_trips(PartialDatePrecision precision)
        => Check.QuickThrowOnFailure(Prop.ForAll(DatesOf(precision).ToArbitrary(), date =>
        {
            var text = date.ToString();
            return PartialDate.Parse(text) == date
                && date.Precision == precision
                && text.Length == precision switch { PartialDatePrecision.Year => 4, PartialDatePrecision.Month => 7, _ => 10 }
                && JsonSerializer.Deserialize<PartialDate>(JsonSerializer.Serialize(date)) == date;
        }));

    [Theory]
    [InlineData(PartialDatePrecision.Year)]
    [InlineData(PartialDatePrecision.Month)]
    [InlineData(PartialDatePrecision.Day)]
    public void Property_TryFormat_into_an_exact_buffer_matches_ToString(PartialDatePrecision precision)
        => Check.QuickThrowOnFailure(Prop.ForAll(DatesOf(precision).ToArbitrary(), date =>
        {
            var expected = date.ToString();
            var exact = new char[expected.Length];
            var tooShort = new char[expected.Length - 1];
            return date.TryFormat(exact, out var written, default, null)
                && written == expected.Length
                && new string(exact) == expected
                && !date.TryFormat(tooShort, out var none, default, null)
                && none == 0;
        }));

    [Fact]
    public void Property_RelationTo_is_antisymmetric()
        => Check.QuickThrowOnFailure(Prop.ForAll(Gen.Zip(AnyDates(2000, 2002), AnyDates(2000, 2002)).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var forward = a.RelationTo(b);
            var backward = b.RelationTo(a);
            return backward == Inverse(forward)
                && (forward == PartialDateRelation.Same) == (a == b)
                && a.IsDefinitelyBefore(b) == b.IsDefinitelyAfter(a)
                && a.Overlaps(b) == b.Overlaps(a)
                && a.Overlaps(b) == !(a.IsDefinitelyBefore(b) || a.IsDefinitelyAfter(b));
        }));

    [Fact]
    public void Property_CompareTo_is_a_total_order_consistent_with_equality()
        => Check.QuickThrowOnFailure(Prop.ForAll(Gen.Zip(AnyDates(2000, 2001), AnyDates(2000, 2001)).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var ab = Math.Sign(a.CompareTo(b));
            return ab == -Math.Sign(b.CompareTo(a))
                && (ab == 0) == (a == b)
                && (a.Earliest == b.Earliest || ab == Math.Sign(a.Earliest.CompareTo(b.Earliest)));
        }));

    [Fact]
    public void Property_bounds_contain_the_value_and_agree_with_nodatime()
        => Check.QuickThrowOnFailure(Prop.ForAll(AnyDates().ToArbitrary(), date =>
        {
            var interval = date.ToDateInterval();
            return date.Contains(date.Earliest)
                && date.Contains(date.Latest)
                && !date.Contains(date.Earliest.PlusDays(-1))
                && ((date.Latest.Year == 9999 && date.Latest.Month == 12 && date.Latest.Day == 31) || !date.Contains(date.Latest.PlusDays(1)))
                && interval.Length == date.Precision switch
                {
                    PartialDatePrecision.Year => CalendarSystem.Iso.GetDaysInYear(date.Year),
                    PartialDatePrecision.Month => CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month!.Value),
                    _ => 1,
                };
        }));

    [Fact]
    public void Property_day_text_is_accepted_exactly_when_nodatime_accepts_it()
        => Check.QuickThrowOnFailure(Prop.ForAll(
            (from year in Gen.Choose(1, 9999) from month in Gen.Choose(0, 13) from day in Gen.Choose(0, 32) select (year, month, day)).ToArbitrary(),
            triple =>
            {
                var (year, month, day) = triple;
                var text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
                var ours = PartialDate.TryParse(text, out var parsed);
                var theirs = LocalDatePattern.Iso.Parse(text);
                return ours == theirs.Success && (!ours || parsed.Earliest == theirs.Value);
            }));

    [Fact]
    public void Property_arbitrary_text_never_throws_from_TryParse()
        => Check.QuickThrowOnFailure(Prop.ForAll<string>(text =>
        {
            var ok = PartialDate.TryParse(text, out var value);
            return ok ? value.ToString() == text : value.IsDefault;
        }));

    internal static PartialDateRelation Inverse(PartialDateRelation relation) => relation switch
    {
        PartialDateRelation.Before => PartialDateRelation.After,
        PartialDateRelation.After => PartialDateRelation.Before,
        _ => relation,
    };

    internal static LocalDate Iso(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
