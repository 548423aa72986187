using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

public static partial class BuiltInRules
{
    /// <summary>COOP7001: a held meeting that cites no source.</summary>
    public static RuleDescriptor HeldMeetingWithoutSource { get; } = Describe(
        "COOP7001", "Held meeting without a source", RuleCategory.SourcesAndText, Severity.Warning,
        "The meeting {0} is marked held but cites no source.",
        "La reunión {0} figura como celebrada pero no cita ninguna fuente.",
        "That a meeting took place, on which days and with whom, is a fact that needs a document behind it: a communiqué, a report, minutes.",
        "Add the source that reports the meeting, and cite it.");

    /// <summary>COOP7002: a mechanism that cites no source.</summary>
    public static RuleDescriptor MechanismWithoutSource { get; } = Describe(
        "COOP7002", "Mechanism without a source", RuleCategory.SourcesAndText, Severity.Warning,
        "The mechanism {0} cites no source.",
        "El mecanismo {0} no cita ninguna fuente.",
        "A mechanism's existence, parties and establishment come from documents; without a citation nobody can check them.",
        "Add the source that establishes or describes the mechanism, and cite it.");

    /// <summary>COOP7003: a name given in one language only.</summary>
    public static RuleDescriptor NameInOneLanguage { get; } = Describe(
        "COOP7003", "Name not given in both languages", RuleCategory.SourcesAndText, Severity.Info,
        "The name of {0} is given only in {1}.",
        "El nombre de {0} solo está en {1}.",
        "The catalog serves readers in Spanish and English; a name in one language shows up untranslated in the other.",
        "Add the name in the other language, as the sources or common usage give it; do not invent an official name.");

    /// <summary>COOP7004: a held meeting that cites a source dated before it.</summary>
    public static RuleDescriptor SourceBeforeMeeting { get; } = Describe(
        "COOP7004", "Source dated before the meeting it reports", RuleCategory.SourcesAndText, Severity.Warning,
        "The meeting {0} ({1}) is marked held but cites {2}, dated {3}, before it started.",
        "La reunión {0} ({1}) figura como celebrada pero cita {2}, fechada el {3}, antes de que empezara.",
        "A document written before a meeting can announce it but not report that it was held; the citation or one of the dates is wrong.",
        "Cite the document that reports the meeting, or correct the dates.");

    /// <summary>COOP7005: a source that nothing cites.</summary>
    public static RuleDescriptor UnusedSource { get; } = Describe(
        "COOP7005", "Source cited by nothing", RuleCategory.SourcesAndText, Severity.Info,
        "The source {0} is cited by nothing in the catalog.",
        "La fuente {0} no la cita nada del catálogo.",
        "A source in the catalog is there to back facts; one that backs nothing is either missing its citations or not needed.",
        "Cite the source from the mechanisms and meetings it reports, or remove it.");

    private static void CheckHeldMeetingSources(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (meeting.Status == MeetingStatus.Held && meeting.Sources.IsEmpty)
        {
            context.Found(SubjectLocation.Of(meeting, "citations"), meeting.Id);
        }
    }

    private static void CheckMechanismCitesSources(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        if (mechanism.Sources.IsEmpty)
        {
            context.Found(SubjectLocation.Of(mechanism, "citations"), mechanism.Id);
        }
    }

    private static void CheckInstitutionName(in RuleContext context, Institution institution)
        => ReportOneLanguage(context, institution.Name, CatalogCollections.Institutions, institution.Id);

    private static void CheckMechanismName(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
        => ReportOneLanguage(context, mechanism.Name, CatalogCollections.Mechanisms, mechanism.Id);

    private static void CheckMeetingTitle(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (meeting.Title is { } title)
        {
            ReportOneLanguage(context, title, CatalogCollections.Meetings, meeting.Id, "title");
        }
    }

    private static void ReportOneLanguage<TId>(in RuleContext context, LocalizedText name, string collection, TId id, string member = "name")
    {
        if (!name.Has(Language.Spanish) || !name.Has(Language.English))
        {
            var only = name.Has(Language.Spanish) ? Say("Spanish", "español") : Say("English", "inglés");
            context.Found($"{collection}[{id}].{member}", id!.ToString(), only);
        }
    }

    private static void CheckSourceDates(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (meeting.Status != MeetingStatus.Held)
        {
            return;
        }

        foreach (var id in meeting.Sources)
        {
            context.Step();
            if (context.Catalog.TryGetSource(id, out var source) && source.Date is { } date && date.IsDefinitelyBefore(meeting.Start))
            {
                context.Found(SubjectLocation.Of(CatalogCollections.Meetings, meeting.Id.ToString(), "citations", id.ToString()), meeting.Id, When(meeting), id, date);
            }
        }
    }

    // The catalog finds the sources nothing cites when it is built.
    private static void AnalyzeUnusedSources(in RuleContext context)
    {
        foreach (var source in context.Catalog.UncitedSources)
        {
            context.Step();
            context.Found(SubjectLocation.Of(source), source.Id);
        }
    }

    /// <summary>COOP7006: a quote that does not occur in its source's archived copy.</summary>
    public static RuleDescriptor QuoteNotInSource { get; } = Describe(
        "COOP7006", "Quote not found in its source", RuleCategory.SourcesAndText, Severity.Error,
        "The quote {0} is not in {1} ({2}).",
        "La cita {0} no está en {1} ({2}).",
        "A quote is the source's own words behind a claim. Checked against the archived copy (after NFC normalization and with every run of white space as one space) only when the copies are given (check --sources DIR, ValidationOptions.WithSourceTexts); a quote that is not there was mistyped, paraphrased or taken from another document.",
        "Copy the words exactly from the source, or cite the document they come from.", needsSourceTexts: true);

    /// <summary>COOP7007: a cited source whose archived copy is not available.</summary>
    public static RuleDescriptor ArchivedCopyMissing { get; } = Describe(
        "COOP7007", "Archived copy not available", RuleCategory.SourcesAndText, Severity.Warning,
        "The quotes from {0} cannot be checked: {1}.",
        "Las citas de {0} no se pueden comprobar: {1}.",
        "Quotes are checked against archived copies when the copies are given; a source that names no copy, or whose file is missing, not a regular file (a FIFO or a device, also through a link), unreadable or not UTF-8, leaves its quotes unchecked.",
        "Give the source an archive (file name and SHA-256) and put the file with the others.", needsSourceTexts: true);

    /// <summary>COOP7008: an archived copy whose bytes do not have the recorded SHA-256.</summary>
    public static RuleDescriptor ArchivedCopyChanged { get; } = Describe(
        "COOP7008", "Archived copy differs from its recorded hash", RuleCategory.SourcesAndText, Severity.Error,
        "The archived copy {0} of {1} has SHA-256 {2}, not the recorded {3}.",
        "La copia archivada {0} de {1} tiene SHA-256 {2}, no el registrado {3}.",
        "The hash says which text the quotes were taken from; a copy with other bytes is another version of the document, and its quotes prove nothing about the one cited.",
        "Restore the archived copy, or record the hash of the version the quotes come from and check them again.", needsSourceTexts: true);

    private delegate void CitationCheck<TState>(in RuleContext context, Citation citation, in CitationSite site, TState state);

    // Every citation of the catalog, wherever it is: one walk for the rules that look at citations, with a state so
    // that the checks need no closures (a clean catalog is checked without allocating).
    private static void VisitAllCitations<TState>(in RuleContext context, TState state, CitationCheck<TState> check)
    {
        var catalog = context.Catalog;
        foreach (var source in catalog.Sources)
        {
            Each(context, source.Citations, new CitationSite(CatalogCollections.Sources, source.Id.Value, CitationSite.Place.Entity), state, check);
        }

        foreach (var institution in catalog.Institutions)
        {
            Each(context, institution.Citations, new CitationSite(CatalogCollections.Institutions, institution.Id.Value, CitationSite.Place.Entity), state, check);
        }

        foreach (var person in catalog.People)
        {
            Each(context, person.Citations, new CitationSite(CatalogCollections.People, person.Id.Value, CitationSite.Place.Entity), state, check);
        }

        foreach (var mechanism in catalog.Mechanisms)
        {
            VisitCitations(context, mechanism, state, check);
        }

        foreach (var meeting in catalog.Meetings)
        {
            VisitCitations(context, meeting, state, check);
        }
    }

    // Every citation of a meeting, wherever it is in the meeting.
    private static void VisitCitations<TState>(in RuleContext context, Meeting meeting, TState state, CitationCheck<TState> check)
    {
        var id = meeting.Id.Value;
        VisitOwnCitations(context, meeting, state, check);
        // Most delegations and participants cite nothing: their sites are made only for citations to visit.
        foreach (var delegation in meeting.Delegations)
        {
            if (!delegation.Citations.IsEmpty)
            {
                Each(context, delegation.Citations, new CitationSite(CatalogCollections.Meetings, id, CitationSite.Place.Delegation, 0, delegation.Party), state, check);
            }

            var participants = delegation.Participants;
            for (var p = 0; p < participants.Length; p++)
            {
                if (!participants[p].Citations.IsEmpty)
                {
                    Each(context, participants[p].Citations, new CitationSite(CatalogCollections.Meetings, id, CitationSite.Place.Participant, p, delegation.Party), state, check);
                }
            }
        }

        VisitStatementCitations(context, meeting, state, check);
    }

    // The same, in the walk: the meeting's rows say which delegations and participants cite something, so the others
    // are not read at all.
    private static void VisitCitations<TState>(in RuleContext context, Meeting meeting, in Attendance attendance, TState state, CitationCheck<TState> check)
    {
        var id = meeting.Id.Value;
        VisitOwnCitations(context, meeting, state, check);
        for (var d = 0; d < attendance.Delegations.Length; d++)
        {
            var party = attendance.Delegations[d].Party;
            if (attendance.Delegations[d].IsCited)
            {
                Each(context, meeting.Delegations[d].Citations, new CitationSite(CatalogCollections.Meetings, id, CitationSite.Place.Delegation, 0, party), state, check);
            }

            var rows = attendance.Of(d);
            for (var p = 0; p < rows.Length; p++)
            {
                if (rows[p].IsCited)
                {
                    Each(context, ParticipantAt(meeting, d, p).Citations, new CitationSite(CatalogCollections.Meetings, id, CitationSite.Place.Participant, p, party), state, check);
                }
            }
        }

        VisitStatementCitations(context, meeting, state, check);
    }

    // A meeting's own citations and its outcomes'.
    private static void VisitOwnCitations<TState>(in RuleContext context, Meeting meeting, TState state, CitationCheck<TState> check)
    {
        Each(context, meeting.Citations, new CitationSite(CatalogCollections.Meetings, meeting.Id.Value, CitationSite.Place.Entity), state, check);
        VisitOutcomes(context, meeting.Outcomes, CatalogCollections.Meetings, meeting.Id.Value, state, check);
    }

    private static void VisitStatementCitations<TState>(in RuleContext context, Meeting meeting, TState state, CitationCheck<TState> check)
    {
        for (var s = 0; s < meeting.Statements.Length; s++)
        {
            if (!meeting.Statements[s].Citations.IsEmpty)
            {
                Each(context, meeting.Statements[s].Citations, new CitationSite(CatalogCollections.Meetings, meeting.Id.Value, CitationSite.Place.Statement, s), state, check);
            }
        }
    }

    private static void VisitCitations<TState>(in RuleContext context, Mechanism mechanism, TState state, CitationCheck<TState> check)
    {
        var id = mechanism.Id.Value;
        Each(context, mechanism.Citations, new CitationSite(CatalogCollections.Mechanisms, id, CitationSite.Place.Entity), state, check);
        VisitOutcomes(context, mechanism.Outcomes, CatalogCollections.Mechanisms, id, state, check);
    }

    private static void VisitOutcomes<TState>(in RuleContext context, ImmutableArray<Commitment> outcomes, string collection, string id, TState state, CitationCheck<TState> check)
    {
        for (var o = 0; o < outcomes.Length; o++)
        {
            Each(context, outcomes[o].Citations, new CitationSite(collection, id, CitationSite.Place.Outcome, o), state, check);
        }
    }

    private static void Each<TState>(in RuleContext context, ImmutableArray<Citation> citations, in CitationSite site, TState state, CitationCheck<TState> check)
    {
        foreach (var citation in citations)
        {
            context.Step();
            check(context, citation, site, state);
        }
    }

    // COOP7006: every quote, grouped by the archived copy of its source, found in one pass over each copy; sources
    // whose copy is not available are COOP7007's to report.
    private static void AnalyzeQuotes(in RuleContext context)
    {
        if (context.SourceTexts is not { } texts)
        {
            return;
        }

        var byFile = new Dictionary<string, List<(Citation Citation, CitationSite Site, Source Source)>>(StringComparer.Ordinal);
        VisitAllCitations(context, byFile, static (in RuleContext c, Citation citation, in CitationSite site, Dictionary<string, List<(Citation, CitationSite, Source)>> byFile) =>
        {
            if (citation.Quote is not null && c.Catalog.TryGetSource(citation.Source, out var source) && source.Archive is { } archive)
            {
                if (!byFile.TryGetValue(archive.File, out var list))
                {
                    byFile[archive.File] = list = [];
                }

                list.Add((citation, site, source));
            }
        });

        foreach (var (file, quoted) in byFile)
        {
            if (texts.FindQuotes(file, quoted.ConvertAll(static q => q.Citation.Quote!), context.Work) is not { } found)
            {
                continue;
            }

            for (var i = 0; i < found.Length; i++)
            {
                if (!found[i])
                {
                    var (citation, site, source) = quoted[i];
                    context.Found(site.PathOf(citation), InputExcerpt.Describe(citation.Quote!), source.Id, file);
                }
            }
        }
    }

    // COOP7007 and COOP7008, once per source that something quotes.
    private static void CheckArchivedCopy(in RuleContext context, Source source)
    {
        if (context.SourceTexts is not { } texts || !IsQuoted(context.Catalog, source.Id))
        {
            return;
        }

        if (context.Descriptor == ArchivedCopyMissing)
        {
            if (source.Archive is not { } archive)
            {
                context.Found(SubjectLocation.Of(source), source.Id, Say("it names no archived copy", "no indica ninguna copia archivada"));
            }
            else if (!texts.Contains(archive.File))
            {
                context.Found(SubjectPath.Of(source) + ".archive", source.Id,
                    Say("the file {0} is missing, not a regular file, unreadable or not UTF-8", "el archivo {0} falta, no es un archivo regular, no se puede leer o no es UTF-8", archive.File));
            }
        }
        else if (source.Archive is { Sha256: { } recorded } copy && texts.Sha256Of(copy.File) is { } actual && !string.Equals(actual, recorded, StringComparison.Ordinal))
        {
            context.Found(SubjectPath.Of(source) + ".archive", copy.File, source.Id, actual, recorded);
        }
    }

    private static bool IsQuoted(CooperationCatalog catalog, SourceId source) => catalog.QuotedSources.Contains(source.Value);
}
