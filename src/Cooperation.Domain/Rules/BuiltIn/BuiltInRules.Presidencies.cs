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
        if (terms.Length < 2)
        {
            return;
        }

        // In order of start (then of position): a term overlaps an earlier-starting one exactly when it starts before the
        // latest end among them, or one of them is open-ended. The pair is reported at the later of the two in the list.
        using var order = TermOrder.ByStart(terms);
        int? openEnded = null;
        var latestEnd = -1;
        for (var k = 0; k < order.Length; k++)
        {
            context.Step();
            var i = order[k];
            var term = terms[i].Term;
            var other = openEnded ?? (latestEnd >= 0 && term.Start.IsDefinitelyBefore(terms[latestEnd].Term.End!.Value) ? latestEnd : (int?)null);
            if (other is { } j)
            {
                var (first, second) = j < i ? (j, i) : (i, j);
                context.Found(SubjectLocation.Presidency(mechanism, second), terms[first].Holder, terms[first].Term, terms[second].Holder, terms[second].Term, mechanism.Id);
            }

            if (term.End is not { } end)
            {
                openEnded ??= i;
            }
            else if (latestEnd < 0 || terms[latestEnd].Term.End!.Value.Earliest < end.Earliest)
            {
                latestEnd = i;
            }
        }
    }

    private static void CheckPresidencyHolders(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        for (var i = 0; i < mechanism.Presidencies.Length; i++)
        {
            context.Step();
            var term = mechanism.Presidencies[i];
            var membership = mechanism.MembershipOf(term.Holder);
            if (membership?.Status != ParticipationStatus.Member)
            {
                context.Found(
                    SubjectLocation.Presidency(mechanism, i), term.Holder, mechanism.Id, term.Term,
                    membership is null
                        ? Say("not a party to it", "no es parte del mecanismo")
                        : Say($"a party with the status \"{LabelIn(membership.Status, Language.English)}\"", $"es parte con el estado «{LabelIn(membership.Status, Language.Spanish)}»"));
            }
        }
    }

    private static void CheckPresidencyGaps(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        var terms = mechanism.Presidencies;
        if (terms.Length < 2)
        {
            return;
        }

        // The term that follows a term is the first (in order of start, then of position) that starts later.
        using var order = TermOrder.ByStart(terms);
        var group = 0;
        while (group < order.Length)
        {
            var next = group + 1;
            while (next < order.Length && terms[order[next]].Term.Start.CompareTo(terms[order[group]].Term.Start) == 0)
            {
                next++;
            }

            for (var k = group; k < next && next < order.Length; k++)
            {
                context.Step();
                var i = order[k];
                var following = terms[order[next]];
                if (terms[i].Term.End is { } end && DaysBetween(end.Latest, following.Term.Start.Earliest) > 1)
                {
                    context.Found(SubjectLocation.Presidency(mechanism, i), mechanism.Id, terms[i].Holder, end, following.Holder, following.Term.Start);
                }
            }

            group = next;
        }
    }

    private static void CheckPresidencyDates(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        for (var i = 0; i < mechanism.Presidencies.Length; i++)
        {
            context.Step();
            var term = mechanism.Presidencies[i].Term;
            if (mechanism.Established is { } established && (term.End ?? term.Start).IsDefinitelyBefore(established))
            {
                context.Found(SubjectLocation.Presidency(mechanism, i), mechanism.Presidencies[i].Holder, term, mechanism.Id, Say("was established in", "se estableció en"), established);
            }
            else if (mechanism.Dissolved is { } dissolved && term.Start.IsDefinitelyAfter(dissolved))
            {
                context.Found(SubjectLocation.Presidency(mechanism, i), mechanism.Presidencies[i].Holder, term, mechanism.Id, Say("was dissolved in", "se disolvió en"), dissolved);
            }
        }
    }
}
