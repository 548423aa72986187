using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using Cooperation.Domain.Internal;
using static Cooperation.Domain.Tests.Values.PartialDateSamples;

namespace Cooperation.Domain.Tests.Values;

/// <summary>Parsing: what <c>Parse</c> and <c>TryParse</c> accept, and what they reject with a precise reason.</summary>
public class PartialDateParsingTests
{
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

}
