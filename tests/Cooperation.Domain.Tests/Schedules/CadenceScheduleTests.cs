using System;
using NodaTime;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Schedules;

/// <summary>The schedule arithmetic of docs/cadence.md, on the Consular Dialogue's real pattern and its edge cases.</summary>
public class CadenceScheduleTests
{
    private static readonly Mechanism Consular = ConsularDialogue();

    [Theory]
    // The communiqué's own date: the mid-term meeting was held the week before; the annual meeting is expected in October.
    [InlineData("2023-04-24", "on-schedule")]
    [InlineData("2023-09-30", "on-schedule")]
    [InlineData("2023-10-01", "due")]
    [InlineData("2023-11-30", "due")]      // October plus the one-month grace period
    [InlineData("2023-12-01", "overdue")]
    [InlineData("2024-11-30", "overdue")]  // a further whole interval
    [InlineData("2024-12-01", "dormant")]
    public void The_Consular_Dialogue_after_its_April_2023_mid_term_meeting(string asOf, string expected)
    {
        var result = CadenceSchedule.Assess(Consular, [ConsularMidTerm2023(), ConsularAnual2023Planned()], LocalDate.FromDateTime(DateTime.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, result.Status.Name);
        Assert.Equal(new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), result.ExpectedWindow);
        Assert.Equal(new LocalDate(2023, 11, 30), result.DueBy);
        Assert.Equal(ConsularMidTerm2023(), result.LastHeld);
        Assert.Contains("counted from the mid-term meeting held 2023-04-17/2023-04-21", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // docs/cadence.md's worked example, on the shipped reference catalog: the source gives no grace period.
    [InlineData("2023-04-24", "on-schedule")]
    [InlineData("2023-10-01", "due")]
    [InlineData("2023-10-31", "due")]
    [InlineData("2023-11-01", "overdue")]
    [InlineData("2024-10-31", "overdue")]
    [InlineData("2024-11-01", "dormant")]
    public void The_worked_example_runs_on_the_shipped_catalog(string asOf, string expected)
    {
        var catalog = ReferenceCatalog.Default;
        var mechanism = catalog.GetMechanism(MechanismId.Parse("mx-us-consular-dialogue"));
        Assert.Equal(Cadence.Annual(), mechanism.Cadence); // "la reunión anual": no month made a rule from one year
        var result = CadenceSchedule.Assess(mechanism, catalog.MeetingsOf(mechanism.Id), LocalDate.FromDateTime(DateTime.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, result.Status.Name);
        Assert.Equal(new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), result.ExpectedWindow);
        Assert.Equal(new LocalDate(2023, 10, 31), result.DueBy);
        Assert.Equal(MeetingId.Parse("mx-us-consular-dialogue-2023-04"), result.LastHeld?.Id);
    }

    [Fact]
    public void The_planned_October_meeting_is_reported_but_does_not_count_until_held()
    {
        var before = CadenceSchedule.Assess(Consular, [ConsularMidTerm2023(), ConsularAnual2023Planned()], new LocalDate(2023, 5, 1));
        Assert.Equal(ConsularAnual2023Planned(), before.NextPlanned);

        var held = new Meeting(MeetingId.Parse("mx-us-consular-dialogue-2023-10"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("2023-10-12"), mechanism: Consular.Id);
        var after = CadenceSchedule.Assess(Consular, [ConsularMidTerm2023(), held], new LocalDate(2024, 1, 15));
        Assert.Equal(CadenceStatus.OnSchedule, after.Status);
        Assert.Equal(new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 31)), after.ExpectedWindow);
        Assert.Null(after.NextPlanned);
    }

    [Fact]
    public void Meetings_held_after_the_day_assessed_are_ignored()
    {
        var result = CadenceSchedule.Assess(Consular, [ConsularMidTerm2023()], new LocalDate(2023, 3, 1));
        Assert.Null(result.LastHeld);
        Assert.Contains("counted from its establishment (2013)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_any_meeting_the_window_counts_from_the_established_date()
    {
        // Established 2013, annual in October: the first meeting is expected in October 2013.
        var result = CadenceSchedule.Assess(Consular, [], new LocalDate(2013, 6, 1));
        Assert.Equal(CadenceStatus.OnSchedule, result.Status);
        Assert.Equal(new LocalDate(2013, 10, 1), result.ExpectedWindow!.Start);
    }

    [Fact]
    public void Without_a_preferred_month_the_window_is_the_month_one_interval_later()
    {
        var group = ConsularDialogue(Cadence.Semiannual());
        var held = new Meeting(MeetingId.Parse("m1"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("2011-01-22"), mechanism: group.Id);
        var result = CadenceSchedule.Assess(group, [held], new LocalDate(2011, 7, 15));
        Assert.Equal(new DateInterval(new LocalDate(2011, 7, 1), new LocalDate(2011, 7, 31)), result.ExpectedWindow);
        Assert.Equal(CadenceStatus.Due, result.Status);
        Assert.Equal(new LocalDate(2011, 7, 31), result.DueBy);
    }

    [Fact]
    public void Meetings_on_the_same_last_day_are_ordered_by_identifier_then_by_the_order_given()
    {
        var group = ConsularDialogue(Cadence.Semiannual());
        Meeting Held(string id, MeetingKind kind) => new(MeetingId.Parse(id), kind, MeetingStatus.Held, PartialDate.Parse("2011-01-22"), mechanism: group.Id);
        var ordinary = Held("m1", MeetingKind.Ordinary);
        var midTerm = Held("m1", MeetingKind.MidTerm);
        var asOf = new LocalDate(2011, 3, 1);
        Assert.Same(midTerm, CadenceSchedule.Assess(group, [ordinary, midTerm], asOf).LastHeld);
        Assert.Same(ordinary, CadenceSchedule.Assess(group, [midTerm, ordinary], asOf).LastHeld);
        var later = Held("m2", MeetingKind.Ordinary);
        Assert.Same(later, CadenceSchedule.Assess(group, [later, midTerm], asOf).LastHeld);
    }

    [Fact]
    public void A_late_ordinary_meeting_moves_the_next_window_to_the_nearest_preferred_month()
    {
        // Held in December instead of October: the next one is still expected the following October.
        var late = new Meeting(MeetingId.Parse("m1"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("2022-12-05"), mechanism: Consular.Id);
        var result = CadenceSchedule.Assess(Consular, [late], new LocalDate(2023, 1, 10));
        Assert.Equal(new LocalDate(2023, 10, 1), result.ExpectedWindow!.Start);
    }

    [Fact]
    public void Unscheduled_when_there_is_no_cadence_or_nothing_to_count_from()
    {
        Assert.Equal(CadenceStatus.Unscheduled, CadenceSchedule.Assess(ConsularDialogue(Cadence.AdHoc), [], new LocalDate(2020, 1, 1)).Status);
        var unknownStart = new Mechanism(MechanismId.Parse("mx-sv-group"), En("Group"), MechanismKind.HighLevelGroup, MechanismScope.Bilateral, Bilateral(PartyRef.Parse("SV")),
            MechanismStatus.Active, cadence: Cadence.Annual());
        var result = CadenceSchedule.Assess(unknownStart, [], new LocalDate(2011, 3, 1));
        Assert.Equal(CadenceStatus.Unscheduled, result.Status);
        Assert.Null(result.ExpectedWindow);
        Assert.Contains("nothing to count from", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Mechanisms_that_do_not_meet_are_unscheduled_and_only_the_series_restarts_the_schedule()
    {
        var superseded = new Mechanism(MechanismId.Parse("mx-gt-gansef"), En("GANSEF"), MechanismKind.HighLevelGroup, MechanismScope.Bilateral, Bilateral(GT),
            MechanismStatus.Superseded, established: PartialDate.Parse("2002-06-13"), cadence: Cadence.Annual(), successor: MechanismId.Parse("mx-gt-ganseg"));
        var result = CadenceSchedule.Assess(superseded, [], new LocalDate(2011, 1, 1));
        Assert.Equal(CadenceStatus.Unscheduled, result.Status);
        Assert.Contains("superseded", result.Reason, StringComparison.Ordinal);

        // A seminar held under the mechanism does not count as its next ordinary meeting.
        var seminar = new Meeting(MeetingId.Parse("s1"), MeetingKind.Seminar, MeetingStatus.Held, PartialDate.Parse("2023-06-10"), mechanism: Consular.Id);
        var withSeminar = CadenceSchedule.Assess(Consular, [ConsularMidTerm2023(), seminar], new LocalDate(2023, 7, 1));
        Assert.Equal(ConsularMidTerm2023(), withSeminar.LastHeld);

        Assert.Throws<ArgumentNullException>(() => CadenceSchedule.Assess(Consular, [null!], new LocalDate(2023, 7, 1)));
        Assert.Throws<ArgumentException>(() => CadenceSchedule.Assess(Consular, [], new LocalDate(2023, 7, 1, CalendarSystem.Julian)));
        var far = new Meeting(MeetingId.Parse("f1"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("9995"), mechanism: Consular.Id);
        Assert.Equal(CadenceStatus.Unscheduled, CadenceSchedule.Assess(Consular, [far], new LocalDate(9996, 1, 1)).Status);
        var lateFounding = ConsularDialogue(Cadence.EveryMonths(120, gracePeriod: Period.FromMonths(120)));
        var farFounded = new Mechanism(lateFounding.Id, lateFounding.Name, lateFounding.Kind, lateFounding.Scope, lateFounding.Parties, lateFounding.Status,
            established: PartialDate.Parse("9965"), cadence: lateFounding.Cadence);
        Assert.Contains("past the year 9999", CadenceSchedule.Assess(farFounded, [], new LocalDate(9966, 1, 1)).Reason, StringComparison.Ordinal);
        var justInside = new Mechanism(lateFounding.Id, lateFounding.Name, lateFounding.Kind, lateFounding.Scope, lateFounding.Parties, lateFounding.Status,
            established: PartialDate.Parse("9964"), cadence: lateFounding.Cadence);
        Assert.Equal(CadenceStatus.OnSchedule, CadenceSchedule.Assess(justInside, [], new LocalDate(9965, 1, 1)).Status);
    }

    [Fact]
    public void The_window_is_the_preferred_month_nearest_one_interval_later_not_the_next_one()
    {
        // Held in June 2022 with an October cadence: one interval later is June 2023, whose nearest October is
        // October 2023, not the October 2022 that merely comes next.
        var june = new Meeting(MeetingId.Parse("m1"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("2022-06-15"), mechanism: Consular.Id);
        Assert.Equal(new LocalDate(2023, 10, 1), CadenceSchedule.Assess(Consular, [june], new LocalDate(2022, 7, 1)).ExpectedWindow!.Start);
    }

    [Fact]
    public void Grace_in_months_runs_to_the_end_of_a_month()
    {
        var february = ConsularDialogue(Cadence.Annual(2, gracePeriod: Period.FromMonths(1) + Period.FromDays(3)));
        var held = new Meeting(MeetingId.Parse("m1"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("2022-02-10"), mechanism: february.Id);
        var result = CadenceSchedule.Assess(february, [held], new LocalDate(2023, 3, 31));
        Assert.Equal(new LocalDate(2023, 4, 3), result.DueBy);
        Assert.Equal(CadenceStatus.Due, result.Status);
    }

    [Fact]
    public void Cadence_factories_validate()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.Annual(13));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.Annual(10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.Semiannual(10, 4)); // April is itself an ordinary month
        Assert.Equal(1, Cadence.Semiannual(10, 1).MidTermMonth);
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.EveryMonths(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.EveryMonths(1, midTermMonth: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.Annual(gracePeriod: Period.FromHours(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.Annual(gracePeriod: Period.FromDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.Annual(gracePeriod: Period.FromMonths(121)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cadence.Annual(gracePeriod: Period.FromDays(4000)));
        Assert.Equal(Cadence.Annual(10, 4, Period.FromMonths(1)), Cadence.Annual(10, 4, Period.FromMonths(1)));
        Assert.Equal("annual in month 10, mid-term in month 4, grace P1M", Cadence.Annual(10, 4, Period.FromMonths(1)).ToString());
        Assert.Equal(24, Cadence.Biennial().IntervalMonths);
        Assert.False(Cadence.Ongoing.IsPeriodic);
    }
}
