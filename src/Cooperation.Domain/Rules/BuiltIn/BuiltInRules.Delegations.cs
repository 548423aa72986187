using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

public static partial class BuiltInRules
{
    /// <summary>COOP5001: a delegation with participants but neither a head nor co-chairs.</summary>
    public static RuleDescriptor DelegationWithoutLeader { get; } = Describe(
        "COOP5001", "Delegation without a head or co-chair", RuleCategory.DelegationsAndRoles, Severity.Warning,
        "The delegation of {0} at {1} lists {2} but neither a head of delegation nor a co-chair.",
        "La delegación de {0} en {1} enumera {2} pero ningún jefe de delegación ni copresidente.",
        "Every delegation is led by someone; when the sources name the participants, they name who led. A delegation without a leader usually has a role entered wrong. A delegation whose participants are all focal points (designated for follow-up) or supporters is not checked: none of them attends as part of a delegation to be led.",
        "Give the leader the head-of-delegation role (or co-chair, for a co-chaired dialogue).");

    /// <summary>COOP5002: a delegation with more than one head.</summary>
    public static RuleDescriptor SeveralHeads { get; } = Describe(
        "COOP5002", "More than one head of delegation", RuleCategory.DelegationsAndRoles, Severity.Error,
        "The delegation of {0} at {1} has {2} heads of delegation.",
        "La delegación de {0} en {1} tiene {2} jefes de delegación.",
        "A delegation has one head. Two leaders sharing the role are co-chairs.",
        "Keep one head of delegation, or make the joint leaders co-chairs.");

    /// <summary>COOP5003: a meeting of a mechanism attended by a delegation of a party that is not in it.</summary>
    public static RuleDescriptor DelegationOfNonParty { get; } = Describe(
        "COOP5003", "Delegation of a party that is not in the mechanism", RuleCategory.DelegationsAndRoles, Severity.Warning,
        "The meeting {0} of {1} has a delegation of {2}, which is not a party (nor an observer) to the mechanism.",
        "La reunión {0} de {1} tiene una delegación de {2}, que no es parte (ni observador) del mecanismo.",
        "Meetings of a mechanism are attended by its parties and observers. Another delegation is a guest the mechanism's parties do not list, or a party missing from the mechanism.",
        "Add the party (as a member or observer) to the mechanism, or correct the delegation's party.");

    /// <summary>COOP5004: the same person twice in one delegation.</summary>
    public static RuleDescriptor PersonTwiceInDelegation { get; } = Describe(
        "COOP5004", "Same person twice in a delegation", RuleCategory.DelegationsAndRoles, Severity.Error,
        "{0} appears twice in the delegation of {1} at {2} (participants {3} and {4}).",
        "{0} aparece dos veces en la delegación de {1} en {2} (participantes {3} y {4}).",
        "A person attends once. Two entries are a copy, or two roles for one person (record the senior one).",
        "Remove the repeated participant, keeping the role the source gives.");

    /// <summary>COOP5005: a participant whose institution belongs to another country than the delegation.</summary>
    public static RuleDescriptor InstitutionOfAnotherCountry { get; } = Describe(
        "COOP5005", "Participant's institution belongs to another country", RuleCategory.DelegationsAndRoles, Severity.Warning,
        "The participant {0} in the delegation of {1} at {2} is from {3}, an institution of {4}.",
        "El participante {0} de la delegación de {1} en {2} es de {3}, una institución de {4}.",
        "A country's delegation is made of its own institutions; an institution of another country usually means the participant was put in the wrong delegation.",
        "Move the participant to the right delegation, or correct the institution.");

    /// <summary>COOP5006: the same person in two delegations of one meeting.</summary>
    public static RuleDescriptor PersonInTwoDelegations { get; } = Describe(
        "COOP5006", "Same person in two delegations", RuleCategory.DelegationsAndRoles, Severity.Error,
        "{0} is in the delegations of both {1} and {2} at {3}.",
        "{0} está en las delegaciones de {1} y de {2} en {3}.",
        "A person represents one party at a meeting.",
        "Keep the person in the delegation the source puts them in.");

    private static void CheckDelegationLeaders(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        foreach (var delegation in meeting.Delegations)
        {
            context.Step();
            // Focal points are designated and supporters support: a delegation of only those has no one to lead.
            var led = false;
            var attending = false;
            foreach (var participant in delegation.Participants)
            {
                context.Step();
                led |= participant.Role == DelegationRole.HeadOfDelegation || participant.Role == DelegationRole.CoChair;
                attending |= participant.Role != DelegationRole.FocalPoint && participant.Role != DelegationRole.Support;
            }

            if (attending && !led)
            {
                context.Report(SubjectPath.Of(meeting, delegation), delegation.Party, meeting.Id, Count(delegation.Participants.Length, "participant", "participants", "participante", "participantes"));
            }
        }
    }

    private static void CheckSeveralHeads(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        foreach (var delegation in meeting.Delegations)
        {
            context.Step();
            var heads = 0;
            foreach (var participant in delegation.Participants)
            {
                context.Step();
                heads += participant.Role == DelegationRole.HeadOfDelegation ? 1 : 0;
            }

            if (heads > 1)
            {
                context.Report(SubjectPath.Of(meeting, delegation), delegation.Party, meeting.Id, heads);
            }
        }
    }

    private static void CheckDelegationParties(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        // Parties the sources do not name may be the ones that sent a delegation.
        if (mechanism is null || !mechanism.UnlistedParties.IsEmpty)
        {
            return;
        }

        foreach (var delegation in meeting.Delegations)
        {
            context.Step();
            if (!mechanism.HasParty(delegation.Party))
            {
                context.Report(SubjectPath.Of(meeting, delegation), meeting.Id, mechanism.Id, delegation.Party);
            }
        }
    }

    // Two participants are the same person when they share a person identifier, or (when either has none) the name.
    // The name's hash is compared first: two names rarely share it, so the names themselves are rarely read.
    private static bool SamePerson(Participant a, Participant b)
    {
        if (a.Person is null || b.Person is null)
        {
            return false;
        }

        return a.PersonId is { } x && b.PersonId is { } y ? x == y : a.PersonHash == b.PersonHash && a.Person.GetValueOrDefault() == b.Person.GetValueOrDefault();
    }

    private static void CheckPersonTwiceInDelegation(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        foreach (var delegation in meeting.Delegations)
        {
            context.Step();
            var participants = delegation.Participants;
            var earlier = participants.Length > Structural.ScanLimit ? new EarlierPeople() : null;
            for (var i = 0; i < participants.Length; i++)
            {
                context.Step();
                var j = earlier is null ? FirstSamePerson(context, participants, i) : earlier.Find(participants[i]);
                if (j is { } first)
                {
                    context.Report(SubjectPath.Of(meeting, delegation, i), participants[i].Person, delegation.Party, meeting.Id, first, i);
                }

                earlier?.Add(participants[i], i);
            }
        }
    }

    // The first of participants[..i] who is the same person as participants[i], by comparing pairs (few participants).
    private static int? FirstSamePerson(in RuleContext context, ImmutableArray<Participant> participants, int i)
    {
        for (var j = 0; j < i; j++)
        {
            context.Step();
            if (SamePerson(participants[j], participants[i]))
            {
                return j;
            }
        }

        return null;
    }

    private static void CheckPersonInTwoDelegations(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        var delegations = meeting.Delegations;
        var total = 0;
        foreach (var delegation in delegations)
        {
            context.Step();
            total += delegation.Participants.Length;
        }

        // Few participants: compare pairs. Many: look each one up among those of the delegations before.
        var earlier = total > 2 * Structural.ScanLimit ? new EarlierPeople() : null;
        for (var d = 0; d < delegations.Length; d++)
        {
            context.Step();
            var participants = delegations[d].Participants;
            for (var p = 0; p < participants.Length; p++)
            {
                context.Step();
                var participant = participants[p];
                var e = earlier is null ? FirstDelegationWith(context, delegations, d, participant) : earlier.Find(participant);
                if (e is { } other)
                {
                    context.Report(SubjectPath.Of(meeting, delegations[d], p), participant.Person, delegations[other].Party, delegations[d].Party, meeting.Id);
                }
            }

            if (earlier is not null)
            {
                foreach (var participant in participants)
                {
                    context.Step();
                    earlier.Add(participant, d);
                }
            }
        }
    }

    // The first of delegations[..d] with the same person as participant, by comparing pairs (few participants).
    private static int? FirstDelegationWith(in RuleContext context, ImmutableArray<Delegation> delegations, int d, Participant participant)
    {
        for (var e = 0; e < d; e++)
        {
            foreach (var other in delegations[e].Participants)
            {
                context.Step();
                if (SamePerson(other, participant))
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The participants seen so far, by the keys <see cref="SamePerson"/> compares, with the first value (a position)
    /// recorded for each: one look-up finds the first earlier participant who is the same person.
    /// </summary>
    private sealed class EarlierPeople
    {
        private readonly Dictionary<PersonId, int> _byId = [];
        private readonly Dictionary<PersonName, int> _byNameWithoutId = [];
        private readonly Dictionary<PersonName, int> _byName = [];

        // Two participants are the same person when both have identifiers and they are equal, or otherwise their names are.
        public int? Find(Participant participant)
        {
            if (participant.Person is not { } name)
            {
                return null;
            }

            if (participant.PersonId is { } id)
            {
                return Min(_byId.TryGetValue(id, out var a) ? a : null, _byNameWithoutId.TryGetValue(name, out var b) ? b : null);
            }

            return _byName.TryGetValue(name, out var c) ? c : null;
        }

        public void Add(Participant participant, int value)
        {
            if (participant.Person is not { } name)
            {
                return;
            }

            _byName.TryAdd(name, value);
            if (participant.PersonId is { } id)
            {
                _byId.TryAdd(id, value);
            }
            else
            {
                _byNameWithoutId.TryAdd(name, value);
            }
        }

        private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
    }

    private static void CheckParticipantInstitutions(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        var catalog = context.Catalog;
        foreach (var delegation in meeting.Delegations)
        {
            context.Step();
            if (!delegation.Party.IsCountry)
            {
                continue;
            }

            // Participants of one delegation often share an institution: the last one looked up is kept.
            InstitutionId? lastId = null;
            Institution? last = null;
            for (var p = 0; p < delegation.Participants.Length; p++)
            {
                context.Step();
                var participant = delegation.Participants[p];
                if (participant.Institution is not { } id)
                {
                    continue;
                }

                if (id != lastId)
                {
                    lastId = id;
                    catalog.TryGetInstitution(id, out last);
                }

                if (last is { } institution && !institution.IsInternational && institution.Country != delegation.Party.Country)
                {
                    context.Report(
                        SubjectPath.Of(meeting, delegation, p),
                        participant.Person?.ToString() ?? institution.Id.ToString(),
                        delegation.Party,
                        meeting.Id,
                        institution.Id,
                        institution.Country);
                }
            }
        }
    }

    /// <summary>COOP5007: a statement by a person who is not a participant of the meeting.</summary>
    public static RuleDescriptor SpeakerNotAtMeeting { get; } = Describe(
        "COOP5007", "Statement by someone not at the meeting", RuleCategory.DelegationsAndRoles, Severity.Warning,
        "The meeting {0} records a statement by {1}, who is in none of its delegations.",
        "La reunión {0} registra una declaración de {1}, que no figura en ninguna de sus delegaciones.",
        "Who spoke at a meeting was there: a speaker missing from the delegations means a participant was left out, or the statement belongs to another meeting.",
        "Add the speaker to the delegation the source places them in, or move the statement to the meeting where it was made.");

    /// <summary>COOP5008: a participant written with a spelling the person's record does not list.</summary>
    public static RuleDescriptor UnrecordedSpelling { get; } = Describe(
        "COOP5008", "Spelling not recorded for the person", RuleCategory.DelegationsAndRoles, Severity.Warning,
        "The participant {0} of {1} refers to {2}, whose record does not list that spelling.",
        "El participante {0} de {1} remite a {2}, cuyo registro no incluye esa grafía.",
        "A person record lists every spelling the sources use, so that a search by any of them finds every meeting; a spelling missing from the record is missed by searches, or the participant refers to the wrong person.",
        "Add the spelling to the person's other names, or correct the participant's person identifier.");

    // COOP5007: a speaker is a participant of the meeting.
    private static void CheckSpeakers(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        for (var s = 0; s < meeting.Statements.Length; s++)
        {
            context.Step();
            if (meeting.Statements[s].Speaker is { } speaker && !meeting.HasParticipant(speaker))
            {
                context.Report($"{SubjectPath.Of(meeting)}.statements[{s}]", meeting.Id, speaker);
            }
        }
    }

    // COOP5008: a participant's spelling is among the person's.
    private static void CheckSpellings(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        var catalog = context.Catalog;
        foreach (var delegation in meeting.Delegations)
        {
            for (var p = 0; p < delegation.Participants.Length; p++)
            {
                context.Step();
                var participant = delegation.Participants[p];
                if (participant is { PersonId: { } id, Person: { } written } && catalog.TryGetPerson(id, out var person) && !person.IsSpelledAs(written))
                {
                    context.Report(SubjectPath.Of(meeting, delegation, p), written, meeting.Id, id);
                }
            }
        }
    }
}
