using System.Collections.Immutable;

namespace Cooperation.Domain.Rules;

public static partial class BuiltInRules
{
    /// <summary>COOP6001: two presidency terms that overlap.</summary>
    public static RuleDescriptor OverlappingPresidencies { get; } = Describe(
        "COOP6001", "Overlapping presidency terms", RuleCategory.Presidencies, Severity.Error,
        "The presidency terms of {0} ({1}) and {2} ({3}) in {4} overlap.",
        "Las presidencias de {0} ({1}) y de {2} ({3}) en {4} se superponen.",
        "A rotating presidency has one holder at a time. A handover within the same month (December 2020 to December 2021, then December 2021 onwards) is not an overlap; anything more is.",
        "Correct the dates of one of the terms from the sources.");

    /// <summary>COOP6002: a presidency held by a party that is not a member.</summary>
    public static RuleDescriptor PresidencyHolderNotMember { get; } = Describe(
        "COOP6002", "Presidency held by a non-member", RuleCategory.Presidencies, Severity.Error,
        "{0} holds the presidency of {1} ({2}) but is {3}.",
        "{0} ocupa la presidencia de {1} ({2}) pero {3}.",
        "Only members hold a mechanism's presidency; an observer or an outsider holding it means the party's status or the holder is wrong.",
        "Record the holder as a member, or correct the holder.");

    /// <summary>COOP6003: a gap between consecutive presidency terms.</summary>
    public static RuleDescriptor PresidencyGap { get; } = Describe(
        "COOP6003", "Gap in the presidency rotation", RuleCategory.Presidencies, Severity.Warning,
        "No one holds the presidency of {0} between the term of {1} (to {2}) and the term of {3} (from {4}).",
        "Nadie ocupa la presidencia de {0} entre el periodo de {1} (hasta {2}) y el de {3} (desde {4}).",
        "A rotating presidency passes directly from one holder to the next; a gap means a term is missing or its dates are wrong.",
        "Record the missing term, or correct the dates so that each term starts where the previous one ends.");

    /// <summary>COOP6004: a presidency term outside the mechanism's life.</summary>
    public static RuleDescriptor PresidencyOutsideLife { get; } = Describe(
        "COOP6004", "Presidency outside the mechanism's life", RuleCategory.Presidencies, Severity.Warning,
        "The presidency of {0} ({1}) is outside the life of {2}, which {3} {4}.",
        "La presidencia de {0} ({1}) queda fuera de la vida de {2}, que {3} {4}.",
        "A mechanism has no presidency before it is established or after it is dissolved.",
        "Correct the term, or the mechanism's established or dissolved date.");

    private static void CheckOverlappingPresidencies(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        var terms = mechanism.Presidencies;
        for (var i = 1; i < terms.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Overlap(terms[j].Term, terms[i].Term))
                {
                    context.Report(SubjectPath.Presidency(mechanism, i), terms[j].Holder, terms[j].Term, terms[i].Holder, terms[i].Term, mechanism.Id);
                    break;
                }
            }
        }
    }

    // Terms clash when one definitely starts before the other ends: a handover within one month is not a clash.
    private static bool Overlap(PartialDateRange a, PartialDateRange b)
    {
        var (first, second) = a.Start.CompareTo(b.Start) <= 0 ? (a, b) : (b, a);
        return first.End is not { } end || second.Start.IsDefinitelyBefore(end);
    }

    private static void CheckPresidencyHolders(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        for (var i = 0; i < mechanism.Presidencies.Length; i++)
        {
            var term = mechanism.Presidencies[i];
            Membership? membership = null;
            foreach (var candidate in mechanism.Parties)
            {
                if (candidate.Party == term.Holder)
                {
                    membership = candidate;
                }
            }

            if (membership?.Status != ParticipationStatus.Member)
            {
                context.Report(
                    SubjectPath.Presidency(mechanism, i), term.Holder, mechanism.Id, term.Term,
                    membership is null
                        ? Say(context, "not a party to it", "no es parte del mecanismo")
                        : Say(context, $"a party with the status \"{Label(context, membership.Status)}\"", $"es parte con el estado «{Label(context, membership.Status)}»"));
            }
        }
    }

    private static void CheckPresidencyGaps(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        var terms = mechanism.Presidencies;
        for (var i = 0; i < terms.Length; i++)
        {
            // The term that follows terms[i]: the earliest start at or after its start, other than itself.
            if (terms[i].Term.End is not { } end)
            {
                continue;
            }

            PresidencyTerm? next = null;
            for (var j = 0; j < terms.Length; j++)
            {
                if (j != i && terms[j].Term.Start.CompareTo(terms[i].Term.Start) > 0
                    && (next is null || terms[j].Term.Start.CompareTo(next.Term.Start) < 0))
                {
                    next = terms[j];
                }
            }

            if (next is not null && DaysBetween(end.Latest, next.Term.Start.Earliest) > 1)
            {
                context.Report(SubjectPath.Presidency(mechanism, i), mechanism.Id, terms[i].Holder, end, next.Holder, next.Term.Start);
            }
        }
    }

    private static void CheckPresidencyDates(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        for (var i = 0; i < mechanism.Presidencies.Length; i++)
        {
            var term = mechanism.Presidencies[i].Term;
            if (mechanism.Established is { } established && (term.End ?? term.Start).IsDefinitelyBefore(established))
            {
                context.Report(SubjectPath.Presidency(mechanism, i), mechanism.Presidencies[i].Holder, term, mechanism.Id, Say(context, "was established in", "se estableció en"), established);
            }
            else if (mechanism.Dissolved is { } dissolved && term.Start.IsDefinitelyAfter(dissolved))
            {
                context.Report(SubjectPath.Presidency(mechanism, i), mechanism.Presidencies[i].Holder, term, mechanism.Id, Say(context, "was dissolved in", "se disolvió en"), dissolved);
            }
        }
    }
}
