using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Model;

/// <summary>
/// Every fact pattern of the seed documents, expressed with the model: the full reference catalog is a later issue,
/// these prove that nothing in the sources needs a looser model.
/// </summary>
public class SeedFactPatternTests
{
    [Fact]
    public void Mid_term_meeting_of_the_DANM_in_Ottawa_with_co_chairs_and_an_institutional_counterpart()
    {
        var danm = new Mechanism(
            MechanismId.Parse("mx-ca-danm"),
            LocalizedText.Create("Diálogo de Alto Nivel México-Canadá sobre Movilidad de Personas", "Mexico–Canada High-Level Dialogue on Mobility of People"),
            MechanismKind.HighLevelDialogue,
            MechanismScope.Bilateral,
            Bilateral(CA),
            MechanismStatus.Active,
            topics: [Topic.Mobility, Topic.Migration],
            spanishAcronym: Acronym.Parse("DANM"),
            origin: Es("Uno de los compromisos de la Visita de Estado del Presidente Enrique Peña Nieto a Canadá en junio de 2016"),
            sources: [SourceId.Parse("televisa-2017-04-30-mexico-canada")]);

        var coChair = (string name, string position, string institution) =>
            new Participant(DelegationRole.CoChair, PersonName.From(name), InstitutionId.Parse(institution), Es(position));
        var meeting = new Meeting(
            MeetingId.Parse("mx-ca-danm-2017-04-25"),
            MeetingKind.MidTerm,
            MeetingStatus.Held,
            PartialDate.Parse("2017-04-25"),
            mechanism: danm.Id,
            venues: [new Venue(CountryCode.Parse("CA"), Es("Ottawa"))],
            delegations:
            [
                new Delegation(MX,
                [
                    coChair("Mauricio Ibarra Ponce de León", "director general para América del Norte", "mx-sre"),
                    coChair("Mario Madrazo", "director general de Control y Verificación Migratoria", "mx-inm"),
                    coChair("Gustavo Gutiérrez", "director general de Protección al Migrante y Vinculación", "mx-inm"),
                    new Participant(DelegationRole.Member, institution: InstitutionId.Parse("mx-segob-upm")),
                    new Participant(DelegationRole.Member, institution: InstitutionId.Parse("mx-sre")),
                ]),
                new Delegation(CA,
                [
                    new Participant(DelegationRole.Member, institution: InstitutionId.Parse("ca-ircc")),
                    new Participant(DelegationRole.Member, institution: InstitutionId.Parse("ca-gac")),
                    new Participant(DelegationRole.Member, institution: InstitutionId.Parse("ca-ps")),
                    new Participant(DelegationRole.Member, institution: InstitutionId.Parse("ca-esdc")),
                    new Participant(DelegationRole.Member, institution: InstitutionId.Parse("ca-cbsa")),
                ], Es("Representantes de los Ministerios de Inmigración, Refugiados y Ciudadanía; Asuntos Globales, Seguridad Pública, Empleo y Desarrollo Social, y de la Agencia de Servicios Fronterizos")),
            ],
            sources: danm.Sources);

        Assert.Null(meeting.Ordinal);
        Assert.Equal(3, meeting.Delegations[0].Participants.Count(p => p.Role == DelegationRole.CoChair));
        Assert.All(meeting.Delegations[1].Participants, p => Assert.True(p.IsInstitutional));
        Assert.Equal("Ottawa, CA", meeting.Venues[0].ToString());
    }

    [Fact]
    public void Numbered_meetings_headed_by_institutions_and_rounds_of_talks()
    {
        var eighth = new Meeting(
            MeetingId.Parse("mx-ca-security-consultations-8"),
            MeetingKind.Ordinary,
            MeetingStatus.Held,
            PartialDate.Parse("2017-04-26"),
            mechanism: MechanismId.Parse("mx-ca-security-consultations"),
            ordinal: Ordinal.Parse("8ª"),
            delegations:
            [
                new Delegation(MX, [new Participant(DelegationRole.HeadOfDelegation, institution: InstitutionId.Parse("mx-sre"))]),
                new Delegation(CA, [new Participant(DelegationRole.HeadOfDelegation, institution: InstitutionId.Parse("ca-gac"))]),
            ],
            topics: [Topic.Security, Topic.TraffickingInPersons, Topic.DrugPolicy, Topic.CrimePrevention, Topic.Justice]);
        var tenth = new Meeting(
            MeetingId.Parse("mx-ca-political-military-talks-10"),
            MeetingKind.Round,
            MeetingStatus.Held,
            PartialDate.Parse("2017-04"),
            mechanism: MechanismId.Parse("mx-ca-political-military-talks"),
            ordinal: Ordinal.Parse("10ª"),
            topics: [Topic.MilitaryCooperation]);

        Assert.Equal("8th", eighth.Ordinal.ToString());
        Assert.All(eighth.Delegations, d => Assert.True(d.Participants.Single().IsInstitutional));
        Assert.Equal(10, tenth.Ordinal!.Value.Value);
        Assert.Equal(PartialDatePrecision.Month, tenth.Start.Precision);
    }

    [Fact]
    public void The_CRM_with_eleven_members_observers_and_a_pro_tempore_presidency()
    {
        string[] members = ["BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO"];
        var crm = new Mechanism(
            MechanismId.Parse("crm"),
            LocalizedText.Create("Conferencia Regional sobre Migración", "Regional Conference on Migration"),
            MechanismKind.RegionalConference,
            MechanismScope.Multilateral,
            [
                .. members.Select(code => Member(PartyRef.Parse(code))),
                new Membership(PartyRef.Parse("int-iom"), ParticipationStatus.Observer),
                new Membership(PartyRef.Parse("int-rrocm"), ParticipationStatus.Observer),
            ],
            MechanismStatus.Active,
            topics: [Topic.Migration, Topic.MigrationGovernance, Topic.HumanRights, Topic.CapacityBuilding],
            spanishAcronym: Acronym.Parse("CRM"),
            presidencies: [new PresidencyTerm(MX, PartialDateRange.Parse("2020-12/2021-12"))]);

        Assert.Equal(11, crm.Parties.Count(p => p.Status == ParticipationStatus.Member && p.Party.IsCountry));
        Assert.Equal(2, crm.Parties.Count(p => p.Status == ParticipationStatus.Observer && p.Party.IsOrganization));
        Assert.Equal(MX, crm.PresidencyOn(new LocalDate(2021, 6, 1)));
        Assert.Null(crm.PresidencyOn(new LocalDate(2022, 1, 1)));

        // "la primera sesión del Programa de Formación …": a numbered session of a training programme, with the IOM's support.
        var session = new Meeting(
            MeetingId.Parse("crm-training-programme-1"),
            MeetingKind.TrainingSession,
            MeetingStatus.Held,
            PartialDate.Parse("2021"),
            mechanism: crm.Id,
            title: Es("Programa de Formación en Políticas y Gobernanza Migratoria con enfoque en nivel local y municipal"),
            ordinal: Ordinal.Parse("primera"),
            delegations: [new Delegation(MX, [new Participant(DelegationRole.HeadOfDelegation, PersonName.From("Rocío González Higuera"), InstitutionId.Parse("mx-segob-upmrip"))])]);
        Assert.Equal(1, session.Ordinal!.Value.Value);
    }

    [Fact]
    public void Observer_status_superseded_groups_negotiations_and_ongoing_groups()
    {
        var sica = new Mechanism(
            MechanismId.Parse("sica"),
            LocalizedText.Create("Sistema de la Integración Centroamericana", "Central American Integration System"),
            MechanismKind.IntegrationSystem,
            MechanismScope.Multilateral,
            [new Membership(MX, ParticipationStatus.Observer, since: PartialDate.Parse("2004-11-11"))],
            MechanismStatus.Active,
            topics: [Topic.DemocraticSecurity],
            spanishAcronym: Acronym.Parse("SICA"));
        var gansef = new Mechanism(
            MechanismId.Parse("mx-gt-gansef"),
            En("High-Level Group on Border Security"),
            MechanismKind.HighLevelGroup,
            MechanismScope.Bilateral,
            Bilateral(GT),
            MechanismStatus.Superseded,
            topics: [Topic.BorderSecurity],
            spanishAcronym: Acronym.Parse("GANSEF"),
            established: PartialDate.Parse("2002-06-13"),
            successor: MechanismId.Parse("mx-gt-ganseg"));
        var ganseg = new Mechanism(
            MechanismId.Parse("mx-gt-ganseg"),
            En("High-Level Group on Security"),
            MechanismKind.HighLevelGroup,
            MechanismScope.Bilateral,
            Bilateral(GT),
            MechanismStatus.Active,
            topics: [Topic.Security],
            spanishAcronym: Acronym.Parse("GANSEG"),
            established: PartialDate.Parse("2008-07"),
            predecessor: gansef.Id);
        var elSalvador = new Mechanism(
            MechanismId.Parse("mx-sv-high-level-group"),
            En("High-Level Group on Security, Migration, and Justice"),
            MechanismKind.HighLevelGroup,
            MechanismScope.Bilateral,
            Bilateral(PartyRef.Parse("SV")),
            MechanismStatus.InNegotiation,
            topics: [Topic.Security, Topic.Migration, Topic.Justice]);
        var gassca = new Mechanism(
            MechanismId.Parse("gassca"),
            En("Group for Assistance and Follow-Up on Security with Central America"),
            MechanismKind.FollowUpGroup,
            MechanismScope.Multilateral,
            [Member(MX)],
            MechanismStatus.Active,
            englishAcronym: Acronym.Parse("GASSCA"),
            established: PartialDate.Parse("2011-01-05"),
            cadence: Cadence.Ongoing);

        Assert.Equal(ParticipationStatus.Observer, sica.Parties.Single().Status);
        Assert.Equal(ganseg.Id, gansef.Successor);
        Assert.Equal(gansef.Id, ganseg.Predecessor);
        Assert.Null(elSalvador.Established);
        Assert.Equal(CadenceStatus.Unscheduled, CadenceSchedule.Assess(gassca, [], new LocalDate(2011, 6, 1)).Status);
    }

    [Fact]
    public void One_off_meetings_missions_planned_meetings_and_counted_outcomes()
    {
        var ministerial = new Meeting(
            MeetingId.Parse("ministerial-meeting-2010-10-08"),
            MeetingKind.Ministerial,
            MeetingStatus.Held,
            PartialDate.Parse("2010-10-08"),
            title: En("Ministerial Meeting on Organized Transnational Crime and Security of Migrants"),
            venues: [new Venue(CountryCode.Parse("MX"))],
            outcomes: [new Commitment(En("Course of action against criminal actions targeting migrants"), CommitmentKind.Initiative, CommitmentStatus.InProgress, count: 21)]);
        var mission = new Meeting(
            MeetingId.Parse("mx-high-level-mission-2011-01"),
            MeetingKind.Mission,
            MeetingStatus.Held,
            PartialDate.Parse("2011-01-12"),
            title: En("High-level mission to Guatemala and Honduras"),
            end: PartialDate.Parse("2011-01-13"),
            delegations:
            [
                new Delegation(MX, [new Participant(DelegationRole.HeadOfDelegation, institution: InstitutionId.Parse("mx-sre-ssalc"), position: En("Sub-Secretary for Latin America and the Caribbean"))]),
                new Delegation(GT, [new Participant(DelegationRole.FocalPoint, institution: InstitutionId.Parse("gt-minex"))]),
                new Delegation(HN, [new Participant(DelegationRole.FocalPoint, institution: InstitutionId.Parse("hn-sre"))]),
            ],
            outcomes: [new Commitment(En("Jointly develop an assessment of the key characteristics of migration flows in the region"), CommitmentKind.Agreement, CommitmentStatus.Agreed)]);
        var planned = new Meeting(
            MeetingId.Parse("mx-pa-gansj-2011-03"),
            MeetingKind.Ordinary,
            MeetingStatus.Planned,
            PartialDate.Parse("2011-03-28"),
            mechanism: MechanismId.Parse("mx-pa-gansj"),
            end: PartialDate.Parse("2011-03-29"));
        var donors = new Meeting(
            MeetingId.Parse("sica-donor-conference-2011"),
            MeetingKind.Conference,
            MeetingStatus.Planned,
            PartialDate.Parse("2011-06"),
            mechanism: MechanismId.Parse("sica"),
            title: En("SICA Donor Conference"));

        Assert.Equal(21, ministerial.Outcomes.Single().Count);
        Assert.Null(ministerial.Mechanism);
        Assert.Equal(2, mission.Delegations.Count(d => d.Participants.Any(p => p.Role == DelegationRole.FocalPoint)));
        Assert.Equal(PartialDateRange.Parse("2011-01-12/2011-01-13"), mission.Dates);
        Assert.Equal(MeetingStatus.Planned, planned.Status);
        Assert.Equal(PartialDatePrecision.Month, donors.Start.Precision);
    }

    [Fact]
    public void Institutions_with_acronyms_in_both_languages_parents_and_international_bodies()
    {
        var segob = new Institution(InstitutionId.Parse("mx-segob"), Es("Secretaría de Gobernación"), InstitutionKind.Ministry, CountryCode.Parse("MX"), Acronym.Parse("SEGOB"));
        var inm = new Institution(
            InstitutionId.Parse("mx-inm"),
            LocalizedText.Create("Instituto Nacional de Migración", "National Migration Institute"),
            InstitutionKind.Agency,
            CountryCode.Parse("MX"),
            Acronym.Parse("INM"),
            parent: segob.Id,
            otherAcronyms: [Acronym.Parse("INAMI")]);
        var iom = new Institution(
            InstitutionId.Parse("int-iom"),
            LocalizedText.Create("Organización Internacional para las Migraciones", "International Organization for Migration"),
            InstitutionKind.InternationalOrganization,
            spanishAcronym: Acronym.Parse("OIM"),
            englishAcronym: Acronym.Parse("IOM"));

        Assert.Equal(segob.Id, inm.Parent);
        Assert.True(iom.IsInternational);
        Assert.False(inm.IsInternational);
        Assert.Equal("INAMI", inm.OtherAcronyms.Single().Value);
    }

    [Fact]
    public void Sources_record_the_seed_document()
    {
        var source = new Source(
            SourceId.Parse("sre-comunicado-176-2023"),
            Es("Avanzan medidas de colaboración en servicios y protección consular entre México y Estados Unidos"),
            Es("Secretaría de Relaciones Exteriores"),
            PartialDate.Parse("2023-04-24"),
            Language.Spanish,
            SourceKind.PressRelease,
            seedDocument: "003_d352a4c521fecf60.txt");
        Assert.Equal("003_d352a4c521fecf60.txt", source.SeedDocument);
        Assert.Null(source.Url);
        var televisa = new Source(
            SourceId.Parse("televisa-2017-04-30-mexico-canada"),
            Es("México y Canadá logran acuerdos de cooperación en migración y seguridad"),
            Es("Noticieros Televisa"),
            PartialDate.Parse("2017-05-02"),
            Language.Spanish,
            SourceKind.NewsArticle,
            new Uri("http://noticieros.televisa.com/ultimas-noticias/nacional/2017-04-30/mexico-y-canada-logran-acuerdos-cooperacion-migracion-y-seguridad/"),
            "000_775d0f8830f85ee8.txt");
        Assert.Equal("http", televisa.Url!.Scheme);
        Assert.NotEqual(source, televisa);
    }

    [Fact]
    public void Equal_entities_built_twice_are_equal()
    {
        Assert.Equal(ConsularDialogue(), ConsularDialogue());
        Assert.Equal(ConsularDialogue().GetHashCode(), ConsularDialogue().GetHashCode());
        Assert.Equal(ConsularMidTerm2023(), ConsularMidTerm2023());
        Assert.NotEqual(ConsularDialogue(), ConsularDialogue(Cadence.Annual(10)));
        Assert.NotEqual(ConsularMidTerm2023(), ConsularAnual2023Planned());
    }
}
