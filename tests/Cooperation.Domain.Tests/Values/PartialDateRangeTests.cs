using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

using Cooperation.Domain.Tests.Support;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Tests.Values;

public class PartialDateRangeTests
{
    private const string ExpectedForm = "separated by '/', with .. for an open end";

    // ---- Parsing: accepted --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2017-04-25/2017-04-28", "2017-04-25", "2017-04-28", "2017-04-25", "2017-04-28", 4)]
    [InlineData("2013/..", "2013", null, "2013-01-01", null, null)]
    [InlineData("2008-07/..", "2008-07", null, "2008-07-01", null, null)]
    [InlineData("2017-04-25/..", "2017-04-25", null, "2017-04-25", null, null)]
    [InlineData("2020-12/2021-12", "2020-12", "2021-12", "2020-12-01", "2021-12-31", 396)]
    [InlineData("2017-04-25/2017-04-25", "2017-04-25", "2017-04-25", "2017-04-25", "2017-04-25", 1)]
    [InlineData("2013/2013", "2013", "2013", "2013-01-01", "2013-12-31", 365)]
    [InlineData("2008/2008-07", "2008", "2008-07", "2008-01-01", "2008-07-31", 213)]
    [InlineData("2008-07-15/2008-07", "2008-07-15", "2008-07", "2008-07-15", "2008-07-31", 17)]
    [InlineData("2008-07/2008-07-01", "2008-07", "2008-07-01", "2008-07-01", "2008-07-01", 1)]
    [InlineData("2024-02-29/2024-03", "2024-02-29", "2024-03", "2024-02-29", "2024-03-31", 32)]
    [InlineData("0001/9999", "0001", "9999", "0001-01-01", "9999-12-31", 3652059)]
    public void Parse_accepts_closed_and_open_intervals(string text, string start, string? end, string earliest, string? latest, int? days)
    {
        var range = PartialDateRange.Parse(text);

        Assert.False(range.IsDefault);
        Assert.Equal(PartialDate.Parse(start), range.Start);
        Assert.Equal(end is null ? null : PartialDate.Parse(end), range.End);
        Assert.Equal(end is null, range.IsOpen);
        Assert.Equal(PartialDateSamples.Iso(earliest), range.Earliest);
        Assert.Equal(latest is null ? null : PartialDateSamples.Iso(latest), range.Latest);
        Assert.Equal(days, range.Days);
        Assert.Equal(days, range.ToDateInterval()?.Length);
        Assert.Equal(text, range.ToString());

        Assert.True(PartialDateRange.TryParse(text, out var fromString));
        Assert.True(PartialDateRange.TryParse(text.AsSpan(), out var fromSpan));
        Assert.True(PartialDateRange.TryParse(text, CultureInfo.InvariantCulture, out var withProvider));
        Assert.Equal(range, fromString);
        Assert.Equal(range, fromSpan);
        Assert.Equal(range, withProvider);
        Assert.Equal(range, PartialDateRange.Parse(text.AsSpan(), CultureInfo.InvariantCulture));
        Assert.Equal(range, end is null
            ? PartialDateRange.Since(PartialDate.Parse(start))
            : PartialDateRange.Closed(PartialDate.Parse(start), PartialDate.Parse(end)));
    }

    // ---- Parsing: rejected --------------------------------------------------------------------------------------

    public static TheoryData<string, string> RejectedInputs => new()
    {
        { "", "the text is empty" },
        { " ", "only white space" },
        { "\t\n", "only white space" },
        { " 2013/..", "surrounding white space is not allowed" },
        { "2013/.. ", "surrounding white space is not allowed" },
        { "2013/2014\n", "surrounding white space is not allowed" },

        // A single date is not a range
        { "2017-04-25", "a single date is not a range" },
        { "2013", "a single date is not a range" },
        { "2008-07", "a single date is not a range" },

        // Separators and missing parts
        { "abc", "expected '/' between the start and the end" },
        { "2013--2014", "expected '/' between the start and the end" },
        { "2017-04-25--2017-04-28", "expected '/' between the start and the end" },
        { "2013 \u2013 2014", "expected '/' between the start and the end" },
        { "2013\u20442014", "expected '/' between the start and the end" },
        { "/2014", "the start is missing" },
        { "/", "the start is missing" },
        { "/..", "the start is missing" },
        { "2013/", "the end is missing; write .. for an open end" },
        { "../2014", "an open start (..) is not allowed" },
        { "../..", "an open start (..) is not allowed" },
        { "2013/2014/2015", "there is more than one '/'" },
        { "2013/../..", "the end is not valid" },
        { "2013/...", "the end is not valid" },
        { "2013/.", "the end is not valid" },

        // Order
        { "2014/2013", "the end is before the start" },
        { "2014-01-02/2014-01-01", "the end is before the start" },
        { "2008-07/2008-06-30", "the end is before the start" },
        { "2009/2008-12", "the end is before the start" },

        // Bad ends
        { "2024-13/2025", "the start is not valid: the month must be 01 to 12" },
        { "2023-02-29/2024", "the start is not valid: 29 February exists only in leap years" },
        { "2013 /2014", "the start is not valid: surrounding white space is not allowed" },
        { "2013/ 2014", "the end is not valid: surrounding white space is not allowed" },
        { "2024/2025-02-30", "the end is not valid: the day is past the end of the month" },
        { "2024/2025-1-5", "the end is not valid: the month must have exactly 2 digits" },
        { "+2013/..", "the start is not valid: signed or expanded years" },
        { "0000/2013", "the start is not valid: year 0000 is outside 0001 to 9999" },
        { "03/02/2024", "the start is not valid: the year must have exactly 4 digits" },
        { "\uFF12\uFF10\uFF11\uFF13/..", "the start is not valid: only ASCII digits 0-9 are allowed" },
        { "2013/\u0662\u0660\u0661\u0664", "the end is not valid: only ASCII digits 0-9 are allowed" },
        { "2013/2014-01-01T00:00", "the end is not valid: a time of day is not allowed" },
        { "2024-01-01x/2025", "the start is not valid: unexpected text after the day" },
        { "2013/2014x", "the end is not valid: expected '-' after the year" },

        // Control, zero-width and bidi characters
        { "2013\u200B/..", "the start is not valid: expected '-' after the year" },
        { "2013/\u200B..", "the end is not valid: it must start with a 4-digit year" },
        { "\u202E2013/..", "the start is not valid: it must start with a 4-digit year" },
        { "2013/..\u0000", "the end is not valid" },
        { "2013\u0000/2014", "the start is not valid" },
    };

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void Parse_rejects_with_a_precise_reason(string text, string reason)
    {
        var ex = Assert.Throws<ValueFormatException>(() => PartialDateRange.Parse(text));

        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ExpectedForm, ex.Message, StringComparison.Ordinal);
        Assert.Contains(InputExcerpt.Describe(text), ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(PartialDateRange), ex.ValueType);
        if (text.All(c => c is >= ' ' and < '\u007F'))
        {
            Assert.Contains("\"" + text + "\"", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void TryParse_returns_false_without_throwing(string text, string reason)
    {
        Assert.NotEmpty(reason);
        Assert.False(PartialDateRange.TryParse(text, out var fromString));
        Assert.False(PartialDateRange.TryParse(text.AsSpan(), out var fromSpan));
        Assert.False(PartialDateRange.TryParse(text, CultureInfo.InvariantCulture, out _));
        Assert.False(PartialDateRange.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out _));
        Assert.True(fromString.IsDefault);
        Assert.True(fromSpan.IsDefault);
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.False(PartialDateRange.TryParse((string?)null, out var result));
        Assert.False(PartialDateRange.TryParse(null, CultureInfo.InvariantCulture, out _));
        Assert.True(result.IsDefault);
        Assert.Throws<ArgumentNullException>(() => PartialDateRange.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => PartialDateRange.Parse(null!, CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, string> HugeInputs => new()
    {
        { "digits", "expected '/' between the start and the end" },
        { "letters", "expected '/' between the start and the end" },
        { "spaces", "only white space" },
        { "open-then-garbage", "the end is not valid" },
        { "slash-then-spaces", "the end is not valid: surrounding white space is not allowed" },
        { "slash-late", "expected '/' between the start and the end" },
    };

    [Theory]
    [MemberData(nameof(HugeInputs))]
    public void One_megabyte_input_is_rejected_and_shortened_in_the_message(string kind, string reason)
    {
        const int Size = 1 << 20;
        var text = kind switch
        {
            "open-then-garbage" => "2013/.." + new string('.', Size - 7),
            "slash-then-spaces" => "2013/" + new string(' ', Size - 6) + "x",
            "slash-late" => new string('2', Size - 5) + "/2014",
            _ => PartialDateSamples.MakeHuge(kind),
        };

        // How the time grows with the input is measured by HostileParseBenchmarks, not timed here.
        Assert.False(PartialDateRange.TryParse(text, out _));

        var ex = Assert.Throws<ValueFormatException>(() => PartialDateRange.Parse(text));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains("(1048576 characters)", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 600);
    }

    // ---- Factories ----------------------------------------------------------------------------------------------

    [Fact]
    public void Closed_refuses_an_end_definitely_before_the_start_and_names_both()
    {
        var ex = Assert.Throws<ArgumentException>(() => PartialDateRange.Closed(PartialDate.Parse("2014"), PartialDate.Parse("2013-05")));

        Assert.Equal("end", ex.ParamName);
        Assert.Contains("2014", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2013-05", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_accepts_overlapping_ends_of_mixed_precision()
    {
        var range = PartialDateRange.Closed(PartialDate.Parse("2008-07-15"), PartialDate.Parse("2008-07"));

        Assert.Equal("2008-07-15/2008-07", range.ToString());
    }

    [Fact]
    public void Factories_refuse_default_arguments()
    {
        var date = PartialDate.FromYear(2013);

        Assert.Equal("start", Assert.Throws<ArgumentException>(() => PartialDateRange.Closed(default, date)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => PartialDateRange.Closed(date, default)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => PartialDateRange.Since(default)).ParamName);
    }

    // ---- Queries ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2013/..", "2013-01-01", true)]
    [InlineData("2013/..", "2012-12-31", false)]
    [InlineData("2013/..", "9999-12-31", true)]
    [InlineData("2017-04-25/2017-04-28", "2017-04-25", true)]
    [InlineData("2017-04-25/2017-04-28", "2017-04-28", true)]
    [InlineData("2017-04-25/2017-04-28", "2017-04-29", false)]
    [InlineData("2017-04-25/2017-04-28", "2017-04-24", false)]
    [InlineData("2020-12/2021-12", "2021-12-31", true)]
    [InlineData("2020-12/2021-12", "2020-11-30", false)]
    [InlineData("2024-02/2024-02", "2024-02-29", true)]
    public void Contains_a_local_date(string text, string date, bool expected)
        => Assert.Equal(expected, PartialDateRange.Parse(text).Contains(PartialDateSamples.Iso(date)));

    [Fact]
    public void Contains_rejects_other_calendars()
        => Assert.Throws<ArgumentException>(() => PartialDateRange.Parse("2013/..").Contains(new LocalDate(2014, 1, 1, CalendarSystem.Julian)));

    [Theory]
    [InlineData("2013/..", "2020-05", true)]
    [InlineData("2013/..", "2012", false)]
    [InlineData("2013-06/..", "2013", false)]
    [InlineData("2020-12/2021-12", "2021", true)]
    [InlineData("2020-12/2021-12", "2020", false)]
    [InlineData("2020-12/2021-12", "2022-01", false)]
    [InlineData("2020-12/2021-12", "2021-06-15", true)]
    [InlineData("2020/2021", "2020-01", true)]
    public void Contains_a_partial_date_means_entirely_within(string text, string date, bool expected)
        => Assert.Equal(expected, PartialDateRange.Parse(text).Contains(PartialDate.Parse(date)));

    [Theory]
    [InlineData("2013/..", "2020/2021", true)]
    [InlineData("2013/..", "2010/2012", false)]
    [InlineData("2013/..", "2010/2013-01-01", true)]
    [InlineData("2013/..", "2000/..", true)]
    [InlineData("2017-04-25/2017-04-28", "2017-04-28/2017-05-02", true)]
    [InlineData("2017-04-25/2017-04-28", "2017-04-29/2017-05-02", false)]
    [InlineData("2020-12/2021-12", "2021-12-31/..", true)]
    [InlineData("2020-12/2021-12", "2022/..", false)]
    [InlineData("2020/2020", "2020-06/2020-07", true)]
    public void Overlaps_is_symmetric(string left, string right, bool expected)
    {
        var a = PartialDateRange.Parse(left);
        var b = PartialDateRange.Parse(right);

        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }

    // ---- Equality and ordering ----------------------------------------------------------------------------------

    [Fact]
    public void Equality_is_component_wise()
    {
        Assert.Equal(PartialDateRange.Parse("2013/.."), PartialDateRange.Since(PartialDate.FromYear(2013)));
        Assert.NotEqual(PartialDateRange.Parse("2008/2009"), PartialDateRange.Parse("2008-01/2009-12"));
        Assert.NotEqual(PartialDateRange.Parse("2013/.."), PartialDateRange.Parse("2013/9999"));
        Assert.True(PartialDateRange.Parse("2013/2014") == PartialDateRange.Parse("2013/2014"));
        Assert.True(PartialDateRange.Parse("2013/2014") != PartialDateRange.Parse("2013/2015"));
        Assert.True(PartialDateRange.Parse("2013/2014").Equals((object)PartialDateRange.Parse("2013/2014")));
        Assert.False(PartialDateRange.Parse("2013/2014").Equals("2013/2014"));
        Assert.Equal(PartialDateRange.Parse("2013/2014").GetHashCode(), PartialDateRange.Parse("2013/2014").GetHashCode());
    }

    [Fact]
    public void CompareTo_sorts_by_start_then_end_with_open_ends_last()
    {
        string[] expected =
        [
            "2008/2008-07", "2008/2009", "2008/..", "2008-01/2008-02", "2008-01-01/2008-01-01", "2008-01-01/2008-01-02",
            "2008-07/2008-12", "2008-07/2009-01", "2009/2009", "2009/..",
        ];
        var shuffled = expected.Reverse().Select(PartialDateRange.Parse).Append(default).ToList();

        shuffled.Sort();

        Assert.True(shuffled[0].IsDefault);
        Assert.Equal(expected, shuffled.Skip(1).Select(r => r.ToString()));
        Assert.Equal(1, PartialDateRange.Parse("2013/..").CompareTo(null));
        Assert.Throws<ArgumentException>(() => PartialDateRange.Parse("2013/..").CompareTo("2013/.."));
        Assert.Equal(0, PartialDateRange.Parse("2013/..").CompareTo((object)PartialDateRange.Parse("2013/..")));
    }

    // ---- Formatting ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2013/..")]
    [InlineData("2020-12/2021-12")]
    [InlineData("2017-04-25/2017-04-28")]
    public void TryFormat_writes_into_an_exact_buffer_and_refuses_a_short_one(string text)
    {
        var range = PartialDateRange.Parse(text);

        var exact = new char[text.Length];
        Assert.True(range.TryFormat(exact, out var written, default, null));
        Assert.Equal(text, new string(exact, 0, written));

        for (var length = 0; length < text.Length; length++)
        {
            Assert.False(range.TryFormat(new char[length], out written, default, null));
            Assert.Equal(0, written);
        }

        Assert.Equal(text, range.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal(text, $"{range}");
        Assert.Throws<FormatException>(() => range.ToString("R", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => range.TryFormat(new char[32], out _, "x", null));
    }

    // ---- Default value ------------------------------------------------------------------------------------------

    [Fact]
    public void Default_value_is_uninitialized()
    {
        var value = default(PartialDateRange);

        Assert.True(value.IsDefault);
        Assert.Equal("(uninitialized)", value.ToString());
        Assert.Equal(default, value);
        Assert.Throws<InvalidOperationException>(() => value.Start);
        Assert.Throws<InvalidOperationException>(() => value.End);
        Assert.Throws<InvalidOperationException>(() => value.IsOpen);
        Assert.Throws<InvalidOperationException>(() => value.Earliest);
        Assert.Throws<InvalidOperationException>(() => value.Latest);
        Assert.Throws<InvalidOperationException>(() => value.Days);
        Assert.Throws<InvalidOperationException>(() => value.ToDateInterval());
        Assert.Throws<InvalidOperationException>(() => value.Contains(new LocalDate(2000, 1, 1)));
        Assert.Throws<InvalidOperationException>(() => value.Overlaps(PartialDateRange.Parse("2013/..")));
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => PartialDateRange.Parse("2013/..").Overlaps(default)).ParamName);

        var buffer = new char[32];
        Assert.True(value.TryFormat(buffer, out var written, default, null));
        Assert.Equal("(uninitialized)", new string(buffer, 0, written));
    }

    // ---- JSON and TypeConverter ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("2013/..")]
    [InlineData("2020-12/2021-12")]
    [InlineData("2017-04-25/2017-04-28")]
    public void Json_round_trips_as_a_string_and_as_a_dictionary_key(string text)
    {
        var range = PartialDateRange.Parse(text);

        var json = JsonSerializer.Serialize(range);
        Assert.Equal($"\"{text}\"", json);
        Assert.Equal(range, JsonSerializer.Deserialize<PartialDateRange>(json));

        var map = new Dictionary<PartialDateRange, int> { [range] = 7 };
        var mapJson = JsonSerializer.Serialize(map);
        Assert.Equal($"{{\"{text}\":7}}", mapJson);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<PartialDateRange, int>>(mapJson));
    }

    [Theory]
    [InlineData("\"2014/2013\"", "\"2014/2013\"", "the end is before the start")]
    [InlineData("\"2017-04-25\"", "\"2017-04-25\"", "a single date is not a range")]
    [InlineData("\"2013/\"", "\"2013/\"", "the end is missing")]
    public void Json_reading_an_invalid_string_names_the_input(string json, string shownInput, string reason)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDateRange>(json));

        Assert.Contains(shownInput, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);

        var keyEx = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<PartialDateRange, int>>($"{{{json}:1}}"));
        Assert.Contains(shownInput, keyEx.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_reading_a_number_and_writing_the_default_fail()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDateRange>("2013"));
        Assert.Contains("a number", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PartialDateRange), ex.Message, StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PartialDateRange)));
    }

    [Fact]
    public void TypeConverter_round_trips_through_text()
    {
        var converter = TypeDescriptor.GetConverter(typeof(PartialDateRange));

        Assert.True(converter.CanConvertFrom(typeof(string)));
        foreach (var text in new[] { "2013/..", "2020-12/2021-12", "2017-04-25/2017-04-28" })
        {
            var value = converter.ConvertFromInvariantString(text);
            Assert.Equal(PartialDateRange.Parse(text), value);
            Assert.Equal(text, converter.ConvertToInvariantString(value));
        }

        Assert.Throws<ValueFormatException>(() => converter.ConvertFromInvariantString("2014/2013"));
    }

    // ---- Allocation ---------------------------------------------------------------------------------------------

    [Fact]
    public void TryParse_and_TryFormat_do_not_allocate()
    {
        string[] inputs =
        [
            "2017-04-25/2017-04-28", "2013/..", "2020-12/2021-12",
            "", " ", "2017-04-25", "2014/2013", "/2014", "2013/", "../2014", "2024-13/2025", "2013/2014/2015",
            "\uFF12\uFF10\uFF11\uFF13/..", PartialDateSamples.MakeHuge("date-then-garbage"),
        ];
        var ranges = new[] { PartialDateRange.Parse("2013/.."), PartialDateRange.Parse("2017-04-25/2017-04-28") };
        var buffer = new char[32];

        for (var i = 0; i < 200; i++)
        {
            Run(inputs, ranges, buffer);
        }

        Assert.Equal(0, Allocations.Measure(() => Run(inputs, ranges, buffer), iterations: 1000));

        static void Run(string[] inputs, PartialDateRange[] ranges, char[] buffer)
        {
            foreach (var input in inputs)
            {
                PartialDateRange.TryParse(input, out _);
                PartialDateRange.TryParse(input.AsSpan(), CultureInfo.InvariantCulture, out _);
            }

            foreach (var range in ranges)
            {
                range.TryFormat(buffer, out _, default, null);
            }
        }
    }

    // ---- Properties ---------------------------------------------------------------------------------------------

    private static Gen<PartialDateRange> Ranges(int minYear, int maxYear)
    {
        var dates = PartialDateSamples.AnyDates(minYear, maxYear);
        var closed = Gen.Zip(dates, dates, (a, b) => b.IsDefinitelyBefore(a) ? PartialDateRange.Closed(b, a) : PartialDateRange.Closed(a, b));
        var open = dates.Select(PartialDateRange.Since);
        return Gen.Frequency((3, closed), (1, open));
    }

    [Fact]
    public void Property_parse_of_ToString_round_trips_and_TryFormat_matches()
        => Check.QuickThrowOnFailure(Prop.ForAll(Ranges(PartialDate.MinYear, PartialDate.MaxYear).ToArbitrary(), range =>
        {
            var text = range.ToString();
            var exact = new char[text.Length];
            return PartialDateRange.Parse(text) == range
                && range.TryFormat(exact, out var written, default, null)
                && written == text.Length
                && new string(exact) == text
                && !range.TryFormat(new char[text.Length - 1], out _, default, null)
                && JsonSerializer.Deserialize<PartialDateRange>(JsonSerializer.Serialize(range)) == range;
        }));

    [Fact]
    public void Property_any_two_dates_make_a_range_unless_the_end_is_definitely_before()
        => Check.QuickThrowOnFailure(Prop.ForAll(Gen.Zip(PartialDateSamples.AnyDates(2000, 2002), PartialDateSamples.AnyDates(2000, 2002)).ToArbitrary(), pair =>
        {
            var (start, end) = pair;
            var text = start + "/" + end;
            var parsed = PartialDateRange.TryParse(text, out var range);
            return parsed == !end.IsDefinitelyBefore(start)
                && (!parsed || (range.Start == start && range.End == end && range.Earliest <= range.Latest && range.Contains(range.Earliest)));
        }));

    [Fact]
    public void Property_ordering_and_overlap_are_consistent()
        => Check.QuickThrowOnFailure(Prop.ForAll(Gen.Zip(Ranges(2000, 2003), Ranges(2000, 2003)).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var ab = Math.Sign(a.CompareTo(b));
            return ab == -Math.Sign(b.CompareTo(a))
                && (ab == 0) == (a == b)
                && a.Overlaps(b) == b.Overlaps(a)
                && a.Overlaps(a);
        }));

    [Fact]
    public void Property_arbitrary_text_never_throws_from_TryParse()
        => Check.QuickThrowOnFailure(Prop.ForAll<string>(text =>
        {
            var ok = PartialDateRange.TryParse(text, out var value);
            return ok ? value.ToString() == text : value.IsDefault;
        }));
}
