using System;
using Microsoft.EntityFrameworkCore;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The one line a <see cref="DbContext"/> needs for the library's values:
/// <c>configurationBuilder.AddCooperationDomain()</c> in <see cref="DbContext.ConfigureConventions"/>.
/// </summary>
public static class CooperationConventions
{
    /// <summary>
    /// Registers a value converter and a value comparer for every atomic value type of the library, so that a
    /// property of such a type, nullable or not, in any entity of the context maps to one column: country codes,
    /// parties, the six identifiers, acronyms and person names as their canonical text; ordinals as their position;
    /// languages as <c>es</c> or <c>en</c>; every vocabulary value as its kebab-case name. Reading refuses a stored
    /// value that is not in canonical form (<see cref="StoredValueException"/>).
    /// </summary>
    /// <remarks>
    /// <see cref="PartialDate"/>, <see cref="PartialDateRange"/> and <see cref="LocalizedText"/> are not atomic: map
    /// them through <see cref="PartialDateColumns"/>, <see cref="PartialDateRangeColumns"/> and
    /// <see cref="LocalizedTextColumns"/> as complex types, whose parts queries can use (EF Core cannot query into one
    /// converted column, dotnet/efcore#20721).
    /// </remarks>
    /// <param name="builder">The builder passed to <see cref="DbContext.ConfigureConventions"/>.</param>
    /// <returns>The same builder.</returns>
    public static ModelConfigurationBuilder AddCooperationDomain(this ModelConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AtomicValueTypes.Accept(new Registration(builder));
        return builder;
    }

    private sealed class Registration(ModelConfigurationBuilder builder) : IAtomicValueVisitor
    {
        public void Text<T>()
            where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable
            => builder.Properties<T>().HaveConversion<CanonicalTextConverter<T>, ImmutableValueComparer<T>>();

        public void Vocabulary<T>()
            where T : VocabularyValue<T>
            => builder.Properties<T>().HaveConversion<VocabularyConverter<T>, ImmutableValueComparer<T>>();

        public void Ordinal() => builder.Properties<Ordinal>().HaveConversion<OrdinalConverter, ImmutableValueComparer<Ordinal>>();

        public void Language() => builder.Properties<Language>().HaveConversion<LanguageConverter, ImmutableValueComparer<Language>>();
    }
}
