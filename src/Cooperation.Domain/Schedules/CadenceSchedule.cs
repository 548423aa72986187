using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Cooperation.Domain;

/// <summary>
/// Schedule arithmetic: from a mechanism's cadence and meetings, the window in which its next ordinary meeting is
/// expected on a given day, and a status (on schedule, due, overdue, dormant, unscheduled).
/// </summary>
/// <remarks>
/// The rules, with worked examples, are in <c>docs/cadence.md</c>. In short: count from the most recent held meeting
/// (or, if none, the established date); the next ordinary meeting is expected one interval after an ordinary meeting,
/// or at the next ordinary month after a mid-term meeting; a preferred month moves the window to that month; the
/// status compares the day with the window, the grace period and one further interval. Pure and deterministic: the
/// day is a parameter, never the clock.
/// </remarks>
public static class CadenceSchedule
{
    // Interval (up to 10 years), grace (up to 10), the dormancy interval (10) and the preferred-month search (3):
    // the arithmetic reaches at most 33 years past the anchor, which must stay inside NodaTime's years (to 9999).
    private const int LastAnchorYear = 9999 - 35;

    /// <summary>Assesses <paramref name="mechanism"/> on <paramref name="asOf"/>.</summary>
    /// <param name="mechanism">The mechanism, with its cadence.</param>
    /// <param name="meetings">Meetings of the mechanism (others are ignored), in any order.</param>
    /// <param name="asOf">The day to assess.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="meetings"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public static CadenceAssessment Assess(Mechanism mechanism, IEnumerable<Meeting> meetings, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        ArgumentNullException.ThrowIfNull(meetings);
        if (asOf.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The day must be in the ISO calendar, not {asOf.Calendar.Id}.", nameof(asOf));
        }

        var own = new List<Meeting>();
        foreach (var meeting in meetings)
        {
            ArgumentNullException.ThrowIfNull(meeting, nameof(meetings));
            if (meeting.Mechanism == mechanism.Id)
            {
                own.Add(meeting);
            }
        }

        var e = Evaluate(mechanism, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(own), asOf);
        var reason = e.Basis switch
        {
            CadenceBasis.NotExpected => $"the mechanism is {mechanism.Status.Name}, so no meeting is expected.",
            CadenceBasis.NoCadence => "the mechanism has no cadence.",
            CadenceBasis.NotPeriodic => $"the cadence is {mechanism.Cadence!.Kind.Name}, with no expected interval.",
            CadenceBasis.BeyondCalendar => $"the schedule would run past the year 9999 (counted from {e.AnchorYear}).",
            CadenceBasis.NothingToCountFrom => "no meeting has been held and the established date is unknown, so there is nothing to count from.",
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"next ordinary meeting expected {Iso(e.WindowStart)}/{Iso(e.WindowEnd)}, on time until {Iso(e.DueBy)}, dormant after {Iso(e.DormantAfter)}; {From(e, mechanism)}."),
        };
        return e.Basis is CadenceBasis.LastMeeting or CadenceBasis.Establishment
            ? new CadenceAssessment(e.Status, asOf, new DateInterval(e.WindowStart, e.WindowEnd), e.DueBy, e.LastHeld, e.NextPlanned, reason)
            : new CadenceAssessment(e.Status, asOf, null, null, e.LastHeld, e.NextPlanned, reason);
    }

    private static string From(in CadenceEvaluation e, Mechanism mechanism)
        => e.Basis == CadenceBasis.LastMeeting
            ? $"counted from the {(e.LastHeld!.Kind == MeetingKind.MidTerm ? "mid-term" : "last")} meeting held {e.LastHeld.Dates}"
            : $"counted from its establishment ({mechanism.Established}), with no meeting held yet";

    // The arithmetic, without allocating: the rules engine assesses every mechanism of a clean catalog this way.
    internal static CadenceEvaluation Evaluate(Mechanism mechanism, ReadOnlySpan<Meeting> own, LocalDate asOf)
    {
        Meeting? nextPlanned = null;
        Meeting? lastHeld = null;
        var lastHeldDay = default(LocalDate);
        foreach (var m in own)
        {
            if (m.Status == MeetingStatus.Planned && m.Start.Latest >= asOf
                && (nextPlanned is null || m.Start.Earliest < nextPlanned.Start.Earliest || (m.Start.Earliest == nextPlanned.Start.Earliest && m.Id.CompareTo(nextPlanned.Id) < 0)))
            {
                nextPlanned = m;
            }

            // The anchor: the most recent meeting of the series held by asOf; its last possible day decides "most
            // recent" (ties: the greater identifier, then the later in the given order). Missions, seminars, training
            // sessions, conferences and working meetings do not restart the schedule.
            if (m.Status == MeetingStatus.Held && IsOfTheSeries(m.Kind) && m.Start.Earliest <= asOf)
            {
                var day = LastDay(m);
                if (lastHeld is null || day > lastHeldDay || (day == lastHeldDay && m.Id.CompareTo(lastHeld.Id) >= 0))
                {
                    lastHeld = m;
                    lastHeldDay = day;
                }
            }
        }

        if (mechanism.Status == MechanismStatus.Superseded || mechanism.Status == MechanismStatus.Dissolved || mechanism.Status == MechanismStatus.InNegotiation)
        {
            return new CadenceEvaluation(CadenceStatus.Unscheduled, CadenceBasis.NotExpected, null, nextPlanned);
        }

        var cadence = mechanism.Cadence;
        if (cadence is null || !cadence.IsPeriodic)
        {
            return new CadenceEvaluation(CadenceStatus.Unscheduled, cadence is null ? CadenceBasis.NoCadence : CadenceBasis.NotPeriodic, null, nextPlanned);
        }

        var anchorYear = lastHeld is not null ? LastDay(lastHeld).Year : mechanism.Established?.Earliest.Year;
        if (anchorYear > LastAnchorYear)
        {
            return new CadenceEvaluation(CadenceStatus.Unscheduled, CadenceBasis.BeyondCalendar, lastHeld, nextPlanned) { AnchorYear = anchorYear.Value };
        }

        YearMonth window;
        CadenceBasis basis;
        if (lastHeld is not null)
        {
            window = lastHeld.Kind == MeetingKind.MidTerm
                ? AfterMidTerm(cadence, LastDay(lastHeld))
                : NextOrdinary(cadence, lastHeld.Start.Earliest, LastDay(lastHeld));
            basis = CadenceBasis.LastMeeting;
        }
        else if (mechanism.Established is { } established)
        {
            // Before its first meeting, a mechanism may meet right after it is established.
            window = NextOrdinary(cadence, established.Earliest, established.Earliest.PlusDays(-1));
            basis = CadenceBasis.Establishment;
        }
        else
        {
            return new CadenceEvaluation(CadenceStatus.Unscheduled, CadenceBasis.NothingToCountFrom, null, nextPlanned);
        }

        var windowStart = window.OnDayOfMonth(1);
        var windowEnd = EndOfMonth(window);
        // The grace period runs from the end of the window month: a window of February with one month's grace ends on
        // 31 March, not on 28 March.
        var dueBy = EndOfMonth(window.PlusMonths(cadence.GracePeriod.Months)).PlusDays(cadence.GracePeriod.Days);
        var dormantAfter = dueBy.PlusMonths(cadence.IntervalMonths!.Value);
        var status = asOf < windowStart ? CadenceStatus.OnSchedule
            : asOf <= dueBy ? CadenceStatus.Due
            : asOf <= dormantAfter ? CadenceStatus.Overdue
            : CadenceStatus.Dormant;
        return new CadenceEvaluation(status, basis, lastHeld, nextPlanned)
        {
            WindowStart = windowStart,
            WindowEnd = windowEnd,
            DueBy = dueBy,
            DormantAfter = dormantAfter,
        };
    }

    private static LocalDate EndOfMonth(YearMonth month) => month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month));

    private static LocalDate LastDay(Meeting meeting) => (meeting.End ?? meeting.Start).Latest;

    private static bool IsOfTheSeries(MeetingKind kind)
        => kind == MeetingKind.Ordinary || kind == MeetingKind.MidTerm || kind == MeetingKind.Extraordinary || kind == MeetingKind.Inaugural
            || kind == MeetingKind.Round || kind == MeetingKind.Ministerial;

    // One interval after an ordinary meeting (or the establishment): the month of its first day plus the interval,
    // moved to the nearest preferred month that comes after the anchor's last day (the earlier one on a tie).
    private static YearMonth NextOrdinary(Cadence cadence, LocalDate anchorStart, LocalDate anchorEnd)
    {
        var target = Month(anchorStart).PlusMonths(cadence.IntervalMonths!.Value);
        if (cadence.PreferredMonth is null)
        {
            return target;
        }

        var best = default(YearMonth?);
        var candidate = new YearMonth(target.Year - 2, 1);
        var last = new YearMonth(target.Year + 2, 12);
        for (; candidate <= last; candidate = candidate.PlusMonths(1))
        {
            if (!IsPreferred(cadence, candidate.Month) || candidate.OnDayOfMonth(1) <= anchorEnd)
            {
                continue;
            }

            var distance = Math.Abs(MonthsBetween(candidate, target));
            if (best is not { } current || distance < Math.Abs(MonthsBetween(current, target)))
            {
                best = candidate;
            }
        }

        return best ?? target;
    }

    // After a mid-term meeting the next ordinary one is the first preferred month after it, or half an interval later.
    private static YearMonth AfterMidTerm(Cadence cadence, LocalDate anchorEnd)
    {
        var month = Month(anchorEnd);
        if (cadence.PreferredMonth is null)
        {
            return month.PlusMonths(Math.Max(1, cadence.IntervalMonths!.Value / 2));
        }

        var candidate = month;
        while (!IsPreferred(cadence, candidate.Month) || candidate.OnDayOfMonth(1) <= anchorEnd)
        {
            candidate = candidate.PlusMonths(1);
        }

        return candidate;
    }

    // The preferred month, and for intervals that divide a year (6, 4, 3…) the months that repeat it within the year.
    private static bool IsPreferred(Cadence cadence, int month)
    {
        var interval = cadence.IntervalMonths!.Value;
        var preferred = cadence.PreferredMonth!.Value;
        return interval < 12 && 12 % interval == 0
            ? (month - preferred + 12) % interval == 0
            : month == preferred;
    }

    private static YearMonth Month(LocalDate date) => new(date.Year, date.Month);

    private static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + (to.Month - from.Month);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
