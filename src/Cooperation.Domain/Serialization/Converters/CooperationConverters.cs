using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The library's JSON converters, one per type of the model (value types, vocabularies, records, entities, the
/// catalog), for setups that register converters explicitly; see
/// <see cref="CooperationJsonSerializerOptionsExtensions.ConfigureForCooperation"/>.
/// </summary>
/// <remarks>
/// Registering them is optional: each model type names its converter with <see cref="JsonConverterAttribute"/>, which
/// reflection and the source generator both honour. Converters in <c>options.Converters</c> take precedence over
/// attributes, so registering them also wins over a converter of your own registered later for the same type.
/// </remarks>
public static class CooperationConverters
{
    /// <summary>Every converter, one per model type; stateless instances, safe to share between options.</summary>
    public static IReadOnlyList<JsonConverter> All { get; } = ImmutableArray.Create<JsonConverter>(
        new CountryCodeJsonConverter(),
        new PartialDateJsonConverter(),
        new PartialDateRangeJsonConverter(),
        new OrdinalJsonConverter(),
        new PersonNameJsonConverter(),
        new PersonIdJsonConverter(),
        new SourceIdJsonConverter(),
        new MechanismIdJsonConverter(),
        new MeetingIdJsonConverter(),
        new CommitmentIdJsonConverter(),
        new InstitutionIdJsonConverter(),
        new AcronymJsonConverter(),
        new PartyRefJsonConverter(),
        new LanguageJsonConverter(),
        new LocalizedTextJsonConverter(),
        new CooperationCatalogJsonConverter(),
        new SourceJsonConverter(),
        new InstitutionJsonConverter(),
        new PersonJsonConverter(),
        new MechanismJsonConverter(),
        new MeetingJsonConverter(),
        new MembershipJsonConverter(),
        new PresidencyTermJsonConverter(),
        new VenueJsonConverter(),
        new DelegationJsonConverter(),
        new ParticipantJsonConverter(),
        new CommitmentJsonConverter(),
        new CadenceJsonConverter(),
        new CitationJsonConverter(),
        new SuppressionJsonConverter(),
        new ArchivedCopyJsonConverter(),
        new ReportedSourceJsonConverter(),
        new OriginJsonConverter(),
        new StatementJsonConverter(),
        new RelationJsonConverter(),
        new InstitutionPartJsonConverter(),
        new VocabularyJsonConverter<CadenceKind>(),
        new VocabularyJsonConverter<CadenceStatus>(),
        new VocabularyJsonConverter<CommitmentKind>(),
        new VocabularyJsonConverter<CommitmentStatus>(),
        new VocabularyJsonConverter<DelegationRole>(),
        new VocabularyJsonConverter<InstitutionKind>(),
        new VocabularyJsonConverter<InstitutionRole>(),
        new VocabularyJsonConverter<MechanismKind>(),
        new VocabularyJsonConverter<MechanismScope>(),
        new VocabularyJsonConverter<MechanismStatus>(),
        new VocabularyJsonConverter<MeetingKind>(),
        new VocabularyJsonConverter<MeetingStatus>(),
        new VocabularyJsonConverter<ParticipationStatus>(),
        new VocabularyJsonConverter<RelationKind>(),
        new VocabularyJsonConverter<SourceKind>(),
        new VocabularyJsonConverter<StatementForm>(),
        new VocabularyJsonConverter<Topic>()
    );
}
