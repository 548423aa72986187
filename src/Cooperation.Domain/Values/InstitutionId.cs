using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// The identifier of an institution, such as "mx-sre" (the Mexican Ministry of Foreign Affairs) or "int-iom" (the
/// International Organization for Migration).
/// </summary>
/// <remarks>
/// <para>
/// <b>Grammar</b> (shared by every identifier type): 2 to 64 characters; lowercase ASCII letters and digits in words
/// joined by single hyphens; starts with a letter. Nothing is normalized: "MX-SRE" and " mx-sre" are rejected with a
/// reason, never silently changed, because identifiers are compared exactly.
/// </para>
/// <para>
/// <b>Equality and ordering</b> are ordinal. <b>Default value.</b> <c>default(InstitutionId)</c> is uninitialized:
/// <see cref="IsDefault"/> is true, <see cref="ToString()"/> returns "(uninitialized)", <see cref="Value"/> throws and
/// JSON serialization refuses it.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(ValueJsonConverter<InstitutionId>))]
[TypeConverter(typeof(ValueTypeConverter<InstitutionId>))]
public readonly struct InstitutionId : IEquatable<InstitutionId>, IComparable<InstitutionId>, IComparable, IValue<InstitutionId>
{
    private readonly string? _value;

    private InstitutionId(string value) => _value = value;

    /// <summary>The identifier text.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string Value
    {
        get
        {
            Preconditions.CheckState(_value is null, nameof(InstitutionId));
            return _value!;
        }
    }

    /// <summary>True for <c>default(InstitutionId)</c>, which identifies nothing.</summary>
    public bool IsDefault => _value is null;

    static string IValue<InstitutionId>.ExpectedForm => Slug.Form;

    /// <summary>Creates an identifier, validating the grammar in the type remarks.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ValueFormatException"><paramref name="value"/> does not follow the grammar.</exception>
    public static InstitutionId From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryFrom(value, out var id) ? id : throw Error(value);
    }

    /// <summary>Tries to create an identifier; never throws, and does not allocate (the string is kept as is).</summary>
    public static bool TryFrom([NotNullWhen(true)] string? value, out InstitutionId result)
    {
        if (value is not null && Slug.TryValidate(value, out _))
        {
            result = new InstitutionId(value);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses an identifier.</summary>
    /// <exception cref="ValueFormatException">The text does not follow the grammar.</exception>
    public static InstitutionId Parse(ReadOnlySpan<char> s) => TryParseCore(s, out var id, out _) ? id : throw Error(s);

    /// <inheritdoc cref="From(string)"/>
    public static InstitutionId Parse(string s) => From(s);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    public static InstitutionId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryParseCore(s, out var id, out _) ? id : throw Error(s);

    /// <inheritdoc cref="From(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    public static InstitutionId Parse(string s, IFormatProvider? provider) => From(s);

    /// <summary>Tries to parse an identifier; never throws, and does not allocate when it fails.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out InstitutionId result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse an identifier; never throws, and does not allocate when it fails.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out InstitutionId result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to parse an identifier; never throws, and does not allocate.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out InstitutionId result) => TryFrom(s, out result);

    static bool IValue<InstitutionId>.TryParseCore(ReadOnlySpan<char> text, out InstitutionId value, out string? error)
        => TryParseCore(text, out value, out error);

    private static bool TryParseCore(ReadOnlySpan<char> text, out InstitutionId value, out string? error)
    {
        if (Slug.TryValidate(text, out error))
        {
            value = new InstitutionId(new string(text));
            return true;
        }

        value = default;
        return false;
    }

    private static ValueFormatException Error(ReadOnlySpan<char> text)
    {
        Slug.TryValidate(text, out var error);
        return new ValueFormatException(typeof(InstitutionId), text, error!, Slug.Form);
    }

    /// <summary>The identifier, or "(uninitialized)" for the default value.</summary>
    public override string ToString() => _value ?? ValueText.Uninitialized;

    /// <summary>Formats the identifier. The only format is the general one (null, "" or "G").</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored: identifiers are culture-invariant.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ValueText.CheckGeneralFormat(format, nameof(InstitutionId));
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
        ValueText.CheckGeneralFormat(format, nameof(InstitutionId));
        return ValueText.TryCopy(ToString(), destination, out charsWritten);
    }

    /// <summary>Ordinal equality; two default values are equal.</summary>
    public bool Equals(InstitutionId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is InstitutionId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : string.GetHashCode(_value, StringComparison.Ordinal);

    /// <summary>Ordinal order; the default value sorts first.</summary>
    public int CompareTo(InstitutionId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        InstitutionId other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(InstitutionId)}.", nameof(obj)),
    };

    /// <summary>Equality operator.</summary>
    public static bool operator ==(InstitutionId left, InstitutionId right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(InstitutionId left, InstitutionId right) => !left.Equals(right);

    /// <summary>Ordinal less-than.</summary>
    public static bool operator <(InstitutionId left, InstitutionId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    public static bool operator <=(InstitutionId left, InstitutionId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    public static bool operator >(InstitutionId left, InstitutionId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    public static bool operator >=(InstitutionId left, InstitutionId right) => left.CompareTo(right) >= 0;
}
