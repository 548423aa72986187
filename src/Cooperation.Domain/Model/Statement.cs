using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// Something said at a meeting, and who said it, as the sources report it: "La secretaria Rosa Icela Rodríguez destacó
/// el trabajo conjunto…" (a person, summarised), "El Gobierno de México subraya la excelente colaboración…" (an
/// institution), "The delegation of Honduras celebrated…" (a party's delegation). Speaking does not make anyone a head
/// of delegation: roles come from <see cref="Participant"/>s only.
/// </summary>
/// <remarks>
/// Immutable; validated on construction: at least one of speaker, institution and party; mentioned institutions do not
/// repeat. A speaker who is not a participant of the meeting is reported by rule COOP5007.
/// </remarks>
[JsonConverter(typeof(StatementJsonConverter))]
public sealed partial class Statement
{
    /// <summary>Creates a statement.</summary>
    /// <param name="form">Whether the source quotes the words or summarises them.</param>
    /// <param name="language">The language the source reports the statement in.</param>
    /// <param name="text">What was said, in Spanish and/or English.</param>
    /// <param name="speaker">The person who spoke, if a person did.</param>
    /// <param name="institution">The institution that spoke, or the speaker's institution.</param>
    /// <param name="party">The party whose delegation spoke, when the source names no one else.</param>
    /// <param name="mentions">Institutions the statement names (the Mexican Congress that discusses a bill).</param>
    /// <param name="citations">Where the sources report it, with their words.</param>
    /// <exception cref="ArgumentException">No one is named as speaking, a value is the uninitialized default, or a mention repeats.</exception>
    public Statement(StatementForm form, Language language, LocalizedText text, PersonId? speaker = null, InstitutionId? institution = null, PartyRef? party = null,
        ImmutableArray<InstitutionId> mentions = default, ImmutableArray<Citation> citations = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        Guard.Against.Undefined(language, "a Language");
        Guard.Against.Uninitialized(text);
        Guard.Against.Unmet(speaker is not { IsDefault: true } && institution is not { IsDefault: true } && party is not { IsDefault: true }, "The speaker is the uninitialized default value.", nameof(speaker));
        Guard.Against.Unmet(speaker is not null || institution is not null || party is not null, "A statement names who spoke: a person, an institution or a party.", nameof(speaker));
        mentions = Structural.Normalize(mentions, nameof(mentions));
        Guard.Against.Unmet(!Structural.Any(mentions, static i => i.IsDefault), "A mentioned institution is the uninitialized default value.", nameof(mentions));
        Structural.CheckDistinct(mentions, static i => i, "The mentioned institution", nameof(mentions));
        Form = form;
        Language = language;
        Text = text;
        Speaker = speaker;
        Institution = institution;
        Party = party;
        Mentions = mentions;
        Citations = Cited.Check(citations, nameof(citations));
    }

    /// <summary>Whether the source quotes the words or summarises them.</summary>
    public StatementForm Form { get; }

    /// <summary>The language the source reports it in.</summary>
    public Language Language { get; }

    /// <summary>What was said.</summary>
    public LocalizedText Text { get; }

    /// <summary>The person who spoke, if a person did.</summary>
    public PersonId? Speaker { get; }

    /// <summary>The institution that spoke, or the speaker's institution, if given.</summary>
    public InstitutionId? Institution { get; }

    /// <summary>The party whose delegation spoke, if given.</summary>
    public PartyRef? Party { get; }

    /// <summary>Institutions the statement names.</summary>
    public ImmutableArray<InstitutionId> Mentions { get; }

    /// <summary>Where the sources report it.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>"rosa-icela-rodriguez-velazquez: …".</summary>
    public override string ToString()
        => $"{(Speaker is { } s ? s.ToString() : Institution is { } i ? i.ToString() : Party.ToString())}: {Text.GetOrOther(Language)}";
}
