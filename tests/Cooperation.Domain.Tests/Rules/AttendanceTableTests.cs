using System;
using System.Linq;
using Cooperation.Domain.Rules;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>
/// The participant rules read each meeting's delegations and participants from the catalog's attendance table, rows
/// resolved once per catalog in the walk's order of meetings: meetings of several mechanisms, of a repeated mechanism
/// identifier, of a mechanism the catalog does not have and of none must each be checked with their own rows, and the
/// rows must answer as the participants would (identifiers the catalog has or not, names, citations).
/// </summary>
public class AttendanceTableTests
{
    private static readonly InstitutionId Sre = InstitutionId.Parse("mx-sre");
    private static readonly PersonId Ana = PersonId.Parse("ana-uno");

    private static Mechanism Talks(string id) => new(MechanismId.Parse(id), En("Talks"), MechanismKind.HighLevelDialogue, MechanismScope.Bilateral, Bilateral(HN), MechanismStatus.Active);

    private static Meeting Meeting(string id, string? mechanism, params Delegation[] delegations) => new(
        MeetingId.Parse(id),
        MeetingKind.Ordinary,
        MeetingStatus.Planned,
        PartialDate.Parse("2030-01-01"),
        mechanism: mechanism is null ? null : MechanismId.Parse(mechanism),
        title: En("Meeting"),
        delegations: [.. delegations]);

    private static Participant Head(string name, InstitutionId? institution = null, PersonId? person = null)
        => new(DelegationRole.HeadOfDelegation, PersonName.Parse(name), institution ?? Sre, personId: person);

    private static Participant Member(string name, InstitutionId? institution = null, PersonId? person = null)
        => new(DelegationRole.Member, PersonName.Parse(name), institution ?? Sre, personId: person);

    private static CatalogBuilder Catalog() => new CatalogBuilder()
        .Add(new Institution(Sre, Es("Secretaría de Relaciones Exteriores"), InstitutionKind.Ministry, CountryCode.Parse("MX")))
        .Add(new Person(Ana, PersonName.Parse("Ana Uno")));

    // A meeting whose Mexican delegation has as many members as its position among the test's meetings, all known,
    // then a participant of an unknown institution and person and one with a spelling the person does not record; the
    // unknown identifiers are named after the meeting. Meetings differ in length, so rows read at the wrong offset
    // would put the findings on other participants.
    private static Meeting Numbered(string id, string? mechanism, int members) => Meeting(
        id,
        mechanism,
        new Delegation(HN, [new Participant(DelegationRole.HeadOfDelegation, institution: Sre)]),
        new Delegation(MX,
        [
            Head("Ana Uno", person: Ana),
            .. Enumerable.Repeat(Member("Ana Uno", person: Ana), members),
            Member("Ana Una", InstitutionId.Parse($"mx-{id}"), PersonId.Parse($"p-{id}")),
            new Participant(DelegationRole.Member, PersonName.Parse("Ana Una"), personId: Ana),
        ]));

    [Fact]
    public void Every_meeting_s_participants_are_checked_with_their_own_rows()
    {
        string[] meetings = ["aa-1", "aa-2", "bb-1", "repeat-1", "orphan-1", "none-1"];
        var catalog = Catalog()
            .Add(Talks("aa")).Add(Talks("bb")).Add(Talks("repeat")).Add(Talks("repeat"))
            .Add(Numbered("aa-1", "aa", 0)).Add(Numbered("aa-2", "aa", 1)).Add(Numbered("bb-1", "bb", 2)).Add(Numbered("repeat-1", "repeat", 3))
            .Add(Numbered("orphan-1", "gone", 4)).Add(Numbered("none-1", null, 5))
            .Build();

        var report = Validator.Validate(catalog, ValidationOptions.Default);

        // Each rule reports each meeting's own participant, and names what that meeting's participant refers to.
        // {1} and {2} in a path are the positions of the meeting's last two participants (after its head and members).
        void Found(string rule, string participant, string named)
        {
            string Path(int j) => $"meetings[{meetings[j]}].delegations[{participant.Replace("{1}", $"{j + 1}", StringComparison.Ordinal).Replace("{2}", $"{j + 2}", StringComparison.Ordinal)}";
            var found = report.Diagnostics.Where(d => d.Id == rule).ToDictionary(d => d.Path, d => d.Message);
            Assert.Equal(meetings.Select((_, j) => Path(j)).Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
            Assert.All(Enumerable.Range(0, meetings.Length), j => Assert.Contains(named.Replace("{0}", meetings[j], StringComparison.Ordinal), found[Path(j)], StringComparison.Ordinal));
        }

        Found("COOP1003", "MX].participants[{1}]", "mx-{0}");
        Found("COOP1008", "MX].participants[{1}].personId", "p-{0}");
        Found("COOP5008", "MX].participants[{2}]", "of {0} refers to ana-uno");
        Found("COOP5005", "HN].participants[0]", "at {0} is from mx-sre");
    }

    [Fact]
    public void People_are_compared_by_identifier_known_or_not_and_otherwise_by_name()
    {
        var ghost = PersonId.Parse("ghost");
        var catalog = Catalog().Add(Talks("aa")).Add(Meeting(
            "aa-1",
            "aa",
            new Delegation(MX,
            [
                Head("Ana Uno", person: Ana),
                Member("Ana Uno", person: PersonId.Parse("ana-dos")), // same name, another identifier (not in the catalog): another person
                Member("Gus Tres", person: ghost),
                Member("Gustavo Tres", person: ghost), // one identifier the catalog does not have, two spellings: one person
                Member("Luz Cuatro"),
                Member("Luz Cuatro"), // no identifiers, one name: one person
            ]),
            new Delegation(HN,
            [
                Head("Ana Uno"), // no identifier, the name of a participant with one: the same person
                Member("Gustavo Tres", person: ghost),
                Member("Eva Cinco", person: PersonId.Parse("eva")),
            ]))).Build();

        var report = Validator.Validate(catalog, ValidationOptions.Default);

        Assert.Equal(
            ["meetings[aa-1].delegations[MX].participants[3]", "meetings[aa-1].delegations[MX].participants[5]"],
            report.Diagnostics.Where(d => d.Id == "COOP5004").Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["meetings[aa-1].delegations[HN].participants[0]", "meetings[aa-1].delegations[HN].participants[1]"],
            report.Diagnostics.Where(d => d.Id == "COOP5006").Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Citations_of_delegations_and_participants_are_checked_where_they_are()
    {
        var missing = SourceId.Parse("missing");
        var catalog = Catalog().Add(Talks("aa")).Add(Meeting(
            "aa-1",
            "aa",
            new Delegation(HN, [Head("Eva Cinco")]),
            new Delegation(MX,
            [
                Head("Ana Uno", person: Ana),
                new Participant(DelegationRole.Member, PersonName.Parse("Luz Cuatro"), Sre, citations: [Citation.Of(missing)]),
            ], citations: [Citation.Of(missing)]))).Build();

        var report = Validator.Validate(catalog, ValidationOptions.Default);

        Assert.Equal(
            ["meetings[aa-1].delegations[MX].citations[missing]", "meetings[aa-1].delegations[MX].participants[1].citations[missing]"],
            report.Diagnostics.Where(d => d.Id == "COOP1004").Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rows_stay_in_place_when_later_meetings_outgrow_the_first_ones()
    {
        // Thirty meetings of one participant, then ten of more and more: the table's arrays, sized for the first ones,
        // grow several times (not only by doubling) while the last meetings are added. The j-th large meeting names Ana Uno again after j
        // other members, so a row read at the wrong offset would put the finding on another participant.
        static string Letters(int k) => $"{(char)('A' + (k % 26))}{(char)('a' + (k / 26))}ro";
        var builder = Catalog().Add(Talks("aa"));
        for (var j = 0; j < 30; j++)
        {
            builder.Add(Meeting($"aa-{j:D2}", "aa", new Delegation(MX, [Head("Ana Uno")])));
        }

        for (var j = 1; j <= 10; j++)
        {
            builder.Add(Meeting($"aa-{29 + j:D2}", "aa", new Delegation(MX,
            [
                Head("Ana Uno"),
                .. Enumerable.Range(0, 12 * j).Select(k => Member($"Eva {Letters(k)}")),
                Member("Ana Uno"),
            ])));
        }

        var report = Validator.Validate(builder.Build(), ValidationOptions.Default);

        Assert.Equal(
            Enumerable.Range(1, 10).Select(j => $"meetings[aa-{29 + j:D2}].delegations[MX].participants[{(12 * j) + 1}]").Order(StringComparer.Ordinal),
            report.Diagnostics.Where(d => d.Id == "COOP5004").Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_validation_reports_what_the_first_did()
    {
        var catalog = Catalog()
            .Add(Talks("aa")).Add(Talks("repeat")).Add(Talks("repeat"))
            .Add(Numbered("aa-1", "aa", 2)).Add(Numbered("repeat-1", "repeat", 1)).Add(Numbered("none-1", null, 0))
            .Build();

        string Findings() => string.Join("\n", Validator.Validate(catalog, ValidationOptions.Default).Diagnostics.Select(d => $"{d.Id} {d.Path} {d.Message}"));

        var first = Findings();
        Assert.NotEmpty(first);
        Assert.Equal(first, Findings());
    }
}
