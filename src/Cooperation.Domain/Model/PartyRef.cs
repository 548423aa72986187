using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A party to a mechanism or a meeting: a country ("MX") or an international organization ("int-iom").
/// </summary>
/// <remarks>
/// <para>
/// <b>Text form</b>: a country is its upper-case ISO 3166-1 alpha-2 code ("MX"); an organization is its
/// <see cref="InstitutionId"/> ("int-iom"). The two cannot be confused because identifiers are lower-case; a
/// lower-case country code ("mx") is rejected with a reason rather than read as an identifier.
/// </para>
/// <para>
/// <b>Equality and ordering</b>: countries (by code) before organizations (by identifier, ordinal).
/// <b>Default value.</b> <c>default(PartyRef)</c> is uninitialized: <see cref="IsDefault"/> is true,
/// <see cref="ToString()"/> returns "(uninitialized)", it sorts first and JSON refuses it.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PartyRefJsonConverter))]
[TypeConverter(typeof(ValueTypeConverter<PartyRef>))]
public readonly struct PartyRef : IEquatable<PartyRef>, IComparable<PartyRef>, IComparable, IValue<PartyRef>
{
    private const string Form = "a party: an upper-case ISO 3166-1 alpha-2 country code (\"MX\") or an organization's identifier (\"int-iom\")";

    private readonly CountryCode _country;
    private readonly InstitutionId _organization;

    private PartyRef(CountryCode country, InstitutionId organization)
    {
        _country = country;
        _organization = organization;
    }

    /// <summary>True for <c>default(PartyRef)</c>, which names no party.</summary>
    public bool IsDefault => _country.IsDefault && _organization.IsDefault;

    /// <summary>True when the party is a country.</summary>
    public bool IsCountry => !_country.IsDefault;

    /// <summary>True when the party is an international organization.</summary>
    public bool IsOrganization => !_organization.IsDefault;

    /// <summary>The country.</summary>
    /// <exception cref="InvalidOperationException">The party is not a country.</exception>
    public CountryCode Country => IsCountry ? _country : throw new InvalidOperationException($"The party {this} is not a country.");

    /// <summary>The organization's identifier.</summary>
    /// <exception cref="InvalidOperationException">The party is not an organization.</exception>
    public InstitutionId Organization => IsOrganization ? _organization : throw new InvalidOperationException($"The party {this} is not an organization.");

    static string IValue<PartyRef>.ExpectedForm => Form;

    /// <summary>A country as a party.</summary>
    /// <param name="country">The country.</param>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the uninitialized default value.</exception>
    public static PartyRef ForCountry(CountryCode country)
    {
        Guard.Against.Uninitialized(country);
        return new PartyRef(country, default);
    }

    /// <summary>An international organization as a party.</summary>
    /// <param name="organization">The organization's identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is the uninitialized default value.</exception>
    public static PartyRef ForOrganization(InstitutionId organization)
    {
        Guard.Against.Uninitialized(organization);
        return new PartyRef(default, organization);
    }

    /// <summary>Parses "MX" or "int-iom".</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ValueFormatException">The text is neither.</exception>
    public static PartyRef Parse(ReadOnlySpan<char> s) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static PartyRef Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static PartyRef Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static PartyRef Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <summary>
    /// Tries to parse "MX" or "int-iom"; never throws, and allocates only the identifier text of an organization (the
    /// string overloads keep the caller's string and allocate nothing).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The party, or the default value.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out PartyRef result) => TryParseCore(s, out result, out _);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out PartyRef)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The party, or the default value.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartyRef result) => TryParseCore(s, out result, out _);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out PartyRef)"/>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The party, or the default value.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartyRef result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s, s, out result, out _);
    }

    private static PartyRef ParseOrThrow(ReadOnlySpan<char> s)
        => TryParseCore(s, out var result, out var error) ? result : throw new ValueFormatException(typeof(PartyRef), s, error!, Form);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on success it is null and
    /// nothing is allocated for it.
    /// </summary>
    /// <param name="s">The text; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="PartyRef"/>.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartyRef result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    /// <summary>
    /// Tries to parse the text; never throws. On failure <paramref name="error"/> says why, with the same message as
    /// the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/> throws; on success it is
    /// null and nothing is allocated for it. An empty span is empty text, not null.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <param name="error">Null on success; otherwise why the text is not a <see cref="PartyRef"/>.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out PartyRef result, [NotNullWhen(false)] out ValueFormatError? error)
        => ValueParsing.TryParse(s, out result, out error);

    static bool IValue<PartyRef>.TryParseCore(ReadOnlySpan<char> text, out PartyRef value, out string? error) => TryParseCore(text, out value, out error);

    private static bool TryParseCore(ReadOnlySpan<char> s, out PartyRef value, out string? error) => TryParseCore(s, null, out value, out error);

    // original is s as a string when the caller has one: an organization's identifier then keeps it rather than copying.
    private static bool TryParseCore(ReadOnlySpan<char> s, string? original, out PartyRef value, out string? error)
    {
        value = default;
        if (s.Length == 2 && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]))
        {
            var isCode = CountryCode.TryParse(s, out var code);
            if (isCode && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]))
            {
                value = new PartyRef(code, default);
                error = null;
                return true;
            }

            if (isCode)
            {
                error = "country codes are upper-case in a party (\"MX\"); identifiers of organizations have the form \"int-iom\"";
                return false;
            }

            if (char.IsAsciiLetterUpper(s[0]) || char.IsAsciiLetterUpper(s[1]))
            {
                error = "no country has this alpha-2 code";
                return false;
            }
        }

        InstitutionId organization;
        if (original is not null && InstitutionId.TryFrom(original, out organization))
        {
            value = new PartyRef(default, organization);
            error = null;
            return true;
        }

        if (ParseIdentifier(s, out organization, out error))
        {
            value = new PartyRef(default, organization);
            return true;
        }

        return false;
    }

    private static bool ParseIdentifier<T>(ReadOnlySpan<char> s, out T value, out string? error)
        where T : struct, IValue<T>
        => T.TryParseCore(s, out value, out error);

    /// <summary>The country code or the organization's identifier; "(uninitialized)" for the default value.</summary>
    public override string ToString() => IsCountry ? _country.ToString() : IsOrganization ? _organization.ToString() : ValueText.Uninitialized;

    /// <summary>Formats the party; only "G" (or null or empty) is supported.</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException">Any other format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ValueText.CheckGeneralFormat(format, nameof(PartyRef));
        return ToString();
    }

    /// <summary>Formats the party into <paramref name="destination"/>; false when it does not fit.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="FormatException">Any other format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ValueText.CheckGeneralFormat(format, nameof(PartyRef));
        return IsCountry
            ? _country.TryFormat(destination, out charsWritten, default, null)
            : IsOrganization ? _organization.TryFormat(destination, out charsWritten, default, null) : ValueText.TryCopy(ValueText.Uninitialized, destination, out charsWritten);
    }

    /// <summary>Two parties are equal when they are the same country or the same organization.</summary>
    /// <param name="other">The other party.</param>
    public bool Equals(PartyRef other) => _country == other._country && _organization == other._organization;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PartyRef other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_country, _organization);

    /// <summary>Countries (by code) before organizations (by identifier); the default value first.</summary>
    /// <param name="other">The other party.</param>
    public int CompareTo(PartyRef other)
    {
        var rank = Rank.CompareTo(other.Rank);
        return rank != 0 ? rank : IsCountry ? _country.CompareTo(other._country) : _organization.CompareTo(other._organization);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartyRef other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PartyRef)}.", nameof(obj)),
    };

    private int Rank => IsCountry ? 1 : IsOrganization ? 2 : 0;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    public static bool operator ==(PartyRef left, PartyRef right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    public static bool operator !=(PartyRef left, PartyRef right) => !left.Equals(right);
}
