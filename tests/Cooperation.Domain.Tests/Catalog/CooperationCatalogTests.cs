using System;
using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain.Tests.Support;
using NodaTime;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Catalog;

public class CooperationCatalogTests
{
    private static readonly Mechanism Crm = new(
        MechanismId.Parse("crm"),
        LocalizedText.Create("Conferencia Regional sobre Migración", "Regional Conference on Migration"),
        MechanismKind.RegionalConference,
        MechanismScope.Multilateral,
        [.. new[] { "BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO" }.Select(c => Member(PartyRef.Parse(c))), new Membership(PartyRef.Parse("int-iom"), ParticipationStatus.Observer)],
        MechanismStatus.Active,
        topics: [Topic.Migration, Topic.HumanRights],
        presidencies: [new PresidencyTerm(MX, PartialDateRange.Parse("2020-12/2021-12"))]);

    private static readonly Mechanism Gans = new(
        MechanismId.Parse("mx-hn-gans"),
        En("High-Level Group on Security"),
        MechanismKind.HighLevelGroup,
        MechanismScope.Bilateral,
        Bilateral(HN),
        MechanismStatus.Active,
        topics: [Topic.Security, Topic.Migration],
        established: PartialDate.Parse("2011-01-22"));

    private static readonly Meeting GansFirst = new(
        MeetingId.Parse("mx-hn-gans-1"),
        MeetingKind.Inaugural,
        MeetingStatus.Held,
        PartialDate.Parse("2011-01-22"),
        mechanism: Gans.Id,
        ordinal: Ordinal.First,
        delegations: [new Delegation(MX, [new Participant(DelegationRole.FocalPoint, institution: InstitutionId.Parse("mx-sre"))])]);

    private static readonly Institution Sre = new(InstitutionId.Parse("mx-sre"), Es("Secretaría de Relaciones Exteriores"), InstitutionKind.Ministry, CountryCode.Parse("MX"), Acronym.Parse("SRE"));

    private static CatalogBuilder Builder()
        => new CatalogBuilder()
            .Add(ConsularAnual2023Planned())
            .Add(Crm)
            .Add(ConsularDialogue())
            .Add(GansFirst)
            .Add(Gans)
            .Add(ConsularMidTerm2023())
            .Add(Sre);

    private static readonly CooperationCatalog Catalog = Builder().Build();

    [Fact]
    public void Entities_are_sorted_by_identifier_whatever_the_order_they_were_added()
    {
        Assert.Equal(["crm", "mx-hn-gans", "mx-us-consular-dialogue"], Catalog.Mechanisms.Select(m => m.Id.Value));
        var reversed = new CatalogBuilder();
        foreach (var meeting in Catalog.Meetings.Reverse())
        {
            reversed.Add(meeting);
        }

        foreach (var mechanism in Catalog.Mechanisms.Reverse())
        {
            reversed.Add(mechanism);
        }

        var other = reversed.Add(Sre).Build();
        // ImmutableArray's own Equals compares array references: compare the elements.
        Assert.Equal(Catalog.Meetings.ToArray(), other.Meetings.ToArray());
        Assert.Equal(Catalog.Mechanisms.ToArray(), other.Mechanisms.ToArray());
        Assert.Equal(Catalog.MeetingsOf(ConsularDialogue().Id).ToArray(), other.MeetingsOf(ConsularDialogue().Id).ToArray());
    }

    [Fact]
    public void Look_ups_by_identifier()
    {
        Assert.True(Catalog.TryGetMechanism(MechanismId.Parse("crm"), out var crm));
        Assert.Same(Crm, crm);
        Assert.True(Catalog.TryGetMeeting(MeetingId.Parse("mx-hn-gans-1"), out var first));
        Assert.Same(GansFirst, first);
        Assert.True(Catalog.TryGetInstitution(InstitutionId.Parse("mx-sre"), out _));
        Assert.False(Catalog.TryGetSource(SourceId.Parse("nothing"), out _));
        Assert.False(Catalog.TryGetMechanism(default, out _));
        var error = Assert.Throws<EntityNotFoundException>(() => Catalog.GetMechanism(MechanismId.Parse("mx-gt-ganseg")));
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
        Assert.Contains("\"mx-gt-ganseg\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Look_ups_and_indexed_queries_allocate_nothing()
    {
        var id = MechanismId.Parse("mx-us-consular-dialogue");
        var meeting = MeetingId.Parse("mx-hn-gans-1");
        var mx = CountryCode.Parse("MX");
        Assert.Equal(0, Allocations.Measure(() => Catalog.TryGetMechanism(id, out _)));
        Assert.Equal(0, Allocations.Measure(() => Catalog.TryGetMeeting(meeting, out _)));
        Assert.Equal(0, Allocations.Measure(() => Catalog.MechanismsOf(mx)));
        Assert.Equal(0, Allocations.Measure(() => Catalog.MeetingsOf(id)));
        Assert.Equal(0, Allocations.Measure(() => Catalog.MechanismsWithTopic(Topic.Migration)));
    }

    [Fact]
    public void Mechanisms_by_country_party_topic_kind_and_status()
    {
        Assert.Equal(["crm", "mx-hn-gans", "mx-us-consular-dialogue"], Catalog.MechanismsOf(CountryCode.Parse("MX")).Select(m => m.Id.Value));
        Assert.Equal(["crm", "mx-hn-gans"], Catalog.MechanismsOf(CountryCode.Parse("HN")).Select(m => m.Id.Value));
        Assert.Equal(["crm"], Catalog.MechanismsOf(PartyRef.Parse("int-iom")).Select(m => m.Id.Value));
        Assert.Empty(Catalog.MechanismsOf(CountryCode.Parse("FR")));
        Assert.Empty(Catalog.MechanismsOf(default(CountryCode)));
        Assert.Equal(["crm", "mx-hn-gans"], Catalog.MechanismsWithTopic(Topic.Migration).Select(m => m.Id.Value));
        Assert.Equal(["mx-hn-gans"], Catalog.MechanismsOfKind(MechanismKind.HighLevelGroup).Select(m => m.Id.Value));
        Assert.Equal(3, Catalog.MechanismsWithStatus(MechanismStatus.Active).Length);
        Assert.Empty(Catalog.MechanismsWithStatus(MechanismStatus.Dissolved));
    }

    [Fact]
    public void Meetings_by_mechanism_date_and_participant()
    {
        Assert.Equal(["mx-us-consular-dialogue-2023-04", "mx-us-consular-dialogue-2023-10"], Catalog.MeetingsOf(ConsularDialogue().Id).Select(m => m.Id.Value));
        Assert.Empty(Catalog.MeetingsOf(MechanismId.Parse("crm")));
        Assert.Equal(["mx-us-consular-dialogue-2023-04"], Catalog.MeetingsBetween(new DateInterval(new LocalDate(2023, 4, 21), new LocalDate(2023, 5, 31))).Select(m => m.Id.Value));
        Assert.Equal(3, Catalog.MeetingsBetween(new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2023, 12, 31))).Length);
        Assert.Equal(["mx-us-consular-dialogue-2023-04"], Catalog.MeetingsWith(PersonName.From("Vanessa Calva Ruiz")).Select(m => m.Id.Value));
        Assert.Equal(["mx-hn-gans-1", "mx-us-consular-dialogue-2023-04"], Catalog.MeetingsWith(InstitutionId.Parse("mx-sre")).Select(m => m.Id.Value));
        Assert.Empty(Catalog.MeetingsWith(default(PersonName)));

        // "Possibly in" a period versus "definitely within" it: the October 2023 meeting is known to the month.
        var earlyOctober = new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 15));
        Assert.Equal(["mx-us-consular-dialogue-2023-10"], Catalog.MeetingsBetween(earlyOctober).Select(m => m.Id.Value));
        Assert.Empty(Catalog.MeetingsBetween(earlyOctober, definitelyWithin: true));
        Assert.Single(Catalog.MeetingsBetween(new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), definitelyWithin: true));

        Assert.Equal(["mx-hn-gans-1", "mx-us-consular-dialogue-2023-04"], Catalog.MeetingsAttendedBy(MX).Select(m => m.Id.Value));
        Assert.Equal(["mx-us-consular-dialogue-2023-04"], Catalog.MeetingsAttendedBy(US).Select(m => m.Id.Value));
        Assert.Empty(Catalog.MeetingsAttendedBy(default));
        Assert.Empty(Catalog.MeetingsWith(PersonId.Parse("nobody")));
    }

    [Fact]
    public void Presidency_cadence_and_countries()
    {
        Assert.Equal(MX, Catalog.PresidencyOn(MechanismId.Parse("crm"), new LocalDate(2021, 3, 1)));
        Assert.Null(Catalog.PresidencyOn(MechanismId.Parse("crm"), new LocalDate(2020, 11, 30)));
        Assert.Null(Catalog.PresidencyOn(MechanismId.Parse("unknown"), new LocalDate(2021, 3, 1)));
        Assert.Equal(CadenceStatus.OnSchedule, Catalog.AssessCadence(ConsularDialogue().Id, new LocalDate(2023, 4, 24)).Status);
        Assert.Equal(11, Catalog.Countries.Length);
        Assert.Equal(Catalog.Countries.Order().ToArray(), Catalog.Countries.ToArray());
    }

    [Fact]
    public void Duplicate_identifiers_are_kept_in_order_and_look_ups_find_the_first()
    {
        var renamed = new Mechanism(Gans.Id, LocalizedText.FromEnglish("Second entry"), Gans.Kind, Gans.Scope, Gans.Parties, Gans.Status);
        var catalog = Builder().Add(renamed).Build();
        Assert.Equal([Gans, renamed], catalog.Mechanisms.Where(m => m.Id == Gans.Id).ToArray());
        Assert.Same(catalog.Mechanisms.First(m => m.Id == Gans.Id), catalog.GetMechanism(Gans.Id));
        Assert.Equal("mechanisms[mx-hn-gans]", Cooperation.Domain.Rules.Validator.Validate(catalog).Diagnostics.Single(d => d.Id == "COOP1001").Path);
        Assert.Throws<ArgumentNullException>(() => new CatalogBuilder().Add((Meeting)null!));
        Assert.Empty(CooperationCatalog.Empty.Mechanisms);
        Assert.Equal(Catalog.Meetings.ToArray(), new CatalogBuilder().AddRange(Catalog).Build().Meetings.ToArray());
    }
}
