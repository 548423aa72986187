using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// Stores a NodaTime <see cref="LocalDate"/> as ISO 8601 text (<c>2017-04-25</c>), for providers without a date
/// type such as SQLite: four-digit years make the text sort as the dates do, so comparisons translate.
/// </summary>
public sealed class LocalDateTextConverter : ValueConverter<LocalDate, string>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateTextConverter()
        : base(static date => Format(date), static text => Parse(text))
    {
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static LocalDate Parse(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success && LocalDatePattern.Iso.Format(result.Value) == text
            ? result.Value
            : throw new StoredValueException(nameof(LocalDate), text, "a date is stored as yyyy-MM-dd, such as \"2017-04-25\".");
    }
}
