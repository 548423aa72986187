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

    // The roles a delegation is led by, and those of participants who do not attend as part of it, as the rows keep them.
    private static readonly byte HeadRole = (byte)DelegationRole.HeadOfDelegation.Value;
    private static readonly byte CoChairRole = (byte)DelegationRole.CoChair.Value;
    private static readonly byte FocalPointRole = (byte)DelegationRole.FocalPoint.Value;
    private static readonly byte SupportRole = (byte)DelegationRole.Support.Value;

    private static void CheckDelegationLeaders(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        for (var d = 0; d < attendance.Delegations.Length; d++)
        {
            context.Step();
            // Focal points are designated and supporters support: a delegation of only those has no one to lead.
            var led = false;
            var attending = false;
            foreach (ref readonly var participant in attendance.Of(d))
            {
                context.Step();
                led |= participant.Role == HeadRole || participant.Role == CoChairRole;
                attending |= participant.Role != FocalPointRole && participant.Role != SupportRole;
            }

            if (attending && !led)
            {
                var delegation = attendance.Delegations[d];
                context.Found(SubjectLocation.Of(meeting, meeting.Delegations[d]), delegation.Party, meeting.Id, Count(delegation.Count, "participant", "participants", "participante", "participantes"));
            }
        }
    }

    private static void CheckSeveralHeads(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        for (var d = 0; d < attendance.Delegations.Length; d++)
        {
            context.Step();
            var heads = 0;
            foreach (ref readonly var participant in attendance.Of(d))
            {
                context.Step();
                heads += participant.Role == HeadRole ? 1 : 0;
            }

            if (heads > 1)
            {
                context.Found(SubjectLocation.Of(meeting, meeting.Delegations[d]), attendance.Delegations[d].Party, meeting.Id, heads);
            }
        }
    }

    private static void CheckDelegationParties(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        // Parties the sources do not name may be the ones that sent a delegation.
        if (mechanism is null || !mechanism.UnlistedParties.IsEmpty)
        {
            return;
        }

        for (var d = 0; d < attendance.Delegations.Length; d++)
        {
            context.Step();
            var party = attendance.Delegations[d].Party;
            if (!mechanism.HasParty(party))
            {
                context.Found(SubjectLocation.Of(meeting, meeting.Delegations[d]), meeting.Id, mechanism.Id, party);
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

    // SamePerson as far as two participants' rows tell: false when they cannot be the same person, true when they may
    // be (then the participants themselves are compared). Two identifiers the catalog has are the same exactly when
    // their positions are; an identifier it has and one it does not are not the same.
    private static bool MaySamePerson(in AttendanceParticipant a, in AttendanceParticipant b)
    {
        if (!a.IsNamed || !b.IsNamed)
        {
            return false;
        }

        if (a.Person != AttendanceParticipant.None && b.Person != AttendanceParticipant.None)
        {
            return a.Person == b.Person;
        }

        return a.NameHash == b.NameHash;
    }

    // The participant at position p of the meeting's delegation at position d.
    private static Participant ParticipantAt(Meeting meeting, int d, int p) => meeting.Delegations[d].Participants[p];

    private static void CheckPersonTwiceInDelegation(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        for (var d = 0; d < attendance.Delegations.Length; d++)
        {
            context.Step();
            var rows = attendance.Of(d);
            var earlier = rows.Length > Structural.ScanLimit ? new EarlierPeople() : null;
            for (var i = 0; i < rows.Length; i++)
            {
                context.Step();
                var j = earlier is null ? FirstSamePerson(context, meeting, d, rows, i) : earlier.Find(ParticipantAt(meeting, d, i));
                if (j is { } first)
                {
                    var delegation = meeting.Delegations[d];
                    context.Found(SubjectLocation.Of(meeting, delegation, i), delegation.Participants[i].Person, delegation.Party, meeting.Id, first, i);
                }

                earlier?.Add(ParticipantAt(meeting, d, i), i);
            }
        }
    }

    // The first of the delegation's participants before i who is the same person as participant i, by comparing pairs
    // (few participants).
    private static int? FirstSamePerson(in RuleContext context, Meeting meeting, int d, ReadOnlySpan<AttendanceParticipant> rows, int i)
    {
        for (var j = 0; j < i; j++)
        {
            context.Step();
            if (MaySamePerson(rows[j], rows[i]) && SamePerson(ParticipantAt(meeting, d, j), ParticipantAt(meeting, d, i)))
            {
                return j;
            }
        }

        return null;
    }

    private static void CheckPersonInTwoDelegations(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        var delegations = attendance.Delegations;
        var total = 0;
        foreach (ref readonly var delegation in delegations)
        {
            context.Step();
            total += delegation.Count;
        }

        // Few participants: compare pairs. Many: look each one up among those of the delegations before.
        var earlier = total > 2 * Structural.ScanLimit ? new EarlierPeople() : null;
        for (var d = 0; d < delegations.Length; d++)
        {
            context.Step();
            var rows = attendance.Of(d);
            for (var p = 0; p < rows.Length; p++)
            {
                context.Step();
                var e = earlier is null ? FirstDelegationWith(context, meeting, attendance, d, p) : earlier.Find(ParticipantAt(meeting, d, p));
                if (e is { } other)
                {
                    context.Found(SubjectLocation.Of(meeting, meeting.Delegations[d], p), ParticipantAt(meeting, d, p).Person, delegations[other].Party, delegations[d].Party, meeting.Id);
                }
            }

            if (earlier is not null)
            {
                foreach (var participant in meeting.Delegations[d].Participants)
                {
                    context.Step();
                    earlier.Add(participant, d);
                }
            }
        }
    }

    // The first delegation before d with the same person as participant p of delegation d, by comparing pairs (few
    // participants).
    private static int? FirstDelegationWith(in RuleContext context, Meeting meeting, in Attendance attendance, int d, int p)
    {
        var row = attendance.Of(d)[p];
        for (var e = 0; e < d; e++)
        {
            var others = attendance.Of(e);
            for (var q = 0; q < others.Length; q++)
            {
                context.Step();
                if (MaySamePerson(others[q], row) && SamePerson(ParticipantAt(meeting, e, q), ParticipantAt(meeting, d, p)))
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

    private static void CheckParticipantInstitutions(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        // The catalog looked every participant's institution up once (attendance).
        var institutions = context.Catalog.Institutions;
        for (var d = 0; d < attendance.Delegations.Length; d++)
        {
            context.Step();
            var party = attendance.Delegations[d].Party;
            if (!party.IsCountry)
            {
                continue;
            }

            var rows = attendance.Of(d);
            for (var p = 0; p < rows.Length; p++)
            {
                context.Step();
                if (rows[p].Institution >= 0 && institutions[rows[p].Institution] is { IsInternational: false } institution && institution.Country != party.Country)
                {
                    context.Found(
                        SubjectLocation.Of(meeting, meeting.Delegations[d], p),
                        ParticipantAt(meeting, d, p).Person?.ToString() ?? institution.Id.ToString(),
                        party,
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
    private static void CheckSpeakers(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        for (var s = 0; s < meeting.Statements.Length; s++)
        {
            context.Step();
            if (meeting.Statements[s].Speaker is { } speaker && !meeting.HasParticipant(speaker))
            {
                context.Found($"{SubjectPath.Of(meeting)}.statements[{s}]", meeting.Id, speaker);
            }
        }
    }

    // COOP5008: a participant's spelling is among the person's.
    private static void CheckSpellings(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        // Only participants whose person the catalog has are read (attendance).
        var people = context.Catalog.People;
        for (var d = 0; d < attendance.Delegations.Length; d++)
        {
            var rows = attendance.Of(d);
            for (var p = 0; p < rows.Length; p++)
            {
                context.Step();
                if (rows[p].Person >= 0 && ParticipantAt(meeting, d, p) is { PersonId: { } id, Person: { } written } && !people[rows[p].Person].IsSpelledAs(written))
                {
                    context.Found(SubjectLocation.Of(meeting, meeting.Delegations[d], p), written, meeting.Id, id);
                }
            }
        }
    }
}
