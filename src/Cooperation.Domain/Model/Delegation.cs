using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>One party's delegation to a meeting, with its participants.</summary>
/// <remarks>
/// Immutable. A delegation may list no participants when the sources only say that a party attended, and may carry a
/// <see cref="Description"/> for what they say about it without naming people ("representatives of the Ministries of
/// Immigration, Refugees and Citizenship; Global Affairs; Public Safety…"). Equality compares every member, and
/// participants in order.
/// </remarks>
[JsonConverter(typeof(DelegationJsonConverter))]
public sealed class Delegation : IEquatable<Delegation>
{
    /// <summary>Creates a delegation.</summary>
    /// <param name="party">The country or organization it represents.</param>
    /// <param name="participants">Its participants, in the order the sources give them.</param>
    /// <param name="description">What the sources say about its make-up, if they say more than the participants.</param>
    /// <param name="citations">Where the sources describe the delegation, with their words.</param>
    /// <exception cref="ArgumentException">The party is missing, or a participant or citation is null or a citation repeats.</exception>
    public Delegation(PartyRef party, ImmutableArray<Participant> participants = default, LocalizedText? description = null, ImmutableArray<Citation> citations = default)
    {
        Guard.Against.Uninitialized(party);
        Guard.Against.UninitializedOptional(description, "The description is the uninitialized default value.");
        Party = party;
        Participants = Structural.Normalize(participants, nameof(participants));
        Description = description;
        Citations = Cited.Check(citations, nameof(citations));
    }

    // Editing: one With… method per constructor parameter, each a call of the constructor, so that a copy is
    // validated exactly like a new delegation. A member added in a later version gets its own With… method.

    /// <summary>A copy of this delegation with another <see cref="Party"/>, validated like the constructor.</summary>
    /// <param name="party">The country or organization it represents.</param>
    /// <returns>The copy; this delegation is unchanged.</returns>
    /// <exception cref="ArgumentException">The party is missing, or a participant or citation is null or a citation repeats.</exception>
    public Delegation WithParty(PartyRef party) => new(party, Participants, Description, Citations);

    /// <summary>A copy of this delegation with another <see cref="Participants"/>, validated like the constructor.</summary>
    /// <param name="participants">Its participants, in the order the sources give them.</param>
    /// <returns>The copy; this delegation is unchanged.</returns>
    /// <exception cref="ArgumentException">The party is missing, or a participant or citation is null or a citation repeats.</exception>
    public Delegation WithParticipants(ImmutableArray<Participant> participants) => new(Party, participants, Description, Citations);

    /// <summary>A copy of this delegation with another <see cref="Description"/>, validated like the constructor.</summary>
    /// <param name="description">What the sources say about its make-up, if they say more than the participants.</param>
    /// <returns>The copy; this delegation is unchanged.</returns>
    /// <exception cref="ArgumentException">The party is missing, or a participant or citation is null or a citation repeats.</exception>
    public Delegation WithDescription(LocalizedText? description) => new(Party, Participants, description, Citations);

    /// <summary>A copy of this delegation with another <see cref="Citations"/>, validated like the constructor.</summary>
    /// <param name="citations">Where the sources describe the delegation, with their words.</param>
    /// <returns>The copy; this delegation is unchanged.</returns>
    /// <exception cref="ArgumentException">The party is missing, or a participant or citation is null or a citation repeats.</exception>
    public Delegation WithCitations(ImmutableArray<Citation> citations) => new(Party, Participants, Description, citations);

    /// <summary>The country or organization it represents.</summary>
    public PartyRef Party { get; }

    /// <summary>Its participants, in the order the sources give them.</summary>
    public ImmutableArray<Participant> Participants { get; }

    /// <summary>What the sources say about its make-up, if more than the participants.</summary>
    public LocalizedText? Description { get; }

    /// <summary>Where the sources describe the delegation.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Delegation? other)
        => other is not null && Party == other.Party && Description == other.Description && Structural.Equal(Participants, other.Participants)
            && Structural.Equal(Citations, other.Citations);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Delegation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Party, Structural.Hash(Participants));

    /// <summary>"MX (9 participants)".</summary>
    public override string ToString() => $"{Party} ({Participants.Length} participants)";
}
