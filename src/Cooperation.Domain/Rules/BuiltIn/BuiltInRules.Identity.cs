using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

public static partial class BuiltInRules
{
    /// <summary>COOP1001: two entities of one kind share an identifier.</summary>
    public static RuleDescriptor DuplicateIdentifier { get; } = Describe(
        "COOP1001", "Duplicate identifier", RuleCategory.IdentityAndReferences, Severity.Error,
        "The {0} identifier {1} is used {2} times; look-ups find only the first.",
        "El identificador {1} ({0}) se usa {2} veces; las búsquedas solo encuentran el primero.",
        "An identifier names one thing. When two entities share it, every reference to it is ambiguous and look-ups silently return the first one.",
        "Give each entity its own identifier, or merge the two entries if they describe the same thing.");

    /// <summary>COOP1002: a reference to a mechanism that is not in the catalog.</summary>
    public static RuleDescriptor UnknownMechanism { get; } = Describe(
        "COOP1002", "Reference to an unknown mechanism", RuleCategory.IdentityAndReferences, Severity.Error,
        "{0} names {1} as {2}, but {1} is not in the catalog.",
        "{0} indica {1} como {2}, pero {1} no está en el catálogo.",
        "A meeting's mechanism, or a mechanism's parent, predecessor or successor, must be in the catalog; otherwise the meeting cannot be placed in its series and the history cannot be followed.",
        "Add the mechanism to the catalog, or correct the identifier.");

    /// <summary>COOP1003: a reference to an institution or organization that is not in the catalog.</summary>
    public static RuleDescriptor UnknownInstitution { get; } = Describe(
        "COOP1003", "Reference to an unknown institution", RuleCategory.IdentityAndReferences, Severity.Error,
        "{0} names {1} as {2}, but {1} is not in the catalog.",
        "{0} indica {1} como {2}, pero {1} no está en el catálogo.",
        "Participants, parent institutions, issuers of sources and organizations taking part as parties refer to institutions by identifier; a reference that does not resolve loses the institution's name, country and kind.",
        "Add the institution to the catalog, or correct the identifier.");

    /// <summary>COOP1004: a citation of a source that is not in the catalog.</summary>
    public static RuleDescriptor UnknownSource { get; } = Describe(
        "COOP1004", "Citation of an unknown source", RuleCategory.IdentityAndReferences, Severity.Error,
        "The source {0} is not in the catalog.",
        "La fuente {0} no está en el catálogo.",
        "Provenance is only as good as the citation: a source identifier that does not resolve leaves the facts without a traceable document.",
        "Add the source (publisher, date, title, URL) to the catalog, or correct the identifier.");

    /// <summary>COOP1005: mechanisms whose predecessors lead back to themselves.</summary>
    public static RuleDescriptor PredecessorCycle { get; } = Describe(
        "COOP1005", "Predecessor cycle", RuleCategory.IdentityAndReferences, Severity.Error,
        "The predecessors form a cycle: {0}.",
        "Los predecesores forman un ciclo: {0}.",
        "A mechanism cannot descend from itself: a cycle of predecessors makes the history of a mechanism endless and its origin unknowable.",
        "Break the cycle: the oldest mechanism of the chain has no predecessor.");

    /// <summary>COOP1006: mechanisms or institutions whose parents lead back to themselves.</summary>
    public static RuleDescriptor ParentCycle { get; } = Describe(
        "COOP1006", "Parent cycle", RuleCategory.IdentityAndReferences, Severity.Error,
        "The parents form a cycle: {0}.",
        "Las entidades superiores forman un ciclo: {0}.",
        "A working group under a dialogue, or an agency under a ministry, forms a tree; a cycle of parents has no top.",
        "Break the cycle: the top mechanism or institution has no parent.");

    /// <summary>COOP1007: a successor link without the matching predecessor link, or the reverse.</summary>
    public static RuleDescriptor SuccessionMismatch { get; } = Describe(
        "COOP1007", "Predecessor and successor disagree", RuleCategory.IdentityAndReferences, Severity.Warning,
        "{0} names {1} as its {2}, but {1} names {3} as its {4}.",
        "{0} indica que {1} es su {2}, pero {1} indica {3} como su {4}.",
        "When one mechanism replaces another, both records should say so; a one-sided or contradictory link means one of them is out of date.",
        "Set the successor of the older mechanism and the predecessor of the newer one to each other.");

    // The catalog finds repeated identifiers when it is built.
    private static void AnalyzeDuplicateIdentifiers(in RuleContext context)
    {
        foreach (var repeat in context.Catalog.Repeats)
        {
            context.Step();
            var kind = repeat.Kind switch
            {
                "source" => Say("source", "fuente"),
                "institution" => Say("institution", "institución"),
                "mechanism" => Say("mechanism", "mecanismo"),
                "person" => Say("person", "persona"),
                "outcome" => Say("outcome", "resultado"),
                _ => Say("meeting", "reunión"),
            };
            context.Found($"{repeat.Collection}[{repeat.Id}]", kind, repeat.Id, repeat.Count);
        }
    }

    // The subject of a reference message: "The meeting talks-1", "La reunión talks-1".
    private static ReportArgument TheMeeting(ReportArgument id) => Say("The meeting {0}", "La reunión {0}", id);

    private static ReportArgument TheMechanism(ReportArgument id) => Say("The mechanism {0}", "El mecanismo {0}", id);

    private static void CheckMeetingMechanism(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (meeting.Mechanism is { } id && mechanism is null)
        {
            context.Found(SubjectLocation.Of(meeting, "mechanism"), TheMeeting(meeting.Id), id, Say("its mechanism", "su mecanismo"));
        }

        for (var r = 0; r < meeting.Relations.Length; r++)
        {
            context.Step();
            if (meeting.Relations[r].Mechanism is { } target && context.Catalog.IndexOf(target) < 0)
            {
                var kind = meeting.Relations[r].Kind.Name;
                context.Found($"{SubjectPath.Of(meeting)}.relations[{r}]", TheMeeting(meeting.Id), target, Say("a mechanism it is related to ({0})", "mecanismo con el que se relaciona ({0})", kind));
            }
        }
    }

    private static void CheckLinkedMechanisms(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        var catalog = context.Catalog;
        if (mechanism.Parent is { } parent && catalog.IndexOf(parent) < 0)
        {
            context.Found(SubjectLocation.Of(mechanism, "parent"), TheMechanism(mechanism.Id), parent, Say("its parent mechanism", "su mecanismo superior"));
        }

        if (mechanism.Predecessor is { } predecessor && catalog.IndexOf(predecessor) < 0)
        {
            context.Found(SubjectLocation.Of(mechanism, "predecessor"), TheMechanism(mechanism.Id), predecessor, Say("its predecessor", "su predecesor"));
        }

        if (mechanism.Successor is { } successor && catalog.IndexOf(successor) < 0)
        {
            context.Found(SubjectLocation.Of(mechanism, "successor"), TheMechanism(mechanism.Id), successor, Say("its successor", "su sucesor"));
        }
    }

    private static void CheckInstitutionParent(in RuleContext context, Institution institution)
    {
        if (institution.Parent is { } parent && context.Catalog.IndexOf(parent) < 0)
        {
            context.Found(SubjectPath.Of(institution) + ".parent", Say("The institution {0}", "La institución {0}", institution.Id), parent, Say("its parent institution", "su institución superior"));
        }
    }

    private static void CheckIssuers(in RuleContext context, Source source)
    {
        foreach (var issuer in source.Issuers)
        {
            context.Step();
            if (context.Catalog.IndexOf(issuer) < 0)
            {
                context.Found($"{SubjectPath.Of(source)}.issuers[{issuer}]", Say("The source {0}", "La fuente {0}", source.Id), issuer, Say("an issuer", "emisor"));
            }
        }

        if (source.ReportsOn is { } reported)
        {
            foreach (var issuer in reported.Issuers)
            {
                context.Step();
                if (context.Catalog.IndexOf(issuer) < 0)
                {
                    context.Found($"{SubjectPath.Of(source)}.reportsOn", Say("The source {0}", "La fuente {0}", source.Id), issuer, Say("the issuer of the document it reports on", "emisor del documento del que informa"));
                }
            }
        }
    }

    private static void CheckMechanismOrganizations(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        var catalog = context.Catalog;
        foreach (var membership in mechanism.Parties)
        {
            context.Step();
            if (IsUnknownOrganization(catalog, membership.Party))
            {
                context.Found(SubjectLocation.Party(mechanism, membership), TheMechanism(mechanism.Id), membership.Party, Say("a party", "parte"));
            }
        }

        ReportUnknownCommitmentParties(context, mechanism.Outcomes, CatalogCollections.Mechanisms, mechanism.Id, catalog);
        ReportUnknownOutcomeInstitutions(context, mechanism.Outcomes, CatalogCollections.Mechanisms, mechanism.Id, catalog);
    }

    private static void ReportUnknownOutcomeInstitutions<TId>(in RuleContext context, ImmutableArray<Commitment> outcomes, string collection, TId id, CooperationCatalog catalog)
    {
        for (var o = 0; o < outcomes.Length; o++)
        {
            foreach (var part in outcomes[o].Institutions)
            {
                context.Step();
                if (catalog.IndexOf(part.Institution) < 0)
                {
                    context.Found($"{collection}[{id}].outcomes[{o}].institutions", collection == CatalogCollections.Meetings ? TheMeeting(id!.ToString()) : TheMechanism(id!.ToString()), part.Institution,
                        Say("an institution of an outcome ({0})", "institución de un resultado ({0})", part.Part.Name));
                }
            }
        }
    }

    private static void CheckMeetingInstitutions(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        var catalog = context.Catalog;
        // The catalog looked every participant's institution up once (attendance).
        var delegations = attendance.Delegations;
        for (var d = 0; d < delegations.Length; d++)
        {
            context.Step();
            if (IsUnknownOrganization(catalog, delegations[d].Party))
            {
                var delegation = meeting.Delegations[d];
                context.Found(SubjectLocation.Of(meeting, delegation), TheMeeting(meeting.Id), delegation.Party, Say("a delegation", "delegación"));
            }

            var participants = attendance.Of(d);
            for (var p = 0; p < participants.Length; p++)
            {
                context.Step();
                if (participants[p].Institution == AttendanceParticipant.NotInCatalog)
                {
                    var delegation = meeting.Delegations[d];
                    context.Found(SubjectLocation.Of(meeting, delegation, p), TheMeeting(meeting.Id), delegation.Participants[p].Institution, Say("the institution of a participant", "institución de un participante"));
                }
            }
        }

        ReportUnknownCommitmentParties(context, meeting.Outcomes, CatalogCollections.Meetings, meeting.Id, catalog);
        ReportUnknownOutcomeInstitutions(context, meeting.Outcomes, CatalogCollections.Meetings, meeting.Id, catalog);
        for (var s = 0; s < meeting.Statements.Length; s++)
        {
            var statement = meeting.Statements[s];
            context.Step();
            if (statement.Institution is { } speaking && catalog.IndexOf(speaking) < 0)
            {
                context.Found($"{SubjectPath.Of(meeting)}.statements[{s}].institution", TheMeeting(meeting.Id), speaking, Say("the institution of a statement", "institución de una declaración"));
            }

            foreach (var mentioned in statement.Mentions)
            {
                context.Step();
                if (catalog.IndexOf(mentioned) < 0)
                {
                    context.Found($"{SubjectPath.Of(meeting)}.statements[{s}].mentions", TheMeeting(meeting.Id), mentioned, Say("an institution a statement mentions", "institución que menciona una declaración"));
                }
            }
        }
    }

    private static void ReportUnknownCommitmentParties<TId>(in RuleContext context, ImmutableArray<Commitment> outcomes, string collection, TId id, CooperationCatalog catalog)
    {
        for (var o = 0; o < outcomes.Length; o++)
        {
            context.Step();
            foreach (var party in outcomes[o].Parties)
            {
                context.Step();
                if (IsUnknownOrganization(catalog, party))
                {
                    context.Found($"{collection}[{id}].outcomes[{o}]", collection == CatalogCollections.Meetings ? TheMeeting(id!.ToString()) : TheMechanism(id!.ToString()), party, Say("a party to a commitment", "parte de un compromiso"));
                }
            }
        }
    }

    private static bool IsUnknownOrganization(CooperationCatalog catalog, PartyRef party)
        => party.IsOrganization && catalog.IndexOf(party.Organization) < 0;

    // COOP1004: every citation, wherever it is. Mechanisms and meetings are visited by the walk; sources,
    // institutions and people with the whole catalog.
    private static void CheckMechanismSources(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
        => VisitCitations<object?>(context, mechanism, null, CheckCitedSource);

    // The catalog found, meeting by meeting, whether every source cited is in it: only meetings that cite one it does
    // not have are visited.
    private static void CheckMeetingSources(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        if (!attendance.CitesKnownSources)
        {
            VisitCitations<object?>(context, meeting, attendance, null, CheckCitedSource);
        }
    }

    private static void CheckInstitutionSources(in RuleContext context, Institution institution)
        => Each<object?>(context, institution.Citations, new CitationSite(CatalogCollections.Institutions, institution.Id.Value, CitationSite.Place.Entity), null, CheckCitedSource);

    private static void CheckSourceSources(in RuleContext context, Source source)
    {
        Each<object?>(context, source.Citations, new CitationSite(CatalogCollections.Sources, source.Id.Value, CitationSite.Place.Entity), null, CheckCitedSource);
        if (source.ReportsOn?.Source is { } reported && context.Catalog.IndexOf(reported) < 0)
        {
            context.Found($"{SubjectPath.Of(source)}.reportsOn", reported);
        }
    }

    private static void AnalyzePeopleSources(in RuleContext context)
    {
        foreach (var person in context.Catalog.People)
        {
            Each<object?>(context, person.Citations, new CitationSite(CatalogCollections.People, person.Id.Value, CitationSite.Place.Entity), null, CheckCitedSource);
        }
    }

    private static void AnalyzePredecessorCycles(in RuleContext context)
    {
        var mechanisms = context.Catalog.Mechanisms;
        var catalog = context.Catalog;
        var next = ArrayPool<int>.Shared.Rent(mechanisms.Length);
        try
        {
            for (var i = 0; i < mechanisms.Length; i++)
            {
                context.Step();
                next[i] = mechanisms[i].Predecessor is { } p ? catalog.IndexOf(p) : -1;
            }

            FindCycles(context, next.AsSpan(0, mechanisms.Length), mechanisms, static m => m.Id.ToString(), CatalogCollections.Mechanisms, "predecessor");
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
        }
    }

    private static void AnalyzeParentCycles(in RuleContext context)
    {
        var catalog = context.Catalog;
        var mechanisms = catalog.Mechanisms;
        var institutions = catalog.Institutions;
        var next = ArrayPool<int>.Shared.Rent(Math.Max(mechanisms.Length, institutions.Length));
        try
        {
            for (var i = 0; i < mechanisms.Length; i++)
            {
                context.Step();
                next[i] = mechanisms[i].Parent is { } p ? catalog.IndexOf(p) : -1;
            }

            FindCycles(context, next.AsSpan(0, mechanisms.Length), mechanisms, static m => m.Id.ToString(), CatalogCollections.Mechanisms, "parent");
            for (var i = 0; i < institutions.Length; i++)
            {
                context.Step();
                next[i] = institutions[i].Parent is { } p ? catalog.IndexOf(p) : -1;
            }

            FindCycles(context, next.AsSpan(0, institutions.Length), institutions, static i => i.Id.ToString(), CatalogCollections.Institutions, "parent");
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
        }
    }

    // Follows the links of a functional graph (each node has at most one next node) once per node, in linear time:
    // the state array marks nodes not yet seen (0), on the current walk (walk number + 1 << 1 | 1), or finished.
    // A cycle is reported once, at its member with the smallest identifier (the arrays are sorted by identifier).
    private static void FindCycles<T>(in RuleContext context, Span<int> next, ImmutableArray<T> items, Func<T, string> idOf, string collection, string member)
    {
        var state = ArrayPool<int>.Shared.Rent(next.Length);
        try
        {
            Array.Clear(state, 0, next.Length);
            for (var start = 0; start < next.Length; start++)
            {
                context.Step();
                if (state[start] != 0)
                {
                    continue;
                }

                var walk = start + 1;
                var node = start;
                while (node >= 0 && state[node] == 0)
                {
                    state[node] = walk;
                    node = next[node];
                }

                if (node >= 0 && state[node] == walk)
                {
                    // node is on a cycle first reached by this walk: find its smallest member and describe it.
                    var smallest = node;
                    for (var n = next[node]; n != node; n = next[n])
                    {
                        context.Step();
                        smallest = Math.Min(smallest, n);
                    }

                    var text = new StringBuilder(idOf(items[smallest]));
                    for (var n = next[smallest]; ; n = next[n])
                    {
                        context.Step();
                        text.Append(" → ").Append(idOf(items[n]));
                        if (n == smallest)
                        {
                            break;
                        }
                    }

                    context.Found($"{collection}[{idOf(items[smallest])}].{member}", text.ToString());
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(state);
        }
    }

    private static void CheckSuccession(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        var catalog = context.Catalog;
        if (mechanism.Successor is { } successorId && catalog.TryGetMechanism(successorId, out var newer) && newer.Predecessor != mechanism.Id)
        {
            context.Found(SubjectLocation.Of(mechanism, "successor"), mechanism.Id, newer.Id, Say("successor", "sucesor"), newer.Predecessor?.ToString() ?? (ReportArgument)Say("nothing", "ninguno"), Say("predecessor", "predecesor"));
        }

        if (mechanism.Predecessor is { } predecessorId && catalog.TryGetMechanism(predecessorId, out var previous) && previous.Successor != mechanism.Id)
        {
            context.Found(SubjectLocation.Of(mechanism, "predecessor"), mechanism.Id, previous.Id, Say("predecessor", "predecesor"), previous.Successor?.ToString() ?? (ReportArgument)Say("nothing", "ninguno"), Say("successor", "sucesor"));
        }
    }

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

    // COOP1004 for every citation.
    private static void CheckCitedSource(in RuleContext context, Citation citation, in CitationSite site, object? state)
    {
        if (context.Catalog.IndexOf(citation.Source) < 0)
        {
            context.Found(site.PathOf(citation), citation.Source);
        }
    }

    // COOP1008 for participants (when the catalog records people) and speakers.
    private static void CheckPeopleReferences(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        var catalog = context.Catalog;
        if (!catalog.People.IsEmpty)
        {
            for (var d = 0; d < attendance.Delegations.Length; d++)
            {
                var participants = attendance.Of(d);
                for (var p = 0; p < participants.Length; p++)
                {
                    context.Step();
                    if (participants[p].Person == AttendanceParticipant.NotInCatalog)
                    {
                        var delegation = meeting.Delegations[d];
                        context.Found(SubjectPath.Of(meeting, delegation, p) + ".personId", Say("A participant of {0}", "Un participante de {0}", meeting.Id), delegation.Participants[p].PersonId);
                    }
                }
            }
        }

        for (var s = 0; s < meeting.Statements.Length; s++)
        {
            context.Step();
            if (meeting.Statements[s].Speaker is { } speaker && !catalog.TryGetPerson(speaker, out _))
            {
                context.Found($"{SubjectPath.Of(meeting)}.statements[{s}].speaker", Say("A statement at {0}", "Una declaración en {0}", meeting.Id), speaker);
            }
        }
    }

    // COOP1009, from the catalog's index of spellings.
    private static void AnalyzeSharedSpellings(in RuleContext context)
    {
        foreach (var (spelling, first, second) in context.Catalog.SharedSpellings)
        {
            context.Step();
            context.Found($"people[{second}]", first, second, spelling);
        }
    }

    // COOP1010 and COOP1011 for outcomes.
    private static void CheckMeetingFollowUps(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
        => CheckFollowUps(context, meeting.Outcomes, CatalogCollections.Meetings, meeting.Id.Value);

    private static void CheckMechanismFollowUps(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
        => CheckFollowUps(context, mechanism.Outcomes, CatalogCollections.Mechanisms, mechanism.Id.Value);

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
                        context.Found($"{collection}[{id}].outcomes[{o}].followsUp", Say("The outcome {0}", "El resultado {0}", followed), Say("it follows itself up", "se da seguimiento a sí mismo"));
                    }
                }
                else if (!context.Catalog.HasOutcome(followed))
                {
                    context.Found($"{collection}[{id}].outcomes[{o}].followsUp", Say("An outcome of {0}", "Un resultado de {0}", id), followed);
                }
            }
        }
    }

    // COOP1011 for meetings' relations and their outcomes' follow-ups.
    private static void CheckSelfRelationsAndFollowUps(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        CheckMeetingFollowUps(context, meeting, mechanism, attendance);
        for (var r = 0; r < meeting.Relations.Length; r++)
        {
            context.Step();
            var relation = meeting.Relations[r];
            if (relation.Meeting == meeting.Id)
            {
                context.Found($"{SubjectPath.Of(meeting)}.relations[{r}]", Say("The meeting {0}", "La reunión {0}", meeting.Id), relation.Kind.Name);
            }
        }
    }

    // COOP1012: relations, origins and presentations that name a meeting.
    private static void CheckMeetingRelationTargets(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance)
    {
        for (var r = 0; r < meeting.Relations.Length; r++)
        {
            context.Step();
            if (meeting.Relations[r].Meeting is { } target && !context.Catalog.TryGetMeeting(target, out _))
            {
                context.Found($"{SubjectPath.Of(meeting)}.relations[{r}]", TheMeeting(meeting.Id), target, Say("a meeting it is {0}", "reunión con la que tiene la relación {0}", meeting.Relations[r].Kind.Name));
            }
        }
    }

    private static void CheckOriginEvent(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings)
    {
        if (mechanism.Origin?.Event is { } target && !context.Catalog.TryGetMeeting(target, out _))
        {
            context.Found(SubjectLocation.Of(mechanism, "origin.event"), TheMechanism(mechanism.Id), target, Say("the event of its origin", "el acontecimiento de su origen"));
        }
    }

    private static void CheckPresentedAt(in RuleContext context, Source source)
    {
        if (source.PresentedAt is { } target && !context.Catalog.TryGetMeeting(target, out _))
        {
            context.Found(SubjectPath.Of(source) + ".presentedAt", Say("The source {0}", "La fuente {0}", source.Id), target, Say("the meeting it was presented at", "la reunión en que se presentó"));
        }
    }
}
