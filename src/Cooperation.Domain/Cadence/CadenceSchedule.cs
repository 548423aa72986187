using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

        var nextPlanned = own
            .Where(m => m.Status == MeetingStatus.Planned && m.Start.Latest >= asOf)
            .OrderBy(m => m.Start.Earliest).ThenBy(m => m.Id)
            .FirstOrDefault();

        if (mechanism.Status == MechanismStatus.Superseded || mechanism.Status == MechanismStatus.Dissolved || mechanism.Status == MechanismStatus.InNegotiation)
        {
            return new CadenceAssessment(CadenceStatus.Unscheduled, asOf, null, null, null, nextPlanned, $"the mechanism is {mechanism.Status.Name}, so no meeting is expected.");
        }

        var cadence = mechanism.Cadence;
        if (cadence is null || !cadence.IsPeriodic)
        {
            var why = cadence is null ? "the mechanism has no cadence" : $"the cadence is {cadence.Kind.Name}, with no expected interval";
            return new CadenceAssessment(CadenceStatus.Unscheduled, asOf, null, null, null, nextPlanned, why + ".");
        }

        // The anchor: the most recent meeting of the series held by asOf; its last possible day decides "most recent".
        // Missions, seminars, training sessions, conferences and working meetings do not restart the schedule.
        var lastHeld = own
            .Where(m => m.Status == MeetingStatus.Held && m.Start.Earliest <= asOf && IsOfTheSeries(m.Kind))
            .OrderBy(m => LastDay(m)).ThenBy(m => m.Id)
            .LastOrDefault();

        var anchorYear = lastHeld is not null ? LastDay(lastHeld).Year : mechanism.Established?.Earliest.Year;
        if (anchorYear > LastAnchorYear)
        {
            return new CadenceAssessment(CadenceStatus.Unscheduled, asOf, null, null, lastHeld, nextPlanned, $"the schedule would run past the year 9999 (counted from {anchorYear}).");
        }

        YearMonth window;
        string from;
        if (lastHeld is not null)
        {
            var isMidTerm = lastHeld.Kind == MeetingKind.MidTerm;
            window = isMidTerm
                ? AfterMidTerm(cadence, LastDay(lastHeld))
                : NextOrdinary(cadence, lastHeld.Start.Earliest, LastDay(lastHeld));
            from = $"counted from the {(isMidTerm ? "mid-term" : "last")} meeting held {lastHeld.Dates}";
        }
        else if (mechanism.Established is { } established)
        {
            // Before its first meeting, a mechanism may meet right after it is established.
            window = NextOrdinary(cadence, established.Earliest, established.Earliest.PlusDays(-1));
            from = $"counted from its establishment ({established}), with no meeting held yet";
        }
        else
        {
            return new CadenceAssessment(CadenceStatus.Unscheduled, asOf, null, null, null, nextPlanned, "no meeting has been held and the established date is unknown, so there is nothing to count from.");
        }

        var expected = window.ToDateInterval();
        // The grace period runs from the end of the window month: a window of February with one month's grace ends on
        // 31 March, not on 28 March.
        var dueBy = window.PlusMonths(cadence.GracePeriod.Months).ToDateInterval().End.PlusDays(cadence.GracePeriod.Days);
        var dormantAfter = dueBy.PlusMonths(cadence.IntervalMonths!.Value);
        var status = asOf < expected.Start ? CadenceStatus.OnSchedule
            : asOf <= dueBy ? CadenceStatus.Due
            : asOf <= dormantAfter ? CadenceStatus.Overdue
            : CadenceStatus.Dormant;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"next ordinary meeting expected {Iso(expected.Start)}/{Iso(expected.End)}, on time until {Iso(dueBy)}, dormant after {Iso(dormantAfter)}; {from}.");
        return new CadenceAssessment(status, asOf, expected, dueBy, lastHeld, nextPlanned, reason);
    }

    private static LocalDate LastDay(Meeting meeting) => (meeting.End ?? meeting.Start).Latest;

    private static bool IsOfTheSeries(MeetingKind kind)
        => kind == MeetingKind.Ordinary || kind == MeetingKind.MidTerm || kind == MeetingKind.Extraordinary || kind == MeetingKind.Inaugural
            || kind == MeetingKind.Round || kind == MeetingKind.Ministerial;

    // One interval after an ordinary meeting (or the establishment): the month of its first day plus the interval,
    // moved to the nearest preferred month that comes after the anchor's last day.
    private static YearMonth NextOrdinary(Cadence cadence, LocalDate anchorStart, LocalDate anchorEnd)
    {
        var target = Month(anchorStart).PlusMonths(cadence.IntervalMonths!.Value);
        if (cadence.PreferredMonth is not { } preferred)
        {
            return target;
        }

        var best = default(YearMonth?);
        foreach (var candidate in PreferredMonths(cadence, preferred, target.Year - 2, target.Year + 2))
        {
            if (candidate.OnDayOfMonth(1) <= anchorEnd)
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
        if (cadence.PreferredMonth is not { } preferred)
        {
            return month.PlusMonths(Math.Max(1, cadence.IntervalMonths!.Value / 2));
        }

        return PreferredMonths(cadence, preferred, month.Year, month.Year + 3).First(candidate => candidate.OnDayOfMonth(1) > anchorEnd);
    }

    // The preferred month, and for intervals that divide a year (6, 4, 3…) the months that repeat it within the
    // year, in calendar order.
    private static List<YearMonth> PreferredMonths(Cadence cadence, int preferred, int fromYear, int toYear)
    {
        var interval = cadence.IntervalMonths!.Value;
        var perYear = interval < 12 && 12 % interval == 0 ? 12 / interval : 1;
        var months = new List<YearMonth>();
        for (var year = fromYear; year <= toYear; year++)
        {
            for (var k = 0; k < perYear; k++)
            {
                months.Add(new YearMonth(year, ((preferred - 1 + (k * interval)) % 12) + 1));
            }
        }

        months.Sort();
        return months;
    }

    private static YearMonth Month(LocalDate date) => new(date.Year, date.Month);

    private static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + (to.Month - from.Month);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
