using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Domain;
using NodaTime;

namespace Cooperation.Cli.Output;

/// <summary>
/// Meetings as an iCalendar file (RFC 5545) that calendar programs import: one all-day VEVENT per meeting (held,
/// planned, postponed, cancelled) and one per mechanism whose next meeting is expected but not yet planned.
/// </summary>
/// <remarks>
/// A date known only to the month or year becomes an event over that whole month or year, marked transparent (it
/// does not block time) and explained in its description, so nothing is dropped and nothing is made more precise than
/// the sources. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence. DTSTAMP is the
/// as-of date, so the same catalog and date always give the same file.
/// </remarks>
internal static class ICalendarWriter
{
    public const string UidDomain = "cooperation-domain";

    public static void Write(CooperationCatalog catalog, LocalDate asOf, Language language, Stream output)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Cooperation.Domain//cooperation CLI//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(language == Language.Spanish ? "Reuniones de cooperación" : "Cooperation meetings"),
        };
        var stamp = $"{Basic(asOf)}T000000Z";

        // UIDs must be unique (RFC 5545 §3.8.4.7): of several meetings with one identifier, which the rules report as
        // COOP1001, the first is the one exported, as in the catalog's look-ups.
        var exported = new HashSet<MeetingId>();
        foreach (var meeting in catalog.Meetings.Where(m => exported.Add(m.Id)))
        {
            lines.AddRange(Meeting(meeting, catalog, stamp, language));
        }

        var expected = new HashSet<MechanismId>();
        foreach (var mechanism in catalog.Mechanisms.Where(m => expected.Add(m.Id)))
        {
            var assessment = catalog.AssessCadence(mechanism.Id, asOf);
            if (assessment.ExpectedWindow is { } window && assessment.NextPlanned is null)
            {
                lines.AddRange(Expected(mechanism, assessment, window, stamp, language));
            }
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, text);
        }

        output.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static IEnumerable<string> Meeting(Meeting meeting, CooperationCatalog catalog, string stamp, Language language)
    {
        var spanish = language == Language.Spanish;
        var start = meeting.Dates.Earliest;
        // A reversed range (which the rules report as COOP3001) still gives a valid event: it ends with its start.
        var end = meeting.Dates.Latest is { } latest && latest >= start ? latest : meeting.Start.Latest;
        var title = Describe.MeetingTitle(meeting, catalog, language);
        var summary = meeting.Status == MeetingStatus.Held || meeting.Status == MeetingStatus.Planned
            ? title
            : $"{title} ({Describe.Label(meeting.Status, language).ToLowerInvariant()})";
        var description = new List<string>();
        if (meeting.Mechanism is { } id && catalog.TryGetMechanism(id, out var mechanism))
        {
            description.Add(Describe.Mechanism(mechanism!, language));
        }

        description.Add($"{(spanish ? "Estado" : "Status")}: {Describe.Label(meeting.Status, language)}");
        description.Add($"{(spanish ? "Fechas" : "Dates")}: {Describe.Dates(meeting)}{Imprecision(meeting, spanish)}");
        foreach (var delegation in meeting.Delegations)
        {
            var heads = delegation.Participants.Where(p => p.Person is not null && (p.Role == DelegationRole.HeadOfDelegation || p.Role == DelegationRole.CoChair))
                .Select(p => p.Person!.Value.ToString());
            var names = string.Join(", ", heads);
            description.Add($"{delegation.Party}{(names.Length > 0 ? ": " + names : string.Empty)}");
        }

        foreach (var outcome in meeting.Outcomes)
        {
            description.Add("- " + Describe.Text(outcome.Text, language));
        }

        yield return "BEGIN:VEVENT";
        yield return $"UID:{meeting.Id}@{UidDomain}";
        yield return "DTSTAMP:" + stamp;
        yield return $"DTSTART;VALUE=DATE:{Basic(start)}";
        yield return $"DTEND;VALUE=DATE:{Basic(end.PlusDays(1))}";
        yield return "SUMMARY:" + Escape(summary);
        yield return "DESCRIPTION:" + Escape(string.Join("\n", description));
        if (meeting.Venues.Length > 0)
        {
            yield return "LOCATION:" + Escape(Describe.Venues(meeting.Venues, language));
        }

        yield return "STATUS:" + (meeting.Status == MeetingStatus.Held ? "CONFIRMED" : meeting.Status == MeetingStatus.Cancelled ? "CANCELLED" : "TENTATIVE");
        yield return "TRANSP:TRANSPARENT";
        yield return "CATEGORIES:" + Escape(meeting.Status.Name);
        yield return "END:VEVENT";
    }

    private static IEnumerable<string> Expected(Mechanism mechanism, CadenceAssessment assessment, DateInterval window, string stamp, Language language)
    {
        var spanish = language == Language.Spanish;
        yield return "BEGIN:VEVENT";
        yield return $"UID:{mechanism.Id}.expected@{UidDomain}";
        yield return "DTSTAMP:" + stamp;
        yield return $"DTSTART;VALUE=DATE:{Basic(window.Start)}";
        yield return $"DTEND;VALUE=DATE:{Basic(window.End.PlusDays(1))}";
        yield return "SUMMARY:" + Escape($"{(spanish ? "Próxima reunión esperada" : "Next meeting expected")}: {Describe.ShortName(mechanism, language)}");
        yield return "DESCRIPTION:" + Escape($"{Describe.Mechanism(mechanism, language)}\n{(spanish ? "Estado de la cadencia" : "Cadence status")}: {assessment.Status.Name}\n{assessment.Reason}");
        yield return "STATUS:TENTATIVE";
        yield return "TRANSP:TRANSPARENT";
        yield return "CATEGORIES:expected";
        yield return "END:VEVENT";
    }

    private static string Imprecision(Meeting meeting, bool spanish)
    {
        var precision = meeting.End is { } e && e.Precision < meeting.Start.Precision ? e.Precision : meeting.Start.Precision;
        var note = precision switch
        {
            PartialDatePrecision.Year => spanish ? " (solo se conoce el año)" : " (only the year is known)",
            PartialDatePrecision.Month => spanish ? " (solo se conoce el mes)" : " (only the month is known)",
            _ => string.Empty,
        };
        return note + (meeting.ApproximateDates ? (spanish ? " (fechas aproximadas)" : " (approximate dates)") : string.Empty);
    }

    private static string Basic(LocalDate date)
        => FormattableString.Invariant($"{date.Year:0000}{date.Month:00}{date.Day:00}");

    /// <summary>TEXT value escaping (RFC 5545 §3.3.11).</summary>
    public static string Escape(string text)
        => text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence.</summary>
    public static void Fold(string line, StringBuilder output)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var start = 0;
        var limit = 75;
        while (bytes.Length - start > limit)
        {
            var cut = start + limit;
            while ((bytes[cut] & 0xC0) == 0x80)
            {
                cut--;
            }

            output.Append(Encoding.UTF8.GetString(bytes, start, cut - start)).Append("\r\n ");
            start = cut;
            limit = 74;
        }

        output.Append(Encoding.UTF8.GetString(bytes, start, bytes.Length - start)).Append("\r\n");
    }
}
