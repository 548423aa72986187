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
public sealed class Institution : IEquatable<Institution>
{
    private ImmutableArray<Suppression> _suppressions = [];

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

    // Editing: one With… method per constructor parameter, each a call of the constructor, so that a copy is
    // validated exactly like a new institution. A member added in a later version gets its own With… method.

    /// <summary>A copy of this institution with another <see cref="Id"/>, validated like the constructor.</summary>
    /// <param name="id">The identifier, such as "mx-sre".</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithId(InstitutionId id) => Keep(new(id, Name, Kind, Country, SpanishAcronym, EnglishAcronym, Parent, OtherAcronyms, Citations));

    /// <summary>A copy of this institution with another <see cref="Name"/>, validated like the constructor.</summary>
    /// <param name="name">The name in Spanish and/or English.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithName(LocalizedText name) => Keep(new(Id, name, Kind, Country, SpanishAcronym, EnglishAcronym, Parent, OtherAcronyms, Citations));

    /// <summary>A copy of this institution with another <see cref="Kind"/>, validated like the constructor.</summary>
    /// <param name="kind">The kind of institution.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithKind(InstitutionKind kind) => Keep(new(Id, Name, kind, Country, SpanishAcronym, EnglishAcronym, Parent, OtherAcronyms, Citations));

    /// <summary>A copy of this institution with another <see cref="Country"/>, validated like the constructor.</summary>
    /// <param name="country">The country it belongs to; the default value for an international body.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithCountry(CountryCode country) => Keep(new(Id, Name, Kind, country, SpanishAcronym, EnglishAcronym, Parent, OtherAcronyms, Citations));

    /// <summary>A copy of this institution with another <see cref="SpanishAcronym"/>, validated like the constructor.</summary>
    /// <param name="spanishAcronym">The Spanish acronym ("SRE", "OIM"), if any.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithSpanishAcronym(Acronym? spanishAcronym) => Keep(new(Id, Name, Kind, Country, spanishAcronym, EnglishAcronym, Parent, OtherAcronyms, Citations));

    /// <summary>A copy of this institution with another <see cref="EnglishAcronym"/>, validated like the constructor.</summary>
    /// <param name="englishAcronym">The English acronym ("IOM", "CBSA"), if any.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithEnglishAcronym(Acronym? englishAcronym) => Keep(new(Id, Name, Kind, Country, SpanishAcronym, englishAcronym, Parent, OtherAcronyms, Citations));

    /// <summary>A copy of this institution with another <see cref="Parent"/>, validated like the constructor.</summary>
    /// <param name="parent">The institution it is part of (SEGOB for the INM), if any.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithParent(InstitutionId? parent) => Keep(new(Id, Name, Kind, Country, SpanishAcronym, EnglishAcronym, parent, OtherAcronyms, Citations));

    /// <summary>A copy of this institution with another <see cref="OtherAcronyms"/>, validated like the constructor.</summary>
    /// <param name="otherAcronyms">Further acronyms used in the sources.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithOtherAcronyms(ImmutableArray<Acronym> otherAcronyms) => Keep(new(Id, Name, Kind, Country, SpanishAcronym, EnglishAcronym, Parent, otherAcronyms, Citations));

    /// <summary>A copy of this institution with another <see cref="Citations"/>, validated like the constructor.</summary>
    /// <param name="citations">Where the sources name it, with their words.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A required value is missing, the parent is the institution itself, or an acronym repeats.</exception>
    public Institution WithCitations(ImmutableArray<Citation> citations) => Keep(new(Id, Name, Kind, Country, SpanishAcronym, EnglishAcronym, Parent, OtherAcronyms, citations));

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
    /// Findings accepted on this institution, each with its rule and justification (see <see cref="Suppression"/>); empty when
    /// none. A member added after the constructor: set it with <see cref="WithSuppressions"/>, which every other
    /// <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<Suppression> Suppressions => _suppressions;

    /// <summary>A copy of this institution with other <see cref="Suppressions"/>.</summary>
    /// <param name="suppressions">The findings accepted, each with its rule and justification.</param>
    /// <returns>The copy; this institution is unchanged.</returns>
    /// <exception cref="ArgumentException">A suppression is null, or two suppress the same rule.</exception>
    public Institution WithSuppressions(ImmutableArray<Suppression> suppressions)
    {
        suppressions = Structural.Normalize(suppressions, nameof(suppressions));
        Structural.CheckDistinct(suppressions, static s => s.Rule, "The suppressed rule", nameof(suppressions));
        var copy = (Institution)MemberwiseClone();
        copy._suppressions = suppressions;
        return copy;
    }

    // A copy made by another With… method keeps the suppressions, which the constructor does not take.
    private Institution Keep(Institution copy)
    {
        copy._suppressions = _suppressions;
        return copy;
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Institution? other)
        => other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && Country == other.Country
            && SpanishAcronym == other.SpanishAcronym && EnglishAcronym == other.EnglishAcronym && Parent == other.Parent
            && Structural.Equal(OtherAcronyms, other.OtherAcronyms) && Structural.Equal(Citations, other.Citations)
            && Structural.Equal(Suppressions, other.Suppressions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Institution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, Country);

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
