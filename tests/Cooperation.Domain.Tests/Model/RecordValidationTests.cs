using System;
using System.Collections.Immutable;
using System.Linq;

namespace Cooperation.Domain.Tests.Model;

/// <summary>The construction rules of format 2's records, each with the message a user sees.</summary>
public class RecordValidationTests
{
    private static readonly SourceId Source = SourceId.Parse("sre-comunicado-176-2023");

    public static TheoryData<string, Func<object>> Invalid() => new()
    {
        { "at most 500 characters", () => new Citation(Source, new string('a', 501)) },
        { "line breaks", () => new Citation(Source, "dos\nlíneas") },
        { "the text is only white space", () => new Citation(Source, "   ") },
        { "64 hexadecimal digits", () => new ArchivedCopy("a.txt", "abc") },
        { "without a directory", () => new ArchivedCopy("seeds/a.txt") },
        { "exactly one target", () => new Relation(RelationKind.PartOf) },
        { "exactly one target", () => new Relation(RelationKind.Discussed, MeetingId.Parse("m-1"), MechanismId.Parse("mx-x")) },
        { "names who spoke", () => new Statement(StatementForm.Summary, Language.Spanish, LocalizedText.FromSpanish("dijo")) },
        { "is the person's name", () => new Person(PersonId.Parse("ana-uno"), PersonName.From("Ana Uno"), [PersonName.From("Ana Uno")]) },
        { "appears more than once", () => new Person(PersonId.Parse("ana-uno"), PersonName.From("Ana Uno"), [PersonName.From("Ana"), PersonName.From("Ana")]) },
        { "has no parties (list them, or say in unlistedParties", () => new Mechanism(MechanismId.Parse("mx-nals"), LocalizedText.FromEnglish("Summit"), MechanismKind.Summit, MechanismScope.Multilateral, [], MechanismStatus.Active) },
        { "The citation of sre-comunicado-176-2023 appears more than once", () => new Institution(InstitutionId.Parse("mx-sre"), LocalizedText.FromSpanish("SRE"), InstitutionKind.Ministry, citations: [new Citation(Source), new Citation(Source)]) },
        { "identified by its kind, its issuers or a source", () => new ReportedSource() },
        { "A source's number is 1 to 32", () => new Source(Source, LocalizedText.FromSpanish("t"), LocalizedText.FromSpanish("p"), null, Language.Spanish, SourceKind.PressRelease, number: "No. 176") },
        { "nothing was said at it", () => new Meeting(MeetingId.Parse("m-1"), MeetingKind.Ordinary, MeetingStatus.Planned, PartialDate.Parse("2030"), title: LocalizedText.FromEnglish("M"),
            statements: [new Statement(StatementForm.Summary, Language.English, LocalizedText.FromEnglish("x"), party: PartyRef.Parse("MX"))]) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_records_are_refused_with_a_message_that_says_why(string reason, Func<object> create)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_records_keep_their_values_normalized()
    {
        // A quote is trimmed and composed (NFC); a hash is kept in lowercase.
        Assert.Equal("afirmó", new Citation(Source, "  afirmo\u0301 ").Quote);
        Assert.Equal(new string('a', 64), new ArchivedCopy("a.txt", new string('A', 64)).Sha256);
        Citation implicitCitation = Source;
        Assert.Equal(new Citation(Source), implicitCitation);
        Assert.NotEqual(new Citation(Source, "x"), new Citation(Source));

        var summit = new Mechanism(MechanismId.Parse("mx-nals"), LocalizedText.FromSpanish("Cumbre de Líderes de América del Norte"), MechanismKind.Summit, MechanismScope.Multilateral, [],
            MechanismStatus.Active, unlistedParties: [ParticipationStatus.Member]);
        Assert.True(summit.HasUnlistedMembers);
        Assert.Empty(summit.Parties);

        var person = new Person(PersonId.Parse("marcelo-ebrard-casaubon"), PersonName.From("Marcelo Ebrard Casaubon"), [PersonName.From("Marcelo Ebrard")]);
        Assert.True(person.IsSpelledAs(PersonName.From("Marcelo Ebrard")));
        Assert.False(person.IsSpelledAs(PersonName.From("Ebrard")));

        var meeting = new Meeting(MeetingId.Parse("m-1"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("2023"), title: LocalizedText.FromEnglish("M"),
            citations: [new Citation(Source, "a"), new Citation(Source, "b"), new Citation(SourceId.Parse("s-2"))]);
        Assert.Equal([Source, SourceId.Parse("s-2")], meeting.Sources.ToArray());
    }

    [Fact]
    public void Records_round_trip_through_json_byte_for_byte()
    {
        var outcome = new Commitment(LocalizedText.FromEnglish("Report"), CommitmentKind.Report, CommitmentStatus.Fulfilled, date: PartialDate.Parse("2010-07"), parties: [PartyRef.Parse("MX")],
            id: CommitmentId.Parse("strategy-report"), institutions: [new InstitutionPart(InstitutionId.Parse("int-iachr"), InstitutionRole.Recipient)],
            followsUp: [CommitmentId.Parse("strategy-2010")], citations: [new Citation(Source, "submitted")]);
        var json = CooperationJson.WriteString(outcome);
        Assert.Equal(outcome, CooperationJson.Read<Commitment>(json));
        Assert.Equal(json, CooperationJson.WriteString(CooperationJson.Read<Commitment>(json)));
        Assert.Contains("\"part\": \"recipient\"", json, StringComparison.Ordinal);
    }
}
