using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// Someone in a delegation, and the part they played: a named official with a position at an institution
/// ("Vanessa Calva Ruiz, directora general de Protección Consular, SRE: head of delegation"), or an institution
/// alone when the sources name no person ("led by both foreign ministries", "the foreign ministries were designated
/// as focal points").
/// </summary>
/// <remarks>
/// Immutable; validated on construction: a participant names a person or an institution (or both); a person
/// identifier needs a person's name. Equality compares every member.
/// </remarks>
[JsonConverter(typeof(ParticipantJsonConverter))]
public sealed partial class Participant
{
    /// <summary>Creates a participant.</summary>
    /// <param name="role">The part played in the delegation.</param>
    /// <param name="person">The person's name as the sources write it, if a person is named.</param>
    /// <param name="institution">The institution they represent, or that takes the role itself.</param>
    /// <param name="position">The position title, in Spanish and/or English ("secretario de Relaciones Exteriores").</param>
    /// <param name="personId">The person's identifier, to link appearances across meetings.</param>
    /// <param name="citations">Where the sources name the participant in this delegation, with their words.</param>
    /// <exception cref="ArgumentException">Neither a person nor an institution is given, a person identifier has no name, or a citation repeats.</exception>
    public Participant(DelegationRole role, PersonName? person = null, InstitutionId? institution = null, LocalizedText? position = null, PersonId? personId = null,
        ImmutableArray<Citation> citations = default)
    {
        ArgumentNullException.ThrowIfNull(role);
        Guard.Against.UninitializedOptional(person, "The person's name is the uninitialized default value.");
        Guard.Against.UninitializedOptional(institution, "The institution is the uninitialized default value.");
        Guard.Against.UninitializedOptional(position, "The position is the uninitialized default value.");
        Guard.Against.UninitializedOptional(personId, "The person identifier is the uninitialized default value.");
        Guard.Against.Unmet(person is not null || institution is not null, "A participant names a person, an institution, or both.", nameof(person));
        Guard.Against.Unmet(personId is null || person is not null, "A person identifier needs the person's name.", nameof(personId));
        Role = role;
        Person = person;
        Institution = institution;
        Position = position;
        PersonId = personId;
        Citations = Cited.Check(citations, nameof(citations));
        PersonHash = person?.GetHashCode() ?? 0;
    }

    // The name's hash, kept so that the rules engine compares participants without reading both names' text, which
    // for large catalogs lies elsewhere in memory.
    internal int PersonHash { get; }

    /// <summary>The part played in the delegation.</summary>
    public DelegationRole Role { get; }

    /// <summary>The person's name, if a person is named.</summary>
    public PersonName? Person { get; }

    /// <summary>The institution they represent, or that takes the role itself.</summary>
    public InstitutionId? Institution { get; }

    /// <summary>The position title, if given.</summary>
    public LocalizedText? Position { get; }

    /// <summary>The person's identifier, if assigned.</summary>
    public PersonId? PersonId { get; }

    /// <summary>Where the sources name the participant in this delegation.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>True when the role is taken by an institution and no person is named.</summary>
    public bool IsInstitutional => Person is null;

    /// <summary>"head-of-delegation: Vanessa Calva Ruiz (mx-sre)".</summary>
    public override string ToString()
        => $"{Role}: {(Person is { } p ? p.ToString() : Institution.ToString())}{(Person is not null && Institution is { } i ? $" ({i})" : string.Empty)}";
}
