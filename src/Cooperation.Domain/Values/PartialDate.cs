using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;
using NodaTime;

namespace Cooperation.Domain;

/// <summary>
/// A date known to the year, the month or the day, as source documents give them: "since 2013" (2013),
/// "July 2008" (2008-07), "25 April 2017" (2017-04-25). Proleptic ISO calendar, years 0001 to 9999.
/// </summary>
/// <remarks>
/// <para>
/// <b>Grammar.</b> ISO 8601 calendar dates at reduced precision, and nothing else: <c>yyyy</c>, <c>yyyy-MM</c> or
/// <c>yyyy-MM-dd</c>, exactly 4 ASCII digits for the year (0001 to 9999), 2 for the month and the day, separated by
/// '-'. The day must exist (2024-02-29 does, 2023-02-29 does not). Rejected, each with its own reason: empty or
/// white space only text, surrounding white space (it is not trimmed), signed or expanded years ("+2024",
/// "-0044", "02024"), the basic form ("20240425"), one-digit months or days ("2024-1-5"), other orders or separators
/// ("03/02/2024"), week and ordinal dates, times of day, ranges (see <see cref="PartialDateRange"/>), trailing text
/// and any non-ASCII digit (fullwidth, Arabic-Indic, ...). Parsing is culture-invariant, reads only a short prefix of the
/// input (so a 1 MB string costs no more than a short one, unless it starts or ends with white space, which is
/// scanned), and allocates nothing, whether it succeeds or fails.
/// </para>
/// <para>
/// <b>Default value.</b> <c>default(PartialDate)</c> is uninitialized: <see cref="IsDefault"/> is true,
/// <see cref="ToString()"/> returns "(uninitialized)", members that need a date throw
/// <see cref="InvalidOperationException"/>, and JSON serialization refuses it.
/// </para>
/// <para>
/// <b>Equality</b> is structural: same precision and same components, so "2008-07" is not equal to "2008-07-01".
/// <b>Ordering.</b> <see cref="CompareTo(PartialDate)"/> is a total order for sorting only, and is not chronological:
/// by <see cref="Earliest"/>, then the coarser precision first ("2008", "2008-01", "2008-01-01", "2008-01-02").
/// For that reason there are no &lt; or &gt; operators; ask about time with <see cref="RelationTo"/>,
/// <see cref="IsDefinitelyBefore"/>, <see cref="IsDefinitelyAfter"/>, <see cref="Overlaps"/> and
/// <see cref="Contains(PartialDate)"/>, which compare the intervals of days each value covers and answer honestly
/// when the order is unknown. The default value sorts before every other value.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PartialDateJsonConverter))]
[TypeConverter(typeof(ValueTypeConverter<PartialDate>))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, IValue<PartialDate>
{
    /// <summary>The earliest year a partial date can have.</summary>
    public const int MinYear = 1;

    /// <summary>The latest year a partial date can have.</summary>
    public const int MaxYear = 9999;

    /// <summary>The most characters the text form has ("yyyy-MM-dd").</summary>
    internal const int MaxLength = 10;

    private const string NotIsoMessage = "Only dates in the ISO calendar are supported; convert with WithCalendar(CalendarSystem.Iso) first.";

    private const string Form = "an ISO 8601 date of year, month or day precision: yyyy, yyyy-MM or yyyy-MM-dd, such as \"2013\", \"2008-07\" or \"2017-04-25\"";

    // Year 0 marks the default value; month 0 means year precision, day 0 means month precision.
    private readonly int _year;
    private readonly byte _month;
    private readonly byte _day;

    private PartialDate(int year, int month, int day)
    {
        _year = year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>
    /// The date in 23 bits (year × 512 + month × 32 + day; 0 for the default value), so that the rules engine keeps a
    /// finding's dates inside the finding instead of in boxes.
    /// </summary>
    internal int ToBits() => (_year << 9) | (_month << 5) | _day;

    /// <summary>The date <see cref="ToBits"/> gave.</summary>
    internal static PartialDate FromBits(int bits) => new(bits >> 9, (bits >> 5) & 15, bits & 31);

    /// <summary>True for <c>default(PartialDate)</c>, which holds no date.</summary>
    public bool IsDefault => _year == 0;

    /// <summary>Whether the year, the month or the day is known.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public PartialDatePrecision Precision
    {
        get
        {
            CheckInitialized();
            return PrecisionUnchecked;
        }
    }

    /// <summary>The year, 1 to 9999.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public int Year
    {
        get
        {
            CheckInitialized();
            return _year;
        }
    }

    /// <summary>The month, 1 to 12, or null at year precision.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public int? Month
    {
        get
        {
            CheckInitialized();
            return _month == 0 ? null : _month;
        }
    }

    /// <summary>The day of the month, 1 to 31, or null at year or month precision.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public int? Day
    {
        get
        {
            CheckInitialized();
            return _day == 0 ? null : _day;
        }
    }

    /// <summary>The first day this value covers: 1 January for a year, the 1st for a month, the day itself for a day.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public LocalDate Earliest
    {
        get
        {
            CheckInitialized();
            return new LocalDate(_year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);
        }
    }

    /// <summary>The last day this value covers: 31 December for a year, the month's last day for a month, the day itself for a day.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public LocalDate Latest
    {
        get
        {
            CheckInitialized();
            var month = _month == 0 ? 12 : _month;
            return new LocalDate(_year, month, _day == 0 ? DaysInMonth(_year, month) : _day);
        }
    }

    static string IValue<PartialDate>.ExpectedForm => Form;

    private PartialDatePrecision PrecisionUnchecked
        => _month == 0 ? PartialDatePrecision.Year : _day == 0 ? PartialDatePrecision.Month : PartialDatePrecision.Day;

    // Earliest and Latest as yyyyMMdd numbers: ordered like the dates, and cheaper to compare.
    private int EarliestKey => (_year * 10000) + ((_month == 0 ? 1 : _month) * 100) + (_day == 0 ? 1 : _day);

    private int LatestKey
    {
        get
        {
            var month = _month == 0 ? 12 : _month;
            return (_year * 10000) + (month * 100) + (_day == 0 ? DaysInMonth(_year, month) : _day);
        }
    }

    private int TextLength => _month == 0 ? 4 : _day == 0 ? 7 : 10;

    /// <summary>A partial date known to the year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year);
        return new PartialDate(year, 0, 0);
    }

    /// <summary>A partial date known to the month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        CheckYear(year);
        CheckMonth(month);
        return new PartialDate(year, month, 0);
    }

    /// <summary>A partial date known to the month, from a NodaTime <see cref="YearMonth"/> in the ISO calendar.</summary>
    /// <exception cref="ArgumentException"><paramref name="yearMonth"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static PartialDate FromYearMonth(YearMonth yearMonth)
    {
        Guard.Against.Unmet(yearMonth.Calendar == CalendarSystem.Iso, NotIsoMessage, nameof(yearMonth));
        CheckYear(yearMonth.Year, nameof(yearMonth));
        return new PartialDate(yearMonth.Year, yearMonth.Month, 0);
    }

    /// <summary>A partial date known to the day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, which must exist in that month (29 February only in leap years).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, the month or the day is out of range.</exception>
    public static PartialDate FromDate(int year, int month, int day)
    {
        CheckYear(year);
        CheckMonth(month);
        var daysInMonth = DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            throw new ArgumentOutOfRangeException(
                nameof(day),
                day,
                string.Create(CultureInfo.InvariantCulture, $"The day must be 1 to {daysInMonth} in {year:D4}-{month:D2}."));
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>A partial date known to the day, from a NodaTime <see cref="LocalDate"/> in the ISO calendar.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static PartialDate FromLocalDate(LocalDate date)
    {
        Guard.Against.Unmet(date.Calendar == CalendarSystem.Iso, NotIsoMessage, nameof(date));
        CheckYear(date.Year, nameof(date));
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    /// <summary>A partial date known to the day, from a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The day.</param>
    /// <exception cref="ArgumentOutOfRangeException">Never for a <see cref="DateOnly"/>, whose years are 1 to 9999 too.</exception>
    public static PartialDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The month this value is in, when it is known to the month or the day.</summary>
    /// <exception cref="InvalidOperationException">It is known to the year only ("2013" has no month), or it is the uninitialized default value.</exception>
    public YearMonth ToYearMonth()
    {
        CheckInitialized();
        return TryGetYearMonth(out var yearMonth)
            ? yearMonth
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{this} is known to the year only: it has no month."));
    }

    /// <summary>The month this value is in, when it is known to the month or the day; never throws.</summary>
    /// <param name="yearMonth">The month, or the default value.</param>
    public bool TryGetYearMonth(out YearMonth yearMonth)
    {
        yearMonth = _month == 0 ? default : new YearMonth(_year, _month);
        return _month != 0;
    }

    /// <summary>The day, when this value is known to the day.</summary>
    /// <exception cref="InvalidOperationException">It is known to the year or the month only, or it is the uninitialized default value.</exception>
    public LocalDate ToLocalDate()
    {
        CheckInitialized();
        return TryGetLocalDate(out var date)
            ? date
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{this} is known to the {(_month == 0 ? "year" : "month")} only: it names no single day. Use Earliest, Latest or ToDateInterval()."));
    }

    /// <summary>The day, when this value is known to the day; never throws.</summary>
    /// <param name="date">The day, or the default value.</param>
    public bool TryGetLocalDate(out LocalDate date)
    {
        date = _day == 0 ? default : new LocalDate(_year, _month, _day);
        return _day != 0;
    }

    /// <summary>The day as a <see cref="DateOnly"/>, when this value is known to the day.</summary>
    /// <exception cref="InvalidOperationException">It is known to the year or the month only, or it is the uninitialized default value.</exception>
    public DateOnly ToDateOnly() => ToLocalDate().ToDateOnly();

    /// <summary>Parses a partial date (see the type remarks for the grammar).</summary>
    /// <exception cref="ValueFormatException">The text does not follow the grammar.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> s) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static PartialDate Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    public static PartialDate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static PartialDate Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <summary>Tries to parse a partial date; never throws, and allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The partial date, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out PartialDate result)
        => TryParseCore(s, out result) == PartialDateParseError.None;

    /// <summary>Tries to parse a partial date; never throws, and allocates nothing.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The partial date, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartialDate result)
        => TryParse(s, null, out result);

    /// <summary>Tries to parse a partial date; never throws, and allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <param name="result">The partial date, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result)
        => TryParseCore(s, out result) == PartialDateParseError.None;

    /// <summary>Tries to parse a partial date; never throws, and allocates nothing.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <param name="result">The partial date, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s.AsSpan(), out result) == PartialDateParseError.None;
    }

    private static PartialDate ParseOrThrow(ReadOnlySpan<char> s)
    {
        var error = TryParseCore(s, out var result);
        return error == PartialDateParseError.None ? result : throw new ValueFormatException(typeof(PartialDate), s, Reason(error), Form);
    }

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on success it is null and
    /// nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="PartialDate"/>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartialDate result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/> throws; on success it is
    /// null and nothing is allocated for it. An empty span is empty text, not null.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="PartialDate"/>.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out PartialDate result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    static bool IValue<PartialDate>.TryParseCore(ReadOnlySpan<char> text, out PartialDate value, out string? error)
    {
        var code = TryParseCore(text, out value);
        error = code == PartialDateParseError.None ? null : Reason(code);
        return code == PartialDateParseError.None;
    }

    /// <summary>The one parse routine. Never throws, never allocates; past the white space check it reads at most 15 characters.</summary>
    internal static PartialDateParseError TryParseCore(ReadOnlySpan<char> text, out PartialDate value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return PartialDateParseError.Empty;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return text.IsWhiteSpace() ? PartialDateParseError.WhiteSpaceOnly : PartialDateParseError.SurroundingWhiteSpace;
        }

        // Year: exactly 4 ASCII digits. Reading stops after a fifth, so long input costs nothing extra.
        var yearDigits = ReadDigits(text, 0, 4, out var year);
        if (yearDigits != 4)
        {
            var next = yearDigits < text.Length ? text[yearDigits] : '\0';
            if (yearDigits == 0 && next is '+' or '-' or '\u2212')
            {
                return PartialDateParseError.SignedYear;
            }

            if (yearDigits < 4 && char.IsDigit(next))
            {
                return PartialDateParseError.NonAsciiDigit;
            }

            if (yearDigits == 0)
            {
                return PartialDateParseError.MissingYear;
            }

            return yearDigits <= 2 && next is '/' or '.'
                ? PartialDateParseError.DayFirst
                : PartialDateParseError.YearDigits;
        }

        if (year == 0)
        {
            return PartialDateParseError.YearZero;
        }

        if (text.Length == 4)
        {
            value = new PartialDate(year, 0, 0);
            return PartialDateParseError.None;
        }

        if (text[4] != '-')
        {
            return Unexpected(text, 4, PartialDateParseError.ExpectedDashAfterYear);
        }

        // Month: exactly 2 ASCII digits, 01 to 12.
        if (text.Length > 5 && text[5] is 'W' or 'w')
        {
            return PartialDateParseError.WeekDate;
        }

        var monthDigits = ReadDigits(text, 5, 2, out var month);
        if (monthDigits != 2)
        {
            return NonAsciiDigitAt(text, 5 + monthDigits) ? PartialDateParseError.NonAsciiDigit : PartialDateParseError.MonthDigits;
        }

        if (month is < 1 or > 12)
        {
            return PartialDateParseError.MonthRange;
        }

        if (text.Length == 7)
        {
            value = new PartialDate(year, month, 0);
            return PartialDateParseError.None;
        }

        if (text[7] != '-')
        {
            return Unexpected(text, 7, PartialDateParseError.ExpectedDashAfterMonth);
        }

        // Day: exactly 2 ASCII digits, and the day must exist in that month.
        var dayDigits = ReadDigits(text, 8, 2, out var day);
        if (dayDigits != 2)
        {
            return NonAsciiDigitAt(text, 8 + dayDigits) ? PartialDateParseError.NonAsciiDigit : PartialDateParseError.DayDigits;
        }

        if (day is < 1 or > 31)
        {
            return PartialDateParseError.DayRange;
        }

        if (day > DaysInMonth(year, month))
        {
            return month == 2 && day == 29 ? PartialDateParseError.NotLeapYear : PartialDateParseError.DayPastMonthEnd;
        }

        if (text.Length == 10)
        {
            value = new PartialDate(year, month, day);
            return PartialDateParseError.None;
        }

        return text[10] is 'T' or 't'
            ? PartialDateParseError.TimeOfDay
            : Unexpected(text, 10, PartialDateParseError.TrailingText);
    }

    /// <summary>The constant reason for a parse error, as used in <see cref="ValueFormatException.Reason"/>.</summary>
    internal static string Reason(PartialDateParseError error) => error switch
    {
        PartialDateParseError.Empty => "the text is empty",
        PartialDateParseError.WhiteSpaceOnly => "the text is only white space",
        PartialDateParseError.SurroundingWhiteSpace => "surrounding white space is not allowed",
        PartialDateParseError.SignedYear => "signed or expanded years such as +2024 or -0044 are not allowed; the year has exactly 4 digits",
        PartialDateParseError.NonAsciiDigit => "only ASCII digits 0-9 are allowed",
        PartialDateParseError.MissingYear => "it must start with a 4-digit year",
        PartialDateParseError.DayFirst => "day-first or month-first forms such as 03/02/2024 are not allowed; write the year first, yyyy-MM-dd",
        PartialDateParseError.YearDigits => "the year must have exactly 4 digits",
        PartialDateParseError.YearZero => "year 0000 is outside 0001 to 9999",
        PartialDateParseError.ExpectedDashAfterYear => "expected '-' after the year",
        PartialDateParseError.WeekDate => "week dates such as 2024-W05 are not allowed",
        PartialDateParseError.MonthDigits => "the month must have exactly 2 digits",
        PartialDateParseError.MonthRange => "the month must be 01 to 12",
        PartialDateParseError.ExpectedDashAfterMonth => "expected '-' after the month",
        PartialDateParseError.DayDigits => "the day must have exactly 2 digits",
        PartialDateParseError.DayRange => "the day must be 01 to 31",
        PartialDateParseError.DayPastMonthEnd => "the day is past the end of the month",
        PartialDateParseError.NotLeapYear => "29 February exists only in leap years",
        PartialDateParseError.TimeOfDay => "a time of day is not allowed",
        PartialDateParseError.Range => "a range is not a single date; use PartialDateRange for start/end",
        PartialDateParseError.TrailingText => "unexpected text after the day",
        _ => "the value is invalid",
    };

    // Reads up to max + 1 consecutive ASCII digits from start, so that callers can tell "too few" from "too many";
    // returns how many it read and their value.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadDigits(ReadOnlySpan<char> text, int start, int max, out int number)
    {
        number = 0;
        var end = Math.Min(text.Length, start + max + 1);
        var i = start;
        while (i < end)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                break;
            }

            number = (number * 10) + (int)digit;
            i++;
        }

        return i - start;
    }

    private static bool NonAsciiDigitAt(ReadOnlySpan<char> text, int index)
        => index < text.Length && !char.IsAsciiDigit(text[index]) && char.IsDigit(text[index]);

    // Explains an unexpected character where a '-' or the end was expected. A '/' followed by ".." or a 4-digit year
    // is taken for a range ("2013/2014", "2013/.."); "2024/02/03" just has the wrong separator.
    private static PartialDateParseError Unexpected(ReadOnlySpan<char> text, int index, PartialDateParseError fallback)
    {
        var c = text[index];
        if (c == '/')
        {
            var rest = text[(index + 1)..];
            var looksLikeRange = rest.StartsWith("..", StringComparison.Ordinal)
                || (rest.Length >= 4 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3]));
            return looksLikeRange ? PartialDateParseError.Range : fallback;
        }

        return char.IsDigit(c) ? PartialDateParseError.NonAsciiDigit : fallback;
    }

    /// <summary>The ISO 8601 text: "2013", "2008-07" or "2017-04-25"; "(uninitialized)" for the default value.</summary>
    public override string ToString()
        => IsDefault ? ValueText.Uninitialized : string.Create(TextLength, this, static (span, value) => value.Write(span));

    /// <summary>Formats the partial date. The only format is the general one (null, "" or "G"), the ISO 8601 text.</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ValueText.CheckGeneralFormat(format, nameof(PartialDate));
        return ToString();
    }

    /// <summary>Writes the ISO 8601 text into <paramref name="destination"/> without allocating; false when it does not fit.</summary>
    /// <param name="destination">Where to write: 4, 7 or 10 characters are needed.</param>
    /// <param name="charsWritten">How many characters were written; 0 when it does not fit.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ValueText.CheckGeneralFormat(format, nameof(PartialDate));
        return TryWrite(destination, out charsWritten);
    }

    /// <summary>Writes the text without checking a format; shared with <see cref="PartialDateRange"/>.</summary>
    internal bool TryWrite(Span<char> destination, out int charsWritten)
    {
        if (IsDefault)
        {
            return ValueText.TryCopy(ValueText.Uninitialized, destination, out charsWritten);
        }

        var length = TextLength;
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        Write(destination);
        charsWritten = length;
        return true;
    }

    private void Write(Span<char> destination)
    {
        var year = _year;
        destination[3] = (char)('0' + (year % 10));
        year /= 10;
        destination[2] = (char)('0' + (year % 10));
        year /= 10;
        destination[1] = (char)('0' + (year % 10));
        destination[0] = (char)('0' + (year / 10));
        if (_month == 0)
        {
            return;
        }

        destination[4] = '-';
        destination[5] = (char)('0' + (_month / 10));
        destination[6] = (char)('0' + (_month % 10));
        if (_day == 0)
        {
            return;
        }

        destination[7] = '-';
        destination[8] = (char)('0' + (_day / 10));
        destination[9] = (char)('0' + (_day % 10));
    }

    /// <summary>The interval of days this value covers, from <see cref="Earliest"/> to <see cref="Latest"/>.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public DateInterval ToDateInterval() => new(Earliest, Latest);

    /// <summary>
    /// How this value relates in time to <paramref name="other"/>, comparing the days each covers:
    /// <see cref="PartialDateRelation.Same"/> for equal values, <see cref="PartialDateRelation.Before"/> or
    /// <see cref="PartialDateRelation.After"/> when the intervals do not meet, and
    /// <see cref="PartialDateRelation.Overlaps"/> otherwise ("2008-07" and "2008-07-15"; "2008" and "2008-07").
    /// </summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is the uninitialized default value.</exception>
    public PartialDateRelation RelationTo(PartialDate other)
    {
        CheckBoth(other);
        if (Equals(other))
        {
            return PartialDateRelation.Same;
        }

        if (LatestKey < other.EarliestKey)
        {
            return PartialDateRelation.Before;
        }

        return EarliestKey > other.LatestKey ? PartialDateRelation.After : PartialDateRelation.Overlaps;
    }

    /// <summary>True when every day this value covers is before every day <paramref name="other"/> covers.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is the uninitialized default value.</exception>
    public bool IsDefinitelyBefore(PartialDate other)
    {
        CheckBoth(other);
        return LatestKey < other.EarliestKey;
    }

    /// <summary>True when every day this value covers is after every day <paramref name="other"/> covers.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is the uninitialized default value.</exception>
    public bool IsDefinitelyAfter(PartialDate other)
    {
        CheckBoth(other);
        return EarliestKey > other.LatestKey;
    }

    /// <summary>
    /// True when the two values cover at least one common day, including when they are equal. (Unlike
    /// <see cref="PartialDateRelation.Overlaps"/>, which <see cref="RelationTo"/> returns only for unequal values.)
    /// </summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is the uninitialized default value.</exception>
    public bool Overlaps(PartialDate other)
    {
        CheckBoth(other);
        return EarliestKey <= other.LatestKey && other.EarliestKey <= LatestKey;
    }

    /// <summary>True when <paramref name="date"/> is one of the days this value covers.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        CheckInitialized();
        Guard.Against.Unmet(date.Calendar == CalendarSystem.Iso, NotIsoMessage, nameof(date));
        var key = (date.Year * 10000) + (date.Month * 100) + date.Day;
        return EarliestKey <= key && key <= LatestKey;
    }

    /// <summary>True when every day <paramref name="other"/> covers is also covered by this value ("2008" contains "2008-07"; a value contains itself).</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is the uninitialized default value.</exception>
    public bool Contains(PartialDate other)
    {
        CheckBoth(other);
        return EarliestKey <= other.EarliestKey && other.LatestKey <= LatestKey;
    }

    /// <summary>Structural equality: same precision and same components; two default values are equal.</summary>
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_year << 9) | (_month << 5) | _day;

    /// <summary>
    /// Sorting order, not chronology: by <see cref="Earliest"/>, then the coarser precision first (the one whose
    /// <see cref="Latest"/> is later). The default value sorts first. Consistent with <see cref="Equals(PartialDate)"/>.
    /// </summary>
    public int CompareTo(PartialDate other)
    {
        if (IsDefault || other.IsDefault)
        {
            return IsDefault ? (other.IsDefault ? 0 : -1) : 1;
        }

        var byEarliest = EarliestKey.CompareTo(other.EarliestKey);
        return byEarliest != 0 ? byEarliest : PrecisionUnchecked.CompareTo(other.PrecisionUnchecked);
    }

    /// <inheritdoc cref="CompareTo(PartialDate)"/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PartialDate)}.", nameof(obj)),
    };

    /// <summary>Equality operator (structural, see <see cref="Equals(PartialDate)"/>).</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality operator (structural, see <see cref="Equals(PartialDate)"/>).</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    internal static int DaysInMonth(int year, int month)
    {
        if (month == 2)
        {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }

        return month is 4 or 6 or 9 or 11 ? 30 : 31;
    }

    private void CheckInitialized() => Preconditions.CheckState(IsDefault, nameof(PartialDate));

    private void CheckBoth(PartialDate other)
    {
        CheckInitialized();
        Guard.Against.Uninitialized(other);
    }

    private static void CheckYear(int year, [CallerArgumentExpression(nameof(year))] string? paramName = null)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, "The year must be 1 to 9999.");
        }
    }

    private static void CheckMonth(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be 1 to 12.");
        }
    }
}
