using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A person the sources name, once for the whole catalog: the fullest spelling the sources use ("Marcelo Ebrard
/// Casaubon"), every other spelling they use ("Marcelo Ebrard"), and a rank or honorific the sources put before the
/// name ("vicealmirante"), kept apart from any position. Participants refer to a person by <see cref="Id"/> and keep
/// the name and position as each source wrote them.
/// </summary>
/// <remarks>
/// Immutable; validated on construction: the other spellings differ from the name and from each other (ordinally).
/// Two people sharing a spelling once case and accents are ignored are reported by rule COOP1009.
/// </remarks>
[DebuggerDisplay("{Id,nq}")]
[JsonConverter(typeof(PersonJsonConverter))]
public sealed partial class Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">The identifier participants and statements refer to.</param>
    /// <param name="name">The fullest spelling of the name the sources use.</param>
    /// <param name="otherNames">Every other spelling the sources use.</param>
    /// <param name="rank">A military rank or honorific the sources give ("vicealmirante", "general"), if any.</param>
    /// <param name="citations">Where the sources name the person, with their words.</param>
    /// <exception cref="ArgumentException">A value is the uninitialized default, or a spelling repeats.</exception>
    public Person(PersonId id, PersonName name, ImmutableArray<PersonName> otherNames = default, LocalizedText? rank = null, ImmutableArray<Citation> citations = default)
    {
        Guard.Against.Uninitialized(id);
        Guard.Against.Uninitialized(name);
        Guard.Against.UninitializedOptional(rank, "The rank is the uninitialized default value.");
        otherNames = Structural.Normalize(otherNames, nameof(otherNames));
        Guard.Against.Unmet(!Structural.Any(otherNames, static n => n.IsDefault), "A spelling is the uninitialized default value.", nameof(otherNames));
        Structural.CheckDistinct(otherNames, static n => n, "The spelling", nameof(otherNames));
        Guard.Against.Unmet(!otherNames.Contains(name), $"The spelling {name} is the person's name; other names list the other spellings.", nameof(otherNames));
        Id = id;
        Name = name;
        OtherNames = otherNames;
        Rank = rank;
        Citations = Cited.Check(citations, nameof(citations));
    }

    /// <summary>The identifier.</summary>
    public PersonId Id { get; }

    /// <summary>The fullest spelling of the name the sources use.</summary>
    public PersonName Name { get; }

    /// <summary>The other spellings the sources use.</summary>
    public ImmutableArray<PersonName> OtherNames { get; }

    /// <summary>A rank or honorific the sources give, if any.</summary>
    public LocalizedText? Rank { get; }

    /// <summary>Where the sources name the person.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>True when <paramref name="spelling"/> is the name or one of the other spellings, compared ordinally.</summary>
    /// <param name="spelling">A spelling.</param>
    public bool IsSpelledAs(PersonName spelling)
    {
        if (spelling == Name)
        {
            return true;
        }

        if (OtherNames.Length <= Structural.ScanLimit)
        {
            WorkMeter.Current?.Add(OtherNames.Length);
            return OtherNames.Contains(spelling);
        }

        return (_spellings ?? Structural.Publish(ref _spellings, [.. OtherNames])).Contains(spelling);
    }

    // The other names as a set, built once for a person with many (a look-up per participant stays constant).
    private HashSet<PersonName>? _spellings;

    /// <summary>
    /// The person's identifiers in other registers (<see cref="ExternalIdentifier"/>: Wikidata, ISO 3166, a Popolo
    /// dataset), none twice; empty when none is known. Exports that link the catalog to other data carry them. A member
    /// added after the constructor: set it with <see cref="WithIdentifiers"/>, which every other <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<ExternalIdentifier> Identifiers { get; } = [];

    /// <summary>
    /// Findings accepted on this person, each with its rule and justification (see <see cref="Suppression"/>); empty when
    /// none. A member added after the constructor: set it with <see cref="WithSuppressions"/>, which every other
    /// <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<Suppression> Suppressions { get; } = [];

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
