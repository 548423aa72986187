namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// A <see cref="LocalizedText"/> as an EF Core complex type: its Spanish and English text, a column each, so that a
/// query can search either. An absent text (an optional member that is null) has both columns NULL.
/// </summary>
public sealed class LocalizedTextColumns
{
    /// <summary>The Spanish text, or null.</summary>
    public string? Spanish { get; set; }

    /// <summary>The English text, or null.</summary>
    public string? English { get; set; }

    /// <summary>The columns of a text.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="System.ArgumentException">The text is the uninitialized default.</exception>
    public static LocalizedTextColumns From(LocalizedText text)
    {
        if (text.IsDefault)
        {
            throw new System.ArgumentException("The uninitialized default LocalizedText cannot be stored.", nameof(text));
        }

        return new LocalizedTextColumns { Spanish = text.Spanish, English = text.English };
    }

    /// <summary>The columns of an optional text: both NULL when it is absent.</summary>
    /// <param name="text">The text, or null.</param>
    public static LocalizedTextColumns FromNullable(LocalizedText? text) => text is { } value ? From(value) : new LocalizedTextColumns();

    /// <summary>The text these columns hold.</summary>
    /// <exception cref="StoredValueException">Both columns are NULL, or a text breaks the rules of
    /// <see cref="LocalizedText"/> (empty, too long, not trimmed, not NFC).</exception>
    public LocalizedText ToLocalizedText()
        => ToNullable() ?? throw new StoredValueException(nameof(LocalizedText), null, "both the Spanish and the English column are NULL.");

    /// <summary>The text these columns hold, or null when both are NULL.</summary>
    /// <exception cref="StoredValueException">A text breaks the rules of <see cref="LocalizedText"/>.</exception>
    public LocalizedText? ToNullable()
    {
        if (Spanish is null && English is null)
        {
            return null;
        }

        if (!LocalizedText.TryCreate(Spanish, English, out var text) || text.Spanish != Spanish || text.English != English)
        {
            throw new StoredValueException(nameof(LocalizedText), Spanish ?? English, "it is not a trimmed, non-empty text in NFC of at most " + LocalizedText.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters.");
        }

        return text;
    }
}
