using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A ministry, agency, unit, armed force, embassy, international organization or other body that takes part in
/// cooperation: the SRE, the INM (under SEGOB), Public Safety Canada, the IOM.
/// </summary>
/// <remarks>
/// Immutable; validated on construction. A national institution has a <see cref="Country"/>; an international one
/// (the IOM, the RROCM) has none (<see cref="IsInternational"/>). Acronyms differ by language for some bodies (IOM,
/// OIM); <see cref="OtherAcronyms"/> holds further ones the sources use (INAMI for the INM). Equality compares every
/// member.
/// </remarks>
[DebuggerDisplay("{Id,nq}")]
[JsonConverter(typeof(InstitutionJsonConverter))]
public sealed partial class Institution
{
    /// <summary>Creates an institution.</summary>
    /// <param name="id">The identifier, such as "mx-sre".</param>
    /// <param name="name">The name in Spanish and/or English.</param>
    /// <param name="kind">The kind of institution.</param>
    /// <param name="country">The country it belongs to; the default value for an international body.</param>
    /// <param name="spanishAcronym">The Spanish acronym ("SRE", "OIM"), if any.</param>
    /// <param name="englishAcronym">The English acronym ("IOM", "CBSA"), if any.</param>
    /// <param name="parent">The institution it is part of (SEGOB for the INM), if any.</param>
    /// <param name="otherAcronyms">Further acronyms used in the sources.</param>
    /// <param name="citations">Where the sources name it, with their words.</param>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution(
        InstitutionId id,
        LocalizedText name,
        InstitutionKind kind,
        CountryCode country = default,
        Acronym? spanishAcronym = null,
        Acronym? englishAcronym = null,
        InstitutionId? parent = null,
        ImmutableArray<Acronym> otherAcronyms = default,
        ImmutableArray<Citation> citations = default)
    {
        Guard.Against.Uninitialized(id);
        Guard.Against.Uninitialized(name);
        ArgumentNullException.ThrowIfNull(kind);
        Guard.Against.Unmet(spanishAcronym is not { IsDefault: true } && englishAcronym is not { IsDefault: true }, "An acronym is the uninitialized default value.", nameof(spanishAcronym));
        Guard.Against.UninitializedOptional(parent, "The parent is the uninitialized default value.");
        Guard.Against.Unmet(parent != id, $"The institution {id} cannot be its own parent.", nameof(parent));
        otherAcronyms = Structural.Normalize(otherAcronyms, nameof(otherAcronyms));
        Guard.Against.Unmet(!Structural.Any(otherAcronyms, static a => a.IsDefault), "An acronym is the uninitialized default value.", nameof(otherAcronyms));
        Guard.Against.Unmet(
            !otherAcronyms.Contains(spanishAcronym.GetValueOrDefault()) && !otherAcronyms.Contains(englishAcronym.GetValueOrDefault()),
            "Other acronyms repeat the Spanish or English acronym.",
            nameof(otherAcronyms));
        Structural.CheckDistinct(otherAcronyms, static a => a, "The acronym", nameof(otherAcronyms));
        Id = id;
        Name = name;
        Kind = kind;
        Country = country;
        SpanishAcronym = spanishAcronym;
        EnglishAcronym = englishAcronym;
        Parent = parent;
        OtherAcronyms = otherAcronyms;
        Citations = Cited.Check(citations, nameof(citations));
    }

    /// <summary>The identifier.</summary>
    public InstitutionId Id { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The kind of institution.</summary>
    public InstitutionKind Kind { get; }

    /// <summary>The country it belongs to; the default value for an international body.</summary>
    public CountryCode Country { get; }

    /// <summary>True for an international body, which belongs to no country.</summary>
    public bool IsInternational => Country.IsDefault;

    /// <summary>The Spanish acronym, if any.</summary>
    public Acronym? SpanishAcronym { get; }

    /// <summary>The English acronym, if any.</summary>
    public Acronym? EnglishAcronym { get; }

    /// <summary>The institution it is part of, if any.</summary>
    public InstitutionId? Parent { get; }

    /// <summary>Further acronyms used in the sources.</summary>
    public ImmutableArray<Acronym> OtherAcronyms { get; }

    /// <summary>Where the sources name it.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>
    /// The institution's identifiers in other registers (<see cref="ExternalIdentifier"/>: Wikidata, ISO 3166, a Popolo
    /// dataset), none twice; empty when none is known. Exports that link the catalog to other data carry them. A member
    /// added after the constructor: set it with <see cref="WithIdentifiers"/>, which every other <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<ExternalIdentifier> Identifiers { get; } = [];

    /// <summary>
    /// Findings accepted on this institution, each with its rule and justification (see <see cref="Suppression"/>); empty when
    /// none. A member added after the constructor: set it with <see cref="WithSuppressions"/>, which every other
    /// <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<Suppression> Suppressions { get; } = [];

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
