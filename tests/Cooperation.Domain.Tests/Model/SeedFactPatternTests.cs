using System;
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
            origin: new Origin(Es("Uno de los compromisos de la Visita de Estado del Presidente Enrique Peña Nieto a Canadá en junio de 2016")),
            citations: [SourceId.Parse("televisa-2017-04-30-mexico-canada")]);

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
            citations: danm.Citations);

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
            PartialDate.Parse("2017-04-25"),
            mechanism: MechanismId.Parse("mx-ca-political-military-talks"),
            ordinal: Ordinal.Parse("10ª"),
            end: PartialDate.Parse("2017-04-28"),
            topics: [Topic.MilitaryCooperation],
            approximateDates: true);

        Assert.Equal("8th", eighth.Ordinal.ToString());
        Assert.All(eighth.Delegations, d => Assert.True(d.Participants.Single().IsInstitutional));
        Assert.Equal(10, tenth.Ordinal!.Value.Value);
        Assert.True(tenth.ApproximateDates); // held during the 25–28 April visit; the day is not given
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
            PartialDate.Parse("2020-12"),
            mechanism: MechanismId.Parse("crm-training-programme"),
            title: Es("Programa de Formación en Políticas y Gobernanza Migratoria con enfoque en nivel local y municipal"),
            ordinal: Ordinal.Parse("primera"),
            end: PartialDate.Parse("2021-12"),
            delegations:
            [
                new Delegation(MX, [new Participant(DelegationRole.Member, PersonName.From("Rocío González Higuera"), InstitutionId.Parse("mx-segob-upmrip"))]), // she only speaks ("destacó")
                new Delegation(PartyRef.Parse("int-iom"), [new Participant(DelegationRole.Support, institution: InstitutionId.Parse("int-iom"))]),
            ],
            approximateDates: true); // during Mexico's presidency; the source does not date it
        var programme = new Mechanism(
            MechanismId.Parse("crm-training-programme"),
            Es("Programa de Formación en Políticas y Gobernanza Migratoria con enfoque en nivel local y municipal"),
            MechanismKind.TrainingProgramme,
            MechanismScope.Multilateral,
            crm.Parties,
            MechanismStatus.Active,
            topics: [Topic.MigrationGovernance, Topic.CapacityBuilding],
            parent: crm.Id);
        Assert.Equal(1, session.Ordinal!.Value.Value);
        Assert.Equal(crm.Id, programme.Parent);
        Assert.Equal(DelegationRole.Support, session.Delegations[1].Participants[0].Role);
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
            spanishAcronym: Acronym.Parse("GASSCA"),
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
            archive: new ArchivedCopy("003_d352a4c521fecf60.txt"));
        Assert.Equal("003_d352a4c521fecf60.txt", source.Archive?.File);
        Assert.Null(source.Url);
        var televisa = new Source(
            SourceId.Parse("televisa-2017-04-30-mexico-canada"),
            Es("México y Canadá logran acuerdos de cooperación en migración y seguridad"),
            Es("Noticieros Televisa"),
            PartialDate.Parse("2017-05-02"),
            Language.Spanish,
            SourceKind.NewsArticle,
            new Uri("http://noticieros.televisa.com/ultimas-noticias/nacional/2017-04-30/mexico-y-canada-logran-acuerdos-cooperacion-migracion-y-seguridad/"),
            new ArchivedCopy("000_775d0f8830f85ee8.txt"));
        Assert.Equal("http", televisa.Url!.Scheme);
        Assert.NotEqual(source, televisa);
    }

    [Fact]
    public void The_2021_meeting_of_the_SRE_and_SSPC_with_the_US_Secretary_of_Homeland_Security()
    {
        var communique = new Source(
            SourceId.Parse("sre-sspc-comunicado-conjunto-2021-05-13"),
            Es("Concluye reunión de los titulares de la SRE y la SSPC de México con el secretario de Seguridad Nacional de EE.UU."),
            Es("Secretaría de Relaciones Exteriores y Secretaría de Seguridad y Protección Ciudadana"),
            PartialDate.Parse("2021-05-13"),
            Language.Spanish,
            SourceKind.JointCommunique,
            archive: new ArchivedCopy("001_7bfe599a9bc9299d.txt"),
            issuers: [InstitutionId.Parse("mx-sre"), InstitutionId.Parse("mx-sspc")]);
        var dialogue = new Mechanism(
            MechanismId.Parse("mx-us-high-level-security-dialogue"),
            Es("Diálogo continuo de alto nivel México-Estados Unidos"),
            MechanismKind.HighLevelDialogue,
            MechanismScope.Bilateral,
            Bilateral(US),
            MechanismStatus.Active,
            topics: [Topic.Migration, Topic.Security, Topic.HumanRights],
            cadence: Cadence.Ongoing,
            citations: [communique.Id]);
        Participant P(DelegationRole role, string name, string institution, string position)
            => new(role, PersonName.From(name), InstitutionId.Parse(institution), Es(position));
        var meeting = new Meeting(
            MeetingId.Parse("mx-us-security-2021-05-13"),
            MeetingKind.WorkingMeeting,
            MeetingStatus.Held,
            PartialDate.Parse("2021-05-13"),
            mechanism: dialogue.Id,
            // "Ciudad de México" is the communiqué's dateline; the text does not say where the meeting was.
            delegations:
            [
                new Delegation(MX,
                [
                    P(DelegationRole.HeadOfDelegation, "Marcelo Ebrard Casaubon", "mx-sre", "secretario de Relaciones Exteriores"),
                    P(DelegationRole.HeadOfDelegation, "Rosa Icela Rodríguez Velázquez", "mx-sspc", "secretaria de Seguridad y Protección Ciudadana"),
                    P(DelegationRole.Member, "Francisco Garduño", "mx-inm", "comisionado del Instituto Nacional de Migración"),
                    P(DelegationRole.Member, "Luis Rodríguez Bucio", "mx-guardia-nacional", "comandante general de la Guardia Nacional"),
                    P(DelegationRole.Member, "Roberto Velasco", "mx-sre", "jefe de Unidad para América del Norte"),
                    P(DelegationRole.Member, "Alfredo Hernández", "mx-semar", "jefe de Unidad de Inteligencia Naval, vicealmirante"),
                    P(DelegationRole.Member, "Alejandro Celorio", "mx-sre", "consultor jurídico"),
                    P(DelegationRole.Member, "Iván Escalante", "mx-sspc", "jefe de oficina"),
                    P(DelegationRole.Member, "Oscar Rentería Schazarino", "mx-sedena", "jefe de la Sección Tercera del Estado Mayor, general"),
                    P(DelegationRole.Member, "Héctor Martínez", "mx-inm", "director general de Coordinación de Oficinas de Representación"),
                ]),
                new Delegation(US,
                [
                    P(DelegationRole.HeadOfDelegation, "Alejandro Mayorkas", "us-dhs", "secretario de Seguridad Nacional"),
                    P(DelegationRole.Member, "John Creamer", "us-embassy-mx", "encargado de negocios"),
                    P(DelegationRole.Member, "Katie Tobin", "us-nsc", "directora principal en temas Transfronterizos"),
                    P(DelegationRole.Member, "Serena Hoy", "us-dhs", "subsecretaria de Asuntos Internacionales"),
                    P(DelegationRole.Member, "David Shahoulian", "us-dhs", "subsecretario de Seguridad Fronteriza e Inmigración"),
                    P(DelegationRole.Member, "Samantha Vinograd", "us-dhs", "asesora principal de Seguridad Nacional"),
                    P(DelegationRole.Member, "Isabella Ulloa", "us-dhs", "asesora del Secretario"),
                    P(DelegationRole.Member, "Marsha Espinoza", "us-dhs", "subsecretaria de prensa"),
                    P(DelegationRole.Member, "Edgar Ramírez", "us-dhs", "agregado del Departamento de Seguridad Nacional en la Embajada de Estados Unidos en México"),
                ]),
            ],
            topics: [Topic.Migration, Topic.HumanRights, Topic.InformationExchange, Topic.PublicHealth, Topic.TradeAndTourism],
            outcomes:
            [
                new Commitment(Es("Envío desde Estados Unidos de un millón 350 mil vacunas"), CommitmentKind.Donation, CommitmentStatus.Fulfilled, count: 1_350_000, parties: [US]),
            ],
            citations: [communique.Id]);

        Assert.Equal(10, meeting.Delegations[0].Participants.Length);
        Assert.Equal(9, meeting.Delegations[1].Participants.Length);
        Assert.Equal(2, meeting.Delegations[0].Participants.Count(p => p.Role == DelegationRole.HeadOfDelegation));
        Assert.Equal(2, communique.Issuers.Length);
        Assert.Equal(CadenceStatus.Unscheduled, CadenceSchedule.Assess(dialogue, [meeting], new LocalDate(2021, 6, 1)).Status);
    }

    [Fact]
    public void High_level_groups_their_first_meetings_agreements_and_the_2011_outlook()
    {
        Mechanism Group(string id, string acronym, PartyRef other, string established, Topic topic)
            => new(MechanismId.Parse(id), En("High-Level Group"), MechanismKind.HighLevelGroup, MechanismScope.Bilateral, Bilateral(other), MechanismStatus.Active,
                topics: [topic], spanishAcronym: Acronym.Parse(acronym), established: PartialDate.Parse(established));
        var groups = new[]
        {
            Group("mx-co-gansj", "GANSJ", PartyRef.Parse("CO"), "2001-04-06", Topic.Justice),
            Group("mx-bz-gansef", "GANSEF", PartyRef.Parse("BZ"), "2005-06-28", Topic.BorderSecurity),
            Group("mx-pa-gansj", "GANSJ", PartyRef.Parse("PA"), "2009-01-16", Topic.Justice),
            Group("mx-hn-gans", "GANS", HN, "2011-01-22", Topic.Security),
        };
        var agreed = (string text) => new Commitment(En(text), CommitmentKind.Agreement, CommitmentStatus.Agreed);
        var first = new Meeting(
            MeetingId.Parse("mx-hn-gans-1"),
            MeetingKind.Inaugural,
            MeetingStatus.Held,
            PartialDate.Parse("2011-01-22"),
            mechanism: groups[3].Id,
            ordinal: Ordinal.Parse("First"),
            delegations:
            [
                new Delegation(MX, [new Participant(DelegationRole.FocalPoint, institution: InstitutionId.Parse("mx-sre"))]),
                new Delegation(HN, [new Participant(DelegationRole.FocalPoint, institution: InstitutionId.Parse("hn-sre"))]),
            ],
            topics: [Topic.Migration, Topic.HumanRights, Topic.LegalAssistance, Topic.FinancialIntelligence, Topic.MigrantSmuggling, Topic.TraffickingInPersons],
            outcomes:
            [
                agreed("To advance implementation of the 21 initiatives of the Ministerial Meeting of 8 October 2010"),
                agreed("To jointly develop an assessment of the key characteristics of migration flows in the region"),
                agreed("To improve and strengthen instruments for legal assistance and extradition between both countries"),
                agreed("To work together with their Financial Intelligence Units on transactions linked to extortion and smuggling of migrants"),
                new Commitment(En("Memorandum of Understanding on Safe Information Exchange between the Attorney General's Office and the Public Prosecutor's Office"),
                    CommitmentKind.MemorandumOfUnderstanding, CommitmentStatus.Proposed),
            ]);
        var seminar = new Meeting(
            MeetingId.Parse("seminar-human-rights-of-migrants-2011"),
            MeetingKind.Seminar,
            MeetingStatus.Held,
            PartialDate.Parse("2011-02-10"),
            title: En("Seminar-Workshop on Human Rights of Migrants"),
            end: PartialDate.Parse("2011-02-11"),
            venues: [new Venue(CountryCode.Parse("HN"), En("Tegucigalpa"))]);
        var followUps = new Meeting(
            MeetingId.Parse("mx-central-america-follow-up-2011-02"),
            MeetingKind.Mission,
            MeetingStatus.Planned,
            PartialDate.Parse("2011-02-21"),
            title: En("Follow-up of the high-level meetings with Guatemala, Honduras and El Salvador"),
            end: PartialDate.Parse("2011-02-28"),
            venues: [new Venue(CountryCode.Parse("GT")), new Venue(CountryCode.Parse("HN")), new Venue(CountryCode.Parse("SV"))]);
        var gansegApril = new Meeting(MeetingId.Parse("mx-gt-ganseg-2011-04"), MeetingKind.Ordinary, MeetingStatus.Planned, PartialDate.Parse("2011-04"), mechanism: MechanismId.Parse("mx-gt-ganseg"));
        var donors = new Meeting(
            MeetingId.Parse("sica-donor-conference-2011"), MeetingKind.Conference, MeetingStatus.Planned, PartialDate.Parse("2011-06"),
            mechanism: MechanismId.Parse("sica"), title: En("SICA Donor Conference"), delegations: [new Delegation(MX)]);

        Assert.Equal(["2001-04-06", "2005-06-28", "2009-01-16", "2011-01-22"], groups.Select(g => g.Established.ToString()));
        Assert.Equal(CommitmentStatus.Proposed, first.Outcomes[^1].Status);
        Assert.Equal(3, followUps.Venues.Length);
        Assert.Equal(HN.Country, seminar.Venues.Single().Country);
        Assert.Equal(MeetingStatus.Planned, gansegApril.Status);
        Assert.Equal(MX, donors.Delegations.Single().Party);
    }

    [Fact]
    public void A_working_group_under_the_Consular_Dialogue_and_mechanism_level_outcomes()
    {
        var group = new Mechanism(
            MechanismId.Parse("mx-us-labour-mobility-working-group"),
            Es("Grupo de trabajo de movilidad laboral"),
            MechanismKind.WorkingGroup,
            MechanismScope.Bilateral,
            Bilateral(US),
            MechanismStatus.Active,
            topics: [Topic.LabourMobility],
            parent: ConsularDialogue().Id,
            outcomes: [new Commitment(Es("Avances en el proceso de emisión de visas H2"), CommitmentKind.Initiative, CommitmentStatus.InProgress, date: PartialDate.Parse("2023-04"))]);
        Assert.Equal(ConsularDialogue().Id, group.Parent);
        Assert.Equal(PartialDate.Parse("2023-04"), group.Outcomes.Single().Date);
        Assert.Throws<ArgumentException>(() => new Mechanism(group.Id, group.Name, group.Kind, group.Scope, group.Parties, group.Status, parent: group.Id));
    }

    [Fact]
    public void Mexicos_own_strategy_and_its_report_to_the_Inter_American_Commission()
    {
        var strategy = new Mechanism(
            MechanismId.Parse("mx-strategy-abduction-of-migrants"),
            En("Comprehensive strategy to prevent and combat the abduction of migrants"),
            MechanismKind.NationalStrategy,
            MechanismScope.Unilateral,
            [Member(MX)],
            MechanismStatus.Active,
            topics: [Topic.OrganizedCrime, Topic.HumanRights, Topic.Migration],
            origin: new Origin(En("Developed before, and submitted in August 2010; includes an international component")),
            outcomes:
            [
                new Commitment(
                    En("Comprehensive report on public policy to protect migrants on Mexican territory, submitted to the Inter-American Commission on Human Rights, prepared by a technical interinstitutional group with support from El Colegio de la Frontera Norte and FLACSO"),
                    CommitmentKind.Report,
                    CommitmentStatus.Fulfilled,
                    date: PartialDate.Parse("2010-07"),
                    parties: [MX]),
            ]);
        Assert.Equal(PartialDate.Parse("2010-07"), strategy.Outcomes.Single().Date);
        var twoOwners = new Mechanism(strategy.Id, strategy.Name, strategy.Kind, MechanismScope.Unilateral, Bilateral(GT), strategy.Status);
        Assert.Equal(
            "mechanisms[mx-strategy-abduction-of-migrants].parties",
            Cooperation.Domain.Rules.Validator.Validate(new CatalogBuilder().Add(twoOwners).Build()).Diagnostics.Single(d => d.Id == "COOP2002").Path);
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
