using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// Stores a vocabulary value (<see cref="MeetingStatus"/>, <see cref="Topic"/>…) as its kebab-case name, the JSON
/// form, which never changes; reads the exact name only.
/// </summary>
/// <typeparam name="T">The vocabulary.</typeparam>
public sealed class VocabularyConverter<T> : ValueConverter<T, string>
    where T : VocabularyValue<T>
{
    /// <summary>Creates the converter.</summary>
    public VocabularyConverter()
        : base(static value => StoredValues.FormatVocabulary(value), static text => StoredValues.ParseVocabulary<T>(text))
    {
    }
}
