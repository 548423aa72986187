using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

public static partial class BuiltInRules
{
    /// <summary>COOP4001: two meetings of one series with the same ordinal.</summary>
    public static RuleDescriptor DuplicateOrdinal { get; } = Describe(
        "COOP4001", "Duplicate ordinal in a series", RuleCategory.MeetingsAndOrdinals, Severity.Error,
        "The meetings {0} and {1} of {2} are both number {3} in the series \"{4}\".",
        "Las reuniones {0} y {1} de {2} llevan ambas el número {3} de la serie «{4}».",
        "In a series (the ordinary meetings of a mechanism, its rounds of talks) each number is used once; two meetings with one number are the same meeting entered twice, or one number is wrong.",
        "Merge the two entries if they are one meeting; otherwise correct the ordinal from the source.");

    /// <summary>COOP4002: a meeting with a higher ordinal dated before one with a lower ordinal.</summary>
    public static RuleDescriptor OrdinalsBackwards { get; } = Describe(
        "COOP4002", "Ordinals go backwards in time", RuleCategory.MeetingsAndOrdinals, Severity.Error,
        "The {0} {1} of {2} ({3}, {4}) is before the {5} ({6}, {7}).",
        "La {0} {1} de {2} ({3}, {4}) es anterior a la {5} ({6}, {7}).",
        "Meetings of a series are numbered in the order they are held: an 8th meeting cannot come before the 7th.",
        "Correct the ordinal or the date of one of the two meetings.");

    /// <summary>COOP4003: ordinals of a series skip numbers.</summary>
    public static RuleDescriptor OrdinalGap { get; } = Describe(
        "COOP4003", "Gap in a series' numbering", RuleCategory.MeetingsAndOrdinals, Severity.Info,
        "The series \"{0}\" of {1} goes from the {2} ({3}) to the {4} ({5}); the meetings in between are not in the catalog.",
        "La serie «{0}» de {1} pasa de la {2} ({3}) a la {4} ({5}); las reuniones intermedias no están en el catálogo.",
        "A jump in numbering means meetings the catalog does not know about; worth recording when sources exist.",
        "Record the missing meetings from their sources, if any; otherwise nothing is wrong.");

    /// <summary>COOP4004: a bilateral meeting held outside both parties' territory.</summary>
    public static RuleDescriptor VenueOutsideParties { get; } = Describe(
        "COOP4004", "Bilateral meeting held in a third country", RuleCategory.MeetingsAndOrdinals, Severity.Warning,
        "The meeting {0} of the bilateral mechanism {1} took place in {2}, which is not a party.",
        "La reunión {0} del mecanismo bilateral {1} se celebró en {2}, que no es parte.",
        "Bilateral meetings are held in one of the two countries (often alternating). A venue elsewhere is unusual and often a data-entry slip.",
        "Check the venue against the source; if the meeting really took place in a third country, keep it and note why.");

    /// <summary>COOP4005: two meetings of one mechanism, of one kind, on the same day.</summary>
    public static RuleDescriptor PossibleDuplicateMeeting { get; } = Describe(
        "COOP4005", "Possible duplicate meeting", RuleCategory.MeetingsAndOrdinals, Severity.Warning,
        "The meetings {0} and {1} of {2} are both of the kind \"{3}\" and start on {4}.",
        "Las reuniones {0} y {1} de {2} son ambas del tipo «{3}» y empiezan el {4}.",
        "One mechanism rarely holds two meetings of one kind on the same day; two entries usually describe the same meeting from two sources.",
        "Merge the entries (keeping both sources), or correct the date or kind of one of them.");

    // A cached delegate: sorting with a comparer object would allocate a delegate (and a box) on every call.
    private static readonly Comparison<Meeting> SeriesOrder = CompareInSeries;

    // Numbered meetings of one mechanism, by kind, then ordinal, then date, then identifier.
    private static int CompareInSeries(Meeting x, Meeting y)
    {
        var byKind = x.Kind.Value.CompareTo(y.Kind.Value);
        if (byKind != 0)
        {
            return byKind;
        }

        var byOrdinal = x.Ordinal!.Value.CompareTo(y.Ordinal!.Value);
        if (byOrdinal != 0)
        {
            return byOrdinal;
        }

        var byStart = x.Start.CompareTo(y.Start);
        return byStart != 0 ? byStart : x.Id.CompareTo(y.Id);
    }

    // Puts the mechanism's numbered meetings (not cancelled) into scratch, sorted into series: by kind, then ordinal,
    // date and identifier; the walk does this once per mechanism for every series check (COOP4001-4003).
    internal static int SortIntoSeries(in RuleContext context, ImmutableArray<Meeting> meetings, Meeting[] scratch)
    {
        var count = 0;
        foreach (var meeting in meetings)
        {
            context.Step();
            if (meeting.Ordinal is not null && meeting.Status != MeetingStatus.Cancelled)
            {
                scratch[count++] = meeting;
            }
        }

        scratch.AsSpan(0, count).Sort(SeriesOrder);
        return count;
    }

    private static void CheckDuplicateOrdinals(in RuleContext context, Mechanism mechanism, ReadOnlySpan<Meeting> series)
    {
        for (var i = 1; i < series.Length; i++)
        {
            context.Step();
            if (series[i].Ordinal == series[i - 1].Ordinal)
            {
                context.Found(SubjectLocation.Of(series[i], "ordinal"), series[i - 1].Id, series[i].Id, mechanism.Id, series[i].Ordinal!.Value.Value, Label(series[i].Kind));
            }
        }
    }

    // "Definitely before" is not transitive for imprecise dates ("2012" is neither before nor after "2012-03-01"), so
    // each meeting is compared with the latest-starting meeting of every lower number, not only its neighbour.
    private static void CheckOrdinalsBackwards(in RuleContext context, Mechanism mechanism, ReadOnlySpan<Meeting> series)
    {
        Meeting? latestLower = null;
        var group = 0;
        while (group < series.Length)
        {
            var end = group + 1;
            while (end < series.Length && series[end].Ordinal == series[group].Ordinal)
            {
                end++;
            }

            for (var i = group; i < end && latestLower is not null; i++)
            {
                context.Step();
                var higher = series[i];
                if ((higher.End ?? higher.Start).IsDefinitelyBefore(latestLower.Start))
                {
                    context.Found(
                        SubjectLocation.Of(higher, "ordinal"), OrdinalText(higher.Ordinal!.Value), Label(higher.Kind), mechanism.Id, higher.Id, When(higher),
                        OrdinalText(latestLower.Ordinal!.Value), latestLower.Id, When(latestLower));
                }
            }

            for (var i = group; i < end; i++)
            {
                context.Step();
                if (latestLower is null || series[i].Start.Earliest > latestLower.Start.Earliest)
                {
                    latestLower = series[i];
                }
            }

            group = end;
        }
    }

    private static void CheckOrdinalGaps(in RuleContext context, Mechanism mechanism, ReadOnlySpan<Meeting> series)
    {
        for (var i = 1; i < series.Length; i++)
        {
            context.Step();
            var (lower, higher) = (series[i - 1], series[i]);
            if (higher.Ordinal!.Value.Value - lower.Ordinal!.Value.Value > 1)
            {
                context.Found(SubjectLocation.Of(higher, "ordinal"), Label(lower.Kind), mechanism.Id, OrdinalText(lower.Ordinal.Value), lower.Id, OrdinalText(higher.Ordinal.Value), higher.Id);
            }
        }
    }

    // "8th" in English, "8ª" in Spanish (una reunión). The arguments of the first numbers are made once: a broken
    // catalog reports the same few thousands of times.
    private static MessageArgument OrdinalText(Ordinal ordinal)
    {
        var value = ordinal.Value;
        if (value >= OrdinalTexts.Length)
        {
            return MakeOrdinalText(ordinal);
        }

        return OrdinalTexts[value] ??= MakeOrdinalText(ordinal);
    }

    private static MessageArgument MakeOrdinalText(Ordinal ordinal)
        => MessageArgument.Shown(ordinal, static (argument, language) => ((Ordinal)argument.Value!).ToString(language == Language.Spanish ? "SF" : "E", System.Globalization.CultureInfo.InvariantCulture));

    // Indexed by the ordinal's value; an element is written once (any thread's copy is equal).
    private static readonly MessageArgument?[] OrdinalTexts = new MessageArgument?[128];

    private static void CheckVenues(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (mechanism is null || mechanism.Scope != MechanismScope.Bilateral)
        {
            return;
        }

        // The venues' countries are rows of the catalog's attendance table: the venues themselves are not read.
        var venues = attendance.Venues;
        for (var v = 0; v < venues.Length; v++)
        {
            context.Step();
            var country = venues[v];
            if (!mechanism.HasParty(PartyRef.ForCountry(country)))
            {
                context.Found(SubjectLocation.Of(meeting, "venues", v), meeting.Id, mechanism.Id, country);
            }
        }
    }

    private static void CheckPossibleDuplicateMeetings(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        // In date order, meetings on one start day are neighbours. Each is compared with the nearest earlier one of that
        // day and kind that has another identifier (neither cancelled): by scanning back in a small group of the day,
        // by remembering the latest two identifiers of each kind in a large one.
        var group = 0;
        while (group < meetings.Length)
        {
            var end = group + 1;
            while (end < meetings.Length && meetings[end].Start == meetings[group].Start)
            {
                end++;
            }

            if (meetings[group].Start.Precision == PartialDatePrecision.Day && end - group > 1)
            {
                if (end - group <= Structural.ScanLimit)
                {
                    for (var i = group + 1; i < end; i++)
                    {
                        context.Step();
                        for (var j = i - 1; j >= group; j--)
                        {
                            context.Step();
                            if (IsPossibleDuplicate(meetings[j], meetings[i]))
                            {
                                ReportDuplicate(context, mechanism, meetings[j], meetings[i]);
                                break;
                            }
                        }
                    }
                }
                else
                {
                    CheckLargeDay(context, mechanism, meetings.AsSpan(group, end - group));
                }
            }

            group = end;
        }
    }

    private static void CheckLargeDay(in RuleContext context, Mechanism mechanism, ReadOnlySpan<Meeting> day)
    {
        // For each kind: the latest meeting not cancelled, and the latest whose identifier differs from that one's.
        var latest = new Dictionary<MeetingKind, (Meeting Last, Meeting? OtherId)>();
        foreach (var current in day)
        {
            context.Step();
            if (current.Status == MeetingStatus.Cancelled)
            {
                continue;
            }

            if (latest.TryGetValue(current.Kind, out var seen))
            {
                var earlier = seen.Last.Id != current.Id ? seen.Last : seen.OtherId;
                if (earlier is not null)
                {
                    ReportDuplicate(context, mechanism, earlier, current);
                }

                latest[current.Kind] = seen.Last.Id != current.Id ? (current, seen.Last) : (current, seen.OtherId);
            }
            else
            {
                latest[current.Kind] = (current, null);
            }
        }
    }

    private static bool IsPossibleDuplicate(Meeting earlier, Meeting current)
        => earlier.Kind == current.Kind && earlier.Id != current.Id && earlier.Status != MeetingStatus.Cancelled && current.Status != MeetingStatus.Cancelled;

    private static void ReportDuplicate(in RuleContext context, Mechanism mechanism, Meeting earlier, Meeting current)
        => context.Found(SubjectLocation.Of(current), earlier.Id, current.Id, mechanism.Id, Label(current.Kind), current.Start);
}
