using System;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// An identifier of an institution, mechanism or person in another register: a scheme and the value it gives,
/// written <c>scheme:value</c>, such as <c>wikidata:Q96</c> (Mexico's item in Wikidata), <c>iso-3166:MX</c> or
/// <c>popolo:ocd-person/7d1d2a5a</c>. Exports that link entities to other data (Popolo, FollowTheMoney) carry them.
/// </summary>
/// <remarks>
/// <para>
/// <b>Grammar.</b> The scheme is 2 to 64 characters of lowercase ASCII letters and digits in words joined by single
/// hyphens, starting with a letter (the grammar of the library's identifiers). A colon follows; the value is the rest,
/// 1 to <see cref="MaxValueLength"/> visible ASCII characters (no white space; colons allowed). Two schemes have rules
/// of their own: a <see cref="WikidataScheme"/> value is an item, <c>Q</c> and a number without leading zeros
/// (<c>Q96</c>); an <see cref="Iso3166Scheme"/> value is an alpha-2 code of two capital letters (<c>MX</c>) or a
/// subdivision code (<c>MX-CMX</c>). Nothing is normalized: <c>Wikidata:Q96</c> and <c>wikidata:q96</c> are rejected
/// with a reason, never silently changed, because identifiers are compared exactly.
/// </para>
/// <para>
/// <b>Equality and ordering</b> are ordinal, on the whole text. <b>Default value.</b> <c>default(ExternalIdentifier)</c>
/// is uninitialized: <see cref="IsDefault"/> is true, <see cref="ToString()"/> returns "(uninitialized)",
/// <see cref="Scheme"/> and <see cref="Value"/> throw and JSON serialization refuses it.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(ExternalIdentifierJsonConverter))]
[TypeConverter(typeof(ValueTypeConverter<ExternalIdentifier>))]
public readonly struct ExternalIdentifier : IEquatable<ExternalIdentifier>, IComparable<ExternalIdentifier>, IComparable, IValue<ExternalIdentifier>
{
    /// <summary>The scheme of Wikidata's items: <c>wikidata:Q96</c>.</summary>
    public const string WikidataScheme = "wikidata";

    /// <summary>The scheme of ISO 3166 codes of countries and their subdivisions: <c>iso-3166:MX</c>, <c>iso-3166:MX-CMX</c>.</summary>
    public const string Iso3166Scheme = "iso-3166";

    /// <summary>The scheme of identifiers in a Popolo dataset: <c>popolo:ocd-person/7d1d2a5a</c>.</summary>
    public const string PopoloScheme = "popolo";

    /// <summary>The longest value accepted after the scheme, in characters.</summary>
    public const int MaxValueLength = 200;

    private const string Form = "scheme:value, such as \"wikidata:Q96\" or \"iso-3166:MX\": a lowercase scheme (a-z, 0-9 and single hyphens, starting with a letter), a colon, and 1 to 200 visible ASCII characters";

    private readonly string? _text;
    private readonly int _colon;

    private ExternalIdentifier(string text, int colon)
    {
        _text = text;
        _colon = colon;
    }

    /// <summary>The scheme: <c>wikidata</c> in <c>wikidata:Q96</c>.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string Scheme
    {
        get
        {
            Preconditions.CheckState(_text is null, nameof(ExternalIdentifier));
            return _text![.._colon];
        }
    }

    /// <summary>The value the scheme gives: <c>Q96</c> in <c>wikidata:Q96</c>.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string Value
    {
        get
        {
            Preconditions.CheckState(_text is null, nameof(ExternalIdentifier));
            return _text![(_colon + 1)..];
        }
    }

    /// <summary>True for <c>default(ExternalIdentifier)</c>, which identifies nothing.</summary>
    public bool IsDefault => _text is null;

    static string IValue<ExternalIdentifier>.ExpectedForm => Form;

    /// <summary>The identifier <paramref name="value"/> of <paramref name="scheme"/>, validated as the remarks say.</summary>
    /// <param name="scheme">The scheme, such as <see cref="WikidataScheme"/>.</param>
    /// <param name="value">The value it gives, such as "Q96".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The scheme or the value breaks the grammar; the message says how, and the parameter is named.</exception>
    public static ExternalIdentifier Of(string scheme, string value)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(value);
        if (CheckScheme(scheme) is { } schemeError)
        {
            throw new ArgumentException($"{InputExcerpt.Describe(scheme)} is not a scheme: {schemeError}.", nameof(scheme));
        }

        if (CheckValue(scheme, value) is { } valueError)
        {
            throw new ArgumentException($"{InputExcerpt.Describe(value)} is not a {scheme} value: {valueError}.", nameof(value));
        }

        return new ExternalIdentifier(string.Concat(scheme, ":", value), scheme.Length);
    }

    /// <summary>Parses <c>scheme:value</c>.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ValueFormatException">The text breaks the grammar in the remarks.</exception>
    public static ExternalIdentifier Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s, s);
    }

    /// <summary>Parses <c>scheme:value</c>.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ValueFormatException">The text breaks the grammar in the remarks.</exception>
    public static ExternalIdentifier Parse(ReadOnlySpan<char> s) => ParseOrThrow(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    public static ExternalIdentifier Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s, s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    public static ExternalIdentifier Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s, null);

    private static ExternalIdentifier ParseOrThrow(ReadOnlySpan<char> s, string? whole)
        => TryParseCore(s, whole, out var result, out var error) ? result : throw new ValueFormatException(typeof(ExternalIdentifier), s, error!, Form);

    /// <summary>Tries to parse <c>scheme:value</c>; never throws, and does not allocate when it fails.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out ExternalIdentifier result) => TryParseCore(s, null, out result, out _);

    /// <summary>Tries to parse <c>scheme:value</c>; never throws, and does not allocate when it fails.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ExternalIdentifier result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s, s, out result, out _);
    }

    /// <summary>Tries to parse <c>scheme:value</c>; never throws, and does not allocate when it fails.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ExternalIdentifier result) => TryParseCore(s, null, out result, out _);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on success it is null and
    /// nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not an <see cref="ExternalIdentifier"/>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out ExternalIdentifier result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/> throws; on success it is
    /// null and nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not an <see cref="ExternalIdentifier"/>.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out ExternalIdentifier result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    static bool IValue<ExternalIdentifier>.TryParseCore(ReadOnlySpan<char> text, out ExternalIdentifier value, out string? error)
        => TryParseCore(text, null, out value, out error);

    // The one parse routine; whole is the caller's string when the text is all of one, kept instead of copied.
    private static bool TryParseCore(ReadOnlySpan<char> text, string? whole, out ExternalIdentifier value, out string? error)
    {
        value = default;
        if (text.IsEmpty)
        {
            error = "the text is empty";
            return false;
        }

        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            error = "it has no scheme (scheme:value)";
            return false;
        }

        var scheme = text[..colon];
        error = CheckScheme(scheme) ?? CheckValue(scheme, text[(colon + 1)..]);
        if (error is not null)
        {
            return false;
        }

        value = new ExternalIdentifier(whole ?? new string(text), colon);
        return true;
    }

    // The scheme's grammar; a constant reason when it is broken.
    private static string? CheckScheme(ReadOnlySpan<char> scheme)
    {
        if (scheme.IsEmpty)
        {
            return "the scheme before the colon is empty";
        }

        return Slug.TryValidate(scheme, out _) ? null : "a scheme is 2 to 64 lowercase letters, digits and single hyphens, starting with a letter";
    }

    // The value's grammar, and the rules of the schemes that have them; a constant reason when it is broken.
    private static string? CheckValue(ReadOnlySpan<char> scheme, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "the value after the colon is empty";
        }

        if (value.Length > MaxValueLength)
        {
            return "the value is longer than 200 characters";
        }

        if (!AllInRange(value, '!', '~'))
        {
            return "the value holds white space or a character that is not visible ASCII";
        }

        if (scheme.SequenceEqual(WikidataScheme) && !IsWikidataItem(value))
        {
            return "a Wikidata item is Q and a number without leading zeros, such as Q96";
        }

        if (scheme.SequenceEqual(Iso3166Scheme) && !IsIso3166(value))
        {
            return "an ISO 3166 code is two capital letters (MX), or a subdivision's (MX-CMX)";
        }

        return null;
    }

    private static bool IsWikidataItem(ReadOnlySpan<char> value)
        => value.Length is > 1 and <= 12 && value[0] == 'Q' && value[1] != '0' && AllInRange(value[1..], '0', '9');

    // A plain loop: failures must not allocate, and the generic span helpers may box before the JIT optimizes them.
    private static bool AllInRange(ReadOnlySpan<char> text, char low, char high)
    {
        foreach (var c in text)
        {
            if (c < low || c > high)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIso3166(ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]))
        {
            return false;
        }

        if (value.Length == 2)
        {
            return true;
        }

        // A subdivision: the country's code, a hyphen, and one to three capital letters or digits.
        return value.Length is >= 4 and <= 6 && value[2] == '-' && IsUpperOrDigits(value[3..]);
    }

    private static bool IsUpperOrDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The external identifiers of an entity, as its all-member constructor takes them: none the uninitialized default,
    /// none twice; the default array is none.
    /// </summary>
    internal static ImmutableArray<ExternalIdentifier> Check(ImmutableArray<ExternalIdentifier> identifiers, string parameterName)
    {
        identifiers = Structural.Normalize(identifiers, parameterName);
        Guard.Against.Unmet(!Structural.Any(identifiers, static i => i.IsDefault), "An external identifier is the uninitialized default value.", parameterName);
        Structural.CheckDistinct(identifiers, static i => i, "The external identifier", parameterName);
        return identifiers;
    }

    /// <summary><c>scheme:value</c>, or "(uninitialized)" for the default value.</summary>
    public override string ToString() => _text ?? ValueText.Uninitialized;

    /// <summary>Formats the identifier. The only format is the general one (null, "" or "G").</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored: identifiers are culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ValueText.CheckGeneralFormat(format, nameof(ExternalIdentifier));
        return ToString();
    }

    /// <summary>Formats the identifier into <paramref name="destination"/>; false when it does not fit.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ValueText.CheckGeneralFormat(format, nameof(ExternalIdentifier));
        return ValueText.TryCopy(ToString(), destination, out charsWritten);
    }

    /// <summary>Ordinal equality of the whole text; two default values are equal.</summary>
    public bool Equals(ExternalIdentifier other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExternalIdentifier other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _text is null ? 0 : string.GetHashCode(_text, StringComparison.Ordinal);

    /// <summary>Ordinal order of the whole text; the default value sorts first.</summary>
    public int CompareTo(ExternalIdentifier other) => string.CompareOrdinal(_text, other._text);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ExternalIdentifier other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ExternalIdentifier)}.", nameof(obj)),
    };

    /// <summary>Equality operator.</summary>
    public static bool operator ==(ExternalIdentifier left, ExternalIdentifier right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(ExternalIdentifier left, ExternalIdentifier right) => !left.Equals(right);

    /// <summary>Ordinal less-than.</summary>
    public static bool operator <(ExternalIdentifier left, ExternalIdentifier right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    public static bool operator <=(ExternalIdentifier left, ExternalIdentifier right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    public static bool operator >(ExternalIdentifier left, ExternalIdentifier right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    public static bool operator >=(ExternalIdentifier left, ExternalIdentifier right) => left.CompareTo(right) >= 0;
}
