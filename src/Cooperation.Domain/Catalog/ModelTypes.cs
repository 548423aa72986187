using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Cooperation.Domain;

/// <summary>
/// The one list of the model's public types that JSON reads and writes: the catalog, its entities, the records inside
/// them, the value types and the vocabularies. <c>CooperationJson</c>'s supported types, the converters of
/// <c>CooperationConverters.All</c> and the JSON Schema export are made from it; the source-generated
/// <c>CooperationJsonContext</c>, whose attributes cannot be computed, is checked against it by a test, and so is the
/// assembly (every public type that names a JSON converter is listed).
/// </summary>
internal static class ModelTypes
{
    /// <summary>The catalog.</summary>
    public static readonly Type Catalog = typeof(CooperationCatalog);

    /// <summary>The entities of the catalog's collections, indexed by <see cref="CatalogEntityKind"/>.</summary>
    public static readonly ImmutableArray<Type> Entities = [typeof(Source), typeof(Institution), typeof(Person), typeof(Mechanism), typeof(Meeting)];

    /// <summary>The records inside entities: JSON objects, each with its own converter.</summary>
    public static readonly ImmutableArray<Type> Records =
    [
        typeof(Membership), typeof(PresidencyTerm), typeof(Cadence), typeof(Origin), typeof(Venue), typeof(Delegation), typeof(Participant),
        typeof(Commitment), typeof(InstitutionPart), typeof(Statement), typeof(Relation), typeof(Citation), typeof(ArchivedCopy),
        typeof(ReportedSource), typeof(Suppression),
    ];

    /// <summary>The value types: JSON strings, except <see cref="Ordinal"/> (a number) and <see cref="LocalizedText"/> (an object).</summary>
    public static readonly ImmutableArray<Type> Values =
    [
        typeof(CountryCode), typeof(PartialDate), typeof(PartialDateRange), typeof(Ordinal), typeof(PersonName), typeof(PersonId),
        typeof(SourceId), typeof(MechanismId), typeof(MeetingId), typeof(CommitmentId), typeof(InstitutionId), typeof(Acronym),
        typeof(PartyRef), typeof(Language), typeof(LocalizedText), typeof(ExternalIdentifier),
    ];

    /// <summary>The identifier types, which share one grammar.</summary>
    public static readonly ImmutableArray<Type> Identifiers =
        [typeof(MechanismId), typeof(InstitutionId), typeof(PersonId), typeof(MeetingId), typeof(SourceId), typeof(CommitmentId)];

    /// <summary>The vocabularies, each with the names of its values in declaration order.</summary>
    public static readonly ImmutableArray<Vocabulary> Vocabularies =
    [
        Vocabulary.Of<CadenceKind>(), Vocabulary.Of<CadenceStatus>(), Vocabulary.Of<CommitmentKind>(), Vocabulary.Of<CommitmentStatus>(),
        Vocabulary.Of<DelegationRole>(), Vocabulary.Of<InstitutionKind>(), Vocabulary.Of<InstitutionRole>(), Vocabulary.Of<MechanismKind>(),
        Vocabulary.Of<MechanismScope>(), Vocabulary.Of<MechanismStatus>(), Vocabulary.Of<MeetingKind>(), Vocabulary.Of<MeetingStatus>(),
        Vocabulary.Of<ParticipationStatus>(), Vocabulary.Of<RelationKind>(), Vocabulary.Of<SourceKind>(), Vocabulary.Of<StatementForm>(),
        Vocabulary.Of<Topic>(),
    ];

    /// <summary>Every type above: the catalog, entities, records, values, vocabularies.</summary>
    public static readonly ImmutableArray<Type> All = [Catalog, .. Entities, .. Records, .. Values, .. Vocabularies.Select(static v => v.Type)];

    /// <summary>The entity type of a collection: <see cref="Mechanism"/> for <see cref="CatalogEntityKind.Mechanism"/>.</summary>
    public static Type EntityOf(CatalogEntityKind kind) => Entities[(int)kind];

    /// <summary>A vocabulary and its values' names, read without reflection (trimming and Native AOT keep them).</summary>
    /// <param name="Type">The vocabulary's type.</param>
    /// <param name="Names">Its values' kebab-case names, in declaration order.</param>
    internal sealed record Vocabulary(Type Type, Func<IEnumerable<string>> Names)
    {
        public static Vocabulary Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
            where T : VocabularyValue<T>
            => new(typeof(T), static () => VocabularyValue<T>.All.Select(static v => v.Name));
    }
}
