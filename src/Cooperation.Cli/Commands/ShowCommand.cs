using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation show ID</c>: one mechanism, meeting, institution or source in full.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The id of a mechanism, meeting, institution or source (as in \"cooperation list\")." };
        var catalogs = CommonOptions.Catalogs();
        var language = CommonOptions.Language();
        var command = new Command("show", "Show one mechanism, meeting, institution or source in full. Exit code 1 when no entity has the id.")
        {
            id, catalogs, language,
        };
        command.SetAction(result =>
        {
            var text = result.GetRequiredValue(id).Trim();
            if (text.Length == 0)
            {
                throw new CliException("show: the id is empty; give the id of a mechanism, meeting, institution or source.");
            }

            var catalog = CatalogLoader.LoadMerged(result.GetValue(catalogs) ?? [], console);
            return Run(text, catalog, result.LanguageOf(language), console);
        });
        return command;
    }

    private static int Run(string id, CooperationCatalog catalog, Language language, CliConsole console)
    {
        var sheet = new Sheet(console, language);
        var shown = 0;
        if (MechanismId.TryParse(id, out var mechanismId) && catalog.TryGetMechanism(mechanismId, out var mechanism))
        {
            Mechanism(sheet, mechanism!, catalog, language);
            shown++;
        }

        if (MeetingId.TryParse(id, out var meetingId) && catalog.TryGetMeeting(meetingId, out var meeting))
        {
            Separate(sheet, shown++);
            Meeting(sheet, meeting!, catalog, language);
        }

        if (InstitutionId.TryParse(id, out var institutionId) && catalog.TryGetInstitution(institutionId, out var institution))
        {
            Separate(sheet, shown++);
            Institution(sheet, institution!, catalog, language);
        }

        if (SourceId.TryParse(id, out var sourceId) && catalog.TryGetSource(sourceId, out var source))
        {
            Separate(sheet, shown++);
            Source(sheet, source!, language);
        }

        if (shown > 0)
        {
            return ExitCodes.Success;
        }

        console.Error.WriteLine($"cooperation: no mechanism, meeting, institution or source has the id \"{id}\".");
        var suggestions = Suggest(id, catalog);
        if (suggestions.Count > 0)
        {
            console.Error.WriteLine("Did you mean:");
            foreach (var suggestion in suggestions)
            {
                console.Error.WriteLine("  " + suggestion);
            }
        }

        return ExitCodes.Failure;
    }

    // The name in the other language, when it has one that differs. A name the sources give only in the other
    // language is already the title (in that language), so it is not repeated.
    private static void OtherName(Sheet sheet, LocalizedText name, Language language)
    {
        var shown = name.Get(language);
        var other = name.Get(language == Language.Spanish ? Language.English : Language.Spanish);
        if (shown is not null && other is not null && !string.Equals(other, shown, StringComparison.Ordinal))
        {
            sheet.Field("also", other);
        }
    }

    private static void Separate(Sheet sheet, int shown)
    {
        if (shown > 0)
        {
            sheet.Blank();
        }
    }

    private static void Mechanism(Sheet sheet, Mechanism m, CooperationCatalog catalog, Language language)
    {
        sheet.Title(Describe.Mechanism(m, language));
        OtherName(sheet, m.Name, language);

        sheet.Field("id", m.Id.ToString());
        sheet.Field("kind", Describe.Label(m.Kind, language));
        sheet.Field("scope", Describe.Label(m.Scope, language));
        sheet.Field("status", Describe.Label(m.Status, language));
        sheet.Field("established", Describe.Date(m.Established));
        sheet.Field("dissolved", Describe.Date(m.Dissolved));
        sheet.Field("cadence", m.Cadence?.ToString());
        sheet.Field("parent", m.Parent?.ToString());
        sheet.Field("predecessor", m.Predecessor?.ToString());
        sheet.Field("successor", m.Successor?.ToString());
        sheet.Field("topics", string.Join(", ", m.Topics.Select(t => Describe.Label(t, language))));
        sheet.Field("origin", m.Origin is { } origin ? Describe.Text(origin.Text, language) + (origin.Date is { } date ? $" ({date})" : string.Empty) : null);
        sheet.Field("purpose", Describe.Text(m.Purpose, language));
        sheet.Section("parties", m.Parties.Select(p => Party(p.Party, language) + " — " + Describe.Label(p.Status, language)
            + (p.Since is { } since ? ", since " + since : string.Empty) + (p.Until is { } until ? ", until " + until : string.Empty)));
        sheet.Section("presidencies", m.Presidencies.Select(p => $"{p.Term}: {Party(p.Holder, language)}"));
        sheet.Section("outcomes", m.Outcomes.Select(o => Outcome(o, language)));
        sheet.Section("meetings", catalog.MeetingsOf(m.Id).Select(meeting =>
            $"{Describe.Dates(meeting)} {meeting.Id} ({meeting.Status.Name}): {Describe.MeetingTitle(meeting, catalog, language)}"));
        sheet.Section("sources", m.Sources.Select(s => SourceLine(s, catalog, language)));
    }

    private static void Meeting(Sheet sheet, Meeting m, CooperationCatalog catalog, Language language)
    {
        sheet.Title(Describe.MeetingTitle(m, catalog, language));
        sheet.Field("id", m.Id.ToString());
        sheet.Field("mechanism", m.Mechanism is { } mid
            ? mid + (catalog.TryGetMechanism(mid, out var owner) ? " — " + Describe.Mechanism(owner!, language) : string.Empty)
            : null);
        sheet.Field("kind", Describe.Label(m.Kind, language));
        sheet.Field("status", Describe.Label(m.Status, language));
        sheet.Field("dates", Describe.Dates(m) + (m.ApproximateDates ? (language == Language.Spanish ? " (aproximadas)" : " (approximate)") : string.Empty));
        sheet.Field("ordinal", m.Ordinal is { } o ? (language == Language.Spanish ? o.ToSpanish(GrammaticalGender.Feminine) : o.ToEnglish()) : null);
        sheet.Field("venue", Describe.Venues(m.Venues, language));
        sheet.Field("topics", string.Join(", ", m.Topics.Select(t => Describe.Label(t, language))));
        if (m.Delegations.Length > 0)
        {
            sheet.Heading("delegations");
            foreach (var delegation in m.Delegations)
            {
                sheet.Item(Party(delegation.Party, language) + (delegation.Description is { } d ? ": " + Describe.Text(d, language) : string.Empty), 1);
                foreach (var p in delegation.Participants)
                {
                    sheet.Item(Participant(p, catalog, language), 2);
                }
            }
        }

        sheet.Section("outcomes", m.Outcomes.Select(o => Outcome(o, language)));
        sheet.Section("sources", m.Sources.Select(s => SourceLine(s, catalog, language)));
    }

    private static void Institution(Sheet sheet, Institution i, CooperationCatalog catalog, Language language)
    {
        sheet.Title(Describe.Institution(i, language));
        OtherName(sheet, i.Name, language);

        sheet.Field("id", i.Id.ToString());
        sheet.Field("kind", Describe.Label(i.Kind, language));
        sheet.Field("country", i.Country.IsDefault ? null : $"{i.Country} — {Countries.Get(i.Country).Name.GetOrOther(language)}");
        sheet.Field("parent", i.Parent is { } parent
            ? parent + (catalog.TryGetInstitution(parent, out var p) ? " — " + Describe.Institution(p!, language) : string.Empty)
            : null);
        sheet.Field("acronyms", string.Join(", ", new[] { i.SpanishAcronym, i.EnglishAcronym }.Where(a => a is not null).Select(a => a!.Value)
            .Concat(i.OtherAcronyms).Distinct().Select(a => a.ToString())));
        sheet.Section("mechanisms", catalog.MechanismsOf(PartyRef.ForOrganization(i.Id)).Select(m => $"{m.Id}: {Describe.Mechanism(m, language)}"));
        sheet.Section("meetings", catalog.MeetingsWith(i.Id).Select(m => $"{Describe.Dates(m)} {m.Id}: {Describe.MeetingTitle(m, catalog, language)}"));
    }

    private static void Source(Sheet sheet, Source s, Language language)
    {
        sheet.Title(Describe.Text(s.Title, language));
        sheet.Field("id", s.Id.ToString());
        sheet.Field("kind", Describe.Label(s.Kind, language));
        sheet.Field("publisher", Describe.Text(s.Publisher, language));
        sheet.Field("date", Describe.Date(s.Date));
        sheet.Field("language", s.Language == Language.Spanish ? "es" : "en");
        sheet.Field("url", s.Url?.ToString());
        sheet.Field("issuers", string.Join(", ", s.Issuers));
    }

    private static string Party(PartyRef party, Language language)
        => party.IsCountry ? $"{party} ({Countries.Get(party.Country).Name.GetOrOther(language)})" : party.ToString();

    private static string Participant(Participant p, CooperationCatalog catalog, Language language)
    {
        var parts = new List<string> { Describe.Label(p.Role, language) + ":" };
        if (p.Person is { } person)
        {
            parts.Add(person.ToString() + (p.Position is { } position ? ", " + Describe.Text(position, language) : string.Empty));
        }
        else if (p.Position is { } position)
        {
            parts.Add(Describe.Text(position, language));
        }

        if (p.Institution is { } institution)
        {
            if (catalog.TryGetInstitution(institution, out var found))
            {
                var acronym = Describe.Acronym(found!.SpanishAcronym, found.EnglishAcronym, language);
                parts.Add($"({(acronym.Length > 0 ? acronym : Describe.Text(found.Name, language))})");
            }
            else
            {
                parts.Add($"({institution})");
            }
        }

        return string.Join(' ', parts);
    }

    private static string Outcome(Commitment o, Language language)
        => $"{Describe.Label(o.Kind, language)} ({Describe.Label(o.Status, language)}): {Describe.Text(o.Text, language)}"
            + (o.Parties.IsDefaultOrEmpty ? string.Empty : " — " + string.Join(", ", o.Parties));

    private static string SourceLine(SourceId id, CooperationCatalog catalog, Language language)
        => catalog.TryGetSource(id, out var source) ? $"{id}: {Describe.Text(source!.Title, language)}" : id.ToString();

    // Ids that contain the text or are within two edits of it.
    private static List<string> Suggest(string text, CooperationCatalog catalog)
        => Suggestions.Nearest(
            text,
            catalog.Mechanisms.Select(m => m.Id.ToString())
                .Concat(catalog.Meetings.Select(m => m.Id.ToString()))
                .Concat(catalog.Institutions.Select(i => i.Id.ToString()))
                .Concat(catalog.Sources.Select(s => s.Id.ToString())),
            maxEdits: 2,
            max: Countries.MaxSuggestions);
}
