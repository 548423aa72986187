using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// An acronym or initialism naming an institution or mechanism: "DANM", "GANSEG", "CRM", "SSPC", "G8".
/// </summary>
/// <remarks>
/// <para>
/// <b>Grammar.</b> 2 to 12 characters, ASCII letters A–Z and digits 0–9, starting with a letter.
/// <b>Normalization.</b> Parsing trims surrounding white space and upper-cases ASCII letters, so "Upmrip" becomes
/// "UPMRIP"; nothing else is changed. Dots, spaces inside, accented letters and non-ASCII digits are rejected.
/// </para>
/// <para>
/// <b>Equality and ordering</b> are ordinal on the normalized text.
/// <b>Default value.</b> <c>default(Acronym)</c> is uninitialized: <see cref="IsDefault"/> is true,
/// <see cref="ToString()"/> returns "(uninitialized)", <see cref="Value"/> throws and JSON serialization refuses it.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(AcronymJsonConverter))]
[TypeConverter(typeof(ValueTypeConverter<Acronym>))]
public readonly struct Acronym : IEquatable<Acronym>, IComparable<Acronym>, IComparable, IValue<Acronym>
{
    /// <summary>The fewest characters an acronym has.</summary>
    public const int MinLength = 2;

    /// <summary>The most characters an acronym has.</summary>
    public const int MaxLength = 12;

    private const string Form = "2 to 12 ASCII letters or digits starting with a letter, such as \"DANM\" or \"G8\"";

    private readonly string? _value;

    private Acronym(string value) => _value = value;

    /// <summary>The normalized acronym.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string Value
    {
        get
        {
            Preconditions.CheckState(_value is null, nameof(Acronym));
            return _value!;
        }
    }

    /// <summary>True for <c>default(Acronym)</c>, which holds no acronym.</summary>
    public bool IsDefault => _value is null;

    static string IValue<Acronym>.ExpectedForm => Form;

    /// <summary>Creates an acronym from text, normalizing it (see the type remarks).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ValueFormatException"><paramref name="value"/> does not follow the grammar.</exception>
    public static Acronym From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ParseOrThrow(value);
    }

    /// <summary>Tries to create an acronym from text; never throws, and does not allocate when it fails.</summary>
    public static bool TryFrom([NotNullWhen(true)] string? value, out Acronym result) => TryParse(value, null, out result);

    /// <summary>Parses an acronym (see the type remarks for the grammar and normalization).</summary>
    /// <exception cref="ValueFormatException">The text does not follow the grammar.</exception>
    public static Acronym Parse(ReadOnlySpan<char> s) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Acronym Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    public static Acronym Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Acronym Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <summary>Tries to parse an acronym; never throws, and does not allocate when it fails.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Acronym result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse an acronym; never throws, and does not allocate when it fails.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <param name="result">The acronym, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Acronym result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse an acronym; never throws, and does not allocate when it fails.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <param name="result">The acronym, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Acronym result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        // Reuse the caller's string when it is already canonical.
        if (IsCanonical(s))
        {
            result = new Acronym(s);
            return true;
        }

        return TryParseCore(s.AsSpan(), out result, out _);
    }

    private static Acronym ParseOrThrow(ReadOnlySpan<char> s)
        => TryParseCore(s, out var result, out var error) ? result : throw new ValueFormatException(typeof(Acronym), s, error!, Form);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on success it is null and
    /// nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not an <see cref="Acronym"/>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out Acronym result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/> throws; on success it is
    /// null and nothing is allocated for it. An empty span is empty text, not null.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not an <see cref="Acronym"/>.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Acronym result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    static bool IValue<Acronym>.TryParseCore(ReadOnlySpan<char> text, out Acronym value, out string? error)
        => TryParseCore(text, out value, out error);

    private static bool TryParseCore(ReadOnlySpan<char> text, out Acronym value, out string? error)
    {
        value = default;
        var trimmed = ValueText.TrimWhiteSpace(text);
        if (trimmed.IsEmpty)
        {
            error = text.IsEmpty ? "the text is empty" : "the text is only white space";
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            error = "it is longer than 12 characters";
            return false;
        }

        if (trimmed.Length < MinLength)
        {
            error = "it is shorter than 2 characters";
            return false;
        }

        if (!char.IsAsciiLetter(trimmed[0]))
        {
            error = "it must start with an ASCII letter";
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                error = "only ASCII letters A-Z and digits 0-9 are allowed";
                return false;
            }
        }

        Span<char> upper = stackalloc char[MaxLength];
        var length = System.Text.Ascii.ToUpper(trimmed, upper, out var written) == System.Buffers.OperationStatus.Done ? written : 0;
        value = new Acronym(new string(upper[..length]));
        error = null;
        return true;
    }

    private static bool IsCanonical(string s)
    {
        if (s.Length is < MinLength or > MaxLength || !char.IsAsciiLetterUpper(s[0]))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The acronym, or "(uninitialized)" for the default value.</summary>
    public override string ToString() => _value ?? ValueText.Uninitialized;

    /// <summary>Formats the acronym. The only format is the general one (null, "" or "G").</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ValueText.CheckGeneralFormat(format, nameof(Acronym));
        return ToString();
    }

    /// <summary>Formats the acronym into <paramref name="destination"/>; false when it does not fit.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ValueText.CheckGeneralFormat(format, nameof(Acronym));
        return ValueText.TryCopy(ToString(), destination, out charsWritten);
    }

    /// <summary>Ordinal equality of the normalized text; two default values are equal.</summary>
    public bool Equals(Acronym other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Acronym other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : string.GetHashCode(_value, StringComparison.Ordinal);

    /// <summary>Ordinal order of the normalized text; the default value sorts first.</summary>
    public int CompareTo(Acronym other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Acronym other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Acronym)}.", nameof(obj)),
    };

    /// <summary>Equality operator.</summary>
    public static bool operator ==(Acronym left, Acronym right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(Acronym left, Acronym right) => !left.Equals(right);

    /// <summary>Ordinal less-than.</summary>
    public static bool operator <(Acronym left, Acronym right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    public static bool operator <=(Acronym left, Acronym right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    public static bool operator >(Acronym left, Acronym right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    public static bool operator >=(Acronym left, Acronym right) => left.CompareTo(right) >= 0;
}
