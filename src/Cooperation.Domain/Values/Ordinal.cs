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
/// A position in a series, counted from 1: the 8th meeting, the 10.ª ronda, the VIII Reunión.
/// </summary>
/// <remarks>
/// <para>
/// <b>Parsing</b> trims surrounding white space (input over 128 characters is rejected as too long before trimming)
/// and accepts, in any letter case:
/// ASCII digits without leading zeros ("8"); digits with the English suffix that agrees with the number ("1st",
/// "2nd", "3rd", "8th", "11th", "21st", "111th"); digits with a Spanish indicator ("8º", "8ª", "8°", "8.º",
/// "8.ª", "8o", "8a", "8a.") or the Spanish abbreviation that agrees with the number's last digit ("1er", "1.er",
/// "1ro", "1ra", "1ero", "1era", "2do", "3er", "4to", "7mo", "8vo", "9no", "10mo"; 11 to 19 follow their compound
/// words, decimoprimero "11ro" or "11er", decimosegundo "12do", decimotercero "13ro", and 11 and 12 also take "mo"
/// for undécimo and duodécimo);
/// a canonical Roman numeral from I to MMMCMXCIX ("VIII", "xiv"); and the Spanish and English words from 1 to 20
/// in either gender, with or without accents ("primera", "primer", "octava", "décima", "decimotercera",
/// "décimo tercero", "undécima", "vigésimo", "first", "tenth", "twentieth"; the two parts of a compound written apart
/// agree in gender: "décima tercera", not "décimo tercera").
/// Rejected, with a reason: 0 ("0th"), negative numbers, leading zeros, a suffix that disagrees with the number
/// ("11st", "2th", "8er"), numbers above <see cref="int.MaxValue"/>, non-ASCII digits, non-canonical Roman
/// numerals ("IIII", "IC"), and any other word.
/// </para>
/// <para>
/// <b>Formats</b>: "G" or "E" (default) English, "8th"; "S" or "SM" Spanish masculine, "8º"; "SF" Spanish
/// feminine, "8ª"; "N" the number, "8"; "R" the Roman numeral, "VIII" (1 to 3 999 only). Spanish gender belongs
/// to the noun ("8ª reunión", "8º informe"), so it is chosen when formatting and is not stored.
/// </para>
/// <para>
/// <b>Equality and ordering</b> follow the number: "8ª", "8th" and "VIII" are the same ordinal.
/// <b>Default value.</b> <c>default(Ordinal)</c> is uninitialized: <see cref="IsDefault"/> is true,
/// <see cref="Value"/> throws, <see cref="ToString()"/> returns "(uninitialized)", it sorts before every ordinal,
/// and JSON serialization refuses it. <b>JSON</b> is a number (<c>8</c>), also as the digits of a dictionary key.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(OrdinalJsonConverter))]
[TypeConverter(typeof(ValueTypeConverter<Ordinal>))]
public readonly struct Ordinal : IEquatable<Ordinal>, IComparable<Ordinal>, IComparable, IValue<Ordinal>
{
    private const string Form = "a positive ordinal: digits with an optional English or Spanish suffix (\"8\", \"8th\", \"8ª\", \"8.º\", \"8vo\"), "
        + "a Roman numeral (\"VIII\"), or a Spanish or English word from 1 to 20 (\"octava\", \"eighth\")";

    // The position itself; 0 only in the default value.
    private readonly int _value;

    private Ordinal(int value) => _value = value;

    /// <summary>The first position, 1.</summary>
    public static Ordinal First => new(1);

    /// <summary>The largest ordinal, <see cref="int.MaxValue"/>.</summary>
    public static Ordinal MaxValue => new(int.MaxValue);

    /// <summary>True for <c>default(Ordinal)</c>, which is no position.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>The position, 1 or more.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public int Value
    {
        get
        {
            Preconditions.CheckState(IsDefault, nameof(Ordinal));
            return _value;
        }
    }

    static string IValue<Ordinal>.ExpectedForm => Form;

    /// <summary>The ordinal for a position of 1 or more.</summary>
    /// <param name="value">The position.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is 0 or negative.</exception>
    public static Ordinal FromInt32(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return new Ordinal(value);
    }

    /// <summary>The ordinal for a position of 1 or more; false for 0 and negative numbers.</summary>
    /// <param name="value">The position.</param>
    /// <param name="result">The ordinal, or the default value on failure.</param>
    public static bool TryFromInt32(int value, out Ordinal result)
    {
        result = value > 0 ? new Ordinal(value) : default;
        return value > 0;
    }

    /// <summary>Parses any of the accepted forms (see the type's remarks).</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ValueFormatException">The text is not an ordinal; the message says why.</exception>
    public static Ordinal Parse(ReadOnlySpan<char> s) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Ordinal Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the accepted forms do not depend on a culture.</param>
    public static Ordinal Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the accepted forms do not depend on a culture.</param>
    public static Ordinal Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <summary>Tries to parse any of the accepted forms; never throws and never allocates.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The ordinal, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Ordinal result) => TryParseCore(s, out result, out _);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Ordinal)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the accepted forms do not depend on a culture.</param>
    /// <param name="result">The ordinal, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Ordinal result) => TryParseCore(s, out result, out _);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Ordinal)"/>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: the accepted forms do not depend on a culture.</param>
    /// <param name="result">The ordinal, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Ordinal result)
        => TryParseCore(s.AsSpan(), out result, out _);

    private static Ordinal ParseOrThrow(ReadOnlySpan<char> s)
        => TryParseCore(s, out var result, out var error) ? result : throw new ValueFormatException(typeof(Ordinal), s, error!, Form);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on success it is null and
    /// nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not an <see cref="Ordinal"/>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out Ordinal result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/> throws; on success it is
    /// null and nothing is allocated for it. An empty span is empty text, not null.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not an <see cref="Ordinal"/>.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Ordinal result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    static bool IValue<Ordinal>.TryParseCore(ReadOnlySpan<char> text, out Ordinal value, out string? error)
        => TryParseCore(text, out value, out error);

    private static bool TryParseCore(ReadOnlySpan<char> s, out Ordinal value, out string? error)
    {
        var parsed = OrdinalParser.TryParse(s, out var number, out error);
        value = parsed ? new Ordinal(number) : default;
        return parsed;
    }

    /// <summary>English, as "8th", "21st", "112th".</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string ToEnglish()
    {
        Preconditions.CheckState(IsDefault, nameof(Ordinal));
        return ToString("E", null);
    }

    /// <summary>Spanish, as "8º" (masculine) or "8ª" (feminine).</summary>
    /// <param name="gender">The gender of the noun the ordinal qualifies: "8ª reunión", "8º informe".</param>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gender"/> is not a defined value.</exception>
    public string ToSpanish(GrammaticalGender gender = GrammaticalGender.Masculine)
    {
        Preconditions.CheckState(IsDefault, nameof(Ordinal));
        return gender switch
        {
            GrammaticalGender.Masculine => ToString("SM", null),
            GrammaticalGender.Feminine => ToString("SF", null),
            _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, "Expected Masculine or Feminine."),
        };
    }

    /// <summary>The canonical upper-case Roman numeral, as "VIII".</summary>
    /// <exception cref="InvalidOperationException">
    /// This is the uninitialized default value, or the number is above 3 999, which has no canonical Roman numeral.
    /// </exception>
    public string ToRoman()
    {
        Preconditions.CheckState(IsDefault, nameof(Ordinal));
        if (_value > RomanNumeral.MaxValue)
        {
            throw new InvalidOperationException($"{_value.ToString(CultureInfo.InvariantCulture)} has no canonical Roman numeral: they stop at 3999 (MMMCMXCIX).");
        }

        return ToString("R", null);
    }

    /// <summary>English, as "8th", or "(uninitialized)" for the default value.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the ordinal: "G" or "E" English ("8th"), "S" or "SM" Spanish masculine ("8º"), "SF" Spanish feminine ("8ª"), "N" digits ("8"), "R" Roman ("VIII").</summary>
    /// <param name="format">null, "", "G", "E", "S", "SM", "SF", "N" or "R".</param>
    /// <param name="formatProvider">Ignored: every form is culture-invariant.</param>
    /// <exception cref="FormatException">The format is not one of those, or "R" is asked for a number above 3 999.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[RomanNumeral.MaxLength + 1];
        return TryFormat(buffer, out var written, format, formatProvider) ? new string(buffer[..written]) : throw new UnreachableException();
    }

    /// <summary>Formats the ordinal into <paramref name="destination"/> without allocating; false when it does not fit.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty, "G", "E", "S", "SM", "SF", "N" or "R".</param>
    /// <param name="provider">Ignored: every form is culture-invariant.</param>
    /// <exception cref="FormatException">The format is not one of those, or "R" is asked for a number above 3 999.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var kind = SelectFormat(format);
        if (IsDefault)
        {
            return ValueText.TryCopy(ValueText.Uninitialized, destination, out charsWritten);
        }

        if (kind == 'R')
        {
            if (_value > RomanNumeral.MaxValue)
            {
                throw new FormatException($"The format \"R\" cannot write {_value.ToString(CultureInfo.InvariantCulture)}: canonical Roman numerals stop at 3999 (MMMCMXCIX).");
            }

            return RomanNumeral.TryFormat(_value, destination, out charsWritten);
        }

        if (!_value.TryFormat(destination, out var digits, default, CultureInfo.InvariantCulture))
        {
            charsWritten = 0;
            return false;
        }

        ReadOnlySpan<char> suffix = kind switch
        {
            'E' => OrdinalParser.EnglishSuffix(_value),
            'M' => "º",
            'F' => "ª",
            _ => default,
        };
        if (!suffix.TryCopyTo(destination[digits..]))
        {
            charsWritten = 0;
            return false;
        }

        charsWritten = digits + suffix.Length;
        return true;
    }

    // 'E' English, 'M' Spanish masculine, 'F' Spanish feminine, 'N' digits, 'R' Roman.
    private static char SelectFormat(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G" or "E")
        {
            return 'E';
        }

        return format switch
        {
            "S" or "SM" => 'M',
            "SF" => 'F',
            "N" => 'N',
            "R" => 'R',
            _ => throw new FormatException($"The format \"{format.ToString()}\" is not supported by {nameof(Ordinal)}; use \"G\" or \"E\" (English, 8th), \"S\" or \"SM\" (Spanish masculine, 8º), \"SF\" (Spanish feminine, 8ª), \"N\" (8) or \"R\" (VIII)."),
        };
    }

    /// <summary>Two ordinals are equal when they are the same position, however they were written.</summary>
    /// <param name="other">The other ordinal.</param>
    public bool Equals(Ordinal other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Ordinal other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <summary>Orders by position; the default value sorts first.</summary>
    /// <param name="other">The other ordinal.</param>
    public int CompareTo(Ordinal other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ordinal other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Ordinal)}.", nameof(obj)),
    };

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first ordinal.</param>
    /// <param name="right">The second ordinal.</param>
    public static bool operator ==(Ordinal left, Ordinal right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first ordinal.</param>
    /// <param name="right">The second ordinal.</param>
    public static bool operator !=(Ordinal left, Ordinal right) => !left.Equals(right);

    /// <summary>Position order.</summary>
    /// <param name="left">The first ordinal.</param>
    /// <param name="right">The second ordinal.</param>
    public static bool operator <(Ordinal left, Ordinal right) => left._value < right._value;

    /// <summary>Position order.</summary>
    /// <param name="left">The first ordinal.</param>
    /// <param name="right">The second ordinal.</param>
    public static bool operator <=(Ordinal left, Ordinal right) => left._value <= right._value;

    /// <summary>Position order.</summary>
    /// <param name="left">The first ordinal.</param>
    /// <param name="right">The second ordinal.</param>
    public static bool operator >(Ordinal left, Ordinal right) => left._value > right._value;

    /// <summary>Position order.</summary>
    /// <param name="left">The first ordinal.</param>
    /// <param name="right">The second ordinal.</param>
    public static bool operator >=(Ordinal left, Ordinal right) => left._value >= right._value;
}
