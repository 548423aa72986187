using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// An outcome of a meeting or of a mechanism's work: an agreement, an initiative or a set of them ("21 initiatives"), a
/// declaration, a memorandum of understanding, a report.
/// </summary>
/// <remarks>Immutable; validated on construction: a count, when given, is at least 1.</remarks>
[JsonConverter(typeof(CommitmentJsonConverter))]
public sealed partial class Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="text">What was agreed or decided, in Spanish and/or English.</param>
    /// <param name="kind">The kind of outcome.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="count">How many items it groups, when the sources give a number ("21 initiatives").</param>
    /// <param name="date">When it was agreed, issued or submitted, when that differs from the meeting's date or there is no meeting.</param>
    /// <param name="parties">Who made it, when not all parties to the meeting or mechanism did.</param>
    /// <param name="id">An identifier, unique in the catalog, so that other outcomes can refer to it.</param>
    /// <param name="institutions">The institutions it names, each with its part (party, recipient, supporter, author, mentioned).</param>
    /// <param name="followsUp">The outcomes it follows up ("to advance implementation of the 21 initiatives").</param>
    /// <param name="citations">Where the sources state it, with their words.</param>
    /// <exception cref="ArgumentException">The text is missing, the count is below 1, a party, institution part or followed-up outcome repeats, or it follows itself up.</exception>
    public Commitment(LocalizedText text, CommitmentKind kind, CommitmentStatus status, int? count = null, PartialDate? date = null, ImmutableArray<PartyRef> parties = default,
        CommitmentId? id = null, ImmutableArray<InstitutionPart> institutions = default, ImmutableArray<CommitmentId> followsUp = default, ImmutableArray<Citation> citations = default)
    {
        Guard.Against.Uninitialized(text);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(status);
        Guard.Against.Unmet(count is null or >= 1, $"A count is at least 1 (was {count}).", nameof(count));
        Guard.Against.UninitializedOptional(date, "The date is the uninitialized default value.");
        parties = Structural.Normalize(parties, nameof(parties));
        Guard.Against.Unmet(!Structural.Any(parties, static p => p.IsDefault), "A party is the uninitialized default value.", nameof(parties));
        Structural.CheckDistinct(parties, static p => p, "The party", nameof(parties));
        Guard.Against.UninitializedOptional(id, "The identifier is the uninitialized default value.");
        institutions = Structural.Normalize(institutions, nameof(institutions));
        Structural.CheckDistinct(institutions, static i => i, "The institution part", nameof(institutions));
        followsUp = Structural.Normalize(followsUp, nameof(followsUp));
        Guard.Against.Unmet(!Structural.Any(followsUp, static f => f.IsDefault), "A followed-up outcome is the uninitialized default value.", nameof(followsUp));
        Structural.CheckDistinct(followsUp, static f => f, "The followed-up outcome", nameof(followsUp));
        Text = text;
        Kind = kind;
        Status = status;
        Count = count;
        Date = date;
        Parties = parties;
        Id = id;
        Institutions = institutions;
        FollowsUp = followsUp;
        Citations = Cited.Check(citations, nameof(citations));
    }

    /// <summary>What was agreed or decided.</summary>
    public LocalizedText Text { get; }

    /// <summary>The kind of outcome.</summary>
    public CommitmentKind Kind { get; }

    /// <summary>Where it stands.</summary>
    public CommitmentStatus Status { get; }

    /// <summary>How many items it groups, if the sources give a number.</summary>
    public int? Count { get; }

    /// <summary>When it was agreed, issued or submitted, if that is not the meeting's date.</summary>
    public PartialDate? Date { get; }

    /// <summary>Who made it, if not all parties to the meeting or mechanism.</summary>
    public ImmutableArray<PartyRef> Parties { get; }

    /// <summary>Its identifier, if it has one.</summary>
    public CommitmentId? Id { get; }

    /// <summary>The institutions it names, with their parts.</summary>
    public ImmutableArray<InstitutionPart> Institutions { get; }

    /// <summary>The outcomes it follows up.</summary>
    public ImmutableArray<CommitmentId> FollowsUp { get; }

    /// <summary>Where the sources state it.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>The kind and the text.</summary>
    public override string ToString() => $"{Kind}: {Text.GetOrOther(Language.English)}";
}
