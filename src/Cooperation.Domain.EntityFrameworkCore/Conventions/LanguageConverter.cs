using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>Stores a <see cref="Language"/> as its code, <c>es</c> or <c>en</c>, as JSON does.</summary>
public sealed class LanguageConverter : ValueConverter<Language, string>
{
    /// <summary>Creates the converter.</summary>
    public LanguageConverter()
        : base(static value => StoredValues.FormatLanguage(value), static text => StoredValues.ParseLanguage(text))
    {
    }
}
