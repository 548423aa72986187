using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Model;

/// <summary>The With… methods: one per constructor parameter, a copy validated exactly like the constructor.</summary>
public class WithMethodTests
{
    // A value of each entity type that uses many members, from the reference catalog.
    public static TheoryData<object> Entities()
    {
        var catalog = ReferenceCatalog.Default;
        var meeting = catalog.Meetings.First(m => m.Delegations.Any(d => d.Participants.Any(p => p.PersonId is not null)) && !m.Statements.IsEmpty && !m.Outcomes.IsEmpty);
        return
        [
            meeting,
            catalog.Mechanisms.MaxBy(m => m.Parties.Length + m.Citations.Length)!,
            catalog.Institutions.First(i => i.Parent is not null),
            catalog.People.First(p => !p.OtherNames.IsEmpty),
            catalog.Sources.First(s => s.Url is not null),
            meeting.Outcomes[0],
            meeting.Statements[0],
            meeting.Delegations.First(d => !d.Participants.IsEmpty),
            meeting.Delegations.SelectMany(d => d.Participants).First(p => p.PersonId is not null),
        ];
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public void Every_constructor_parameter_has_a_With_method_that_copies_the_rest(object entity)
    {
        var type = entity.GetType();
        var constructor = type.GetConstructors().Single();
        foreach (var parameter in constructor.GetParameters())
        {
            var member = char.ToUpperInvariant(parameter.Name![0]) + parameter.Name[1..];
            var with = type.GetMethod("With" + member, [parameter.ParameterType]);
            Assert.True(with is not null, $"{type.Name} has no With{member}({parameter.ParameterType.Name})");
            Assert.Equal(type, with.ReturnType);
            Assert.Equal(parameter.Name, with.GetParameters()[0].Name);

            // Given the value it has, the copy equals the original and is a new object.
            var value = type.GetProperty(member)!.GetValue(entity);
            var copy = with.Invoke(entity, [value]);
            Assert.NotSame(entity, copy);
            Assert.Equal(entity, copy);
        }
    }

    [Fact]
    public void A_With_method_changes_its_member_only()
    {
        var planned = ConsularAnual2023Planned();
        var held = planned.WithStatus(MeetingStatus.Held);
        Assert.Equal(MeetingStatus.Held, held.Status);
        Assert.Equal(MeetingStatus.Planned, planned.Status);
        Assert.Equal(planned, held.WithStatus(MeetingStatus.Planned));
        Assert.Equal(planned.Venues.ToArray(), held.Venues.ToArray());
        Assert.Equal(planned.Citations.ToArray(), held.Citations.ToArray());

        var outcome = new Commitment(En("Agreed to meet again"), CommitmentKind.Agreement, CommitmentStatus.Agreed);
        var withOutcome = held.WithOutcomes([outcome]);
        Assert.Equal([outcome], withOutcome.Outcomes.ToArray());
        Assert.Equal([SourceId.Parse("sre-comunicado-176-2023")], withOutcome.WithCitations([SourceId.Parse("sre-comunicado-176-2023")]).Sources.ToArray());

        // Members the constructor normalizes are normalized the same way.
        Assert.True(held.WithTopics(default).Topics.IsEmpty);
        Assert.False(held.WithTopics(default).Topics.IsDefault);
        var url = new UriBuilder(Uri.UriSchemeHttps, "Example.org", -1, "a").Uri;
        var source = ReferenceCatalog.Default.Sources[0];
        Assert.Equal(new Source(source.Id, source.Title, source.Publisher, source.Date, source.Language, source.Kind, url).Url!.OriginalString, source.WithUrl(url).Url!.OriginalString);
    }

    // Each row: the error of a With… call and of the constructor call with the same values.
    public static TheoryData<string, Action, Action> Invalid()
    {
        var planned = ConsularAnual2023Planned();
        var held = planned.WithStatus(MeetingStatus.Held);
        var outcome = new Commitment(En("Agreed"), CommitmentKind.Agreement, CommitmentStatus.Agreed);
        var numbered = held.WithOrdinal(Ordinal.First);
        var dialogue = ConsularDialogue();
        var sre = new Institution(InstitutionId.Parse("mx-sre"), Es("Secretaría de Relaciones Exteriores"), InstitutionKind.Ministry, CountryCode.Parse("MX"), Acronym.Parse("SRE"));
        var person = new Person(PersonId.Parse("marcelo-ebrard"), PersonName.Parse("Marcelo Ebrard Casaubon"), [PersonName.Parse("Marcelo Ebrard")]);
        var statement = new Statement(StatementForm.Summary, Language.Spanish, Es("destacó"), speaker: person.Id);
        var source = ReferenceCatalog.Default.Sources[0];
        var delegation = new Delegation(MX);
        var participant = new Participant(DelegationRole.Member, institution: sre.Id);
        var ftp = new UriBuilder(Uri.UriSchemeFtp, "example.org").Uri;
        return new()
        {
            {
                "a planned meeting has no outcomes",
                () => planned.WithOutcomes([outcome]),
                () => _ = new Meeting(planned.Id, planned.Kind, planned.Status, planned.Start, planned.Mechanism, venues: planned.Venues, outcomes: [outcome], citations: planned.Citations)
            },
            {
                "a meeting with outcomes stays held",
                () => held.WithOutcomes([outcome]).WithStatus(MeetingStatus.Planned),
                () => _ = new Meeting(planned.Id, planned.Kind, MeetingStatus.Planned, planned.Start, planned.Mechanism, venues: planned.Venues, outcomes: [outcome], citations: planned.Citations)
            },
            {
                "a meeting of no mechanism has a title",
                () => planned.WithMechanism(null),
                () => _ = new Meeting(planned.Id, planned.Kind, planned.Status, planned.Start, null, venues: planned.Venues, citations: planned.Citations)
            },
            {
                "a mid-term meeting is not numbered",
                () => numbered.WithKind(MeetingKind.MidTerm),
                () => _ = new Meeting(planned.Id, MeetingKind.MidTerm, MeetingStatus.Held, planned.Start, planned.Mechanism, ordinal: Ordinal.First, venues: planned.Venues, citations: planned.Citations)
            },
            {
                "one delegation per party",
                () => held.WithDelegations([new Delegation(MX), new Delegation(MX)]),
                () => _ = new Meeting(planned.Id, planned.Kind, MeetingStatus.Held, planned.Start, planned.Mechanism, venues: planned.Venues, delegations: [new Delegation(MX), new Delegation(MX)], citations: planned.Citations)
            },
            {
                "a kind is required",
                () => planned.WithKind(null!),
                () => _ = new Meeting(planned.Id, null!, planned.Status, planned.Start, planned.Mechanism)
            },
            {
                "an identifier is required",
                () => planned.WithId(default),
                () => _ = new Meeting(default, planned.Kind, planned.Status, planned.Start, planned.Mechanism)
            },
            {
                "a superseded mechanism names its successor",
                () => dialogue.WithStatus(MechanismStatus.Superseded),
                () => _ = new Mechanism(dialogue.Id, dialogue.Name, dialogue.Kind, dialogue.Scope, dialogue.Parties, MechanismStatus.Superseded)
            },
            {
                "a mechanism is not its own parent",
                () => dialogue.WithParent(dialogue.Id),
                () => _ = new Mechanism(dialogue.Id, dialogue.Name, dialogue.Kind, dialogue.Scope, dialogue.Parties, dialogue.Status, parent: dialogue.Id)
            },
            {
                "a mechanism has parties",
                () => dialogue.WithParties([]),
                () => _ = new Mechanism(dialogue.Id, dialogue.Name, dialogue.Kind, dialogue.Scope, [], dialogue.Status)
            },
            {
                "an institution is not its own parent",
                () => sre.WithParent(sre.Id),
                () => _ = new Institution(sre.Id, sre.Name, sre.Kind, sre.Country, sre.SpanishAcronym, parent: sre.Id)
            },
            {
                "other acronyms do not repeat the acronym",
                () => sre.WithOtherAcronyms([Acronym.Parse("SRE")]),
                () => _ = new Institution(sre.Id, sre.Name, sre.Kind, sre.Country, sre.SpanishAcronym, otherAcronyms: [Acronym.Parse("SRE")])
            },
            {
                "other names do not repeat the name",
                () => person.WithOtherNames([person.Name]),
                () => _ = new Person(person.Id, person.Name, [person.Name])
            },
            {
                "a count is at least 1",
                () => outcome.WithCount(0),
                () => _ = new Commitment(outcome.Text, outcome.Kind, outcome.Status, 0)
            },
            {
                "a statement names who spoke",
                () => statement.WithSpeaker(null),
                () => _ = new Statement(statement.Form, statement.Language, statement.Text)
            },
            {
                "a source's address is http or https",
                () => source.WithUrl(ftp),
                () => _ = new Source(source.Id, source.Title, source.Publisher, source.Date, source.Language, source.Kind, ftp)
            },
            {
                "a source's number",
                () => source.WithNumber("176 bis"),
                () => _ = new Source(source.Id, source.Title, source.Publisher, source.Date, source.Language, source.Kind, number: "176 bis")
            },
            {
                "a delegation has a party",
                () => delegation.WithParty(default),
                () => _ = new Delegation(default)
            },
            {
                "a person identifier needs a name",
                () => participant.WithPersonId(person.Id),
                () => _ = new Participant(participant.Role, institution: participant.Institution, personId: person.Id)
            },
        };
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_value_fails_as_in_the_constructor(string rule, Action with, Action constructor)
    {
        var expected = Assert.ThrowsAny<ArgumentException>(constructor);
        var actual = Assert.ThrowsAny<ArgumentException>(with);
        Assert.True(expected.GetType() == actual.GetType(), rule);
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.ParamName, actual.ParamName);
    }
}
