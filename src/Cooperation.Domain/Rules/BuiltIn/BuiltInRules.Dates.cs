using System.Collections.Immutable;

namespace Cooperation.Domain.Rules;

public static partial class BuiltInRules
{
    /// <summary>How many days after its last possible day a planned meeting may stay "planned" before COOP3005 reports it.</summary>
    public const int PlannedMeetingGraceDays = 90;

    /// <summary>COOP3001: a period that ends before it starts.</summary>
    public static RuleDescriptor RangeEndsBeforeStart { get; } = Describe(
        "COOP3001", "Period ends before it starts", RuleCategory.DatesAndCadence, Severity.Error,
        "{0} ends ({1}) before it starts ({2}).",
        "{0} termina ({1}) antes de empezar ({2}).",
        "A meeting's last day, a party's participation end or a mechanism's dissolution cannot come before the start; one of the two dates is wrong.",
        "Check both dates against the source; a swapped day and month is the usual cause.");

    /// <summary>COOP3002: a meeting before its mechanism was established.</summary>
    public static RuleDescriptor MeetingBeforeEstablishment { get; } = Describe(
        "COOP3002", "Meeting before the mechanism was established", RuleCategory.DatesAndCadence, Severity.Error,
        "The meeting {0} ({1}) is before its mechanism {2} was established ({3}).",
        "La reunión {0} ({1}) es anterior al establecimiento de su mecanismo {2} ({3}).",
        "A mechanism cannot meet before it exists. Either the meeting belongs to a predecessor, or one of the dates is wrong.",
        "Attach the meeting to the right mechanism (often the predecessor), or correct the established date.");

    /// <summary>COOP3003: a meeting after its mechanism was dissolved.</summary>
    public static RuleDescriptor MeetingAfterDissolution { get; } = Describe(
        "COOP3003", "Meeting after the mechanism was dissolved", RuleCategory.DatesAndCadence, Severity.Error,
        "The meeting {0} ({1}) is after its mechanism {2} was dissolved ({3}).",
        "La reunión {0} ({1}) es posterior a la disolución de su mecanismo {2} ({3}).",
        "A dissolved mechanism does not meet. The meeting probably belongs to its successor.",
        "Attach the meeting to the successor, or correct the dissolution date.");

    /// <summary>COOP3004: a meeting marked held that starts after the as-of date.</summary>
    public static RuleDescriptor HeldMeetingInFuture { get; } = Describe(
        "COOP3004", "Held meeting in the future", RuleCategory.DatesAndCadence, Severity.Error,
        "The meeting {0} is marked held but starts on {1}, after {2}.",
        "La reunión {0} figura como celebrada pero empieza el {1}, después del {2}.",
        "A meeting cannot have been held before it starts. Usually a planned meeting was marked held, or the date is wrong.",
        "Mark the meeting planned, or correct its date.", needsAsOfDate: true);

    /// <summary>COOP3005: a meeting still planned long after its date.</summary>
    public static RuleDescriptor PlannedMeetingLongPast { get; } = Describe(
        "COOP3005", "Planned meeting long past", RuleCategory.DatesAndCadence, Severity.Warning,
        "The meeting {0} is still planned, but its last possible day ({1}) was more than 90 days before {2}.",
        "La reunión {0} sigue prevista, pero su último día posible ({1}) fue más de 90 días antes del {2}.",
        "Plans go stale: three months after its date a planned meeting was either held, postponed or cancelled, and the catalog should say which.",
        "Find what happened and set the status to held, postponed or cancelled (with a source).", needsAsOfDate: true);

    /// <summary>COOP3006: an active mechanism overdue for its cadence.</summary>
    public static RuleDescriptor MechanismOverdue { get; } = Describe(
        "COOP3006", "Mechanism overdue for its cadence", RuleCategory.DatesAndCadence, Severity.Warning,
        "The mechanism {0} is overdue: its next ordinary meeting was expected {1}/{2} and on time until {3}, and none is recorded by {4}.",
        "El mecanismo {0} está atrasado: su siguiente reunión ordinaria se esperaba entre {1} y {2} y a tiempo hasta {3}, y no hay ninguna registrada al {4}.",
        "A mechanism that does not meet when its cadence says it should has either met without the catalog knowing, or is stalling; both are worth a look.",
        "Record the meeting that was held (with its source), record a planned one, or update the mechanism's status or cadence.", needsAsOfDate: true);

    /// <summary>COOP3007: an active mechanism that has missed a whole further interval.</summary>
    public static RuleDescriptor MechanismDormant { get; } = Describe(
        "COOP3007", "Mechanism dormant", RuleCategory.DatesAndCadence, Severity.Info,
        "The mechanism {0} has not met since its meeting was due ({1}) and a further interval has passed by {2}; it looks dormant.",
        "El mecanismo {0} no se ha reunido desde que debía ({1}) y ha pasado otro intervalo completo al {2}; parece inactivo.",
        "A mechanism that has missed a whole interval after its due date is dormant in practice, whatever its recorded status.",
        "Record its recent meetings, or set its status to dormant or dissolved when the sources say so.", needsAsOfDate: true);

    /// <summary>COOP3008: a mid-term meeting without an ordinary meeting before it (since the previous mid-term one).</summary>
    public static RuleDescriptor MidTermWithoutOrdinary { get; } = Describe(
        "COOP3008", "Mid-term meeting without an ordinary meeting before it", RuleCategory.DatesAndCadence, Severity.Warning,
        "The mid-term meeting {0} ({1}) {2}.",
        "La reunión intermedia {0} ({1}) {2}.",
        "A mid-term meeting reviews progress between two ordinary meetings. Without an ordinary meeting before it (or with another mid-term meeting since the last ordinary one), a meeting is missing from the catalog or the kind is wrong. The ordinary meeting after it may still be to come, so its absence is not reported.",
        "Record the ordinary meeting that preceded it, or correct the kind of meeting.");

    /// <summary>COOP3009: the status and the dissolution date disagree.</summary>
    public static RuleDescriptor StatusAndDissolutionDisagree { get; } = Describe(
        "COOP3009", "Status and dissolution date disagree", RuleCategory.DatesAndCadence, Severity.Warning,
        "The mechanism {0} is {1} but {2}.",
        "El mecanismo {0} figura como {1} pero {2}.",
        "A dissolution date means the mechanism ended: it is dissolved or superseded. An active, dormant or in-negotiation mechanism with a dissolution date contradicts itself.",
        "Set the status to dissolved or superseded, or remove the dissolution date.");

    private static void CheckMeetingRange(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (meeting.End is { } end && end.IsDefinitelyBefore(meeting.Start))
        {
            context.Found(SubjectLocation.Of(meeting, "end"), Say("The meeting {0}", "La reunión {0}", meeting.Id), end, meeting.Start);
        }
    }

    private static void CheckMechanismRanges(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        if (mechanism.Dissolved is { } dissolved && mechanism.Established is { } established && dissolved.IsDefinitelyBefore(established))
        {
            context.Found(SubjectLocation.Of(mechanism, "dissolved"), Say("The mechanism {0}", "El mecanismo {0}", mechanism.Id), dissolved, established);
        }

        foreach (var membership in mechanism.Parties)
        {
            context.Step();
            if (membership.Until is { } until && membership.Since is { } since && until.IsDefinitelyBefore(since))
            {
                context.Found(
                    SubjectLocation.Party(mechanism, membership),
                    Say($"The participation of {membership.Party} in {mechanism.Id}", $"La participación de {membership.Party} en {mechanism.Id}"),
                    until,
                    since);
            }
        }
    }

    private static void CheckMeetingAfterEstablishment(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (mechanism?.Established is { } established && (meeting.End ?? meeting.Start).IsDefinitelyBefore(established))
        {
            context.Found(SubjectLocation.Of(meeting, "start"), meeting.Id, When(meeting), mechanism.Id, established);
        }
    }

    private static void CheckMeetingBeforeDissolution(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (mechanism?.Dissolved is { } dissolved && meeting.Start.IsDefinitelyAfter(dissolved))
        {
            context.Found(SubjectLocation.Of(meeting, "start"), meeting.Id, When(meeting), mechanism.Id, dissolved);
        }
    }

    private static void CheckHeldInFuture(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        var asOf = context.RequiredAsOf;
        if (meeting.Status == MeetingStatus.Held && meeting.Start.Earliest > asOf)
        {
            context.Found(SubjectLocation.Of(meeting, "status"), meeting.Id, meeting.Start, AsOfText(asOf));
        }
    }

    private static void CheckPlannedLongPast(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        var asOf = context.RequiredAsOf;
        var last = (meeting.End ?? meeting.Start).Latest;
        // Day numbers, not date arithmetic: a meeting planned for December 9999 must not overflow.
        if (meeting.Status == MeetingStatus.Planned && DaysBetween(last, asOf) > PlannedMeetingGraceDays)
        {
            context.Found(SubjectLocation.Of(meeting, "status"), meeting.Id, Day(last), AsOfText(asOf));
        }
    }

    private static void CheckOverdue(in RuleContext context, Mechanism mechanism, in CadenceEvaluation e)
    {
        // A mechanism recorded as dormant already says what COOP3006 and COOP3007 would; a planned meeting answers it.
        if (e.Status == CadenceStatus.Overdue && e.NextPlanned is null && mechanism.Status != MechanismStatus.Dormant)
        {
            var asOf = context.RequiredAsOf;
            context.Found(SubjectLocation.Of(mechanism, "cadence"), mechanism.Id, Day(e.WindowStart), Day(e.WindowEnd), Day(e.DueBy), AsOfText(asOf));
        }
    }

    private static void CheckDormant(in RuleContext context, Mechanism mechanism, in CadenceEvaluation e)
    {
        if (e.Status == CadenceStatus.Dormant && e.NextPlanned is null && mechanism.Status != MechanismStatus.Dormant)
        {
            context.Found(SubjectLocation.Of(mechanism, "cadence"), mechanism.Id, Day(e.DueBy), AsOfText(context.RequiredAsOf));
        }
    }

    private static void CheckMidTermMeetings(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        // Meetings of a mechanism are in date order. Since the last ordinary meeting, is this the first mid-term one?
        var ordinarySeen = false;
        var midTermSinceOrdinary = false;
        foreach (var meeting in meetings)
        {
            context.Step();
            if (meeting.Status == MeetingStatus.Cancelled)
            {
                continue;
            }

            if (meeting.Kind == MeetingKind.Ordinary || meeting.Kind == MeetingKind.Inaugural)
            {
                ordinarySeen = true;
                midTermSinceOrdinary = false;
            }
            else if (meeting.Kind == MeetingKind.MidTerm)
            {
                if (!ordinarySeen)
                {
                    context.Found(SubjectLocation.Of(meeting), meeting.Id, When(meeting), Say("has no ordinary meeting before it in the catalog", "no tiene ninguna reunión ordinaria anterior en el catálogo"));
                }
                else if (midTermSinceOrdinary)
                {
                    context.Found(SubjectLocation.Of(meeting), meeting.Id, When(meeting), Say("follows another mid-term meeting with no ordinary meeting between them", "sigue a otra reunión intermedia sin ninguna reunión ordinaria entre ambas"));
                }

                midTermSinceOrdinary = true;
            }
        }
    }

    private static void CheckStatusAndDissolution(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        var ended = mechanism.Status == MechanismStatus.Dissolved || mechanism.Status == MechanismStatus.Superseded;
        if (mechanism.Dissolved is { } dissolved && !ended)
        {
            context.Found(SubjectLocation.Of(mechanism, "status"), mechanism.Id, Label(mechanism.Status), Say("has a dissolution date ({0})", "tiene fecha de disolución ({0})", dissolved));
        }
    }
}
