using System;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The one way the companion turns a value into its stored form and back: the canonical text the library writes,
/// and on reading the same text only. A value the library's parser would also accept in another spelling (<c>mx</c>,
/// <c>MEX</c>, <c>484</c> for <c>MX</c>, a vocabulary name in capitals) is refused, so that what is stored has one
/// spelling and what is read writes back unchanged, as the strict JSON reader does.
/// </summary>
internal static class StoredValues
{
    /// <summary>The canonical text of a value; refuses the uninitialized default, which has none.</summary>
    public static string Format<T>(T value)
        where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable
        => value.Equals(default)
            ? throw new InvalidOperationException($"The uninitialized default {typeof(T).Name} cannot be stored; store NULL in a nullable column instead.")
            : value.ToString(null, null);

    /// <summary>Reads a value from its canonical text.</summary>
    /// <exception cref="StoredValueException">The text is not the canonical form of a value.</exception>
    public static T Parse<T>(string text)
        where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable
    {
        if (text is null)
        {
            throw new StoredValueException(typeof(T).Name, null, "a column of this type cannot be NULL here.");
        }

        if (!T.TryParse(text, null, out var value))
        {
            throw new StoredValueException(typeof(T).Name, text, Reason<T>(text));
        }

        return value.ToString(null, null) == text
            ? value
            : throw new StoredValueException(typeof(T).Name, text, $"it is stored as \"{value.ToString(null, null)}\", its canonical form.");
    }

    /// <summary>The name of a vocabulary value.</summary>
    public static string FormatVocabulary<T>(T value)
        where T : VocabularyValue<T>
        => value?.Name ?? throw new InvalidOperationException($"A null {typeof(T).Name} cannot be stored; store NULL in a nullable column instead.");

    /// <summary>Reads a vocabulary value from its exact name.</summary>
    /// <exception cref="StoredValueException">No value has exactly this name.</exception>
    public static T ParseVocabulary<T>(string text)
        where T : VocabularyValue<T>
    {
        if (text is not null && VocabularyValue<T>.TryParse(text.AsSpan(), out var value) && value.Name == text)
        {
            return value;
        }

        return text is not null && VocabularyValue<T>.TryParse(text.AsSpan(), out var other)
            ? throw new StoredValueException(typeof(T).Name, text, $"it is stored as \"{other.Name}\", the exact name.")
            : throw new StoredValueException(typeof(T).Name, text, "no value has this name; the names are listed in docs/vocabularies.md.");
    }

    /// <summary>The position of an ordinal.</summary>
    public static int FormatOrdinal(Ordinal value)
        => value.IsDefault ? throw new InvalidOperationException("The uninitialized default Ordinal cannot be stored.") : value.Value;

    /// <summary>Reads an ordinal from its position.</summary>
    /// <exception cref="StoredValueException">The number is not a position (1 and above).</exception>
    public static Ordinal ParseOrdinal(int value)
        => Ordinal.TryFromInt32(value, out var ordinal)
            ? ordinal
            : throw new StoredValueException(nameof(Ordinal), value.ToString(System.Globalization.CultureInfo.InvariantCulture), $"an ordinal is a position from 1 to {Ordinal.MaxValue.Value}.");

    /// <summary>The code of a language: <c>es</c> or <c>en</c>, as in JSON.</summary>
    public static string FormatLanguage(Language value) => value switch
    {
        Language.Spanish => "es",
        Language.English => "en",
        _ => throw new InvalidOperationException($"{(int)value} is not a language."),
    };

    /// <summary>Reads a language from its code.</summary>
    /// <exception cref="StoredValueException">The code is neither <c>es</c> nor <c>en</c>.</exception>
    public static Language ParseLanguage(string text) => text switch
    {
        "es" => Language.Spanish,
        "en" => Language.English,
        _ => throw new StoredValueException(nameof(Language), text, "a language is stored as \"es\" or \"en\"."),
    };

    private static string Reason<T>(string text)
        where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable
    {
        try
        {
            T.Parse(text, null);
            return "it is not in canonical form.";
        }
        catch (ValueFormatException error)
        {
            return error.Reason;
        }
        catch (FormatException error)
        {
            return error.Message;
        }
    }
}
