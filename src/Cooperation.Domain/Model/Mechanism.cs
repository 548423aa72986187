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
/// A standing cooperation mechanism between parties: a bilateral high-level dialogue or group, a consultation
/// mechanism, a series of talks, a regional conference, an integration system.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; validated on construction. What makes a mechanism unreadable is refused here: a missing value, no
/// party or a party twice, a mechanism that is its own predecessor, successor or parent, a superseded mechanism that
/// names no successor, a repeated topic or source. Whether the facts agree with each other (a bilateral mechanism has
/// exactly two member states, presidency holders are members and their terms do not overlap, the dissolution comes
/// after the establishment, the cited sources exist) is checked by the rules engine (<see cref="Rules.Validator"/>),
/// so that data read from a file gets diagnostics with stable IDs and lines instead of a failed read.
/// </para>
/// <para>Meetings refer to their mechanism by <see cref="Id"/>; they are not held here. Equality compares every member.</para>
/// </remarks>
[DebuggerDisplay("{Id,nq}")]
[JsonConverter(typeof(MechanismJsonConverter))]
public sealed partial class Mechanism
{
    /// <summary>Creates a mechanism.</summary>
    /// <param name="id">The identifier, such as "mx-ca-danm".</param>
    /// <param name="name">The name in Spanish and/or English.</param>
    /// <param name="kind">The kind of mechanism.</param>
    /// <param name="scope">Bilateral, multilateral or unilateral.</param>
    /// <param name="parties">The countries and organizations taking part, with their status.</param>
    /// <param name="status">Where the mechanism stands.</param>
    /// <param name="topics">What it covers.</param>
    /// <param name="spanishAcronym">The Spanish acronym ("DANM", "GANSEG", "CRM"), if any.</param>
    /// <param name="englishAcronym">The English acronym, if any.</param>
    /// <param name="established">When it was established, as precisely as known.</param>
    /// <param name="cadence">How often it is meant to meet, if known.</param>
    /// <param name="predecessor">The mechanism it replaced, if any.</param>
    /// <param name="successor">The mechanism that replaced it, if any.</param>
    /// <param name="origin">How it came about ("a commitment of the State Visit to Canada of June 2016"): text, date and event, if known.</param>
    /// <param name="presidencies">Terms of its rotating presidency, if it has one.</param>
    /// <param name="citations">The sources the facts come from, with their words.</param>
    /// <param name="parent">The mechanism it works under, if any (a working group of a dialogue, a programme of a conference).</param>
    /// <param name="outcomes">What the mechanism produced outside any recorded meeting, if anything.</param>
    /// <param name="dissolved">When it was dissolved or replaced, as precisely as known, if it has ended.</param>
    /// <param name="purpose">What it is for, when the sources say ("para fortalecer la cooperación en materia de asistencia y protección consular").</param>
    /// <param name="unlistedParties">
    /// The participation statuses of parties the sources mention without naming ("países y organismos observadores"):
    /// <c>[observer]</c> says it has observers besides those listed. A mechanism with unlisted members may list no parties.
    /// </param>
    /// <exception cref="ArgumentException">A value is missing or a rule in the remarks is broken; the message says which.</exception>
    public Mechanism(
        MechanismId id,
        LocalizedText name,
        MechanismKind kind,
        MechanismScope scope,
        ImmutableArray<Membership> parties,
        MechanismStatus status,
        ImmutableArray<Topic> topics = default,
        Acronym? spanishAcronym = null,
        Acronym? englishAcronym = null,
        PartialDate? established = null,
        Cadence? cadence = null,
        MechanismId? predecessor = null,
        MechanismId? successor = null,
        Origin? origin = null,
        ImmutableArray<PresidencyTerm> presidencies = default,
        ImmutableArray<Citation> citations = default,
        MechanismId? parent = null,
        ImmutableArray<Commitment> outcomes = default,
        PartialDate? dissolved = null,
        LocalizedText? purpose = null,
        ImmutableArray<ParticipationStatus> unlistedParties = default)
    {
        Guard.Against.Uninitialized(id);
        Guard.Against.Uninitialized(name);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(status);
        Guard.Against.Unmet(spanishAcronym is not { IsDefault: true } && englishAcronym is not { IsDefault: true }, "An acronym is the uninitialized default value.", nameof(spanishAcronym));
        Guard.Against.UninitializedOptional(established, "The established date is the uninitialized default value.");
        Guard.Against.UninitializedOptional(dissolved, "The dissolution date is the uninitialized default value.");
        Guard.Against.UninitializedOptional(purpose, "The purpose is the uninitialized default value.");
        unlistedParties = Structural.Normalize(unlistedParties, nameof(unlistedParties));
        Structural.CheckDistinct(unlistedParties, static p => p, "The unlisted participation status", nameof(unlistedParties));

        parties = Structural.Normalize(parties, nameof(parties));
        Guard.Against.Unmet(!parties.IsEmpty || !unlistedParties.IsEmpty, $"The mechanism {id} has no parties (list them, or say in unlistedParties that the sources do not name them).", nameof(parties));
        Structural.CheckDistinct(parties, static p => p.Party, "The party", nameof(parties));
        topics = Structural.Normalize(topics, nameof(topics));
        Structural.CheckDistinct(topics, static t => t, "The topic", nameof(topics));

        Guard.Against.Unmet(predecessor is not { IsDefault: true } && successor is not { IsDefault: true }, "A linked mechanism is the uninitialized default value.", nameof(predecessor));
        Guard.Against.Unmet(predecessor != id && successor != id, $"The mechanism {id} cannot be its own predecessor or successor.", nameof(predecessor));
        Guard.Against.Unmet(predecessor is null || predecessor != successor, "The predecessor and the successor are the same mechanism.", nameof(successor));
        Guard.Against.Unmet(status != MechanismStatus.Superseded || successor is not null, $"The mechanism {id} is superseded but names no successor.", nameof(successor));

        presidencies = Structural.Normalize(presidencies, nameof(presidencies));

        citations = Cited.Check(citations, nameof(citations));

        Guard.Against.UninitializedOptional(parent, "The parent is the uninitialized default value.");
        Guard.Against.Unmet(parent != id, $"The mechanism {id} cannot be its own parent.", nameof(parent));
        outcomes = Structural.Normalize(outcomes, nameof(outcomes));

        Id = id;
        Name = name;
        Kind = kind;
        Scope = scope;
        Parties = parties;
        Status = status;
        Topics = topics;
        SpanishAcronym = spanishAcronym;
        EnglishAcronym = englishAcronym;
        Established = established;
        Cadence = cadence;
        Predecessor = predecessor;
        Successor = successor;
        Origin = origin;
        Presidencies = presidencies;
        Citations = citations;
        Sources = Cited.SourcesOf(citations);
        Purpose = purpose;
        UnlistedParties = unlistedParties;
        Parent = parent;
        Outcomes = outcomes;
        Dissolved = dissolved;
    }

    /// <summary>The identifier.</summary>
    public MechanismId Id { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The kind of mechanism.</summary>
    public MechanismKind Kind { get; }

    /// <summary>Bilateral, multilateral or unilateral.</summary>
    public MechanismScope Scope { get; }

    /// <summary>The parties, with their participation status, in the order given.</summary>
    public ImmutableArray<Membership> Parties { get; }

    // Built on the first look-up in a mechanism with many parties; not part of its value.
    private Dictionary<PartyRef, int>? _partyIndex;

    /// <summary>Where the mechanism stands.</summary>
    public MechanismStatus Status { get; }

    /// <summary>What it covers.</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>The Spanish acronym, if any.</summary>
    public Acronym? SpanishAcronym { get; }

    /// <summary>The English acronym, if any.</summary>
    public Acronym? EnglishAcronym { get; }

    /// <summary>When it was established, if known.</summary>
    public PartialDate? Established { get; }

    /// <summary>When it was dissolved or replaced, if it has ended and the date is known.</summary>
    public PartialDate? Dissolved { get; }

    /// <summary>How often it is meant to meet, if known.</summary>
    public Cadence? Cadence { get; }

    /// <summary>The mechanism it replaced, if any.</summary>
    public MechanismId? Predecessor { get; }

    /// <summary>The mechanism that replaced it, if any.</summary>
    public MechanismId? Successor { get; }

    /// <summary>How it came about, if known.</summary>
    public Origin? Origin { get; }

    /// <summary>What it is for, if the sources say.</summary>
    public LocalizedText? Purpose { get; }

    /// <summary>The statuses of parties the sources mention without naming them; empty when every party is listed.</summary>
    public ImmutableArray<ParticipationStatus> UnlistedParties { get; }

    /// <summary>True when the sources say it has members they do not name, so counting <see cref="Parties"/> says nothing.</summary>
    public bool HasUnlistedMembers => UnlistedParties.Contains(ParticipationStatus.Member);

    /// <summary>The citations of the sources the facts come from.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Terms of its rotating presidency.</summary>
    public ImmutableArray<PresidencyTerm> Presidencies { get; }

    /// <summary>The sources cited, each once, in the order first cited (from <see cref="Citations"/>).</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>The mechanism it works under, if any.</summary>
    public MechanismId? Parent { get; }

    /// <summary>What it produced outside any recorded meeting.</summary>
    public ImmutableArray<Commitment> Outcomes { get; }

    /// <summary>True when <paramref name="party"/> takes part with any status.</summary>
    /// <param name="party">The country or organization.</param>
    public bool HasParty(PartyRef party) => MembershipOf(party) is not null;

    /// <summary>The membership of <paramref name="party"/>, or null: a scan for a few parties, an index built once for many.</summary>
    internal Membership? MembershipOf(PartyRef party) => Structural.FindBy(Parties, party, static m => m.Party, ref _partyIndex);

    /// <summary>The holder of the presidency on <paramref name="date"/>, if a term covers that day.</summary>
    /// <param name="date">The day.</param>
    public PartyRef? PresidencyOn(NodaTime.LocalDate date)
    {
        foreach (var term in Presidencies)
        {
            if (term.Term.Contains(date))
            {
                return term.Holder;
            }
        }

        return null;
    }

    /// <summary>
    /// The mechanism's identifiers in other registers (<see cref="ExternalIdentifier"/>: Wikidata, ISO 3166, a Popolo
    /// dataset), none twice; empty when none is known. Exports that link the catalog to other data carry them. A member
    /// added after the constructor: set it with <see cref="WithIdentifiers"/>, which every other <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<ExternalIdentifier> Identifiers { get; } = [];

    /// <summary>
    /// Findings accepted on this mechanism, each with its rule and justification (see <see cref="Suppression"/>); empty when
    /// none. A member added after the constructor: set it with <see cref="WithSuppressions"/>, which every other
    /// <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<Suppression> Suppressions { get; } = [];

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
