using System;
using System.Collections.Immutable;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Model;

/// <summary>Each construction rule of the model, broken once, with the message that names it.</summary>
public class ModelValidationTests
{
    private static readonly MechanismId Id = MechanismId.Parse("mx-gt-ganseg");

    private static Mechanism Group(
        ImmutableArray<Membership>? parties = null,
        MechanismScope? scope = null,
        MechanismStatus? status = null,
        MechanismId? predecessor = null,
        MechanismId? successor = null,
        ImmutableArray<PresidencyTerm> presidencies = default,
        ImmutableArray<Topic> topics = default,
        ImmutableArray<Citation> sources = default)
        => new(Id, En("High-Level Group on Security"), MechanismKind.HighLevelGroup, scope ?? MechanismScope.Bilateral, parties ?? Bilateral(GT),
            status ?? MechanismStatus.Active, topics, predecessor: predecessor, successor: successor, presidencies: presidencies, citations: sources);

    private static Meeting Session(
        MechanismId? mechanism = null,
        LocalizedText? title = null,
        MeetingKind? kind = null,
        MeetingStatus? status = null,
        Ordinal? ordinal = null,
        string start = "2011-01-22",
        string? end = null,
        ImmutableArray<Delegation> delegations = default,
        ImmutableArray<Commitment> outcomes = default)
        => new(MeetingId.Parse("mx-hn-gans-1"), kind ?? MeetingKind.Ordinary, status ?? MeetingStatus.Held, PartialDate.Parse(start), mechanism, title, ordinal,
            end is null ? null : PartialDate.Parse(end), delegations: delegations, outcomes: outcomes);

    public static TheoryData<string, Func<object>> Violations() => new()
    {
        { "has no parties", () => Group(parties: []) },
        { "The party GT appears more than once", () => Group(scope: MechanismScope.Multilateral, parties: [Member(MX), Member(GT), Member(GT)]) },
        { "cannot be its own predecessor or successor", () => Group(predecessor: Id) },
        { "The predecessor and the successor are the same", () => Group(predecessor: MechanismId.Parse("a1"), successor: MechanismId.Parse("a1")) },
        { "is superseded but names no successor", () => Group(status: MechanismStatus.Superseded) },
        { "The topic security appears more than once", () => Group(topics: [Topic.Security, Topic.Security]) },
        { "The citation of a1 appears more than once", () => Group(sources: [SourceId.Parse("a1"), SourceId.Parse("a1")]) },
        { "Element 1 is null", () => Group(topics: [Topic.Security, null!]) },
        { "The MechanismId is the uninitialized default value", () => new Mechanism(default, En("x"), MechanismKind.Talks, MechanismScope.Bilateral, Bilateral(CA), MechanismStatus.Active) },
        { "belongs to no mechanism, so it needs a title", () => Session() },
        { "is a mid-term meeting, which is not numbered", () => Session(mechanism: Id, kind: MeetingKind.MidTerm, ordinal: Ordinal.First) },
        { "is a mission meeting, which is not numbered", () => Session(title: En("Mission"), kind: MeetingKind.Mission, ordinal: Ordinal.First) },
        { "The delegation of MX appears more than once", () => Session(mechanism: Id, delegations: [new Delegation(MX), new Delegation(MX)]) },
        { "was not held (planned), so it has no outcomes", () => Session(mechanism: Id, status: MeetingStatus.Planned, outcomes: [new Commitment(En("x"), CommitmentKind.Agreement, CommitmentStatus.Agreed)]) },
        { "names a person, an institution, or both", () => new Participant(DelegationRole.Member) },
        { "A person identifier needs the person's name", () => new Participant(DelegationRole.Member, institution: InstitutionId.Parse("mx-sre"), personId: PersonId.Parse("someone")) },
        { "A count is at least 1 (was 0)", () => new Commitment(En("x"), CommitmentKind.Initiative, CommitmentStatus.Agreed, 0) },
        { "cannot be its own parent", () => new Institution(InstitutionId.Parse("mx-inm"), Es("INM"), InstitutionKind.Agency, parent: InstitutionId.Parse("mx-inm")) },
        { "Other acronyms repeat", () => new Institution(InstitutionId.Parse("mx-inm"), Es("INM"), InstitutionKind.Agency, spanishAcronym: Acronym.Parse("INM"), otherAcronyms: [Acronym.Parse("INM")]) },
        { "absolute http or https", () => new Source(SourceId.Parse("a1"), Es("t"), Es("p"), PartialDate.Parse("2020"), Language.Spanish, SourceKind.PressRelease, new Uri("ftp://example.org/x")) },
        { "without a directory", () => new Source(SourceId.Parse("a1"), Es("t"), Es("p"), PartialDate.Parse("2020"), Language.Spanish, SourceKind.PressRelease, archive: new ArchivedCopy("../seeds/x.txt")) },
        { "without a directory", () => new Source(SourceId.Parse("a1"), Es("t"), Es("p"), PartialDate.Parse("2020"), Language.Spanish, SourceKind.PressRelease, archive: new ArchivedCopy("..")) },
        { "The PartyRef is the uninitialized default value", () => new Delegation(default) },
        { "The CountryCode is the uninitialized default value", () => new Venue(default) },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Each_rule_is_enforced_with_a_message_that_names_it(string message, Func<object> build)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => build());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    // Facts that disagree with each other still build: the rules engine reports them with stable IDs (and lines,
    // when read from a file) instead of a failed read.
    public static TheoryData<string, Func<object>> Disagreements() => new()
    {
        { "COOP2001", () => Group(parties: [Member(MX)]) },
        { "COOP2001", () => Group(parties: [Member(MX), new Membership(GT, ParticipationStatus.Observer)]) },
        { "COOP6002", () => Group(presidencies: [new PresidencyTerm(HN, PartialDateRange.Parse("2020/2021"))]) },
        { "COOP6001", () => Group(presidencies: [new PresidencyTerm(MX, PartialDateRange.Parse("2020-12/2021-12")), new PresidencyTerm(GT, PartialDateRange.Parse("2021-06/2022-06"))]) },
        { "COOP3001", () => Group(parties: [new Membership(MX, ParticipationStatus.Member, PartialDate.Parse("2004-11-11"), PartialDate.Parse("2003")), Member(GT)]) },
        { "COOP3001", () => Session(mechanism: Id, end: "2011-01-21") },
    };

    [Theory]
    [MemberData(nameof(Disagreements))]
    public void Facts_that_disagree_build_and_are_left_to_the_rules_engine(string ruleId, Func<object> build)
    {
        var built = build();
        var catalog = built switch
        {
            Mechanism m => new CatalogBuilder().Add(m).Build(),
            Meeting m => new CatalogBuilder().Add(Group()).Add(m).Build(),
            _ => throw new InvalidOperationException(built.GetType().Name),
        };
        Assert.Contains(Cooperation.Domain.Rules.Validator.Validate(catalog).Diagnostics, d => d.Id == ruleId);
    }

    [Fact]
    public void A_meeting_that_ends_before_it_starts_still_answers_queries()
    {
        var reversed = Session(mechanism: Id, end: "2011-01-21");
        Assert.Equal(PartialDateRange.Parse("2011-01-22/2011-01-22"), reversed.Dates);
        var catalog = new CatalogBuilder().Add(Group()).Add(reversed).Build();
        Assert.Single(catalog.MeetingsBetween(new NodaTime.DateInterval(new NodaTime.LocalDate(2011, 1, 1), new NodaTime.LocalDate(2011, 1, 31))));
        Assert.NotNull(catalog.AssessCadence(Id, new NodaTime.LocalDate(2012, 1, 1)));
        Assert.Equal(reversed, CooperationJson.Read<Meeting>(CooperationJson.Write(reversed)));
    }

    [Fact]
    public void Absent_collections_are_empty_not_default()
    {
        var meeting = Session(mechanism: Id);
        Assert.False(meeting.Delegations.IsDefault);
        Assert.Empty(meeting.Delegations);
        Assert.Empty(meeting.Outcomes);
        Assert.Empty(Group().Presidencies);
    }

    [Fact]
    public void Party_references_parse_countries_and_organizations()
    {
        Assert.True(PartyRef.Parse("MX").IsCountry);
        Assert.Equal("int-iom", PartyRef.Parse("int-iom").Organization.Value);
        Assert.Contains("upper-case", Assert.Throws<ValueFormatException>(() => PartyRef.Parse("mx")).Reason, StringComparison.Ordinal);
        Assert.Contains("no country", Assert.Throws<ValueFormatException>(() => PartyRef.Parse("XK")).Reason, StringComparison.Ordinal);
        Assert.Throws<ValueFormatException>(() => PartyRef.Parse("MEX"));
        Assert.Throws<InvalidOperationException>(() => PartyRef.Parse("MX").Organization);
        Assert.True(PartyRef.Parse("US").CompareTo(PartyRef.Parse("int-iom")) < 0);
        Assert.Equal("\"int-iom\"", System.Text.Json.JsonSerializer.Serialize(PartyRef.Parse("int-iom")));
        Assert.Equal(PartyRef.Parse("CA"), System.Text.Json.JsonSerializer.Deserialize<PartyRef>("\"CA\""));
        Assert.Equal("(uninitialized)", default(PartyRef).ToString());
    }
}
