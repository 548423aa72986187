using System;
using System.Linq;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Domain.Tests.Text.Draft;

/// <summary>
/// The draft stage on small texts written for these tests, with the mentions and meetings an extractor would report in
/// them placed by hand: what the draft holds, what it leaves open, and that it passes check --sources.
/// </summary>
public class DraftStageTests
{
    private const string Bilateral =
        "Ciudad de México, 3 de marzo de 2022.\n\n"
        + "La 4ª Reunión del Grupo Bilateral de Alto Nivel de Seguridad (GANBS) se celebró el 2 de marzo de 2022 en la Ciudad de México. "
        + "La delegación mexicana fue encabezada por el canciller Juan Pérez López, y la delegación guatemalteca estuvo presidida por la ministra de Gobernación, Ana María Gómez Ruiz. "
        + "También participó el director general de Asuntos Migratorios de la Secretaría de Relaciones Exteriores (SRE), Pedro Sánchez Díaz.\n";

    private static ReadingBuilder BilateralReading()
    {
        var text = new ReadingBuilder(Bilateral) { Dateline = new LocalDate(2022, 3, 3) };
        text.Date("3 de marzo de 2022", "2022-03-03");
        text.Ordinal("4ª Reunión", 4);
        text.Mechanism("Grupo Bilateral de Alto Nivel de Seguridad");
        text.Mechanism("GANBS");
        text.Date("2 de marzo de 2022", "2022-03-02");
        text.Country("mexicana", "MX");
        text.Person("Juan Pérez López", position: "canciller", country: "MX");
        text.Country("guatemalteca", "GT");
        text.Person("Ana María Gómez Ruiz", position: "ministra de Gobernación", country: "GT");
        text.Institution("Secretaría de Relaciones Exteriores", "MX");
        text.Institution("SRE", "MX");
        text.Person("Pedro Sánchez Díaz", position: "director general de Asuntos Migratorios de la Secretaría de Relaciones Exteriores (SRE)", country: "MX");
        text.Meeting(MeetingStatus.Held, "MX GT", "2022-03-02", mechanism: "Grupo Bilateral de Alto Nivel de Seguridad", ordinal: 4, place: "Ciudad de México", kind: MeetingKind.Ordinary, sentenceWords: ["La 4ª Reunión"]);
        return text;
    }

    [Fact]
    public void A_bilateral_meeting_has_its_mechanism_date_number_venue_and_two_delegations_each_with_the_head_the_text_names()
    {
        var text = BilateralReading();
        var draft = text.Draft()!;

        var mechanism = Assert.Single(draft.Mechanisms);
        Assert.Equal("mx-gt-ganbs", mechanism.Id.ToString());
        Assert.Equal(MechanismKind.HighLevelGroup, mechanism.Kind);
        Assert.Equal(MechanismScope.Bilateral, mechanism.Scope);
        Assert.Equal(["GT", "MX"], mechanism.Parties.Select(static p => p.Party.ToString()).Order());
        Assert.Equal("GANBS", mechanism.SpanishAcronym?.Value);

        var meeting = Assert.Single(draft.Meetings);
        Assert.Equal("mx-gt-ganbs-2022-03-02", meeting.Id.ToString());
        Assert.Equal(MeetingKind.Ordinary, meeting.Kind);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal("2022-03-02", meeting.Start.ToString());
        Assert.Null(meeting.End);
        Assert.Equal(4, meeting.Ordinal?.Value);
        var venue = Assert.Single(meeting.Venues);
        Assert.Equal("MX", venue.Country.ToString());
        Assert.Equal("Ciudad de México", venue.City?.Spanish);

        var mexico = meeting.Delegations.Single(static d => d.Party.ToString() == "MX");
        var head = mexico.Participants.Single(static p => p.Role == DelegationRole.HeadOfDelegation);
        Assert.Equal("Juan Pérez López", head.Person?.Value);
        Assert.Equal("canciller", head.Position?.Spanish);
        Assert.Contains(head.Citations, static c => c.Quote == "La delegación mexicana fue encabezada por el canciller Juan Pérez López");
        var member = mexico.Participants.Single(static p => p.Role == DelegationRole.Member);
        Assert.Equal("Pedro Sánchez Díaz", member.Person?.Value);
        Assert.Equal("mx-sre", member.Institution?.ToString());

        var guatemala = meeting.Delegations.Single(static d => d.Party.ToString() == "GT");
        var other = Assert.Single(guatemala.Participants);
        Assert.Equal(DelegationRole.HeadOfDelegation, other.Role);
        Assert.Equal("Ana María Gómez Ruiz", other.Person?.Value);
        Assert.Equal("ministra de Gobernación", other.Position?.Spanish);

        Assert.Equal(["ana-maria-gomez-ruiz", "juan-perez-lopez", "pedro-sanchez-diaz"], draft.People.Select(static p => p.Id.ToString()));
        var sre = Assert.Single(draft.Institutions);
        Assert.Equal(("mx-sre", "ministry", "SRE"), (sre.Id.ToString(), sre.Kind.Name, sre.SpanishAcronym?.Value));

        var source = Assert.Single(draft.Sources);
        Assert.Equal("2022-03-03", source.Date?.ToString());
        Assert.Equal("text.txt", source.Archive?.File);

        var report = text.Check(draft);
        Assert.Equal(0, report.ErrorCount);
        Assert.DoesNotContain(report.Diagnostics, static d => d.Id is "COOP5001" or "COOP7006" or "COOP7007" or "COOP7008");
    }

    [Fact]
    public void Leaders_named_together_are_co_chairs_and_someone_they_met_with_is_a_member()
    {
        const string Words = "Hoy se realizó una reunión que encabezaron el secretario de Relaciones Exteriores, Luis Ramírez Soto, y la secretaria de Seguridad, Carmen Ortiz Vega, con el secretario de Seguridad Nacional de los Estados Unidos, Robert Miller.";
        var text = new ReadingBuilder(Words);
        text.Date("Hoy", "2021-05-13");
        text.Person("Luis Ramírez Soto", position: "secretario de Relaciones Exteriores", country: "MX");
        text.Person("Carmen Ortiz Vega", position: "secretaria de Seguridad", country: "MX");
        text.Country("Estados Unidos", "US");
        text.Person("Robert Miller", position: "secretario de Seguridad Nacional de los Estados Unidos", country: "US");
        text.Meeting(MeetingStatus.Held, "MX US", "2021-05-13", sentenceWords: ["Hoy se realizó"]);
        var meeting = Assert.Single(text.Draft()!.Meetings);

        Assert.Equal("mx-us-2021-05-13", meeting.Id.ToString());
        Assert.Equal(MeetingKind.WorkingMeeting, meeting.Kind);
        Assert.Equal("Reunión de trabajo: México, Estados Unidos", meeting.Title?.Spanish);
        var mexico = meeting.Delegations.Single(static d => d.Party.ToString() == "MX").Participants;
        Assert.Equal([DelegationRole.CoChair, DelegationRole.CoChair], mexico.Select(static p => p.Role));
        var us = Assert.Single(meeting.Delegations.Single(static d => d.Party.ToString() == "US").Participants);
        Assert.Equal(DelegationRole.Member, us.Role);
    }

    [Theory]
    [InlineData("The U.S. delegation was led by Mark Stone, Assistant Secretary for Border Policy, and included Laura Chen, Director for Mexico.", "Mark Stone", "Laura Chen")]
    [InlineData("La delegación estadounidense, presidida por el embajador Mark Stone, estuvo integrada además por la directora Laura Chen.", "Mark Stone", "Laura Chen")]
    [InlineData("Mark Stone led the U.S. delegation, which included Laura Chen.", "Mark Stone", "Laura Chen")]
    [InlineData("Por Estados Unidos lideró los trabajos el embajador Mark Stone, acompañado por Laura Chen.", "Mark Stone", "Laura Chen")]
    public void A_head_is_whoever_the_words_say_led_the_side_and_the_others_are_members(string sentence, string head, string member)
    {
        var words = "El 5 de junio de 2023 se celebró la reunión. " + sentence;
        var text = new ReadingBuilder(words, sentence.StartsWith("The", StringComparison.Ordinal) || sentence.StartsWith("Mark", StringComparison.Ordinal) ? Language.English : Language.Spanish);
        text.Date("5 de junio de 2023", "2023-06-05");
        if (sentence.Contains("U.S.", StringComparison.Ordinal))
        {
            text.Country("U.S.", "US");
        }
        else if (sentence.Contains("estadounidense", StringComparison.Ordinal))
        {
            text.Country("estadounidense", "US");
        }
        else
        {
            text.Country("Estados Unidos", "US");
        }

        text.Person(head);
        text.Person(member);
        text.Meeting(MeetingStatus.Held, "MX US", "2023-06-05", sentenceWords: ["El 5 de junio"]);
        var delegation = Assert.Single(Assert.Single(text.Draft()!.Meetings).Delegations, static d => d.Participants.Length > 0);

        Assert.Equal("US", delegation.Party.ToString());
        Assert.Equal(DelegationRole.HeadOfDelegation, delegation.Participants.Single(p => p.Person?.Value == head).Role);
        Assert.Equal(DelegationRole.Member, delegation.Participants.Single(p => p.Person?.Value == member).Role);
    }

    [Fact]
    public void A_side_without_a_head_in_the_words_has_none_and_a_person_whose_state_is_unclear_is_left_out()
    {
        var text = new ReadingBuilder("El 5 de junio de 2023 se celebró la reunión en Tegucigalpa, Honduras. Participaron Rosa Díaz Peña y Mario Luna Gil.");
        text.Date("5 de junio de 2023", "2023-06-05");
        text.Country("Honduras", "HN");
        text.Person("Rosa Díaz Peña", country: "HN");
        text.Person("Mario Luna Gil");
        text.Meeting(MeetingStatus.Held, "HN MX", "2023-06-05", place: "Tegucigalpa", sentenceWords: ["El 5 de junio", "Participaron"]);
        var draft = text.Draft()!;
        var meeting = Assert.Single(draft.Meetings);

        var venue = Assert.Single(meeting.Venues);
        Assert.Equal(("HN", "Tegucigalpa"), (venue.Country.ToString(), venue.City?.Spanish));
        var honduras = Assert.Single(meeting.Delegations);
        Assert.Equal(DelegationRole.Member, Assert.Single(honduras.Participants).Role);
        Assert.Equal(["rosa-diaz-pena"], draft.People.Select(static p => p.Id.ToString()));

        var report = text.Check(draft);
        Assert.Equal(0, report.ErrorCount);
        Assert.Contains(report.Diagnostics, static d => d.Id == "COOP5001");
    }

    [Fact]
    public void A_planned_meeting_stays_planned_at_the_month_the_text_gives_with_no_venue_it_cannot_place()
    {
        const string Words = "Ambos gobiernos acordaron que la próxima reunión del Diálogo Consular México-Estados Unidos se celebrará en octubre de 2024 en Springfield.";
        var text = new ReadingBuilder(Words);
        text.Mechanism("Diálogo Consular México-Estados Unidos");
        text.Country("México", "MX");
        text.Country("Estados Unidos", "US");
        text.Date("octubre de 2024", "2024-10");
        text.Meeting(MeetingStatus.Planned, "MX US", "2024-10", mechanism: "Diálogo Consular México-Estados Unidos", place: "Springfield", sentenceWords: ["Ambos gobiernos"]);
        var draft = text.Draft()!;

        var meeting = Assert.Single(draft.Meetings);
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Equal(PartialDatePrecision.Month, meeting.Start.Precision);
        Assert.Equal("mx-us-dialogo-consular-2024-10", meeting.Id.ToString());
        Assert.Empty(meeting.Venues);
        var mechanism = Assert.Single(draft.Mechanisms);
        Assert.Equal((MechanismKind.ConsularDialogue, MechanismScope.Bilateral), (mechanism.Kind, mechanism.Scope));
        Assert.Equal(0, text.Check(draft).ErrorCount);
    }

    [Fact]
    public void A_city_the_catalog_has_a_venue_in_gives_the_venue_its_state()
    {
        var text = new ReadingBuilder("El 4 de mayo de 2024 se celebró una reunión en Ottawa.");
        text.Date("4 de mayo de 2024", "2024-05-04");
        text.Meeting(MeetingStatus.Held, "CA MX", "2024-05-04", place: "Ottawa", sentenceWords: ["El 4 de mayo"]);

        Assert.Empty(text.Draft()!.Meetings.Single().Venues);
        var venue = Assert.Single(text.Draft(ReferenceCatalog.Default)!.Meetings.Single().Venues);
        Assert.Equal(("CA", "Ottawa"), (venue.Country.ToString(), venue.City?.Spanish));
    }

    [Fact]
    public void A_meeting_dated_only_by_its_month_keeps_the_month_and_last_week_is_an_approximate_period()
    {
        var text = new ReadingBuilder("En julio de 2008 se reunió por primera vez el grupo. La semana pasada se realizó la reunión intermedia.");
        text.Date("julio de 2008", "2008-07");
        text.Date("La semana pasada", "2023-04-17/2023-04-21");
        text.Meeting(MeetingStatus.Held, "GT MX", "2008-07", sentenceWords: ["En julio"]);
        text.Meeting(MeetingStatus.Held, "MX US", "2023-04-17/2023-04-21", kind: MeetingKind.MidTerm, sentenceWords: ["La semana"]);
        var meetings = text.Draft()!.Meetings;

        var july = meetings.Single(static m => m.Id.ToString() == "mx-gt-2008-07");
        Assert.Equal((PartialDatePrecision.Month, (PartialDate?)null, false), (july.Start.Precision, july.End, july.ApproximateDates));
        var week = meetings.Single(static m => m.Id.ToString() == "mx-us-2023-04-17");
        Assert.Equal(("2023-04-17", "2023-04-21", true), (week.Start.ToString(), week.End?.ToString(), week.ApproximateDates));
    }

    [Fact]
    public void A_text_that_reports_nothing_a_catalog_could_take_has_no_draft()
    {
        var text = new ReadingBuilder("La cooperación entre ambos países continúa, dijo la vocera, Lucía Mora Díaz.");
        text.Person("Lucía Mora Díaz", position: "vocera", country: "MX");
        Assert.Null(text.Draft());
        Assert.Null(new ReadingBuilder(string.Empty).Draft());
    }

    [Fact]
    public void A_body_alone_is_drafted_with_the_source_when_its_kind_and_state_are_clear()
    {
        var text = new ReadingBuilder("El Instituto Nacional de Migración (INM) informó que la Oficina de Enlace y la Comisión Nacional prepararon el informe.");
        text.Institution("Instituto Nacional de Migración", "MX");
        text.Institution("INM", "MX");
        text.Institution("Oficina de Enlace");
        text.Institution("Comisión Nacional");
        var draft = text.Draft()!;

        var inm = Assert.Single(draft.Institutions);
        Assert.Equal(("mx-inm", "agency", "INM"), (inm.Id.ToString(), inm.Kind.Name, inm.SpanishAcronym?.Value));
        Assert.Equal("Instituto Nacional de Migración (INM)", Assert.Single(inm.Citations).Quote);
        Assert.Single(draft.Sources);
        Assert.Empty(draft.Meetings);
    }

    [Fact]
    public void What_the_text_leaves_open_stays_open_a_meeting_without_a_date_is_not_drafted_but_its_people_are()
    {
        var text = new ReadingBuilder("La delegación mexicana, encabezada por la canciller Laura Reyes Soto, se reunió con sus contrapartes.");
        text.Country("mexicana", "MX");
        text.Person("Laura Reyes Soto", position: "canciller", country: "MX");
        text.Meeting(MeetingStatus.Held, "MX", null, sentenceWords: ["La delegación"]);
        var draft = text.Draft()!;

        Assert.Empty(draft.Meetings);
        var person = Assert.Single(draft.People);
        Assert.Equal("canciller Laura Reyes Soto", Assert.Single(person.Citations).Quote);
    }

    [Fact]
    public void Spellings_of_one_person_are_one_record_and_every_spelling_a_participant_uses_is_recorded()
    {
        var text = new ReadingBuilder("El 1 de abril de 2022 se reunieron Marcelo Ebrard y el secretario Ebrard. La delegación mexicana estuvo integrada por Marcelo Ebrard Casaubon.");
        text.Date("1 de abril de 2022", "2022-04-01");
        text.Person("Marcelo Ebrard", country: "MX");
        text.Person("Ebrard", country: "MX", occurrence: 2);
        text.Country("mexicana", "MX");
        text.Person("Marcelo Ebrard Casaubon", country: "MX");
        text.Meeting(MeetingStatus.Held, "MX", "2022-04-01", sentenceWords: ["El 1 de abril"]);
        var draft = text.Draft()!;

        var person = Assert.Single(draft.People);
        Assert.Equal("Marcelo Ebrard Casaubon", person.Name.Value);
        Assert.Equal(["Marcelo Ebrard"], person.OtherNames.Select(static n => n.Value));
        var participant = Assert.Single(Assert.Single(draft.Meetings).Delegations.Single().Participants);
        Assert.Equal(person.Id, participant.PersonId);
        Assert.Equal(0, text.Check(draft).ErrorCount);
        Assert.DoesNotContain(text.Check(draft).Diagnostics, static d => d.Id == "COOP5008");
    }

    [Fact]
    public void Linked_people_institutions_and_mechanisms_are_referred_to_by_the_catalogs_identifiers_not_drafted_again()
    {
        var text = new ReadingBuilder("El 5 de junio de 2023 se celebró la 9ª Reunión del DANM. La delegación mexicana fue encabezada por Marcelo Ebrard, de la SRE.");
        text.Date("5 de junio de 2023", "2023-06-05");
        text.Ordinal("9ª Reunión", 9);
        text.Mechanism("DANM", id: "mx-ca-danm");
        text.Country("mexicana", "MX");
        text.Person("Marcelo Ebrard", country: "MX", id: "marcelo-ebrard-casaubon", position: "de la SRE");
        text.Institution("SRE", "MX", id: "mx-sre");
        text.Meeting(MeetingStatus.Held, "CA MX", "2023-06-05", mechanism: "DANM", ordinal: 9, mechanismId: "mx-ca-danm", sentenceWords: ["El 5 de junio"]);
        var draft = text.Draft(ReferenceCatalog.Default)!;

        Assert.Empty(draft.Mechanisms);
        Assert.Empty(draft.People);
        Assert.Empty(draft.Institutions);
        var meeting = Assert.Single(draft.Meetings);
        Assert.Equal(("mx-ca-danm-2023-06-05", "mx-ca-danm"), (meeting.Id.ToString(), meeting.Mechanism?.ToString()));
        var head = Assert.Single(meeting.Delegations.Single(static d => d.Party.ToString() == "MX").Participants);
        Assert.Equal(("marcelo-ebrard-casaubon", "mx-sre", "Marcelo Ebrard"), (head.PersonId?.ToString(), head.Institution?.ToString(), head.Person?.Value));
    }

    [Fact]
    public void The_source_says_what_the_head_of_the_text_states_and_marks_what_it_does_not()
    {
        const string Words = "\nAvanzan los trabajos del grupo binacional de seguridad en la frontera sur\n\nComunicado No. SRE-101/2024\n\nSecretaría de Relaciones Exteriores | 2 de febrero de 2024 | Comunicado\n\nEl grupo se reunió ayer en la Ciudad de México y acordó nuevas medidas de cooperación para la frontera común entre ambos países.\n";
        var text = new ReadingBuilder(Words) { Dateline = new LocalDate(2024, 2, 2) };
        text.Institution("Secretaría de Relaciones Exteriores", "MX");
        text.Date("2 de febrero de 2024", "2024-02-02");
        var source = Assert.Single(text.Draft()!.Sources);

        Assert.Equal(SourceKind.PressRelease, source.Kind);
        Assert.Equal("SRE-101/2024", source.Number);
        Assert.Equal("Avanzan los trabajos del grupo binacional de seguridad en la frontera sur", source.Title.Spanish);
        Assert.Equal("Secretaría de Relaciones Exteriores", source.Publisher.Spanish);
        Assert.Equal(["mx-secretaria-relaciones-exteriores"], source.Issuers.Select(static i => i.ToString()));
        Assert.Equal("2024-02-02", source.Date?.ToString());
        Assert.StartsWith("press-release-2024-02-02-", source.Id.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            ["Avanzan los trabajos del grupo binacional de seguridad en la frontera sur", "2 de febrero de 2024", "Comunicado No. SRE-101/2024", "Secretaría de Relaciones Exteriores"],
            source.Citations.Select(static c => c.Quote));

        var bare = new ReadingBuilder("El Instituto Nacional de Migración informó hoy de sus trabajos con los gobiernos de la región y con sus contrapartes.");
        bare.Institution("Instituto Nacional de Migración", "MX");
        var unstated = Assert.Single(bare.Draft()!.Sources);
        Assert.Equal((SourceKind.NewsArticle, "[sin título en el texto]", "[editor no indicado en el texto]", (PartialDate?)null), (unstated.Kind, unstated.Title.Spanish, unstated.Publisher.Spanish, unstated.Date));
        Assert.Empty(unstated.Citations);
    }

    [Fact]
    public void A_joint_communique_names_itself_in_its_first_line()
    {
        var text = new ReadingBuilder("Comunicado conjunto SRE-SEGOB\n\nEl Instituto Nacional de Migración y sus contrapartes trabajaron en conjunto durante toda la semana.");
        text.Institution("Instituto Nacional de Migración", "MX");
        Assert.Equal(SourceKind.JointCommunique, Assert.Single(text.Draft()!.Sources).Kind);
    }

    [Fact]
    public void The_same_reading_gives_the_same_draft_bytes_and_identifiers()
    {
        var first = CooperationJson.WriteCatalog(BilateralReading().Draft()!);
        var second = CooperationJson.WriteCatalog(BilateralReading().Draft()!);
        Assert.Equal(first, second);
    }
}
