using System.Text.Json.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Source-generated JSON metadata for every type of the model: the catalog, its entities and records, the value
/// types and the vocabularies, each read and written by the library's converters. For Native AOT, trimming and
/// services that turn reflection off.
/// </summary>
/// <remarks>
/// <para>
/// Use it directly (<c>JsonSerializer.Serialize(catalog, CooperationJsonContext.Default.CooperationCatalog)</c>), or
/// chain it after your own context so that your types and the model's resolve without reflection:
/// <c>options.TypeInfoResolverChain.Add(CooperationJsonContext.Default)</c>. A context of your own that holds records
/// with model values needs nothing from this one: the model's types name their converters with
/// <see cref="JsonConverterAttribute"/>, which the source generator uses.
/// </para>
/// <para>
/// The JSON is the canonical JSON of <see cref="CooperationJson"/> except for escaping, which follows the options
/// (the default escapes non-ASCII text as <c>\uXXXX</c>; <see cref="CooperationJson.WriteCatalog(CooperationCatalog)"/>
/// writes UTF-8 as is). Reading accepts either.
/// </para>
/// </remarks>
[JsonSerializable(typeof(CooperationCatalog))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(System.Uri))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Institution))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Mechanism))]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(Membership))]
[JsonSerializable(typeof(PresidencyTerm))]
[JsonSerializable(typeof(Venue))]
[JsonSerializable(typeof(Delegation))]
[JsonSerializable(typeof(Participant))]
[JsonSerializable(typeof(Commitment))]
[JsonSerializable(typeof(Cadence))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(Suppression))]
[JsonSerializable(typeof(ArchivedCopy))]
[JsonSerializable(typeof(ReportedSource))]
[JsonSerializable(typeof(Origin))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(Relation))]
[JsonSerializable(typeof(InstitutionPart))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(PartialDateRange))]
[JsonSerializable(typeof(Ordinal))]
[JsonSerializable(typeof(PersonName))]
[JsonSerializable(typeof(PersonId))]
[JsonSerializable(typeof(SourceId))]
[JsonSerializable(typeof(MechanismId))]
[JsonSerializable(typeof(MeetingId))]
[JsonSerializable(typeof(CommitmentId))]
[JsonSerializable(typeof(InstitutionId))]
[JsonSerializable(typeof(Acronym))]
[JsonSerializable(typeof(PartyRef))]
[JsonSerializable(typeof(Language))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(ExternalIdentifier))]
[JsonSerializable(typeof(CadenceKind))]
[JsonSerializable(typeof(CadenceStatus))]
[JsonSerializable(typeof(CommitmentKind))]
[JsonSerializable(typeof(CommitmentStatus))]
[JsonSerializable(typeof(DelegationRole))]
[JsonSerializable(typeof(InstitutionKind))]
[JsonSerializable(typeof(InstitutionRole))]
[JsonSerializable(typeof(MechanismKind))]
[JsonSerializable(typeof(MechanismScope))]
[JsonSerializable(typeof(MechanismStatus))]
[JsonSerializable(typeof(MeetingKind))]
[JsonSerializable(typeof(MeetingStatus))]
[JsonSerializable(typeof(ParticipationStatus))]
[JsonSerializable(typeof(RelationKind))]
[JsonSerializable(typeof(SourceKind))]
[JsonSerializable(typeof(StatementForm))]
[JsonSerializable(typeof(Topic))]
public sealed partial class CooperationJsonContext : JsonSerializerContext
{
}
