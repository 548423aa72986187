using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;
using NodaTime;

namespace Cooperation.Domain;

/// <summary>
/// A span of time between two <see cref="PartialDate"/> values, or open-ended: "25 to 28 April 2017"
/// (2017-04-25/2017-04-28), "December 2020 to December 2021" (2020-12/2021-12), "since 2013" (2013/..).
/// </summary>
/// <remarks>
/// <para>
/// <b>Grammar.</b> An ISO 8601 time interval of two partial dates (see <see cref="PartialDate"/>) separated by '/':
/// <c>start/end</c>, or <c>start/..</c> for an open end (ISO 8601-2). The two ends may have different precisions.
/// Rejected, each with its own reason: empty or white space only text, surrounding white space, a missing start or
/// end ("/2014", "2013/"; write ".." for an open end), an open start ("../2014"), more than one '/', an end definitely
/// before the start ("2014/2013": the end's last day is before the start's first day), and a single date without '/'
/// ("2017-04-25"). A single date is not read as a range on purpose: a range claims two ends, and reading "2017-04-25"
/// as one would let a date written where a range was expected (or the reverse) pass silently, and it would not
/// round-trip to the same text. A start equal to the end ("2017-04-25/2017-04-25", one day) is allowed: it is a valid
/// ISO 8601 interval and what a source saying "from 25 to 25 April" means. Parsing is culture-invariant and
/// allocates nothing.
/// </para>
/// <para>
/// <b>Default value.</b> <c>default(PartialDateRange)</c> is uninitialized: <see cref="IsDefault"/> is true,
/// <see cref="ToString()"/> returns "(uninitialized)", members that need a range throw
/// <see cref="InvalidOperationException"/>, and JSON serialization refuses it.
/// </para>
/// <para>
/// <b>Equality</b> is component-wise: equal starts and equal ends (both open, or equal partial dates), so
/// "2008/2009" is not equal to "2008-01/2009-12". <b>Ordering.</b> <see cref="CompareTo(PartialDateRange)"/> is
/// for sorting only: by <see cref="Start"/> (in <see cref="PartialDate"/>'s sorting order), then by
/// <see cref="End"/>, open ends last; the default value sorts first. There are no &lt; or &gt; operators.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PartialDateRangeJsonConverter))]
[TypeConverter(typeof(ValueTypeConverter<PartialDateRange>))]
public readonly struct PartialDateRange : IEquatable<PartialDateRange>, IComparable<PartialDateRange>, IComparable, IValue<PartialDateRange>
{
    /// <summary>What the text form writes for an open end.</summary>
    public const string OpenEnd = "..";

    // Where the parser looks for the '/'. Any valid start is shorter; the margin only makes messages about
    // a bad start more precise, and keeps the work constant for long input.
    private const int SlashSearchLimit = 64;

    private const string Form = "an ISO 8601 interval of two dates of year, month or day precision (yyyy, yyyy-MM or yyyy-MM-dd) separated by '/', with .. for an open end, such as \"2017-04-25/2017-04-28\", \"2020-12/2021-12\" or \"2013/..\"";

    private const string SingleDateReason = "a single date is not a range; write start/end, or start/.. when the end is open";
    private const string MissingSlashReason = "expected '/' between the start and the end";
    private const string OpenStartReason = "an open start (..) is not allowed; the start is required";
    private const string EndBeforeStartReason = "the end is before the start";

    private static readonly string[] StartReasons = BuildReasons("the start", "the start is missing");
    private static readonly string[] EndReasons = BuildReasons("the end", "the end is missing; write .. for an open end");

    private readonly PartialDate _start;

    // The default value means an open end.
    private readonly PartialDate _end;

    private PartialDateRange(PartialDate start, PartialDate end)
    {
        _start = start;
        _end = end;
    }

    /// <summary>True for <c>default(PartialDateRange)</c>, which holds no range.</summary>
    public bool IsDefault => _start.IsDefault;

    /// <summary>The start, always present.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public PartialDate Start
    {
        get
        {
            CheckInitialized();
            return _start;
        }
    }

    /// <summary>The end, or null when the range is open ("since 2013").</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public PartialDate? End
    {
        get
        {
            CheckInitialized();
            return _end.IsDefault ? null : _end;
        }
    }

    /// <summary>True when the range has no end ("2013/..").</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public bool IsOpen
    {
        get
        {
            CheckInitialized();
            return _end.IsDefault;
        }
    }

    /// <summary>The first day the range may cover: the start's <see cref="PartialDate.Earliest"/>.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public LocalDate Earliest
    {
        get
        {
            CheckInitialized();
            return _start.Earliest;
        }
    }

    /// <summary>The last day the range may cover: the end's <see cref="PartialDate.Latest"/>, or null when open.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public LocalDate? Latest
    {
        get
        {
            CheckInitialized();
            return _end.IsDefault ? null : _end.Latest;
        }
    }

    /// <summary>How many days lie from <see cref="Earliest"/> to <see cref="Latest"/>, both included; null when open.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public int? Days
    {
        get
        {
            CheckInitialized();
            return _end.IsDefault ? null : Period.DaysBetween(_start.Earliest, _end.Latest) + 1;
        }
    }

    static string IValue<PartialDateRange>.ExpectedForm => Form;

    /// <summary>A range with both ends.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end; it may have another precision, and may overlap the start, but must not be definitely before it.</param>
    /// <exception cref="ArgumentException">
    /// An argument is the uninitialized default value, or <paramref name="end"/> is definitely before <paramref name="start"/>.
    /// </exception>
    public static PartialDateRange Closed(PartialDate start, PartialDate end)
    {
        Guard.Against.Uninitialized(start);
        Guard.Against.Uninitialized(end);
        if (end.IsDefinitelyBefore(start))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The end {end} is before the start {start}: it ends before the start begins."),
                nameof(end));
        }

        return new PartialDateRange(start, end);
    }

    /// <summary>The range of whole days of <paramref name="interval"/>, both ends known to the day.</summary>
    /// <param name="interval">The days, in the ISO calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1 to 9999.</exception>
    public static PartialDateRange FromDateInterval(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return new PartialDateRange(PartialDate.FromLocalDate(interval.Start), PartialDate.FromLocalDate(interval.End));
    }

    /// <summary>An open-ended range: "since <paramref name="start"/>".</summary>
    /// <exception cref="ArgumentException"><paramref name="start"/> is the uninitialized default value.</exception>
    public static PartialDateRange Since(PartialDate start)
    {
        Guard.Against.Uninitialized(start);
        return new PartialDateRange(start, default);
    }

    /// <summary>Parses a range (see the type remarks for the grammar).</summary>
    /// <exception cref="ValueFormatException">The text does not follow the grammar.</exception>
    public static PartialDateRange Parse(ReadOnlySpan<char> s) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static PartialDateRange Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    public static PartialDateRange Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static PartialDateRange Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <summary>Tries to parse a range; never throws, and allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The range, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out PartialDateRange result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse a range; never throws, and allocates nothing.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The range, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartialDateRange result) => TryParse(s, null, out result);

    /// <summary>Tries to parse a range; never throws, and allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <param name="result">The range, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDateRange result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse a range; never throws, and allocates nothing.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <param name="result">The range, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDateRange result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s.AsSpan(), out result, out _);
    }

    private static PartialDateRange ParseOrThrow(ReadOnlySpan<char> s)
        => TryParseCore(s, out var result, out var error) ? result : throw new ValueFormatException(typeof(PartialDateRange), s, error!, Form);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on success it is null and
    /// nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="PartialDateRange"/>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartialDateRange result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/> throws; on success it is
    /// null and nothing is allocated for it. An empty span is empty text, not null.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="PartialDateRange"/>.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out PartialDateRange result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    static bool IValue<PartialDateRange>.TryParseCore(ReadOnlySpan<char> text, out PartialDateRange value, out string? error)
        => TryParseCore(text, out value, out error);

    private static bool TryParseCore(ReadOnlySpan<char> text, out PartialDateRange value, out string? error)
    {
        value = default;
        if (text.IsEmpty)
        {
            error = PartialDate.Reason(PartialDateParseError.Empty);
            return false;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            error = PartialDate.Reason(text.IsWhiteSpace() ? PartialDateParseError.WhiteSpaceOnly : PartialDateParseError.SurroundingWhiteSpace);
            return false;
        }

        var slash = text[..Math.Min(text.Length, SlashSearchLimit)].IndexOf('/');
        if (slash < 0)
        {
            error = PartialDate.TryParseCore(text, out _) == PartialDateParseError.None ? SingleDateReason : MissingSlashReason;
            return false;
        }

        var startText = text[..slash];
        if (startText.SequenceEqual(OpenEnd))
        {
            error = OpenStartReason;
            return false;
        }

        var startError = PartialDate.TryParseCore(startText, out var start);
        if (startError != PartialDateParseError.None)
        {
            error = StartReasons[(int)startError];
            return false;
        }

        var endText = text[(slash + 1)..];
        PartialDate end = default;
        if (!endText.SequenceEqual(OpenEnd))
        {
            var endError = PartialDate.TryParseCore(endText, out end);
            if (endError != PartialDateParseError.None)
            {
                error = EndReasons[(int)endError];
                return false;
            }

            if (end.IsDefinitelyBefore(start))
            {
                error = EndBeforeStartReason;
                return false;
            }
        }

        value = new PartialDateRange(start, end);
        error = null;
        return true;
    }

    // One constant reason per PartialDate parse error, built once, so that failing never allocates.
    private static string[] BuildReasons(string part, string missing)
    {
        var errors = Enum.GetValues<PartialDateParseError>();
        var reasons = new string[errors.Length];
        foreach (var error in errors)
        {
            reasons[(int)error] = error switch
            {
                PartialDateParseError.Empty => missing,
                PartialDateParseError.Range => "there is more than one '/'",
                _ => part + " is not valid: " + PartialDate.Reason(error),
            };
        }

        return reasons;
    }

    /// <summary>The ISO 8601 text: "2017-04-25/2017-04-28" or "2013/.."; "(uninitialized)" for the default value.</summary>
    public override string ToString()
    {
        if (IsDefault)
        {
            return ValueText.Uninitialized;
        }

        Span<char> buffer = stackalloc char[(2 * PartialDate.MaxLength) + 1];
        return TryWrite(buffer, out var written) ? new string(buffer[..written]) : ValueText.Uninitialized;
    }

    /// <summary>Formats the range. The only format is the general one (null, "" or "G"), the ISO 8601 text.</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ValueText.CheckGeneralFormat(format, nameof(PartialDateRange));
        return ToString();
    }

    /// <summary>Writes the ISO 8601 text into <paramref name="destination"/> without allocating; false when it does not fit.</summary>
    /// <param name="destination">Where to write: at most 21 characters are needed.</param>
    /// <param name="charsWritten">How many characters were written; 0 when it does not fit.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ValueText.CheckGeneralFormat(format, nameof(PartialDateRange));
        if (IsDefault)
        {
            return ValueText.TryCopy(ValueText.Uninitialized, destination, out charsWritten);
        }

        return TryWrite(destination, out charsWritten);
    }

    private bool TryWrite(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (!_start.TryWrite(destination, out var startLength) || startLength >= destination.Length)
        {
            return false;
        }

        destination[startLength] = '/';
        var rest = destination[(startLength + 1)..];
        int endLength;
        if (_end.IsDefault)
        {
            if (!OpenEnd.AsSpan().TryCopyTo(rest))
            {
                return false;
            }

            endLength = OpenEnd.Length;
        }
        else if (!_end.TryWrite(rest, out endLength))
        {
            return false;
        }

        charsWritten = startLength + 1 + endLength;
        return true;
    }

    /// <summary>The interval of days from <see cref="Earliest"/> to <see cref="Latest"/>, or null when the range is open.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public DateInterval? ToDateInterval()
    {
        CheckInitialized();
        return _end.IsDefault ? null : new DateInterval(_start.Earliest, _end.Latest);
    }

    /// <summary>True when <paramref name="date"/> lies from <see cref="Earliest"/> to <see cref="Latest"/> (no upper bound when open).</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        CheckInitialized();
        Guard.Against.Unmet(date.Calendar == CalendarSystem.Iso, "Only dates in the ISO calendar are supported; convert with WithCalendar(CalendarSystem.Iso) first.", nameof(date));
        return _start.Earliest <= date && (_end.IsDefault || date <= _end.Latest);
    }

    /// <summary>True when every day <paramref name="date"/> covers lies within the range.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is the uninitialized default value.</exception>
    public bool Contains(PartialDate date)
    {
        CheckInitialized();
        Guard.Against.Uninitialized(date);
        return _start.Earliest <= date.Earliest && (_end.IsDefault || date.Latest <= _end.Latest);
    }

    /// <summary>True when the two ranges may share at least one day (their <see cref="Earliest"/>-to-<see cref="Latest"/> spans intersect).</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is the uninitialized default value.</exception>
    public bool Overlaps(PartialDateRange other)
    {
        CheckInitialized();
        Guard.Against.Uninitialized(other);
        return (other._end.IsDefault || _start.Earliest <= other._end.Latest)
            && (_end.IsDefault || other._start.Earliest <= _end.Latest);
    }

    /// <summary>Component-wise equality: equal starts and equal ends (both open, or equal); two default values are equal.</summary>
    public bool Equals(PartialDateRange other) => _start.Equals(other._start) && _end.Equals(other._end);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PartialDateRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_start, _end);

    /// <summary>
    /// Sorting order, not chronology: by start (in <see cref="PartialDate.CompareTo(PartialDate)"/> order), then by end,
    /// open ends last. The default value sorts first. Consistent with <see cref="Equals(PartialDateRange)"/>.
    /// </summary>
    public int CompareTo(PartialDateRange other)
    {
        var byStart = _start.CompareTo(other._start);
        if (byStart != 0)
        {
            return byStart;
        }

        if (_end.IsDefault || other._end.IsDefault)
        {
            return _end.IsDefault ? (other._end.IsDefault ? 0 : 1) : -1;
        }

        return _end.CompareTo(other._end);
    }

    /// <inheritdoc cref="CompareTo(PartialDateRange)"/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDateRange other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PartialDateRange)}.", nameof(obj)),
    };

    /// <summary>Equality operator (component-wise, see <see cref="Equals(PartialDateRange)"/>).</summary>
    public static bool operator ==(PartialDateRange left, PartialDateRange right) => left.Equals(right);

    /// <summary>Inequality operator (component-wise, see <see cref="Equals(PartialDateRange)"/>).</summary>
    public static bool operator !=(PartialDateRange left, PartialDateRange right) => !left.Equals(right);

    private void CheckInitialized() => Preconditions.CheckState(IsDefault, nameof(PartialDateRange));
}
