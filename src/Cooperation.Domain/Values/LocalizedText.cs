using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A text in Spanish, English or both, such as an institution's name: "Secretaría de Relaciones Exteriores" /
/// "Ministry of Foreign Affairs".
/// </summary>
/// <remarks>
/// <para>
/// <b>Rules.</b> At least one language is present. Each text is trimmed, normalized to Unicode NFC (with the library's
/// own tables, so the result is the same with invariant globalization on), at most <see cref="MaxLength"/>
/// characters once normalized (NFC can make text longer: U+FB2C becomes three characters; the limit applies to what is
/// stored and written, so a text is accepted alike in every normalization form and always reads back), and holds no control characters (tabs and line breaks included), unpaired surrogates or invisible and
/// bidirectional format characters. Violations throw <see cref="ArgumentException"/> naming the language's parameter.
/// </para>
/// <para>
/// <b>Equality</b> is ordinal on both texts (after normalization, so composed and decomposed accents are equal).
/// There is no ordering: sort by <see cref="Get(Language)"/> with the comparer your language needs.
/// <b>Default value.</b> <c>default(LocalizedText)</c> is uninitialized: <see cref="IsDefault"/> is true,
/// <see cref="ToString"/> returns "(uninitialized)" and JSON serialization refuses it.
/// </para>
/// <para>
/// <b>JSON</b> is an object with the members "es" and "en", either optional but not both, never null:
/// <c>{"es":"México","en":"Mexico"}</c>. It cannot be a dictionary key.
/// <b>TypeConverter</b> converts to a display string only (see <see cref="ToString"/>); there is no text syntax to parse.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(LocalizedTextJsonConverter))]
[TypeConverter(typeof(LocalizedTextTypeConverter))]
public readonly struct LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>The most characters (UTF-16 units) in one language's text, counted in its NFC form.</summary>
    public const int MaxLength = 4000;

    private const string TooLong = "the text is longer than 4000 characters in Unicode NFC";

    private LocalizedText(string? spanish, string? english)
    {
        Spanish = spanish;
        English = english;
    }

    /// <summary>The Spanish text, or null.</summary>
    public string? Spanish { get; }

    /// <summary>The English text, or null.</summary>
    public string? English { get; }

    /// <summary>True for <c>default(LocalizedText)</c>, which holds no text.</summary>
    public bool IsDefault => Spanish is null && English is null;

    /// <summary>Creates a text from its Spanish and English versions, either of which may be null (not both).</summary>
    /// <param name="spanish">The Spanish text, or null.</param>
    /// <param name="english">The English text, or null.</param>
    /// <exception cref="ArgumentException">Both are null, or one breaks the rules in the type remarks.</exception>
    public static LocalizedText Create(string? spanish, string? english)
    {
        if (spanish is null && english is null)
        {
            throw new ArgumentException("A LocalizedText needs a Spanish or an English text; both are null.", nameof(spanish));
        }

        return new LocalizedText(CleanOrThrow(spanish, nameof(spanish), "Spanish"), CleanOrThrow(english, nameof(english), "English"));
    }

    /// <summary>Creates a Spanish-only text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> breaks the rules in the type remarks.</exception>
    public static LocalizedText FromSpanish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new LocalizedText(CleanOrThrow(text, nameof(text), "Spanish"), null);
    }

    /// <summary>Creates an English-only text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> breaks the rules in the type remarks.</exception>
    public static LocalizedText FromEnglish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new LocalizedText(null, CleanOrThrow(text, nameof(text), "English"));
    }

    /// <summary>Tries to create a text; never throws, and does not allocate when it fails.</summary>
    /// <param name="spanish">The Spanish text, or null.</param>
    /// <param name="english">The English text, or null.</param>
    /// <param name="result">The text, or the default value on failure.</param>
    public static bool TryCreate(string? spanish, string? english, out LocalizedText result)
        => TryCreate(spanish, english, out result, out _);

    internal static bool TryCreate(string? spanish, string? english, out LocalizedText result, out string? error)
    {
        result = default;
        if (spanish is null && english is null)
        {
            error = "a Spanish or an English text is required";
            return false;
        }

        ReadOnlySpan<char> es = default, en = default;
        if ((spanish is not null && !HumanText.TryCheck(spanish, MaxLength, TooLong, out es, out error))
            || (english is not null && !HumanText.TryCheck(english, MaxLength, TooLong, out en, out error)))
        {
            return false;
        }

        result = new LocalizedText(
            spanish is null ? null : HumanText.Normalize(es, spanish),
            english is null ? null : HumanText.Normalize(en, english));
        error = null;
        return true;
    }

    /// <summary>The text in <paramref name="language"/>, or null when it is missing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string? Get(Language language) => language switch
    {
        Language.Spanish => Spanish,
        Language.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Expected Language.Spanish or Language.English."),
    };

    /// <summary>The text in <paramref name="language"/>, or in the other language when it is missing.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialized default value.</exception>
    public string GetOrOther(Language language)
    {
        Preconditions.CheckState(IsDefault, nameof(LocalizedText));
        return Get(language) ?? (language == Language.Spanish ? English : Spanish)!;
    }

    /// <summary>Whether the text exists in <paramref name="language"/>.</summary>
    public bool Has(Language language) => Get(language) is not null;

    /// <summary>
    /// For display: "Spanish / English" when both exist, otherwise the one that does; "(uninitialized)" for the
    /// default value.
    /// </summary>
    public override string ToString() => (Spanish, English) switch
    {
        (null, null) => ValueText.Uninitialized,
        (not null, null) => Spanish,
        (null, not null) => English,
        _ => $"{Spanish} / {English}",
    };

    /// <summary>Ordinal equality of both texts.</summary>
    public bool Equals(LocalizedText other)
        => string.Equals(Spanish, other.Spanish, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is LocalizedText other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(
            Spanish is null ? 0 : string.GetHashCode(Spanish, StringComparison.Ordinal),
            English is null ? 0 : string.GetHashCode(English, StringComparison.Ordinal));

    /// <summary>Equality operator.</summary>
    public static bool operator ==(LocalizedText left, LocalizedText right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(LocalizedText left, LocalizedText right) => !left.Equals(right);

    private static string? CleanOrThrow(string? text, string paramName, string label)
    {
        if (text is null)
        {
            return null;
        }

        if (!HumanText.TryCheck(text, MaxLength, TooLong, out var trimmed, out var error))
        {
            throw new ArgumentException($"The {label} text {InputExcerpt.Describe(text)} is not valid: {error}.", paramName);
        }

        return HumanText.Normalize(trimmed, text);
    }
}
