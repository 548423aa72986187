using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Cooperation.Domain.Rules;

/// <summary>
/// The rules that ship with the library: their descriptors, by name, and <see cref="All"/> of them as a rule set.
/// Each rule is documented in <c>docs/rules.md</c> (generated from these descriptors).
/// </summary>
/// <remarks>
/// IDs are stable: a rule's ID never changes and is never reused for another rule, even after the rule is retired.
/// The descriptors are grouped in this class by category, one file per category.
/// </remarks>
public static partial class BuiltInRules
{
    /// <summary>Every built-in rule, ordered by ID.</summary>
    public static RuleSet All => Holder.All;

    private static RuleDescriptor Describe(
        string id, string title, RuleCategory category, Severity severity, string english, string spanish, string description, string fix, bool needsAsOfDate = false, bool needsSourceTexts = false)
        => new(builtIn: true)
        {
            Id = id,
            Title = title,
            Category = category,
            DefaultSeverity = severity,
            EnglishMessage = english,
            SpanishMessage = spanish,
            Description = description,
            Fix = fix,
            HelpUri = "docs/rules.md#" + id.ToLowerInvariant(),
            NeedsAsOfDate = needsAsOfDate,
            NeedsSourceTexts = needsSourceTexts,
        };

    // Words passed as a message argument: shown in the language of the messages, fingerprinted in English. One
    // argument per pair of words, made once: a broken catalog reports the same words thousands of times.
    private static MessageArgument Say(string english, string spanish)
        => Words.TryGetValue((english, spanish), out var words) ? words : Words.GetOrAdd((english, spanish), static pair => MessageArgument.Words(pair.English, pair.Spanish));

    private static readonly ConcurrentDictionary<(string English, string Spanish), MessageArgument> Words = new();

    // Words around one value ("The meeting {0}", "La reunión {0}"), put together only when a message is made. Around
    // a text (an identifier's), nothing is made when reporting.
    private static ReportArgument Say(string englishFormat, string spanishFormat, ReportArgument value)
        => value is { Kind: ReportArgumentKind.Reference, Reference: string text }
            ? ReportArgument.WordsAround(englishFormat, spanishFormat, text)
            : MessageArgument.WordsAround(englishFormat, spanishFormat, value.ToObject());

    // "1 participant", "3 participants"; in Spanish "1 participante", "3 participantes".
    private static ReportArgument Count(int count, string englishOne, string englishMany, string spanishOne, string spanishMany)
        => ReportArgument.Count(count, count == 1 ? englishOne : englishMany, count == 1 ? spanishOne : spanishMany);

    // A vocabulary value's label, starting in lower case: "ordinary meeting", "reunión ordinaria". One argument per
    // value, made once: a broken catalog reports the same few labels thousands of times.
    private static MessageArgument Label<T>(VocabularyValue<T> value)
        where T : VocabularyValue<T>
        => Labels.GetOrAdd(value, static value => MessageArgument.Shown(value, static (argument, language) => LabelIn((VocabularyValue<T>)argument.Value!, language)));

    // The label arguments of every vocabulary value shown so far, by the value (vocabulary values are singletons).
    private static readonly ConcurrentDictionary<object, MessageArgument> Labels = new(ReferenceEqualityComparer.Instance);

    private static string LabelIn<T>(VocabularyValue<T> value, Language language)
        where T : VocabularyValue<T>
    {
        var label = value.Label.GetOrOther(language);
        return string.Concat(label[..1].ToLowerInvariant(), label.AsSpan(1));
    }

    // The as-of date in a message: a circumstance of the run, not a fact of the finding. The last one made is kept, since
    // every finding of a run shows the same date.
    private static MessageArgument AsOfText(NodaTime.LocalDate asOf)
    {
        var last = s_lastAsOf;
        if (last is not null && last.Item1 == asOf)
        {
            return last.Item2;
        }

        var text = MessageArgument.Circumstance(Iso(asOf));
        s_lastAsOf = Tuple.Create(asOf, text);
        return text;
    }

    // Replaced whole (one reference), so that a thread validating with another date never sees a torn pair.
    private static Tuple<NodaTime.LocalDate, MessageArgument>? s_lastAsOf;

    // A day as ISO 8601 (NodaTime's invariant default is the long format).
    private static string Iso(NodaTime.LocalDate date) => PartialDate.FromLocalDate(date).ToString();

    // The same as a message argument, made into text only when shown.
    private static ReportArgument Day(NodaTime.LocalDate date) => ReportArgument.DateText(PartialDate.FromLocalDate(date));

    // Days from one date to another, without date arithmetic that could leave NodaTime's range.
    private static long DaysBetween(NodaTime.LocalDate from, NodaTime.LocalDate to) => (long)to.ToDateOnly().DayNumber - from.ToDateOnly().DayNumber;

    // A meeting's dates: "2017-04-25" or "2017-04-25/2017-04-28", made into text only when shown.
    private static ReportArgument When(Meeting meeting) => ReportArgument.DateText(meeting.Start, meeting.End);

    // A separate class, so that every descriptor (in every part of BuiltInRules) is initialized before the set is built.
    private static class Holder
    {
        internal static readonly RuleSet All = RuleSet.Create(ImmutableArray.Create<ICatalogRule>(
            // Identity and references
            new BuiltInRule(DuplicateIdentifier) { Catalog = AnalyzeDuplicateIdentifiers },
            new BuiltInRule(UnknownMechanism) { Meeting = CheckMeetingMechanism, Mechanism = CheckLinkedMechanisms },
            new BuiltInRule(UnknownInstitution) { Institution = CheckInstitutionParent, Source = CheckIssuers, Mechanism = CheckMechanismOrganizations, Meeting = CheckMeetingInstitutions },
            new BuiltInRule(UnknownSource) { Mechanism = CheckMechanismSources, Meeting = CheckMeetingSources, Institution = CheckInstitutionSources, Source = CheckSourceSources, Catalog = AnalyzePeopleSources },
            new BuiltInRule(PredecessorCycle) { Catalog = AnalyzePredecessorCycles },
            new BuiltInRule(ParentCycle) { Catalog = AnalyzeParentCycles },
            new BuiltInRule(SuccessionMismatch) { Mechanism = CheckSuccession },
            new BuiltInRule(UnknownPerson) { Meeting = CheckPeopleReferences },
            new BuiltInRule(PeopleShareSpelling) { Catalog = AnalyzeSharedSpellings },
            new BuiltInRule(UnknownOutcome) { Meeting = CheckMeetingFollowUps, Mechanism = CheckMechanismFollowUps },
            new BuiltInRule(SelfRelation) { Meeting = CheckSelfRelationsAndFollowUps, Mechanism = CheckMechanismFollowUps },
            new BuiltInRule(UnknownMeeting) { Meeting = CheckMeetingRelationTargets, Mechanism = CheckOriginEvent, Source = CheckPresentedAt },
            // Parties and membership
            new BuiltInRule(BilateralParties) { Mechanism = CheckBilateralParties },
            new BuiltInRule(UnilateralParties) { Mechanism = CheckUnilateralParties },
            new BuiltInRule(MultilateralMembers) { Mechanism = CheckMultilateralMembers },
            new BuiltInRule(MembershipOutsideLife) { Mechanism = CheckMembershipDates },
            new BuiltInRule(CommitmentPartyNotInvolved) { Mechanism = CheckMechanismCommitments, Meeting = CheckMeetingCommitments },
            // Dates and cadence
            new BuiltInRule(RangeEndsBeforeStart) { Meeting = CheckMeetingRange, Mechanism = CheckMechanismRanges },
            new BuiltInRule(MeetingBeforeEstablishment) { Meeting = CheckMeetingAfterEstablishment },
            new BuiltInRule(MeetingAfterDissolution) { Meeting = CheckMeetingBeforeDissolution },
            new BuiltInRule(HeldMeetingInFuture) { Meeting = CheckHeldInFuture },
            new BuiltInRule(PlannedMeetingLongPast) { Meeting = CheckPlannedLongPast },
            new BuiltInRule(MechanismOverdue) { Cadence = CheckOverdue },
            new BuiltInRule(MechanismDormant) { Cadence = CheckDormant },
            new BuiltInRule(MidTermWithoutOrdinary) { Mechanism = CheckMidTermMeetings },
            new BuiltInRule(StatusAndDissolutionDisagree) { Mechanism = CheckStatusAndDissolution },
            // Meetings and ordinals
            new BuiltInRule(DuplicateOrdinal) { Series = CheckDuplicateOrdinals },
            new BuiltInRule(OrdinalsBackwards) { Series = CheckOrdinalsBackwards },
            new BuiltInRule(OrdinalGap) { Series = CheckOrdinalGaps },
            new BuiltInRule(VenueOutsideParties) { Meeting = CheckVenues },
            new BuiltInRule(PossibleDuplicateMeeting) { Mechanism = CheckPossibleDuplicateMeetings },
            // Delegations and roles
            new BuiltInRule(DelegationWithoutLeader) { Meeting = CheckDelegationLeaders },
            new BuiltInRule(SeveralHeads) { Meeting = CheckSeveralHeads },
            new BuiltInRule(DelegationOfNonParty) { Meeting = CheckDelegationParties },
            new BuiltInRule(PersonTwiceInDelegation) { Meeting = CheckPersonTwiceInDelegation },
            new BuiltInRule(InstitutionOfAnotherCountry) { Meeting = CheckParticipantInstitutions },
            new BuiltInRule(PersonInTwoDelegations) { Meeting = CheckPersonInTwoDelegations },
            new BuiltInRule(SpeakerNotAtMeeting) { Meeting = CheckSpeakers },
            new BuiltInRule(UnrecordedSpelling) { Meeting = CheckSpellings },
            // Presidencies
            new BuiltInRule(OverlappingPresidencies) { Mechanism = CheckOverlappingPresidencies },
            new BuiltInRule(PresidencyHolderNotMember) { Mechanism = CheckPresidencyHolders },
            new BuiltInRule(PresidencyGap) { Mechanism = CheckPresidencyGaps },
            new BuiltInRule(PresidencyOutsideLife) { Mechanism = CheckPresidencyDates },
            // Sources and text
            new BuiltInRule(HeldMeetingWithoutSource) { Meeting = CheckHeldMeetingSources },
            new BuiltInRule(MechanismWithoutSource) { Mechanism = CheckMechanismCitesSources },
            new BuiltInRule(NameInOneLanguage) { Institution = CheckInstitutionName, Mechanism = CheckMechanismName, Meeting = CheckMeetingTitle },
            new BuiltInRule(SourceBeforeMeeting) { Meeting = CheckSourceDates },
            new BuiltInRule(UnusedSource) { Catalog = AnalyzeUnusedSources },
            new BuiltInRule(QuoteNotInSource) { Catalog = AnalyzeQuotes },
            new BuiltInRule(ArchivedCopyMissing) { Source = CheckArchivedCopy },
            new BuiltInRule(ArchivedCopyChanged) { Source = CheckArchivedCopy },
            // Suppressions: applied by the validator after every other rule has run (SuppressionMatcher)
            new BuiltInRule(UnusedSuppression),
            new BuiltInRule(SuppressionOfUnknownRule)));
    }
}
