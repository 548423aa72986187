using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

// The rules of format 2's records: people, statements, relations, outcome identifiers and quotes.
public static partial class BuiltInRules
{
    /// <summary>COOP1008: a participant or statement refers to a person the catalog does not have.</summary>
    public static RuleDescriptor UnknownPerson { get; } = Describe(
        "COOP1008", "Reference to an unknown person", RuleCategory.IdentityAndReferences, Severity.Error,
        "{0} refers to the person {1}, who is not in the catalog's people.",
        "{0} remite a la persona {1}, que no está entre las personas del catálogo.",
        "Participants and speakers refer to people by identifier, so that one person is followed across meetings and spellings; an identifier with no person record links nothing. A catalog that records no people at all (format 1) uses person identifiers as bare labels, and participants are not checked then.",
        "Add the person to the catalog's people, with every spelling the sources use, or correct the identifier.");

    /// <summary>COOP1009: two people share a spelling once case and accents are ignored.</summary>
    public static RuleDescriptor PeopleShareSpelling { get; } = Describe(
        "COOP1009", "Two people with one spelling", RuleCategory.IdentityAndReferences, Severity.Warning,
        "The people {0} and {1} are both spelled {2}; a search by name finds both.",
        "Las personas {0} y {1} se escriben ambas {2}; una búsqueda por nombre encuentra a las dos.",
        "A spelling should lead to one person. When two records share one (ignoring case, accents and spacing), they are the same person recorded twice, or a spelling was copied to the wrong record.",
        "Merge the two records if they are one person; otherwise remove the spelling from the record the sources do not use it for.");

    /// <summary>COOP1010: an outcome follows up an outcome identifier the catalog does not have.</summary>
    public static RuleDescriptor UnknownOutcome { get; } = Describe(
        "COOP1010", "Follow-up of an unknown outcome", RuleCategory.IdentityAndReferences, Severity.Error,
        "{0} follows up the outcome {1}, which is not in the catalog.",
        "{0} da seguimiento al resultado {1}, que no está en el catálogo.",
        "An outcome that follows up another (\"to advance implementation of the 21 initiatives\") names it by identifier; an identifier no outcome has breaks the chain from agreement to follow-up.",
        "Give the followed-up outcome that identifier, or correct the reference.");

    /// <summary>COOP1011: a relation or follow-up that points at its own entity.</summary>
    public static RuleDescriptor SelfRelation { get; } = Describe(
        "COOP1011", "Relation that points at itself", RuleCategory.IdentityAndReferences, Severity.Error,
        "{0} is related to itself ({1}).",
        "{0} está relacionado consigo mismo ({1}).",
        "A meeting cannot be part of itself or held within its own framework, and an outcome cannot follow itself up; such a link is a copied identifier.",
        "Point the relation at the other meeting, mechanism or outcome it means.");

    /// <summary>COOP1012: a reference to a meeting that is not in the catalog.</summary>
    public static RuleDescriptor UnknownMeeting { get; } = Describe(
        "COOP1012", "Reference to an unknown meeting", RuleCategory.IdentityAndReferences, Severity.Error,
        "{0} names {1} as {2}, but {1} is not in the catalog.",
        "{0} indica {1} como {2}, pero {1} no está en el catálogo.",
        "Relations between meetings, the event a mechanism's origin refers to and the meeting a presentation was given at name meetings by identifier; one that does not resolve loses the link.",
        "Add the meeting to the catalog, or correct the identifier.");

    /// <summary>COOP5007: a statement by a person who is not a participant of the meeting.</summary>
    public static RuleDescriptor SpeakerNotAtMeeting { get; } = Describe(
        "COOP5007", "Statement by someone not at the meeting", RuleCategory.DelegationsAndRoles, Severity.Warning,
        "The meeting {0} records a statement by {1}, who is in none of its delegations.",
        "La reunión {0} registra una declaración de {1}, que no figura en ninguna de sus delegaciones.",
        "Who spoke at a meeting was there: a speaker missing from the delegations means a participant was left out, or the statement belongs to another meeting.",
        "Add the speaker to the delegation the source places them in, or move the statement to the meeting where it was made.");

    /// <summary>COOP5008: a participant written with a spelling the person's record does not list.</summary>
    public static RuleDescriptor UnrecordedSpelling { get; } = Describe(
        "COOP5008", "Spelling not recorded for the person", RuleCategory.DelegationsAndRoles, Severity.Warning,
        "The participant {0} of {1} refers to {2}, whose record does not list that spelling.",
        "El participante {0} de {1} remite a {2}, cuyo registro no incluye esa grafía.",
        "A person record lists every spelling the sources use, so that a search by any of them finds every meeting; a spelling missing from the record is missed by searches, or the participant refers to the wrong person.",
        "Add the spelling to the person's other names, or correct the participant's person identifier.");

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
            Each(context, source.Citations, new CitationSite("sources", source.Id.Value, CitationSite.Place.Entity), state, check);
        }

        foreach (var institution in catalog.Institutions)
        {
            Each(context, institution.Citations, new CitationSite("institutions", institution.Id.Value, CitationSite.Place.Entity), state, check);
        }

        foreach (var person in catalog.People)
        {
            Each(context, person.Citations, new CitationSite("people", person.Id.Value, CitationSite.Place.Entity), state, check);
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
        Each(context, meeting.Citations, new CitationSite("meetings", id, CitationSite.Place.Entity), state, check);
        VisitOutcomes(context, meeting.Outcomes, "meetings", id, state, check);
        foreach (var delegation in meeting.Delegations)
        {
            Each(context, delegation.Citations, new CitationSite("meetings", id, CitationSite.Place.Delegation, 0, delegation.Party), state, check);
            for (var p = 0; p < delegation.Participants.Length; p++)
            {
                Each(context, delegation.Participants[p].Citations, new CitationSite("meetings", id, CitationSite.Place.Participant, p, delegation.Party), state, check);
            }
        }

        for (var s = 0; s < meeting.Statements.Length; s++)
        {
            Each(context, meeting.Statements[s].Citations, new CitationSite("meetings", id, CitationSite.Place.Statement, s), state, check);
        }
    }

    private static void VisitCitations<TState>(in RuleContext context, Mechanism mechanism, TState state, CitationCheck<TState> check)
    {
        var id = mechanism.Id.Value;
        Each(context, mechanism.Citations, new CitationSite("mechanisms", id, CitationSite.Place.Entity), state, check);
        VisitOutcomes(context, mechanism.Outcomes, "mechanisms", id, state, check);
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

    // COOP1004 for every citation.
    private static void CheckCitedSource(in RuleContext context, Citation citation, in CitationSite site, object? state)
    {
        if (context.Catalog.IndexOf(citation.Source) < 0)
        {
            context.Report(site.PathOf(citation), citation.Source);
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
                    context.Report(site.PathOf(citation), InputExcerpt.Describe(citation.Quote!), source.Id, file);
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
                context.Report(SubjectPath.Of(source), source.Id, Say("it names no archived copy", "no indica ninguna copia archivada"));
            }
            else if (!texts.Contains(archive.File))
            {
                context.Report(SubjectPath.Of(source) + ".archive", source.Id,
                    Say("the file {0} is missing, not a regular file, unreadable or not UTF-8", "el archivo {0} falta, no es un archivo regular, no se puede leer o no es UTF-8", archive.File));
            }
        }
        else if (source.Archive is { Sha256: { } recorded } copy && texts.Sha256Of(copy.File) is { } actual && !string.Equals(actual, recorded, StringComparison.Ordinal))
        {
            context.Report(SubjectPath.Of(source) + ".archive", copy.File, source.Id, actual, recorded);
        }
    }

    private static bool IsQuoted(CooperationCatalog catalog, SourceId source) => catalog.QuotedSources.Contains(source.Value);

    // COOP1008 for participants (when the catalog records people) and speakers.
    private static void CheckPeopleReferences(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        var catalog = context.Catalog;
        if (!catalog.People.IsEmpty)
        {
            foreach (var delegation in meeting.Delegations)
            {
                for (var p = 0; p < delegation.Participants.Length; p++)
                {
                    context.Step();
                    if (delegation.Participants[p].PersonId is { } person && !catalog.TryGetPerson(person, out _))
                    {
                        context.Report(SubjectPath.Of(meeting, delegation, p) + ".personId", Say("A participant of {0}", "Un participante de {0}", meeting.Id), person);
                    }
                }
            }
        }

        for (var s = 0; s < meeting.Statements.Length; s++)
        {
            context.Step();
            if (meeting.Statements[s].Speaker is { } speaker && !catalog.TryGetPerson(speaker, out _))
            {
                context.Report($"{SubjectPath.Of(meeting)}.statements[{s}].speaker", Say("A statement at {0}", "Una declaración en {0}", meeting.Id), speaker);
            }
        }
    }

    // COOP5007: a speaker is a participant of the meeting.
    private static void CheckSpeakers(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        for (var s = 0; s < meeting.Statements.Length; s++)
        {
            context.Step();
            if (meeting.Statements[s].Speaker is { } speaker && !meeting.HasParticipant(speaker))
            {
                context.Report($"{SubjectPath.Of(meeting)}.statements[{s}]", meeting.Id, speaker);
            }
        }
    }

    // COOP5008: a participant's spelling is among the person's.
    private static void CheckSpellings(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        var catalog = context.Catalog;
        foreach (var delegation in meeting.Delegations)
        {
            for (var p = 0; p < delegation.Participants.Length; p++)
            {
                context.Step();
                var participant = delegation.Participants[p];
                if (participant is { PersonId: { } id, Person: { } written } && catalog.TryGetPerson(id, out var person) && !person.IsSpelledAs(written))
                {
                    context.Report(SubjectPath.Of(meeting, delegation, p), written, meeting.Id, id);
                }
            }
        }
    }

    // COOP1009, from the catalog's index of spellings.
    private static void AnalyzeSharedSpellings(in RuleContext context)
    {
        foreach (var (spelling, first, second) in context.Catalog.SharedSpellings)
        {
            context.Step();
            context.Report($"people[{second}]", first, second, spelling);
        }
    }

    // COOP1010 and COOP1011 for outcomes.
    private static void CheckMeetingFollowUps(in RuleContext context, Meeting meeting, Mechanism? mechanism)
        => CheckFollowUps(context, meeting.Outcomes, "meetings", meeting.Id.Value);

    private static void CheckMechanismFollowUps(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
        => CheckFollowUps(context, mechanism.Outcomes, "mechanisms", mechanism.Id.Value);

    private static void CheckFollowUps(in RuleContext context, ImmutableArray<Commitment> outcomes, string collection, string id)
    {
        for (var o = 0; o < outcomes.Length; o++)
        {
            var outcome = outcomes[o];
            foreach (var followed in outcome.FollowsUp)
            {
                context.Step();
                if (context.Descriptor == SelfRelation)
                {
                    if (outcome.Id == followed)
                    {
                        context.Report($"{collection}[{id}].outcomes[{o}].followsUp", Say("The outcome {0}", "El resultado {0}", followed), Say("it follows itself up", "se da seguimiento a sí mismo"));
                    }
                }
                else if (!context.Catalog.HasOutcome(followed))
                {
                    context.Report($"{collection}[{id}].outcomes[{o}].followsUp", Say("An outcome of {0}", "Un resultado de {0}", id), followed);
                }
            }
        }
    }

    // COOP1011 for meetings' relations and their outcomes' follow-ups.
    private static void CheckSelfRelationsAndFollowUps(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        CheckMeetingFollowUps(context, meeting, mechanism);
        for (var r = 0; r < meeting.Relations.Length; r++)
        {
            context.Step();
            var relation = meeting.Relations[r];
            if (relation.Meeting == meeting.Id)
            {
                context.Report($"{SubjectPath.Of(meeting)}.relations[{r}]", Say("The meeting {0}", "La reunión {0}", meeting.Id), relation.Kind.Name);
            }
        }
    }

    // COOP1012: relations, origins and presentations that name a meeting.
    private static void CheckMeetingRelationTargets(in RuleContext context, Meeting meeting, Mechanism? mechanism)
    {
        for (var r = 0; r < meeting.Relations.Length; r++)
        {
            context.Step();
            if (meeting.Relations[r].Meeting is { } target && !context.Catalog.TryGetMeeting(target, out _))
            {
                context.Report($"{SubjectPath.Of(meeting)}.relations[{r}]", TheMeeting(meeting.Id), target, Say("a meeting it is {0}", "reunión con la que tiene la relación {0}", meeting.Relations[r].Kind.Name));
            }
        }
    }

    private static void CheckOriginEvent(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        if (mechanism.Origin?.Event is { } target && !context.Catalog.TryGetMeeting(target, out _))
        {
            context.Report(SubjectPath.Of(mechanism, "origin.event"), TheMechanism(mechanism.Id), target, Say("the event of its origin", "el acontecimiento de su origen"));
        }
    }

    private static void CheckPresentedAt(in RuleContext context, Source source)
    {
        if (source.PresentedAt is { } target && !context.Catalog.TryGetMeeting(target, out _))
        {
            context.Report(SubjectPath.Of(source) + ".presentedAt", Say("The source {0}", "La fuente {0}", source.Id), target, Say("the meeting it was presented at", "la reunión en que se presentó"));
        }
    }
}
