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
public sealed partial class Delegation
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

    /// <summary>The country or organization it represents.</summary>
    public PartyRef Party { get; }

    /// <summary>Its participants, in the order the sources give them.</summary>
    public ImmutableArray<Participant> Participants { get; }

    /// <summary>What the sources say about its make-up, if more than the participants.</summary>
    public LocalizedText? Description { get; }

    /// <summary>Where the sources describe the delegation.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>"MX (9 participants)".</summary>
    public override string ToString() => $"{Party} ({Participants.Length} participants)";
}
