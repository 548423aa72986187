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
        System.ArgumentNullException.ThrowIfNull(builder);
        Text<CountryCode>(builder);
        Text<PartyRef>(builder);
        Text<MechanismId>(builder);
        Text<InstitutionId>(builder);
        Text<PersonId>(builder);
        Text<MeetingId>(builder);
        Text<SourceId>(builder);
        Text<CommitmentId>(builder);
        Text<Acronym>(builder);
        Text<PersonName>(builder);
        builder.Properties<Ordinal>().HaveConversion<OrdinalConverter, ImmutableValueComparer<Ordinal>>();
        builder.Properties<Language>().HaveConversion<LanguageConverter, ImmutableValueComparer<Language>>();
        Vocabulary<MechanismKind>(builder);
        Vocabulary<MechanismScope>(builder);
        Vocabulary<Topic>(builder);
        Vocabulary<MechanismStatus>(builder);
        Vocabulary<ParticipationStatus>(builder);
        Vocabulary<MeetingKind>(builder);
        Vocabulary<MeetingStatus>(builder);
        Vocabulary<DelegationRole>(builder);
        Vocabulary<InstitutionKind>(builder);
        Vocabulary<CadenceKind>(builder);
        Vocabulary<CadenceStatus>(builder);
        Vocabulary<CommitmentKind>(builder);
        Vocabulary<CommitmentStatus>(builder);
        Vocabulary<SourceKind>(builder);
        Vocabulary<InstitutionRole>(builder);
        Vocabulary<RelationKind>(builder);
        Vocabulary<StatementForm>(builder);
        return builder;
    }

    private static void Text<T>(ModelConfigurationBuilder builder)
        where T : struct, System.IEquatable<T>, System.ISpanParsable<T>, System.IFormattable
        => builder.Properties<T>().HaveConversion<CanonicalTextConverter<T>, ImmutableValueComparer<T>>();

    private static void Vocabulary<T>(ModelConfigurationBuilder builder)
        where T : VocabularyValue<T>
        => builder.Properties<T>().HaveConversion<VocabularyConverter<T>, ImmutableValueComparer<T>>();
}
