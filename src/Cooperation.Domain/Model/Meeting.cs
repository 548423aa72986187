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
/// A meeting: of a mechanism (the 8th meeting of the Consultation Mechanism, the mid-term meeting of the DANM) or on
/// its own (a ministerial meeting, a high-level mission, a seminar), held or only planned.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; validated on construction: a meeting without a mechanism has a <see cref="Title"/>; mid-term meetings
/// and missions are not numbered (no <see cref="Ordinal"/>); each party sends at most one delegation; a meeting that was not held (planned, postponed, cancelled) has no outcomes;
/// topics and sources are not repeated. Whether the facts agree (the end is not before the start, the meeting
/// falls within its mechanism's life, the ordinals follow the dates) is checked by the rules engine.
/// </para>
/// <para>
/// Dates are partial: a meeting "in October" has <see cref="Start"/> 2023-10 and no end; a meeting over several days
/// has <see cref="Start"/> and <see cref="End"/>. When the sources only bound the date ("last week" of a communiqué
/// dated 24 April 2023), the bounds are recorded with <see cref="ApproximateDates"/> set, so that a period the
/// meeting fell in is not mistaken for a five-day meeting. Equality compares every member.
/// </para>
/// </remarks>
[DebuggerDisplay("{Id,nq}")]
[JsonConverter(typeof(MeetingJsonConverter))]
public sealed partial class Meeting
{
    /// <summary>Creates a meeting.</summary>
    /// <param name="id">The identifier, such as "mx-ca-danm-2017-04-25".</param>
    /// <param name="kind">The kind of meeting.</param>
    /// <param name="status">Planned, held, postponed or cancelled.</param>
    /// <param name="start">The day it took or takes place, or the first day, as precisely as known.</param>
    /// <param name="mechanism">The mechanism it belongs to; null for a meeting on its own.</param>
    /// <param name="title">Its name, required when there is no mechanism ("Seminar-Workshop on Human Rights of Migrants").</param>
    /// <param name="ordinal">Its number in the mechanism's series ("8ª Reunión"), if numbered.</param>
    /// <param name="end">The last day, for a meeting over several days.</param>
    /// <param name="venues">Where it took place, if known: several places for a mission or a tour.</param>
    /// <param name="delegations">The delegations, in the order the sources give them.</param>
    /// <param name="topics">What was discussed.</param>
    /// <param name="outcomes">What was agreed or decided.</param>
    /// <param name="citations">The sources the facts come from, with their words.</param>
    /// <param name="approximateDates">
    /// True when the sources give a period the meeting fell in rather than its days ("last week" of a communiqué
    /// dated 24 April 2023 is 17 to 21 April, approximately); false when <see cref="Start"/> to <see cref="End"/> are
    /// the meeting's own days.
    /// </param>
    /// <param name="purpose">What the meeting was for, when the sources say ("El objetivo fundamental de la reunión fue…").</param>
    /// <param name="statements">What was said and by whom, as the sources report it.</param>
    /// <param name="relations">How it relates to other meetings and mechanisms (part of a visit, within a framework, discussed another's work).</param>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting(
        MeetingId id,
        MeetingKind kind,
        MeetingStatus status,
        PartialDate start,
        MechanismId? mechanism = null,
        LocalizedText? title = null,
        Ordinal? ordinal = null,
        PartialDate? end = null,
        ImmutableArray<Venue> venues = default,
        ImmutableArray<Delegation> delegations = default,
        ImmutableArray<Topic> topics = default,
        ImmutableArray<Commitment> outcomes = default,
        ImmutableArray<Citation> citations = default,
        bool approximateDates = false,
        LocalizedText? purpose = null,
        ImmutableArray<Statement> statements = default,
        ImmutableArray<Relation> relations = default)
    {
        Guard.Against.Uninitialized(id);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(status);
        Guard.Against.Uninitialized(start);
        Guard.Against.UninitializedOptional(mechanism, "The mechanism is the uninitialized default value.");
        Guard.Against.UninitializedOptional(title, "The title is the uninitialized default value.");
        Guard.Against.UninitializedOptional(ordinal, "The ordinal is the uninitialized default value.");
        Guard.Against.UninitializedOptional(end, "The end is the uninitialized default value.");
        Guard.Against.Unmet(mechanism is not null || title is not null, $"The meeting {id} belongs to no mechanism, so it needs a title.", nameof(title));
        Guard.Against.Unmet(
            ordinal is null || (kind != MeetingKind.MidTerm && kind != MeetingKind.Mission),
            $"The meeting {id} is a {kind.Name} meeting, which is not numbered.",
            nameof(ordinal));

        venues = Structural.Normalize(venues, nameof(venues));
        delegations = Structural.Normalize(delegations, nameof(delegations));
        Structural.CheckDistinct(delegations, static d => d.Party, "The delegation of", nameof(delegations));
        topics = Structural.Normalize(topics, nameof(topics));
        Structural.CheckDistinct(topics, static t => t, "The topic", nameof(topics));
        outcomes = Structural.Normalize(outcomes, nameof(outcomes));
        Guard.Against.Unmet(outcomes.IsEmpty || status == MeetingStatus.Held, $"The meeting {id} was not held ({status.Name}), so it has no outcomes.", nameof(outcomes));
        citations = Cited.Check(citations, nameof(citations));
        Guard.Against.UninitializedOptional(purpose, "The purpose is the uninitialized default value.");
        statements = Structural.Normalize(statements, nameof(statements));
        Guard.Against.Unmet(statements.IsEmpty || status == MeetingStatus.Held, $"The meeting {id} was not held ({status.Name}), so nothing was said at it.", nameof(statements));
        relations = Structural.Normalize(relations, nameof(relations));
        Structural.CheckDistinct(relations, static r => r, "The relation", nameof(relations));

        Id = id;
        Kind = kind;
        Status = status;
        Start = start;
        Mechanism = mechanism;
        Title = title;
        Ordinal = ordinal;
        End = end;
        Venues = venues;
        ApproximateDates = approximateDates;
        Delegations = delegations;
        Topics = topics;
        Outcomes = outcomes;
        Citations = citations;
        Sources = Cited.SourcesOf(citations);
        Purpose = purpose;
        Statements = statements;
        Relations = relations;
    }

    /// <summary>The identifier.</summary>
    public MeetingId Id { get; }

    /// <summary>The kind of meeting.</summary>
    public MeetingKind Kind { get; }

    /// <summary>Planned, held, postponed or cancelled.</summary>
    public MeetingStatus Status { get; }

    /// <summary>The (first) day, as precisely as known.</summary>
    public PartialDate Start { get; }

    /// <summary>The mechanism it belongs to, if any.</summary>
    public MechanismId? Mechanism { get; }

    /// <summary>Its name, if it has one.</summary>
    public LocalizedText? Title { get; }

    /// <summary>Its number in the mechanism's series, if numbered.</summary>
    public Ordinal? Ordinal { get; }

    /// <summary>The last day, for a meeting over several days.</summary>
    public PartialDate? End { get; }

    /// <summary>Where it took place, in the order the sources give.</summary>
    public ImmutableArray<Venue> Venues { get; }

    /// <summary>True when <see cref="Start"/> to <see cref="End"/> is a period the meeting fell in, not its own days.</summary>
    public bool ApproximateDates { get; }

    /// <summary>The delegations.</summary>
    public ImmutableArray<Delegation> Delegations { get; }

    // Built on the first look-up in a meeting with many delegations; not part of its value.
    private Dictionary<PartyRef, int>? _delegationIndex;

    /// <summary>The delegation of <paramref name="party"/>, or null: a scan for a few delegations, an index built once for many.</summary>
    internal Delegation? DelegationOf(PartyRef party) => Structural.FindBy(Delegations, party, static d => d.Party, ref _delegationIndex);

    private HashSet<PersonId>? _participantPeople;

    // True when a participant of some delegation refers to the person: a scan for a few participants, a set built
    // once for many, so that checking every statement's speaker stays linear.
    internal bool HasParticipant(PersonId person)
    {
        if (_participantPeople is { } known)
        {
            return known.Contains(person);
        }

        // Many delegations or many participants: index them (the count stops as soon as it passes the limit).
        var count = Delegations.Length;
        for (var d = 0; d < Delegations.Length && count <= Structural.ScanLimit; d++)
        {
            count += Delegations[d].Participants.Length;
        }

        if (count > Structural.ScanLimit)
        {
            var set = new HashSet<PersonId>();
            foreach (var delegation in Delegations)
            {
                foreach (var participant in delegation.Participants)
                {
                    if (participant.PersonId is { } id)
                    {
                        set.Add(id);
                    }
                }
            }

            return Structural.Publish(ref _participantPeople, set).Contains(person);
        }

        WorkMeter.Current?.Add(count);
        foreach (var delegation in Delegations)
        {
            foreach (var participant in delegation.Participants)
            {
                if (participant.PersonId == person)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What was discussed.</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>What was agreed or decided.</summary>
    public ImmutableArray<Commitment> Outcomes { get; }

    /// <summary>The sources cited, each once, in the order first cited (from <see cref="Citations"/>).</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>The citations of the sources the facts come from.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>What the meeting was for, if the sources say.</summary>
    public LocalizedText? Purpose { get; }

    /// <summary>What was said and by whom.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>How it relates to other meetings and mechanisms.</summary>
    public ImmutableArray<Relation> Relations { get; }

    /// <summary>
    /// The dates as a range: <see cref="Start"/> to <see cref="End"/>, or <see cref="Start"/> alone; also
    /// <see cref="Start"/> alone when <see cref="End"/> is definitely before it (a mistake the rules engine reports as
    /// COOP3001), so that queries on a catalog with that mistake still work.
    /// </summary>
    public PartialDateRange Dates => End is { } end && !end.IsDefinitelyBefore(Start) ? PartialDateRange.Closed(Start, end) : PartialDateRange.Closed(Start, Start);

    /// <summary>
    /// Findings accepted on this meeting, each with its rule and justification (see <see cref="Suppression"/>); empty when
    /// none. A member added after the constructor: set it with <see cref="WithSuppressions"/>, which every other
    /// <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<Suppression> Suppressions { get; } = [];

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
