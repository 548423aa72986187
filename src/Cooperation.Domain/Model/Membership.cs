using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>A party's participation in a mechanism: Mexico as an observer of SICA since 11 November 2004.</summary>
/// <remarks>Immutable. An end before the start is reported by the rules engine (COOP3001), not refused here.</remarks>
[JsonConverter(typeof(MembershipJsonConverter))]
public sealed partial class Membership
{
    /// <summary>Creates a participation.</summary>
    /// <param name="party">The country or organization.</param>
    /// <param name="status">Member, observer or candidate.</param>
    /// <param name="since">When the participation began, if known.</param>
    /// <param name="until">When it ended, if it has.</param>
    /// <exception cref="ArgumentException">The party or a date is the uninitialized default value.</exception>
    public Membership(PartyRef party, ParticipationStatus status, PartialDate? since = null, PartialDate? until = null)
    {
        Guard.Against.Uninitialized(party);
        ArgumentNullException.ThrowIfNull(status);
        Guard.Against.Unmet(since is not { IsDefault: true } && until is not { IsDefault: true }, "A date is the uninitialized default value.", nameof(since));
        Party = party;
        Status = status;
        Since = since;
        Until = until;
    }

    /// <summary>The country or organization.</summary>
    public PartyRef Party { get; }

    /// <summary>Member, observer or candidate.</summary>
    public ParticipationStatus Status { get; }

    /// <summary>When the participation began, if known.</summary>
    public PartialDate? Since { get; }

    /// <summary>When it ended, if it has.</summary>
    public PartialDate? Until { get; }

    /// <summary>"MX observer since 2004-11-11".</summary>
    public override string ToString() => $"{Party} {Status}{(Since is { } s ? " since " + s : string.Empty)}{(Until is { } u ? " until " + u : string.Empty)}";
}
