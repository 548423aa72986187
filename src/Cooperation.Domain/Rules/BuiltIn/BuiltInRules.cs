using System;
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
        string id, string title, RuleCategory category, Severity severity, string english, string spanish, string description, string fix, bool needsAsOfDate = false)
        => new(id, title, category, severity, english, spanish, description, fix, "docs/rules.md#" + id.ToLowerInvariant(), needsAsOfDate);

    // A word passed as a message argument, in the language of the messages.
    private static string Say(in RuleContext context, string english, string spanish) => context.Language == Language.Spanish ? spanish : english;

    // A vocabulary value's label in the language of the messages, starting in lower case: "reunión ordinaria".
    private static string Label<T>(in RuleContext context, VocabularyValue<T> value)
        where T : VocabularyValue<T>
    {
        var label = value.Label.GetOrOther(context.Language);
        return string.Concat(label[..1].ToLowerInvariant(), label.AsSpan(1));
    }

    // A day as ISO 8601 (NodaTime's invariant default is the long format).
    private static string Iso(NodaTime.LocalDate date) => PartialDate.FromLocalDate(date).ToString();

    // A meeting's dates: "2017-04-25" or "2017-04-25/2017-04-28".
    private static string When(Meeting meeting) => meeting.End is { } end ? $"{meeting.Start}/{end}" : meeting.Start.ToString();

    // A separate class, so that every descriptor (in every part of BuiltInRules) is initialized before the set is built.
    private static class Holder
    {
        internal static readonly RuleSet All = RuleSet.Create(ImmutableArray.Create<ICatalogRule>(
            // Identity and references
            new BuiltInRule(DuplicateIdentifier, AnalyzeDuplicateIdentifiers),
            new BuiltInRule(UnknownMechanism, AnalyzeUnknownMechanisms),
            new BuiltInRule(UnknownInstitution, AnalyzeUnknownInstitutions),
            new BuiltInRule(UnknownSource, AnalyzeUnknownSources),
            new BuiltInRule(PredecessorCycle, AnalyzePredecessorCycles),
            new BuiltInRule(ParentCycle, AnalyzeParentCycles),
            new BuiltInRule(SuccessionMismatch, AnalyzeSuccession),
            // Parties and membership
            new BuiltInRule(BilateralParties, AnalyzeBilateralParties),
            new BuiltInRule(UnilateralParties, AnalyzeUnilateralParties),
            new BuiltInRule(MultilateralMembers, AnalyzeMultilateralMembers),
            new BuiltInRule(MembershipOutsideLife, AnalyzeMembershipDates),
            new BuiltInRule(CommitmentPartyNotInvolved, AnalyzeCommitmentParties),
            // Dates and cadence
            new BuiltInRule(RangeEndsBeforeStart, AnalyzeReversedRanges),
            new BuiltInRule(MeetingBeforeEstablishment, AnalyzeMeetingsBeforeEstablishment),
            new BuiltInRule(MeetingAfterDissolution, AnalyzeMeetingsAfterDissolution),
            new BuiltInRule(HeldMeetingInFuture, AnalyzeHeldInFuture),
            new BuiltInRule(PlannedMeetingLongPast, AnalyzePlannedLongPast),
            new BuiltInRule(MechanismOverdue, AnalyzeOverdue),
            new BuiltInRule(MechanismDormant, AnalyzeDormant),
            new BuiltInRule(MidTermWithoutOrdinary, AnalyzeMidTermMeetings),
            new BuiltInRule(StatusAndDissolutionDisagree, AnalyzeStatusAndDissolution),
            // Meetings and ordinals
            new BuiltInRule(DuplicateOrdinal, AnalyzeDuplicateOrdinals),
            new BuiltInRule(OrdinalsBackwards, AnalyzeOrdinalsBackwards),
            new BuiltInRule(OrdinalGap, AnalyzeOrdinalGaps),
            new BuiltInRule(VenueOutsideParties, AnalyzeVenues),
            new BuiltInRule(PossibleDuplicateMeeting, AnalyzePossibleDuplicateMeetings),
            // Delegations and roles
            new BuiltInRule(DelegationWithoutLeader, AnalyzeDelegationLeaders),
            new BuiltInRule(SeveralHeads, AnalyzeSeveralHeads),
            new BuiltInRule(DelegationOfNonParty, AnalyzeDelegationParties),
            new BuiltInRule(PersonTwiceInDelegation, AnalyzePersonTwiceInDelegation),
            new BuiltInRule(InstitutionOfAnotherCountry, AnalyzeParticipantInstitutions),
            new BuiltInRule(PersonInTwoDelegations, AnalyzePersonInTwoDelegations),
            // Presidencies
            new BuiltInRule(OverlappingPresidencies, AnalyzeOverlappingPresidencies),
            new BuiltInRule(PresidencyHolderNotMember, AnalyzePresidencyHolders),
            new BuiltInRule(PresidencyGap, AnalyzePresidencyGaps),
            new BuiltInRule(PresidencyOutsideLife, AnalyzePresidencyDates),
            // Sources and text
            new BuiltInRule(HeldMeetingWithoutSource, AnalyzeHeldMeetingSources),
            new BuiltInRule(MechanismWithoutSource, AnalyzeMechanismSources),
            new BuiltInRule(NameInOneLanguage, AnalyzeNameLanguages),
            new BuiltInRule(SourceBeforeMeeting, AnalyzeSourceDates),
            new BuiltInRule(UnusedSource, AnalyzeUnusedSources)));
    }
}
