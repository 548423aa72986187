using System;
using System.Buffers;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A person's name as the source documents write it: "Marcelo Ebrard Casaubon", "Rosa Icela Rodríguez Velázquez".
/// </summary>
/// <remarks>
/// <para>
/// <b>Rules.</b> Trimmed; runs of white space inside collapse to one space; normalized to Unicode NFC with the
/// library's own tables; 1 to <see cref="MaxLength"/> characters once normalized; at least one letter; letters, combining marks,
/// spaces, apostrophes, hyphens, periods and commas only, so digits, control characters, zero-width and bidi
/// characters are rejected. Titles and ranks ("vicealmirante", "general") belong in a position, not in the name.
/// </para>
/// <para>
/// <b>Equality and ordering</b> are ordinal on the normalized text (not alphabetical in any language).
/// <b>Default value.</b> <c>default(PersonName)</c> is uninitialized: <see cref="IsDefault"/> is true,
/// <see cref="ToString()"/> returns "(uninitialized)", <see cref="Value"/> throws and JSON serialization refuses it.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PersonNameJsonConverter))]
[TypeConverter(typeof(ValueTypeConverter<PersonName>))]
public readonly struct PersonName : IEquatable<PersonName>, IComparable<PersonName>, IComparable, IValue<PersonName>
{
    /// <summary>The most characters (UTF-16 units) a name has, counted in its NFC form.</summary>
    public const int MaxLength = 200;

    private const string TooLong = "the name is longer than 200 characters in Unicode NFC";

    private const string Form = "a person's name: letters with spaces, apostrophes, hyphens, periods or commas, at most 200 characters";

    private readonly string? _value;

    private PersonName(string value) => _value = value;

    /// <summary>The normalized name.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string Value
    {
        get
        {
            Preconditions.CheckState(_value is null, nameof(PersonName));
            return _value!;
        }
    }

    /// <summary>True for <c>default(PersonName)</c>, which holds no name.</summary>
    public bool IsDefault => _value is null;

    static string IValue<PersonName>.ExpectedForm => Form;

    /// <summary>Creates a name, normalizing it (see the type remarks).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ValueFormatException"><paramref name="value"/> breaks the rules.</exception>
    public static PersonName From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryCreate(value, value, out var name, out var error) ? name : throw new ValueFormatException(typeof(PersonName), value, error!, Form);
    }

    /// <summary>Tries to create a name; never throws, and does not allocate when it fails.</summary>
    public static bool TryFrom([NotNullWhen(true)] string? value, out PersonName result)
    {
        if (value is null)
        {
            result = default;
            return false;
        }

        return TryCreate(value, value, out result, out _);
    }

    /// <summary>Parses a name (see the type remarks).</summary>
    /// <exception cref="ValueFormatException">The text breaks the rules.</exception>
    public static PersonName Parse(ReadOnlySpan<char> s)
        => TryCreate(s, null, out var name, out var error) ? name : throw new ValueFormatException(typeof(PersonName), s, error!, Form);

    /// <inheritdoc cref="From(string)"/>
    public static PersonName Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return From(s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: names are not culture-dependent.</param>
    public static PersonName Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => TryCreate(s, null, out var name, out var error) ? name : throw new ValueFormatException(typeof(PersonName), s, error!, Form);

    /// <inheritdoc cref="From(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: names are not culture-dependent.</param>
    public static PersonName Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return From(s);
    }

    /// <summary>Tries to parse a name; never throws, and does not allocate when it fails.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out PersonName result) => TryCreate(s, null, out result, out _);

    /// <summary>Tries to parse a name; never throws, and does not allocate when it fails.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: names are not culture-dependent.</param>
    /// <param name="result">The name, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PersonName result) => TryCreate(s, null, out result, out _);

    /// <summary>Tries to parse a name; never throws, and does not allocate when it fails.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: names are not culture-dependent.</param>
    /// <param name="result">The name, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PersonName result) => TryFrom(s, out result);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on success it is null and
    /// nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="PersonName"/>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out PersonName result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/> throws; on success it is
    /// null and nothing is allocated for it. An empty span is empty text, not null.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="PersonName"/>.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out PersonName result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    static bool IValue<PersonName>.TryParseCore(ReadOnlySpan<char> text, out PersonName value, out string? error)
        => TryCreate(text, null, out value, out error);

    private static bool TryCreate(ReadOnlySpan<char> text, string? original, out PersonName value, out string? error)
    {
        value = default;
        if (!HumanText.TryCheck(text, MaxLength, TooLong, out var trimmed, out error, checkNormalizedLength: false))
        {
            return false;
        }

        var hasLetter = false;
        var needsCollapse = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsWhiteSpace(c))
            {
                needsCollapse |= c != ' ' || trimmed[i - 1] == ' ' || char.IsWhiteSpace(trimmed[i - 1]);
                continue;
            }

            Rune.DecodeFromUtf16(trimmed[i..], out var rune, out _);
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                    hasLetter = true;
                    if (char.IsHighSurrogate(c))
                    {
                        i++;
                    }

                    continue;
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark:
                    continue;
            }

            if (c is '\'' or '\u2019' or '-' or '\u2010' or '.' or ',')
            {
                continue;
            }

            error = char.IsDigit(c) ? "a name has no digits" : "only letters, spaces, apostrophes, hyphens, periods and commas are allowed";
            return false;
        }

        if (!hasLetter)
        {
            error = "a name has at least one letter";
            return false;
        }

        if (!needsCollapse)
        {
            if (Nfc.NormalizedLength(trimmed) > MaxLength)
            {
                error = TooLong;
                return false;
            }

            value = new PersonName(HumanText.Normalize(trimmed, original));
            error = null;
            return true;
        }

        // The limit is on the stored form: spaces collapsed, then NFC. The text before that may be longer than the limit.
        char[]? rented = null;
        var buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : (rented = ArrayPool<char>.Shared.Rent(trimmed.Length));
        try
        {
            var collapsed = buffer[..Collapse(trimmed, buffer)];
            if (Nfc.NormalizedLength(collapsed) > MaxLength)
            {
                error = TooLong;
                return false;
            }

            value = new PersonName(Nfc.Normalize(new string(collapsed)));
            error = null;
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int Collapse(ReadOnlySpan<char> trimmed, Span<char> buffer)
    {
        var length = 0;
        var previousSpace = false;
        foreach (var c in trimmed)
        {
            var space = char.IsWhiteSpace(c);
            if (space && previousSpace)
            {
                continue;
            }

            buffer[length++] = space ? ' ' : c;
            previousSpace = space;
        }

        return length;
    }

    /// <summary>The name, or "(uninitialized)" for the default value.</summary>
    public override string ToString() => _value ?? ValueText.Uninitialized;

    /// <summary>Formats the name. The only format is the general one (null, "" or "G").</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ValueText.CheckGeneralFormat(format, nameof(PersonName));
        return ToString();
    }

    /// <summary>Formats the name into <paramref name="destination"/>; false when it does not fit.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ValueText.CheckGeneralFormat(format, nameof(PersonName));
        return ValueText.TryCopy(ToString(), destination, out charsWritten);
    }

    /// <summary>Ordinal equality of the normalized names; two default values are equal.</summary>
    public bool Equals(PersonName other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PersonName other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : string.GetHashCode(_value, StringComparison.Ordinal);

    /// <summary>Ordinal order; the default value sorts first.</summary>
    public int CompareTo(PersonName other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PersonName other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PersonName)}.", nameof(obj)),
    };

    /// <summary>Equality operator.</summary>
    public static bool operator ==(PersonName left, PersonName right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(PersonName left, PersonName right) => !left.Equals(right);

    /// <summary>Ordinal less-than.</summary>
    public static bool operator <(PersonName left, PersonName right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    public static bool operator <=(PersonName left, PersonName right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    public static bool operator >(PersonName left, PersonName right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    public static bool operator >=(PersonName left, PersonName right) => left.CompareTo(right) >= 0;
}
