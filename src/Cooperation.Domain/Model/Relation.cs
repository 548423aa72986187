using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// How a meeting relates to another meeting or to a mechanism beyond its own: part of a visit ("del 25 al 28 de abril,
/// en Ottawa"), held within the framework of a mechanism ("En el marco de la Presidencia Pro-Témpore de la CRM"), or
/// having discussed another mechanism's work ("los esfuerzos del grupo de trabajo de movilidad laboral").
/// </summary>
/// <remarks>Immutable; validated on construction: exactly one target, a meeting or a mechanism.</remarks>
[JsonConverter(typeof(RelationJsonConverter))]
public sealed partial class Relation
{
    /// <summary>Creates a relation.</summary>
    /// <param name="kind">How the meeting relates to the target.</param>
    /// <param name="meeting">The target, when it is a meeting.</param>
    /// <param name="mechanism">The target, when it is a mechanism.</param>
    /// <exception cref="ArgumentException">Not exactly one target is given, or a target is the uninitialized default.</exception>
    public Relation(RelationKind kind, MeetingId? meeting = null, MechanismId? mechanism = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        Guard.Against.Unmet(meeting is not { IsDefault: true } && mechanism is not { IsDefault: true }, "The target is the uninitialized default value.", nameof(meeting));
        Guard.Against.Unmet(meeting is null != mechanism is null, "A relation has exactly one target: a meeting or a mechanism.", nameof(meeting));
        Kind = kind;
        Meeting = meeting;
        Mechanism = mechanism;
    }

    /// <summary>How the meeting relates to the target.</summary>
    public RelationKind Kind { get; }

    /// <summary>The target meeting, if the target is a meeting.</summary>
    public MeetingId? Meeting { get; }

    /// <summary>The target mechanism, if the target is a mechanism.</summary>
    public MechanismId? Mechanism { get; }

    /// <summary>"part-of mx-ca-ottawa-2017-04".</summary>
    public override string ToString() => $"{Kind} {(Meeting is { } m ? m.ToString() : Mechanism.ToString())}";
}
