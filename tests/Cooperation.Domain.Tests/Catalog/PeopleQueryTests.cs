using System;
using System.Linq;

namespace Cooperation.Domain.Tests.Catalog;

/// <summary>People as records: found by any recorded spelling, ignoring case and accents, with their positions.</summary>
public class PeopleQueryTests
{
    private static CooperationCatalog Catalog => ReferenceCatalog.Default;

    private static readonly MeetingId May2021 = MeetingId.Parse("mx-us-2021-05-13");

    [Theory]
    [InlineData("Rosa Icela Rodríguez")] // the spelling of the communiqué's first paragraph
    [InlineData("Rosa Icela Rodríguez Velázquez")] // the delegation list's
    [InlineData("ROSA ICELA RODRIGUEZ")]
    [InlineData("rosa icela rodriguez velazquez")]
    [InlineData("Marcelo Ebrard Casaubon")] // the person's name; the delegation list writes "Marcelo Ebrard"
    [InlineData("Marcelo Ebrard")]
    public void A_person_is_found_by_any_recorded_spelling_ignoring_case_and_accents(string spelling)
    {
        Assert.Equal([May2021], Catalog.MeetingsWith(PersonName.From(spelling)).Select(m => m.Id).ToArray());
        Assert.Single(Catalog.FindPeople(PersonName.From(spelling)));
    }

    [Fact]
    public void A_spelling_no_source_uses_finds_no_one()
    {
        Assert.Empty(Catalog.MeetingsWith(PersonName.From("Rosa Rodríguez")));
        Assert.Empty(Catalog.FindPeople(PersonName.From("Ebrard")));
        Assert.Empty(Catalog.MeetingsWith(default(PersonName)));
        Assert.Empty(Catalog.PositionsOf(default));
    }

    [Fact]
    public void Positions_come_from_participations_with_the_meeting_s_date_as_each_source_wrote_them()
    {
        var ebrard = PersonId.Parse("marcelo-ebrard-casaubon");
        var held = Assert.Single(Catalog.PositionsOf(ebrard));
        Assert.Equal(May2021, held.Meeting);
        Assert.Equal(PartialDate.Parse("2021-05-13"), held.Date);
        Assert.Equal(PartyRef.Parse("MX"), held.Party);
        Assert.Equal(DelegationRole.CoChair, held.Role);
        Assert.Equal("Marcelo Ebrard", held.Name.Value);
        Assert.Equal(InstitutionId.Parse("mx-sre"), held.Institution);
        Assert.Contains("Relaciones Exteriores", held.Position!.Value.Spanish, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranks_are_kept_apart_from_positions()
    {
        foreach (var (id, rank) in new[] { ("alfredo-hernandez", "vicealmirante"), ("oscar-renteria-schazarino", "general") })
        {
            Assert.True(Catalog.TryGetPerson(PersonId.Parse(id), out var person));
            Assert.Equal(rank, person.Rank!.Value.Spanish);
            var position = Assert.Single(Catalog.PositionsOf(person.Id)).Position!.Value.Spanish!;
            Assert.DoesNotContain(rank, position, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Every_named_participant_refers_to_a_person_whose_record_lists_the_spelling_used()
    {
        var participants = Catalog.Meetings.SelectMany(m => m.Delegations).SelectMany(d => d.Participants).Where(p => p.Person is not null).ToArray();
        Assert.NotEmpty(participants);
        Assert.All(participants, p =>
        {
            Assert.True(Catalog.TryGetPerson(p.PersonId!.Value, out var person), p.ToString());
            Assert.True(person.IsSpelledAs(p.Person!.Value), p.ToString());
        });
    }

    [Fact]
    public void Statements_are_by_people_at_the_meeting_and_do_not_make_anyone_head()
    {
        var training = Catalog.Meetings.Single(m => m.Id.Value == "crm-training-programme-2020-12");
        var rocio = PersonId.Parse("rocio-gonzalez-higuera");
        Assert.Equal(4, training.Statements.Count(s => s.Speaker == rocio));
        Assert.Single(training.Statements, s => s.Form == StatementForm.Quote);
        Assert.Equal(DelegationRole.Member, training.Delegations.SelectMany(d => d.Participants).Single(p => p.PersonId == rocio).Role);
    }
}
