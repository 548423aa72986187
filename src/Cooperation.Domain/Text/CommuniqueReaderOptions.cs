using NodaTime;

namespace Cooperation.Domain.Text;

/// <summary>
/// How <see cref="CommuniqueReader"/> reads a text: its language, the date it was written on and the catalog whose
/// people, institutions and mechanisms mentions are linked to. Immutable; change it with the <c>With…</c> methods.
/// </summary>
public sealed class CommuniqueReaderOptions
{
    private CommuniqueReaderOptions(Language? language, LocalDate? documentDate, CooperationCatalog? catalog)
    {
        Language = language;
        DocumentDate = documentDate;
        Catalog = catalog;
    }

    /// <summary>The language found from the text, no document date given, no catalog.</summary>
    public static CommuniqueReaderOptions Default { get; } = new(null, null, null);

    /// <summary>
    /// The text's language, or null to find it from the text (the default): the Spanish and English words it uses most.
    /// Both languages' dates, names and titles are read either way; the language decides ambiguous words ("US").
    /// </summary>
    public Language? Language { get; }

    /// <summary>
    /// The date the text was written on, against which "hoy", "la semana pasada", a bare weekday and a date without a
    /// year are resolved. Null (the default) takes it from the text: a crawler's leading <c> date YYYY-MM-DD</c> token,
    /// else a dateline or date line at its head; when the text has none, relative dates stay unresolved. A date given
    /// here wins over a dateline that disagrees (<see cref="CommuniqueReading.DatelineDate"/> keeps the dateline's).
    /// </summary>
    public LocalDate? DocumentDate { get; }

    /// <summary>
    /// The catalog whose people (under any recorded spelling), institutions and mechanisms (by name or acronym) mentions
    /// are recognised as and linked to, and whose mechanisms give a meeting's member states; null for none (the default).
    /// </summary>
    public CooperationCatalog? Catalog { get; }

    /// <summary>A copy with the text's language given, or found from the text when null.</summary>
    /// <param name="language">Spanish, English, or null.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="language"/> is not a value of <see cref="Domain.Language"/>.</exception>
    public CommuniqueReaderOptions WithLanguage(Language? language)
    {
        if (language is { } value && value is not (Domain.Language.Spanish or Domain.Language.English))
        {
            throw new System.ArgumentOutOfRangeException(nameof(language), value, "The language is Spanish, English, or null to find it from the text.");
        }

        return new(language, DocumentDate, Catalog);
    }

    /// <summary>A copy with the document date given, or taken from the text when null.</summary>
    /// <param name="documentDate">The date the text was written on, or null.</param>
    public CommuniqueReaderOptions WithDocumentDate(LocalDate? documentDate) => new(Language, documentDate, Catalog);

    /// <summary>A copy that links mentions to <paramref name="catalog"/>, or to nothing when null.</summary>
    /// <param name="catalog">The catalog, or null.</param>
    public CommuniqueReaderOptions WithCatalog(CooperationCatalog? catalog) => new(Language, DocumentDate, catalog);
}
