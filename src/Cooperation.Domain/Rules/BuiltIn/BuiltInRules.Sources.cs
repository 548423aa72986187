using System.Collections.Immutable;

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

    private static void CheckHeldMeetingSources(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        if (meeting.Status == MeetingStatus.Held && meeting.Sources.IsEmpty)
        {
            context.Report(SubjectPath.Of(meeting, "citations"), meeting.Id);
        }
    }

    private static void CheckMechanismCitesSources(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        if (mechanism.Sources.IsEmpty)
        {
            context.Report(SubjectPath.Of(mechanism, "citations"), mechanism.Id);
        }
    }

    private static void CheckInstitutionName(in RuleContext context, Institution institution)
        => ReportOneLanguage(context, institution.Name, CatalogCollections.Institutions, institution.Id);

    private static void CheckMechanismName(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
        => ReportOneLanguage(context, mechanism.Name, CatalogCollections.Mechanisms, mechanism.Id);

    private static void CheckMeetingTitle(in RuleContext context, Meeting meeting, Mechanism? mechanism)
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
            context.Report($"{collection}[{id}].{member}", id, only);
        }
    }

    private static void CheckSourceDates(in RuleContext context, Meeting meeting, Mechanism? mechanism)
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
                context.Report($"{SubjectPath.Of(meeting)}.citations[{id}]", meeting.Id, When(meeting), id, date);
            }
        }
    }

    // The catalog finds the sources nothing cites when it is built.
    private static void AnalyzeUnusedSources(in RuleContext context)
    {
        foreach (var source in context.Catalog.UncitedSources)
        {
            context.Step();
            context.Report(SubjectPath.Of(source), source.Id);
        }
    }
}
