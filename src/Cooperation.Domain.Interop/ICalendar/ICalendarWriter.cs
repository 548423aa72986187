using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Cooperation.Domain.Interop;

/// <summary>
/// A catalog's meetings as an iCalendar file (RFC 5545) that calendar programs import: one all-day VEVENT per meeting
/// (held, planned, postponed, cancelled) and one per mechanism whose next meeting is expected but not yet planned.
/// </summary>
/// <remarks>
/// <para>A date known only to the month or year becomes an event over that whole month or year, marked transparent (it
/// does not block time), with its precision in <c>X-COOPERATION-PRECISION</c> (<c>day</c>, <c>month</c>, <c>year</c>)
/// and in its description, so nothing is dropped and nothing is made more precise than the sources. Approximate dates
/// add <c>X-COOPERATION-APPROXIMATE:TRUE</c>. Every event has a UID of its own (<c>meeting-id@cooperation-domain</c>, of
/// several meetings with one identifier the first), a DTSTART and a DTEND after it (a reversed range ends with its start).</para>
/// <para>Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence; text is escaped. DTSTAMP is
/// the as-of date, so the same catalog and date always give the same bytes.</para>
/// </remarks>
public sealed class ICalendarWriter : DocumentWriter<CooperationCatalog>
{
    /// <summary>The domain part of every UID.</summary>
    public const string UidDomain = "cooperation-domain";

    /// <summary>The property that holds the precision of an event's dates: <c>day</c>, <c>month</c> or <c>year</c>.</summary>
    public const string PrecisionProperty = "X-COOPERATION-PRECISION";

    /// <summary>The property present, with the value <c>TRUE</c>, on an event whose dates are approximate.</summary>
    public const string ApproximateProperty = "X-COOPERATION-APPROXIMATE";

    /// <summary>Creates a writer.</summary>
    /// <param name="asOf">The day from which expected meetings are computed, and the events' DTSTAMP.</param>
    /// <param name="language">The language of summaries and descriptions.</param>
    public ICalendarWriter(LocalDate asOf, Language language = Language.English)
    {
        AsOf = asOf;
        Language = language;
    }

    /// <summary>The day from which expected meetings are computed, and the events' DTSTAMP.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The language of summaries and descriptions.</summary>
    public Language Language { get; }

    /// <summary>The format's name, as <c>cooperation export --format</c> takes it: <c>ics</c>.</summary>
    public override string Name => "ics";

    /// <summary>The media type: <c>text/calendar</c>.</summary>
    public override string MediaType => "text/calendar";

    /// <summary>The file extension: <c>.ics</c>.</summary>
    public override string FileExtension => ".ics";

    /// <inheritdoc/>
    private protected override IEnumerable<DocumentPart> WriteParts(CooperationCatalog value, IBufferWriter<byte> destination) => Steps(value, destination);

    private IEnumerable<DocumentPart> Steps(CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        var spanish = Language == Language.Spanish;
        ContentLine.Write("BEGIN:VCALENDAR", output);
        ContentLine.Write("VERSION:2.0", output);
        ContentLine.Write("PRODID:-//Cooperation.Domain//Cooperation.Domain.Interop//EN", output);
        ContentLine.Write("CALSCALE:GREGORIAN", output);
        ContentLine.Write("METHOD:PUBLISH", output);
        ContentLine.Write("X-WR-CALNAME:" + ContentLine.Escape(spanish ? "Reuniones de cooperación" : "Cooperation meetings"), output);
        var stamp = $"{Basic(AsOf)}T000000Z";

        // UIDs must be unique (RFC 5545 §3.8.4.7): of several meetings with one identifier, which the rules report as
        // COOP1001, the first is the one exported, as in the catalog's look-ups.
        var exported = new HashSet<MeetingId>();
        foreach (var meeting in catalog.Meetings)
        {
            if (exported.Add(meeting.Id))
            {
                WriteMeeting(meeting, catalog, stamp, output);
                yield return default;
            }
        }

        var expected = new HashSet<MechanismId>();
        foreach (var mechanism in catalog.Mechanisms)
        {
            if (!expected.Add(mechanism.Id))
            {
                continue;
            }

            var assessment = catalog.AssessCadence(mechanism.Id, AsOf);
            if (assessment.ExpectedWindow is { } window && assessment.NextPlanned is null)
            {
                WriteExpected(mechanism, assessment, window, stamp, output);
                yield return default;
            }
        }

        ContentLine.Write("END:VCALENDAR", output);
    }

    private void WriteMeeting(Meeting meeting, CooperationCatalog catalog, string stamp, IBufferWriter<byte> output)
    {
        var spanish = Language == Language.Spanish;
        var start = meeting.Dates.Earliest;
        // A reversed range (which the rules report as COOP3001) still gives a valid event: it ends with its start.
        var end = meeting.Dates.Latest is { } latest && latest >= start ? latest : meeting.Start.Latest;
        var title = DisplayText.Title(meeting, catalog, Language);
        var summary = meeting.Status == MeetingStatus.Held || meeting.Status == MeetingStatus.Planned
            ? title
            : $"{title} ({DisplayText.Label(meeting.Status, Language).ToLowerInvariant()})";
        var precision = Precision(meeting);
        var description = new List<string>();
        if (meeting.Mechanism is { } id && catalog.TryGetMechanism(id, out var mechanism))
        {
            description.Add(DisplayText.Name(mechanism, Language));
        }

        description.Add($"{(spanish ? "Estado" : "Status")}: {DisplayText.Label(meeting.Status, Language)}");
        description.Add($"{(spanish ? "Fechas" : "Dates")}: {DisplayText.Dates(meeting)}{Imprecision(precision, meeting.ApproximateDates, spanish)}");
        foreach (var delegation in meeting.Delegations)
        {
            var heads = string.Join(", ", delegation.Participants
                .Where(p => p.Person is not null && (p.Role == DelegationRole.HeadOfDelegation || p.Role == DelegationRole.CoChair))
                .Select(p => p.Person!.Value.ToString()));
            description.Add($"{delegation.Party}{(heads.Length > 0 ? ": " + heads : string.Empty)}");
        }

        foreach (var outcome in meeting.Outcomes)
        {
            description.Add("- " + DisplayText.Of(outcome.Text, Language));
        }

        ContentLine.Write("BEGIN:VEVENT", output);
        ContentLine.Write($"UID:{meeting.Id}@{UidDomain}", output);
        ContentLine.Write("DTSTAMP:" + stamp, output);
        ContentLine.Write($"DTSTART;VALUE=DATE:{Basic(start)}", output);
        ContentLine.Write($"DTEND;VALUE=DATE:{Basic(end.PlusDays(1))}", output);
        ContentLine.Write("SUMMARY:" + ContentLine.Escape(summary), output);
        ContentLine.Write("DESCRIPTION:" + ContentLine.Escape(string.Join("\n", description)), output);
        if (meeting.Venues.Length > 0)
        {
            ContentLine.Write("LOCATION:" + ContentLine.Escape(DisplayText.Venues(meeting.Venues, Language)), output);
        }

        ContentLine.Write("STATUS:" + (meeting.Status == MeetingStatus.Held ? "CONFIRMED" : meeting.Status == MeetingStatus.Cancelled ? "CANCELLED" : "TENTATIVE"), output);
        ContentLine.Write("TRANSP:TRANSPARENT", output);
        ContentLine.Write("CATEGORIES:" + ContentLine.Escape(meeting.Status.Name), output);
        ContentLine.Write($"{PrecisionProperty}:{PrecisionName(precision)}", output);
        if (meeting.ApproximateDates)
        {
            ContentLine.Write($"{ApproximateProperty}:TRUE", output);
        }

        ContentLine.Write("END:VEVENT", output);
    }

    private void WriteExpected(Mechanism mechanism, CadenceAssessment assessment, DateInterval window, string stamp, IBufferWriter<byte> output)
    {
        var spanish = Language == Language.Spanish;
        ContentLine.Write("BEGIN:VEVENT", output);
        ContentLine.Write($"UID:{mechanism.Id}.expected@{UidDomain}", output);
        ContentLine.Write("DTSTAMP:" + stamp, output);
        ContentLine.Write($"DTSTART;VALUE=DATE:{Basic(window.Start)}", output);
        ContentLine.Write($"DTEND;VALUE=DATE:{Basic(window.End.PlusDays(1))}", output);
        ContentLine.Write("SUMMARY:" + ContentLine.Escape($"{(spanish ? "Próxima reunión esperada" : "Next meeting expected")}: {DisplayText.ShortName(mechanism, Language)}"), output);
        ContentLine.Write("DESCRIPTION:" + ContentLine.Escape($"{DisplayText.Name(mechanism, Language)}\n{(spanish ? "Estado de la cadencia" : "Cadence status")}: {assessment.Status.Name}\n{assessment.Reason}"), output);
        ContentLine.Write("STATUS:TENTATIVE", output);
        ContentLine.Write("TRANSP:TRANSPARENT", output);
        ContentLine.Write("CATEGORIES:expected", output);
        ContentLine.Write($"{PrecisionProperty}:day", output);
        ContentLine.Write("END:VEVENT", output);
    }

    // The coarser of the start's and the end's precision: the event spans what the coarser one covers.
    private static PartialDatePrecision Precision(Meeting meeting)
        => meeting.End is { } e && e.Precision < meeting.Start.Precision ? e.Precision : meeting.Start.Precision;

    private static string PrecisionName(PartialDatePrecision precision) => precision switch
    {
        PartialDatePrecision.Year => "year",
        PartialDatePrecision.Month => "month",
        _ => "day",
    };

    private static string Imprecision(PartialDatePrecision precision, bool approximate, bool spanish)
    {
        var note = precision switch
        {
            PartialDatePrecision.Year => spanish ? " (solo se conoce el año)" : " (only the year is known)",
            PartialDatePrecision.Month => spanish ? " (solo se conoce el mes)" : " (only the month is known)",
            _ => string.Empty,
        };
        return note + (approximate ? (spanish ? " (fechas aproximadas)" : " (approximate dates)") : string.Empty);
    }

    private static string Basic(LocalDate date)
        => FormattableString.Invariant($"{date.Year:0000}{date.Month:00}{date.Day:00}");
}
