using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// An officially assigned ISO 3166-1 country code, held as its alpha-2 form ("MX").
/// </summary>
/// <remarks>
/// <para>
/// <b>Parsing</b> accepts the alpha-2 code ("MX", "mx"), the alpha-3 code ("MEX", "mex") or the three-digit numeric
/// code ("484"), ASCII only, with no surrounding white space: a code is machine data, and anything else is
/// reported rather than guessed. Only the 249 officially assigned codes parse; reserved and user-assigned codes
/// ("UK", "XK", "ZZ") do not. To resolve a country <em>name</em> in English or Spanish use
/// <see cref="Countries.Find(string)"/>.
/// </para>
/// <para>
/// <b>Formats</b>: "G" or "A2" (default) gives the alpha-2 code, "A3" the alpha-3 code, "N" the numeric code
/// with its leading zeros ("032").
/// </para>
/// <para>
/// <b>Equality and ordering</b> follow the alpha-2 code (ordinal). <b>Default value.</b> <c>default(CountryCode)</c>
/// is uninitialized: <see cref="IsDefault"/> is true, <see cref="ToString()"/> returns "(uninitialized)",
/// <see cref="Country"/> throws and JSON serialization refuses it.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(CountryCodeJsonConverter))]
[TypeConverter(typeof(ValueTypeConverter<CountryCode>))]
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>, IComparable, IValue<CountryCode>
{
    private const string Form = "an officially assigned ISO 3166-1 code: alpha-2 (\"MX\"), alpha-3 (\"MEX\") or numeric (\"484\")";

    // Row index + 1 in the generated table; 0 for the default value. Rows are sorted by alpha-2 code,
    // so comparing indexes orders codes alphabetically.
    private readonly byte _row;

    private CountryCode(int row) => _row = (byte)row;

    /// <summary>True for <c>default(CountryCode)</c>, which names no country.</summary>
    public bool IsDefault => _row == 0;

    /// <summary>The alpha-2 code, such as "MX".</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string Alpha2 => Row.Alpha2;

    /// <summary>The alpha-3 code, such as "MEX".</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string Alpha3 => Row.Alpha3;

    /// <summary>The numeric code, such as 484.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public int Numeric => Row.Numeric;

    /// <summary>The country this code is assigned to, with its names.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public Country Country
    {
        get
        {
            Preconditions.CheckState(IsDefault, nameof(CountryCode));
            return Countries.All[_row - 1];
        }
    }

    internal int RowIndex => _row - 1;

    private CountryRow Row
    {
        get
        {
            Preconditions.CheckState(IsDefault, nameof(CountryCode));
            return CountryData.Rows[_row - 1];
        }
    }

    static string IValue<CountryCode>.ExpectedForm => Form;

    internal static CountryCode FromRowIndex(int index) => new(index + 1);

    /// <summary>Parses an alpha-2, alpha-3 or numeric code.</summary>
    /// <exception cref="ValueFormatException">The text is not an officially assigned code.</exception>
    public static CountryCode Parse(ReadOnlySpan<char> s) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static CountryCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    public static CountryCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    public static CountryCode Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <summary>Tries to parse a code; never throws and never allocates.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out CountryCode result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse a code; never throws and never allocates.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <param name="result">The code, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse a code; never throws and never allocates.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <param name="result">The code, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryCode result)
        => TryParseCore(s.AsSpan(), out result, out _);

    private static CountryCode ParseOrThrow(ReadOnlySpan<char> s)
        => TryParseCore(s, out var result, out var error) ? result : throw new ValueFormatException(typeof(CountryCode), s, error!, Form);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on success it is null and
    /// nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="CountryCode"/>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out CountryCode result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/> throws; on success it is
    /// null and nothing is allocated for it. An empty span is empty text, not null.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="CountryCode"/>.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out CountryCode result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    static bool IValue<CountryCode>.TryParseCore(ReadOnlySpan<char> text, out CountryCode value, out string? error)
        => TryParseCore(text, out value, out error);

    private static bool TryParseCore(ReadOnlySpan<char> s, out CountryCode value, out string? error)
    {
        value = default;
        switch (s.Length)
        {
            case 0:
                error = "the text is empty";
                return false;
            case 2 when char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]):
                return Found(CountryIndex.FindAlpha2(s[0], s[1]), "no country has this alpha-2 code (reserved and user-assigned codes are not accepted)", out value, out error);
            case 3 when char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]) && char.IsAsciiLetter(s[2]):
                return Found(CountryIndex.FindAlpha3(s[0], s[1], s[2]), "no country has this alpha-3 code", out value, out error);
            case 3 when char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]):
                var numeric = ((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0');
                return Found(CountryIndex.FindNumeric(numeric), "no country has this numeric code", out value, out error);
            default:
                error = s.IsWhiteSpace()
                    ? "the text is only white space"
                    : s.Trim().Length != s.Length
                        ? "surrounding white space is not allowed"
                        : s.Length is 2 or 3 ? "codes use ASCII letters A-Z or digits 0-9 only" : "a code has 2 or 3 characters";
                return false;
        }
    }

    private static bool Found(int row, string notFound, out CountryCode value, out string? error)
    {
        if (row == 0)
        {
            value = default;
            error = notFound;
            return false;
        }

        value = new CountryCode(row);
        error = null;
        return true;
    }

    /// <summary>The alpha-2 code, or "(uninitialized)" for the default value.</summary>
    public override string ToString() => IsDefault ? ValueText.Uninitialized : CountryData.Rows[_row - 1].Alpha2;

    /// <summary>Formats the code: "G" or "A2" for alpha-2, "A3" for alpha-3, "N" for the three-digit numeric code.</summary>
    /// <param name="format">null, "", "G", "A2", "A3" or "N".</param>
    /// <param name="formatProvider">Ignored: codes are culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (IsDefault)
        {
            return ValueText.Uninitialized;
        }

        var row = CountryData.Rows[_row - 1];
        return SelectFormat(format) switch
        {
            'A' => row.Alpha3,
            'N' => row.Numeric.ToString("D3", CultureInfo.InvariantCulture),
            _ => row.Alpha2,
        };
    }

    /// <summary>Formats the code into <paramref name="destination"/> without allocating; false when it does not fit.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty, "G", "A2", "A3" or "N".</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of those.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (IsDefault)
        {
            return ValueText.TryCopy(ValueText.Uninitialized, destination, out charsWritten);
        }

        var row = CountryData.Rows[_row - 1];
        return SelectFormat(format) switch
        {
            'A' => ValueText.TryCopy(row.Alpha3, destination, out charsWritten),
            'N' => row.Numeric.TryFormat(destination, out charsWritten, "D3", CultureInfo.InvariantCulture),
            _ => ValueText.TryCopy(row.Alpha2, destination, out charsWritten),
        };
    }

    // '2' alpha-2, 'A' alpha-3, 'N' numeric.
    private static char SelectFormat(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G" or "A2")
        {
            return '2';
        }

        if (format is "A3")
        {
            return 'A';
        }

        if (format is "N")
        {
            return 'N';
        }

        throw new FormatException($"The format \"{format.ToString()}\" is not supported by {nameof(CountryCode)}; use \"G\" or \"A2\" (alpha-2), \"A3\" (alpha-3) or \"N\" (numeric).");
    }

    /// <summary>Two codes are equal when they name the same country; two default values are equal.</summary>
    public bool Equals(CountryCode other) => _row == other._row;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _row;

    /// <summary>Orders codes by alpha-2 code; the default value sorts first.</summary>
    public int CompareTo(CountryCode other) => _row.CompareTo(other._row);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountryCode other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(CountryCode)}.", nameof(obj)),
    };

    /// <summary>Equality operator.</summary>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Alpha-2 order.</summary>
    public static bool operator <(CountryCode left, CountryCode right) => left._row < right._row;

    /// <summary>Alpha-2 order.</summary>
    public static bool operator <=(CountryCode left, CountryCode right) => left._row <= right._row;

    /// <summary>Alpha-2 order.</summary>
    public static bool operator >(CountryCode left, CountryCode right) => left._row > right._row;

    /// <summary>Alpha-2 order.</summary>
    public static bool operator >=(CountryCode left, CountryCode right) => left._row >= right._row;
}
