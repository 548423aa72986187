using System;
using System.Collections.Immutable;

namespace Cooperation.Domain.Rules;

public static partial class BuiltInRules
{
    /// <summary>COOP2001: a bilateral mechanism without exactly two member states.</summary>
    public static RuleDescriptor BilateralParties { get; } = Describe(
        "COOP2001", "Bilateral mechanism without exactly two member states", RuleCategory.PartiesAndMembership, Severity.Error,
        "The bilateral mechanism {0} has {1} and {2}; a bilateral mechanism has exactly two member states and no other party.",
        "El mecanismo bilateral {0} tiene {1} y {2}; un mecanismo bilateral tiene exactamente dos Estados miembros y ninguna otra parte.",
        "Bilateral means between two states. A third party, an observer or an organization means the mechanism is multilateral, or that a party was recorded by mistake.",
        "List exactly the two countries as members, or change the scope to multilateral.");

    /// <summary>COOP2002: a unilateral mechanism without exactly one member party.</summary>
    public static RuleDescriptor UnilateralParties { get; } = Describe(
        "COOP2002", "Unilateral mechanism without exactly one member", RuleCategory.PartiesAndMembership, Severity.Error,
        "The unilateral mechanism {0} has {1}; a unilateral mechanism (a national strategy) has exactly one, as a member.",
        "El mecanismo unilateral {0} tiene {1}; un mecanismo unilateral (una estrategia nacional) tiene exactamente una, como miembro.",
        "A unilateral mechanism, such as a national strategy, belongs to one party; more parties make it bilateral or multilateral.",
        "Keep the one country that owns it, as a member, or change the scope.");

    /// <summary>COOP2003: a multilateral mechanism with fewer than three members.</summary>
    public static RuleDescriptor MultilateralMembers { get; } = Describe(
        "COOP2003", "Multilateral mechanism with fewer than three members", RuleCategory.PartiesAndMembership, Severity.Warning,
        "The multilateral mechanism {0} lists {1} (observers and candidates, {2} here, do not count); a multilateral mechanism has at least three.",
        "El mecanismo multilateral {0} enumera {1} (los observadores y candidatos, {2} aquí, no cuentan); un mecanismo multilateral tiene al menos tres.",
        "A multilateral mechanism has at least three members. Fewer usually means the members were not all recorded, or that observers were counted as members.",
        "List the members the sources name, or change the scope to bilateral. If the sources name fewer members, keep the data and lower this rule's severity for the mechanism's catalog.");

    /// <summary>COOP2004: a party's participation dates fall outside the mechanism's life.</summary>
    public static RuleDescriptor MembershipOutsideLife { get; } = Describe(
        "COOP2004", "Participation outside the mechanism's life", RuleCategory.PartiesAndMembership, Severity.Warning,
        "{0} takes part in {1} {2} {3}, but the mechanism {4} {5}.",
        "{0} participa en {1} {2} {3}, pero el mecanismo {4} {5}.",
        "A party cannot join a mechanism before it exists or stay after it is dissolved; such dates usually belong to another mechanism or are typed wrong.",
        "Correct the participation dates, or the mechanism's established or dissolved date.");

    /// <summary>COOP2005: a commitment names a party that does not take part in the mechanism or meeting.</summary>
    public static RuleDescriptor CommitmentPartyNotInvolved { get; } = Describe(
        "COOP2005", "Commitment by a party that is not involved", RuleCategory.PartiesAndMembership, Severity.Warning,
        "The commitment \"{0}\" names {1}, which is neither a party to {2} nor a delegation at it.",
        "El compromiso «{0}» menciona a {1}, que no es parte de {2} ni asistió con una delegación.",
        "A commitment is made by the parties of its mechanism or the delegations of its meeting; another party usually means the wrong party or a missing delegation.",
        "Add the party's delegation or membership, or correct the commitment's parties.");

    private static void CheckBilateralParties(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        // A mechanism with members the sources do not name cannot be counted.
        if (mechanism.Scope != MechanismScope.Bilateral || mechanism.HasUnlistedMembers)
        {
            return;
        }

        var states = 0;
        foreach (var membership in mechanism.Parties)
        {
            context.Step();
            if (membership.Status == ParticipationStatus.Member && membership.Party.IsCountry)
            {
                states++;
            }
        }

        if (states != 2 || mechanism.Parties.Length != 2)
        {
            context.Found(SubjectLocation.Of(mechanism, "parties"), mechanism.Id, Count(states, "member state", "member states", "Estado miembro", "Estados miembros"), Count(mechanism.Parties.Length - states, "other party", "other parties", "otra parte", "otras partes"));
        }
    }

    private static void CheckUnilateralParties(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        if (mechanism.Scope == MechanismScope.Unilateral && !mechanism.HasUnlistedMembers
            && (mechanism.Parties.Length != 1 || mechanism.Parties[0].Status != ParticipationStatus.Member))
        {
            context.Found(SubjectLocation.Of(mechanism, "parties"), mechanism.Id, Count(mechanism.Parties.Length, "party", "parties", "parte", "partes"));
        }
    }

    private static void CheckMultilateralMembers(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        if (mechanism.Scope != MechanismScope.Multilateral || mechanism.HasUnlistedMembers)
        {
            return;
        }

        var members = CountMembers(mechanism.Parties);
        if (members < 3)
        {
            context.Found(SubjectLocation.Of(mechanism, "parties"), mechanism.Id, Count(members, "member party", "member parties", "parte miembro", "partes miembros"), mechanism.Parties.Length - members);
        }
    }

    private static int CountMembers(ImmutableArray<Membership> parties)
    {
        var members = 0;
        foreach (var membership in parties)
        {
            if (membership.Status == ParticipationStatus.Member)
            {
                members++;
            }
        }

        return members;
    }

    private static void CheckMembershipDates(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        foreach (var membership in mechanism.Parties)
        {
            context.Step();
            if (membership.Since is { } since && mechanism.Established is { } established && since.IsDefinitelyBefore(established))
            {
                context.Found(
                    SubjectLocation.Party(mechanism, membership), membership.Party, mechanism.Id, Say("since", "desde"), since,
                    Say("was established in", "se estableció en"), established);
            }

            if (membership.Until is { } until && mechanism.Dissolved is { } dissolved && until.IsDefinitelyAfter(dissolved))
            {
                context.Found(
                    SubjectLocation.Party(mechanism, membership), membership.Party, mechanism.Id, Say("until", "hasta"), until,
                    Say("was dissolved in", "se disolvió en"), dissolved);
            }

            if (membership.Since is { } joined && mechanism.Dissolved is { } ended && joined.IsDefinitelyAfter(ended))
            {
                context.Found(
                    SubjectLocation.Party(mechanism, membership), membership.Party, mechanism.Id, Say("since", "desde"), joined,
                    Say("was dissolved in", "se disolvió en"), ended);
            }
        }
    }

    private static void CheckMechanismCommitments(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        for (var o = 0; o < mechanism.Outcomes.Length; o++)
        {
            context.Step();
            foreach (var party in mechanism.Outcomes[o].Parties)
            {
                context.Step();
                if (!mechanism.HasParty(party))
                {
                    context.Found($"{SubjectPath.Of(mechanism)}.outcomes[{o}]", Say(Excerpt(mechanism.Outcomes[o].Text.GetOrOther(Language.English)), Excerpt(mechanism.Outcomes[o].Text.GetOrOther(Language.Spanish))), party, mechanism.Id);
                }
            }
        }
    }

    private static void CheckMeetingCommitments(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        for (var o = 0; o < meeting.Outcomes.Length; o++)
        {
            context.Step();
            foreach (var party in meeting.Outcomes[o].Parties)
            {
                context.Step();
                if (meeting.DelegationOf(party) is null && mechanism?.HasParty(party) != true)
                {
                    context.Found($"{SubjectPath.Of(meeting)}.outcomes[{o}]", Say(Excerpt(meeting.Outcomes[o].Text.GetOrOther(Language.English)), Excerpt(meeting.Outcomes[o].Text.GetOrOther(Language.Spanish))), party, meeting.Id);
                }
            }
        }
    }

    // Long texts are cut in messages, at a word where possible.
    private static string Excerpt(string text)
    {
        const int Max = 60;
        if (text.Length <= Max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Max);
        cut = cut > Max / 2 ? cut : char.IsHighSurrogate(text[Max - 1]) ? Max - 1 : Max;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
