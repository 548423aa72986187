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
public sealed class Meeting : IEquatable<Meeting>
{
    private ImmutableArray<Suppression> _suppressions = [];

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

    // Editing: one With… method per constructor parameter, each a call of the constructor, so that a copy is
    // validated exactly like a new meeting. A member added in a later version gets its own With… method.

    /// <summary>A copy of this meeting with another <see cref="Id"/>, validated like the constructor.</summary>
    /// <param name="id">The identifier, such as "mx-ca-danm-2017-04-25".</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithId(MeetingId id) => Keep(new(id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Kind"/>, validated like the constructor.</summary>
    /// <param name="kind">The kind of meeting.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithKind(MeetingKind kind) => Keep(new(Id, kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Status"/>, validated like the constructor.</summary>
    /// <param name="status">Planned, held, postponed or cancelled.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithStatus(MeetingStatus status) => Keep(new(Id, Kind, status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Start"/>, validated like the constructor.</summary>
    /// <param name="start">The day it took or takes place, or the first day, as precisely as known.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithStart(PartialDate start) => Keep(new(Id, Kind, Status, start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Mechanism"/>, validated like the constructor.</summary>
    /// <param name="mechanism">The mechanism it belongs to; null for a meeting on its own.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithMechanism(MechanismId? mechanism) => Keep(new(Id, Kind, Status, Start, mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Title"/>, validated like the constructor.</summary>
    /// <param name="title">Its name, required when there is no mechanism ("Seminar-Workshop on Human Rights of Migrants").</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithTitle(LocalizedText? title) => Keep(new(Id, Kind, Status, Start, Mechanism, title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Ordinal"/>, validated like the constructor.</summary>
    /// <param name="ordinal">Its number in the mechanism's series ("8ª Reunión"), if numbered.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithOrdinal(Ordinal? ordinal) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="End"/>, validated like the constructor.</summary>
    /// <param name="end">The last day, for a meeting over several days.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithEnd(PartialDate? end) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, end, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Venues"/>, validated like the constructor.</summary>
    /// <param name="venues">Where it took place, if known: several places for a mission or a tour.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithVenues(ImmutableArray<Venue> venues) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Delegations"/>, validated like the constructor.</summary>
    /// <param name="delegations">The delegations, in the order the sources give them.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithDelegations(ImmutableArray<Delegation> delegations) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Topics"/>, validated like the constructor.</summary>
    /// <param name="topics">What was discussed.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithTopics(ImmutableArray<Topic> topics) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Outcomes"/>, validated like the constructor.</summary>
    /// <param name="outcomes">What was agreed or decided.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithOutcomes(ImmutableArray<Commitment> outcomes) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, outcomes, Citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Citations"/>, validated like the constructor.</summary>
    /// <param name="citations">The sources the facts come from, with their words.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithCitations(ImmutableArray<Citation> citations) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, citations, ApproximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="ApproximateDates"/>, validated like the constructor.</summary>
    /// <param name="approximateDates">True when the sources give a period the meeting fell in rather than its days ("last week" of a communiqué dated 24 April 2023 is 17 to 21 April, approximately); false when <see cref="Start"/> to <see cref="End"/> are the meeting's own days.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithApproximateDates(bool approximateDates) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, approximateDates, Purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Purpose"/>, validated like the constructor.</summary>
    /// <param name="purpose">What the meeting was for, when the sources say ("El objetivo fundamental de la reunión fue…").</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithPurpose(LocalizedText? purpose) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, purpose, Statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Statements"/>, validated like the constructor.</summary>
    /// <param name="statements">What was said and by whom, as the sources report it.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithStatements(ImmutableArray<Statement> statements) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, statements, Relations));

    /// <summary>A copy of this meeting with another <see cref="Relations"/>, validated like the constructor.</summary>
    /// <param name="relations">How it relates to other meetings and mechanisms (part of a visit, within a framework, discussed another's work).</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Meeting WithRelations(ImmutableArray<Relation> relations) => Keep(new(Id, Kind, Status, Start, Mechanism, Title, Ordinal, End, Venues, Delegations, Topics, Outcomes, Citations, ApproximateDates, Purpose, Statements, relations));

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
    public ImmutableArray<Suppression> Suppressions => _suppressions;

    /// <summary>A copy of this meeting with other <see cref="Suppressions"/>.</summary>
    /// <param name="suppressions">The findings accepted, each with its rule and justification.</param>
    /// <returns>The copy; this meeting is unchanged.</returns>
    /// <exception cref="ArgumentException">A suppression is null, or two suppress the same rule.</exception>
    public Meeting WithSuppressions(ImmutableArray<Suppression> suppressions)
    {
        suppressions = Structural.Normalize(suppressions, nameof(suppressions));
        Structural.CheckDistinct(suppressions, static s => s.Rule, "The suppressed rule", nameof(suppressions));
        var copy = (Meeting)MemberwiseClone();
        copy._suppressions = suppressions;
        return copy;
    }

    // A copy made by another With… method keeps the suppressions, which the constructor does not take.
    private Meeting Keep(Meeting copy)
    {
        copy._suppressions = _suppressions;
        return copy;
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Meeting? other)
        => other is not null && Id == other.Id && Kind == other.Kind && Status == other.Status && Start == other.Start
            && Mechanism == other.Mechanism && Title == other.Title && Ordinal == other.Ordinal && End == other.End
            && ApproximateDates == other.ApproximateDates && Structural.Equal(Venues, other.Venues) && Structural.Equal(Delegations, other.Delegations) && Structural.Equal(Topics, other.Topics)
            && Structural.Equal(Outcomes, other.Outcomes) && Structural.Equal(Citations, other.Citations)
            && Purpose == other.Purpose && Structural.Equal(Statements, other.Statements) && Structural.Equal(Relations, other.Relations)
            && Structural.Equal(Suppressions, other.Suppressions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Meeting);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Status, Start, Mechanism);

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
