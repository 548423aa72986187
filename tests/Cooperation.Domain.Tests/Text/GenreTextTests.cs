using System.Linq;
using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Domain.Tests.Text;

/// <summary>
/// Short texts written for these tests in the genre the reader is measured on (Spanish and English press releases and
/// news items on migration and security meetings), none taken from the seeds or the development set: datelines in
/// capital cities, relative and year-crossing dates, officials in semicolon lists with honorifics and positions,
/// hyphenated pairs of states in the names of bodies, given names that are also head nouns. Each states the mentions
/// and meetings a careful reader would annotate, read without a catalog.
/// </summary>
public sealed class GenreTextTests
{
    private static string[] Of(CommuniqueReading reading, MentionKind kind) => reading.Values(kind);

    private static string[] People(CommuniqueReading reading)
        => [.. reading.MentionsOf(MentionKind.Person).Select(static m => $"{m.Name} | {m.Position ?? "-"} | {m.Country?.Alpha2 ?? "-"}")];

    [Fact]
    public void A_capital_named_after_a_saint_is_no_country_and_a_hyphenated_pair_stays_in_the_name()
    {
        var reading = Reading.Of(
            "San Salvador, 14 de marzo de 2025.\n\n" +
            "La canciller de El Salvador, Alexandra Hill Tinoco, y el canciller de Guatemala, Carlos Ramiro Martínez, encabezaron hoy " +
            "la IV Reunión de la Comisión Binacional Guatemala-El Salvador en San Salvador. Las delegaciones revisaron los avances en " +
            "materia de migración y seguridad fronteriza.",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(["El Salvador=SV", "Guatemala=GT", "Guatemala=GT", "El Salvador=SV"], Of(reading, MentionKind.Country));
        Assert.Equal(["Comisión Binacional Guatemala-El Salvador=Comisión Binacional Guatemala-El Salvador"], Of(reading, MentionKind.Mechanism));
        Assert.Equal(
            ["Alexandra Hill Tinoco | canciller de El Salvador | SV", "Carlos Ramiro Martínez | canciller de Guatemala | GT"],
            People(reading));
        Assert.Equal(["held 2025-03-14 GT,SV"], reading.MeetingLines());
        Assert.Equal(4, reading.Meetings[0].Ordinal?.Value);
        Assert.Equal("San Salvador", reading.Meetings[0].Place);
    }

    [Fact]
    public void A_given_name_that_is_also_a_head_noun_starts_a_person()
    {
        var reading = Reading.Of(
            "WASHINGTON, January 30, 2025 — Secretary of State Marco Rubio met today with Mexican Foreign Secretary Juan Ramón de la " +
            "Fuente at the Department of State. The two discussed the work of the U.S.-Mexico Security Implementation Group and agreed " +
            "that the group will meet in Mexico City in March 2025.",
            Language.English);
        reading.AssertSpans();
        Assert.Equal(["Marco Rubio | Secretary of State | -", "Juan Ramón de la Fuente | Mexican Foreign Secretary | MX"], People(reading));
        Assert.Equal(["U.S.-Mexico Security Implementation Group=U.S.-Mexico Security Implementation Group"], Of(reading, MentionKind.Mechanism));
        Assert.Equal(["Department of State=Department of State"], Of(reading, MentionKind.Institution));
        Assert.Equal(["held 2025-01-30 MX,US", "planned 2025-03 MX,US"], reading.MeetingLines());
        Assert.Equal("Mexico City", reading.Meetings[1].Place);
    }

    [Theory]
    [InlineData("El Marco de Cooperación Regional fue aprobado.", "Marco de Cooperación Regional")]
    [InlineData("Los países adoptaron el Marco Integral Regional para la Protección y Soluciones.", "Marco Integral Regional para la Protección y Soluciones")]
    public void A_head_noun_that_is_also_a_given_name_still_heads_a_mechanism(string text, string name)
        => Assert.Equal([$"{name}={name}"], Of(Reading.Of(text, Language.Spanish), MentionKind.Mechanism));

    [Fact]
    public void A_semicolon_list_with_honorifics_ranks_and_positions_after_the_names()
    {
        var reading = Reading.Of(
            "Ciudad de Guatemala, 5 de febrero de 2024.\n\n" +
            "Este lunes, a las 10:00 a.m., se llevó a cabo en la Ciudad de Guatemala la II Reunión del Grupo Bilateral de Seguridad " +
            "México-Guatemala (GBS). Por México participaron el Mtro. Roberto Velasco Álvarez, subsecretario para América del Norte; " +
            "el vicealmirante José Luis Arellano, jefe de la Unidad de Inteligencia Naval; y la Lic. Ana Laura Gómez, directora general " +
            "de Protección Consular. Por Guatemala asistieron el viceministro de Gobernación, Jorge Luis Pérez, y el Embajador Mario Cruz.",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(["5 de febrero de 2024=2024-02-05", "Este lunes=2024-02-05"], Of(reading, MentionKind.Date));
        Assert.Equal(
            [
                "Roberto Velasco Álvarez | subsecretario para América del Norte | MX",
                "José Luis Arellano | jefe de la Unidad de Inteligencia Naval | MX",
                "Ana Laura Gómez | directora general de Protección Consular | MX",
                "Jorge Luis Pérez | viceministro de Gobernación | GT",
                "Mario Cruz | Embajador | GT",
            ],
            People(reading));
        Assert.Equal(["Grupo Bilateral de Seguridad México-Guatemala=Grupo Bilateral de Seguridad México-Guatemala", "GBS=GBS"], Of(reading, MentionKind.Mechanism));

        // The capital in the dateline and as the venue is no country; the states are those inside the group's name and "Por …".
        Assert.Equal(["México=MX", "Guatemala=GT", "México=MX", "Guatemala=GT"], Of(reading, MentionKind.Country));
        Assert.Equal(["held 2024-02-05 GT,MX"], reading.MeetingLines());
        Assert.Equal(2, reading.Meetings[0].Ordinal?.Value);
    }

    [Fact]
    public void An_honorific_after_a_comma_gives_way_to_the_position_before_it()
    {
        var reading = Reading.Of(
            "San José, 9 de marzo de 2024.\n\n" +
            "La delegación mexicana estuvo integrada por el subsecretario para América Latina y el Caribe, Mtro. Jorge Villanueva; " +
            "y la directora general de Protección Consular, Dra. Laura Méndez.",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(
            [
                "Jorge Villanueva | subsecretario para América Latina y el Caribe | MX",
                "Laura Méndez | directora general de Protección Consular | MX",
            ],
            People(reading));
    }

    [Theory]
    [InlineData("México y Costa Rica celebraron la III Reunión del Mecanismo de Diálogo Bilateral sobre Movilidad Humana.", "Mecanismo de Diálogo Bilateral sobre Movilidad Humana")]
    [InlineData("Sesionó el Comité de Diálogo Político entre ambos países.", "Comité de Diálogo Político")]
    [InlineData("Ambos cancilleres encabezaron el Mecanismo Bilateral de Diálogo sobre Movilidad Humana.", "Mecanismo Bilateral de Diálogo sobre Movilidad Humana")]
    public void A_head_right_after_a_head_s_de_is_its_complement(string text, string name)
        => Assert.Contains(name + "=" + name, Of(Reading.Of(text, Language.Spanish), MentionKind.Mechanism));

    [Fact]
    public void A_body_after_a_head_s_article_stays_a_body_of_its_own()
    {
        var reading = Reading.Of("Participó la Unidad de Política Migratoria de la Secretaría de Gobernación.", Language.Spanish);
        Assert.Contains("Secretaría de Gobernación=Secretaría de Gobernación", Of(reading, MentionKind.Institution));
    }

    [Fact]
    public void Two_bodies_joined_by_y_without_an_article_stay_two()
    {
        var reading = Reading.Of("Participaron la Secretaría de Relaciones Exteriores y Secretaría de Gobernación.", Language.Spanish);
        Assert.Equal(
            ["Secretaría de Relaciones Exteriores=Secretaría de Relaciones Exteriores", "Secretaría de Gobernación=Secretaría de Gobernación"],
            Of(reading, MentionKind.Institution));
    }

    [Fact]
    public void Last_week_and_a_range_that_crosses_the_year_without_years()
    {
        var reading = Reading.Of(
            "Tegucigalpa, 8 de enero de 2024.\n\n" +
            "La Secretaría de Seguridad (SEDS) informó que la semana pasada concluyó la visita de una misión técnica de la Organización " +
            "Internacional para las Migraciones (OIM), que trabajó en Honduras del 28 de diciembre al 3 de enero. El secretario de " +
            "Seguridad, Gustavo Sánchez, agradeció el apoyo de la OIM y del gobierno estadounidense.",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(
            ["8 de enero de 2024=2024-01-08", "la semana pasada=2024-01-01/2024-01-05", "del 28 de diciembre al 3 de enero=2023-12-28/2024-01-03"],
            Of(reading, MentionKind.Date));
        Assert.Equal(
            ["Secretaría de Seguridad=Secretaría de Seguridad", "SEDS=SEDS", "Organización Internacional para las Migraciones=Organización Internacional para las Migraciones", "OIM=OIM", "OIM=OIM"],
            Of(reading, MentionKind.Institution));
        Assert.Equal(["Honduras=HN", "estadounidense=US"], Of(reading, MentionKind.Country));
        Assert.Equal(["Gustavo Sánchez | secretario de Seguridad | -"], People(reading));
    }

    [Fact]
    public void An_english_joint_statement_with_an_ordinal_mechanism_and_semicolon_lists()
    {
        var reading = Reading.Of(
            "Joint Statement on the U.S.-Mexico High-Level Security Dialogue\n\nOctober 14, 2023\n\n" +
            "The United States and Mexico held the third High-Level Security Dialogue in Washington on October 12-13, 2023. The U.S. " +
            "delegation was led by Secretary of Homeland Security Alejandro Mayorkas; Attorney General Merrick Garland; and Secretary of " +
            "State Antony Blinken. The Mexican delegation was led by Foreign Secretary Alicia Bárcena; Security Secretary Rosa Icela " +
            "Rodríguez; and Defense Secretary Luis Cresencio Sandoval.",
            Language.English);
        reading.AssertSpans();
        Assert.Equal(["third High-Level Security Dialogue=3"], Of(reading, MentionKind.Ordinal));
        Assert.Equal(
            [
                "Alejandro Mayorkas | Secretary of Homeland Security | US", "Merrick Garland | Attorney General | US", "Antony Blinken | Secretary of State | US",
                "Alicia Bárcena | Foreign Secretary | MX", "Rosa Icela Rodríguez | Security Secretary | MX", "Luis Cresencio Sandoval | Defense Secretary | MX",
            ],
            People(reading));
        Assert.Equal(["held 2023-10-12/2023-10-13 MX,US"], reading.MeetingLines());
        Assert.Equal("High-Level Security Dialogue", reading.Meetings[0].Mechanism);
        Assert.Equal(3, reading.Meetings[0].Ordinal?.Value);
        Assert.Equal("Washington", reading.Meetings[0].Place);
    }

    [Fact]
    public void A_news_item_with_demonyms_a_weekday_and_a_planned_meeting()
    {
        var reading = Reading.Of(
            "Panamá, 22 de agosto de 2024 (EFE).– Los ministros de Seguridad de Panamá y Costa Rica se reunieron este jueves en la " +
            "Ciudad de Panamá para coordinar acciones contra el tráfico de migrantes en la frontera común. El ministro panameño, Frank " +
            "Ábrego, y su homólogo costarricense, Mario Zamora, acordaron crear un grupo técnico binacional. La próxima reunión será en " +
            "San José en noviembre.",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(["22 de agosto de 2024=2024-08-22", "este jueves=2024-08-22", "noviembre=2024-11"], Of(reading, MentionKind.Date));
        Assert.DoesNotContain(reading.MentionsOf(MentionKind.Country), static m => m.Text.Contains("Ciudad", System.StringComparison.Ordinal));
        Assert.Equal(["held 2024-08-22 CR,PA", "planned 2024-11 CR,PA"], reading.MeetingLines());
        Assert.Equal(["Ciudad de Panamá", "San José"], reading.Meetings.Select(static m => m.Place));
    }

    [Fact]
    public void A_dateline_in_santo_domingo_dates_the_text_and_yesterday()
    {
        var reading = Reading.Of(
            "Santo Domingo, 15 de mayo de 2024.– El canciller dominicano, Roberto Álvarez, recibió ayer al secretario de Estado adjunto " +
            "para Asuntos del Hemisferio Occidental de Estados Unidos, Brian Nichols, con quien sostuvo una reunión de trabajo sobre " +
            "migración y seguridad marítima. Participó también el vicealmirante Ramón Gustavo Betances Hernández, comandante general de " +
            "la Armada de República Dominicana (ARD).",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(new LocalDate(2024, 5, 15), reading.DocumentDate);
        Assert.Equal(["15 de mayo de 2024=2024-05-15", "ayer=2024-05-14"], Of(reading, MentionKind.Date));
        Assert.Equal(
            [
                "Roberto Álvarez | canciller dominicano | DO",
                "Brian Nichols | secretario de Estado adjunto para Asuntos del Hemisferio Occidental de Estados Unidos | US",
                "Ramón Gustavo Betances Hernández | comandante general de la Armada de República Dominicana (ARD) | DO",
            ],
            People(reading));
        Assert.Equal(["Armada de República Dominicana=Armada de República Dominicana", "ARD=ARD"], Of(reading, MentionKind.Institution));
        Assert.Equal(["dominicano=DO", "Estados Unidos=US", "República Dominicana=DO"], Of(reading, MentionKind.Country));
        // "recibió ayer al secretario …, con quien sostuvo una reunión": the one date of the sentence dates its one meeting.
        Assert.Equal(["held 2024-05-14 DO,US"], reading.MeetingLines());
    }

    [Fact]
    public void An_english_news_item_with_a_capital_city_and_a_planned_group_meeting()
    {
        var reading = Reading.Of(
            "GUATEMALA CITY (AP) — Guatemalan President Bernardo Arévalo and Mexican President Claudia Sheinbaum met Tuesday in Guatemala " +
            "City to discuss migration along the border. Sheinbaum was accompanied by Foreign Secretary Juan Ramón de la Fuente and Security " +
            "Secretary Omar García Harfuch. The leaders agreed that the Mexico-Guatemala Bilateral Security Group will meet in Tapachula in February.",
            Language.English,
            new LocalDate(2025, 1, 16));
        reading.AssertSpans();
        Assert.Equal(["Guatemalan=GT", "Mexican=MX", "Mexico=MX", "Guatemala=GT"], Of(reading, MentionKind.Country));
        Assert.Equal(["Mexico-Guatemala Bilateral Security Group=Mexico-Guatemala Bilateral Security Group"], Of(reading, MentionKind.Mechanism));
        // "met Tuesday": a weekday right after a verb of meeting, as news agencies write it, is the latest Tuesday.
        Assert.Equal(["Tuesday=2025-01-14", "February=2025-02"], Of(reading, MentionKind.Date));
        Assert.Equal(["held 2025-01-14 GT,MX", "planned 2025-02 GT,MX"], reading.MeetingLines());
        Assert.Equal(["Guatemala City", "Tapachula"], reading.Meetings.Select(static m => m.Place));
    }

    [Fact]
    public void A_bilateral_commission_announces_its_numbered_meeting_in_the_other_capital()
    {
        var reading = Reading.Of(
            "Tegucigalpa, 20 de junio de 2024.\n\n" +
            "La Comisión Binacional Honduras-El Salvador celebrará su V Reunión los días 27 y 28 de junio en San Salvador, informó la " +
            "Secretaría de Relaciones Exteriores y Cooperación Internacional (SRECI). La delegación hondureña será encabezada por el " +
            "canciller Enrique Reina.",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(["Honduras=HN", "El Salvador=SV", "hondureña=HN"], Of(reading, MentionKind.Country));
        Assert.Equal(["Comisión Binacional Honduras-El Salvador=Comisión Binacional Honduras-El Salvador"], Of(reading, MentionKind.Mechanism));
        Assert.Equal(["planned 2024-06-27/2024-06-28 HN,SV"], reading.MeetingLines());
        var meeting = reading.Meetings[0];
        Assert.Equal(("Comisión Binacional Honduras-El Salvador", 5, "San Salvador"), (meeting.Mechanism, meeting.Ordinal?.Value, meeting.Place));
        Assert.Equal(["Enrique Reina | canciller | HN"], People(reading));
    }

    [Fact]
    public void A_regional_conference_holds_its_named_meeting_once()
    {
        var reading = Reading.Of(
            "Ciudad de México, 12 de noviembre de 2022.\n\n" +
            "La Conferencia Regional sobre Migración (CRM) celebró en la Ciudad de México su Reunión Viceministerial los días 10 y 11 de " +
            "noviembre, bajo la Presidencia Pro Tempore de México, que se ejerce de diciembre de 2021 a noviembre de 2022.",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(
            ["12 de noviembre de 2022=2022-11-12", "los días 10 y 11 de noviembre=2022-11-10/2022-11-11", "diciembre de 2021 a noviembre de 2022=2021-12/2022-11"],
            Of(reading, MentionKind.Date));
        var meeting = Assert.Single(reading.Meetings);
        Assert.Equal(("2022-11-10/2022-11-11", "Conferencia Regional sobre Migración", "Ciudad de México"), (meeting.DateValue, meeting.Mechanism, meeting.Place));
    }

    [Fact]
    public void An_embassy_in_santo_domingo_keeps_its_city_and_a_rank_stays_when_no_position_follows()
    {
        var reading = Reading.Of(
            "Santo Domingo, 4 de septiembre de 2024.\n\n" +
            "La Dirección General de Migración (DGM) y la Embajada de Estados Unidos en Santo Domingo sostuvieron hoy una reunión de " +
            "trabajo. También participaron Ana María Pérez, agregada del Departamento de Seguridad Nacional (DHS), y el Embajador Carlos Ruiz.",
            Language.Spanish);
        reading.AssertSpans();
        Assert.Equal(
            ["Dirección General de Migración=Dirección General de Migración", "DGM=DGM", "Embajada de Estados Unidos en Santo Domingo=Embajada de Estados Unidos en Santo Domingo",
             "Departamento de Seguridad Nacional=Departamento de Seguridad Nacional", "DHS=DHS"],
            Of(reading, MentionKind.Institution));
        Assert.Equal(["4 de septiembre de 2024=2024-09-04", "hoy=2024-09-04"], Of(reading, MentionKind.Date));
        Assert.Equal(["Ana María Pérez | agregada del Departamento de Seguridad Nacional (DHS) | US", "Carlos Ruiz | Embajador | -"], People(reading));
    }

    [Fact]
    public void A_counterpart_is_a_position_whose_demonym_gives_the_state()
    {
        var reading = Reading.Of(
            "La ministra de Seguridad de Panamá, Dinoska Montalvo, recibió a su homólogo costarricense, Mario Zamora, y a su " +
            "homóloga colombiana, Ana María Rojas.",
            Language.Spanish);
        Assert.Equal(
            ["Dinoska Montalvo | ministra de Seguridad de Panamá | PA", "Mario Zamora | homólogo costarricense | CR", "Ana María Rojas | homóloga colombiana | CO"],
            People(reading));
    }

    [Fact]
    public void Counterparts_named_by_their_states_are_no_person()
    {
        var reading = Reading.Of("El canciller se reunió con sus homólogos de Guatemala, Honduras y El Salvador.", Language.Spanish);
        Assert.Empty(People(reading));
        Assert.Equal(["Guatemala=GT", "Honduras=HN", "El Salvador=SV"], Of(reading, MentionKind.Country));
    }

    [Fact]
    public void A_title_word_that_ends_a_name_is_its_surname()
    {
        var reading = Reading.Of(
            "Participaron la embajadora de México, María Elena Alcalde; y el director de la Policía de Fronteras, Juan Carlos Coronel.",
            Language.Spanish);
        Assert.Equal(
            ["María Elena Alcalde | embajadora de México | MX", "Juan Carlos Coronel | director de la Policía de Fronteras | -"],
            People(reading));
    }

    [Theory]
    [InlineData("Asistió Luis Alberto Ramírez Alcalde de Tapachula.", "Luis Alberto Ramírez")]
    [InlineData("Asistió Ana Lucía Pérez Embajadora en Chile.", "Ana Lucía Pérez")]
    [InlineData("Asistieron María José Castro y la Secretaria de Economía.", "María José Castro")]
    public void A_title_word_with_its_position_after_it_stays_out_of_the_name(string text, string name)
        => Assert.Equal([name], Reading.Of(text, Language.Spanish).MentionsOf(MentionKind.Person).Select(static m => m.Name));

    [Fact]
    public void A_middle_initial_stays_in_the_name()
    {
        var reading = Reading.Of("Secretary of Homeland Security Alejandro N. Mayorkas met today with Guatemalan officials.", Language.English);
        Assert.Equal(["Alejandro N. Mayorkas | Secretary of Homeland Security | -"], People(reading));
    }

    [Fact]
    public void A_date_before_a_new_clause_belongs_to_the_meeting_before_it()
    {
        var reading = Reading.Of(
            "Tapachula, 3 de marzo de 2025.\n\nLos cancilleres revisaron los acuerdos de la I Reunión del Grupo Bilateral México-Guatemala, " +
            "celebrada en Guatemala el 14 de noviembre de 2024, y acordaron que la II Reunión se llevará a cabo en Tapachula en junio.",
            Language.Spanish);
        Assert.Equal(["held 2024-11-14 GT,MX", "planned 2025-06 GT,MX"], reading.MeetingLines());
    }

    [Fact]
    public void The_one_date_of_a_sentence_dates_its_one_meeting_however_far()
    {
        var reading = Reading.Of(
            "Ciudad de México, 2 de diciembre de 2024.\n\nLos días 28 y 29 de noviembre se celebró en Belmopán, con la participación " +
            "de funcionarios de migración, seguridad y aduanas de los dos gobiernos y representantes de organismos internacionales, la VI " +
            "Reunión de la Comisión Binacional México-Belice.",
            Language.Spanish);
        Assert.Equal(["held 2024-11-28/2024-11-29 BZ,MX"], reading.MeetingLines());
    }

    [Fact]
    public void A_far_date_across_a_new_clause_is_not_the_meeting_s()
    {
        var reading = Reading.Of(
            "Ciudad de México, 4 de marzo de 2025.\n\nEl 3 de marzo la canciller recibió a los embajadores de la región en la sede de " +
            "la Cancillería para revisar la agenda migratoria común de los próximos meses, y anunció que la IV Reunión del Grupo " +
            "Bilateral México-Guatemala se celebrará en Tapachula.",
            Language.Spanish);
        Assert.Contains("planned null GT,MX", reading.MeetingLines());
        Assert.DoesNotContain(reading.Meetings, static m => m.DateValue == "2025-03-03");
    }

    [Theory]
    [InlineData("Washington, March 4, 2025. They agreed to meet again on March 18 in San Salvador.", "en", "March 18=2025-03-18")]
    [InlineData("Ciudad de Panamá, 12 de septiembre de 2024. Ambos países acordaron intercambiar información y reunirse nuevamente en octubre.", "es", "octubre=2024-10")]
    [InlineData("Ciudad de México, 24 de febrero de 2025. Informa que este jueves, a las 11:00 horas, su titular, Omar García Harfuch, y la secretaria de Seguridad Nacional de Estados Unidos, Kristi Noem, encabezarán la primera sesión.", "es", "este jueves=2025-02-27")]
    [InlineData("Ciudad de México, 6 de marzo de 2025. Tras reunirse el martes con su homólogo, el canciller viajó a Tapachula.", "es", "martes=2025-03-04")]
    [InlineData("Washington, March 6, 2025. After he agreed to the plan, they met again on Tuesday.", "en", "Tuesday=2025-03-04")]
    public void A_date_takes_the_tense_of_its_clause(string text, string language, string date)
        => Assert.Contains(date, Of(Reading.Of(text, language == "es" ? Language.Spanish : Language.English), MentionKind.Date));

    [Fact]
    public void A_sentence_of_attendance_names_the_states_of_the_meeting_before_it()
    {
        var reading = Reading.Of(
            "Tegucigalpa, 18 de junio de 2025.\n\nLa XXX Reunión Viceministerial de la Conferencia Regional sobre Migración se celebró " +
            "los días 16 y 17 de junio. Asistieron delegaciones de Belice, Canadá y Costa Rica. Participaron también representantes de la OIM.",
            Language.Spanish);
        Assert.Equal(["held 2025-06-16/2025-06-17 BZ,CA,CR"], reading.MeetingLines());
    }

    [Fact]
    public void A_sentence_of_attendance_with_no_meeting_before_it_makes_none()
        => Assert.Empty(Reading.Of("Asistieron delegaciones de Belice, Canadá y Costa Rica.", Language.Spanish).Meetings);

    [Theory]
    [InlineData("Bogotá, 20 de abril de 2025. Las cancilleres de Colombia y Ecuador presidieron este viernes en Quito la XII Reunión de la Comisión de Vecindad.", "Quito")]
    [InlineData("Ottawa, May 12, 2025. Last week, officials from Canada and Mexico met in Ottawa for the ninth meeting of the High-Level Dialogue.", "Ottawa")]
    [InlineData("San José, 7 de octubre de 2025. El Ministerio de Seguridad Pública y la Embajada de México en Costa Rica celebraron ayer la III Reunión del Comité Técnico.", "-")]
    public void A_place_between_the_verb_and_its_meeting_is_the_meeting_s(string text, string place)
    {
        var reading = Reading.Of(text, text.Contains("Ottawa", System.StringComparison.Ordinal) ? Language.English : Language.Spanish);
        Assert.Equal([place], reading.Meetings.Select(static m => m.Place ?? "-"));
    }

    [Theory]
    [InlineData("Madrid, 15 de julio de 2025. El ministro de España se reunió hoy en Rabat con su homólogo marroquí, Abdelouafi Laftit.", "es", "held 2025-07-15 ES,MA")]
    [InlineData("Washington, March 4, 2025. U.S. National Security Advisor Michael Waltz met this morning at 10:30 a.m. with Foreign Minister Alexandra Hill Tinoco of El Salvador.", "en", "held 2025-03-04 SV,US")]
    public void A_date_a_place_and_a_clock_time_may_stand_between_a_meeting_verb_and_its_with(string text, string language, string meeting)
        => Assert.Equal([meeting], Reading.Of(text, language == "es" ? Language.Spanish : Language.English).MeetingLines());

    [Fact]
    public void Meeting_again_is_a_meeting_of_the_same_parties()
    {
        var reading = Reading.Of(
            "Ciudad de Panamá, 12 de septiembre de 2024.\n\nPanamá y México sostuvieron el martes 10 de septiembre la primera reunión " +
            "técnica del Mecanismo de Consultas Migratorias. Ambos países acordaron intercambiar información y reunirse nuevamente en octubre.",
            Language.Spanish);
        Assert.Equal(["held 2024-09-10 MX,PA", "planned 2024-10 MX,PA"], reading.MeetingLines());
    }

    [Fact]
    public void A_verb_of_meeting_in_the_infinitive_without_again_or_two_states_makes_no_meeting()
        => Assert.Empty(Reading.Of("Ciudad de México, 2 de mayo de 2024. El canciller pidió reunirse en junio.", Language.Spanish).Meetings);

    [Theory]
    [InlineData("Washington, March 4, 2025. The Secretary spoke this morning.", "en", "this morning=2025-03-04")]
    [InlineData("Ciudad de México, 4 de marzo de 2025. El canciller habló esta tarde.", "es", "esta tarde=2025-03-04")]
    public void A_part_of_today_is_today(string text, string language, string date)
        => Assert.Contains(date, Of(Reading.Of(text, language == "es" ? Language.Spanish : Language.English), MentionKind.Date));

    [Theory]
    [InlineData("Ciudad de México, 4 de marzo de 2025. El canciller viajará mañana.")]
    [InlineData("Ciudad de México, 4 de marzo de 2025. La reunión terminó más tarde.")]
    public void A_part_of_the_day_without_this_is_no_date(string text)
        => Assert.Equal(["4 de marzo de 2025=2025-03-04"], Of(Reading.Of(text, Language.Spanish), MentionKind.Date));

    [Theory]
    [InlineData("Se reunió el Grupo Permanente Hispano-Marroquí sobre Migración.", "Hispano=ES,Marroquí=MA")]
    [InlineData("Revisaron la relación mexicano-estadounidense.", "mexicano=MX,estadounidense=US")]
    [InlineData("Visitaron la frontera colombo-venezolana.", "colombo=CO,venezolana=VE")]
    public void A_spanish_compound_of_two_states_names_both(string text, string countries)
        => Assert.Equal(countries.Split(','), Of(Reading.Of(text, Language.Spanish), MentionKind.Country));

    [Theory]
    [InlineData("The Mexican-American community met the mayor.")]
    [InlineData("El general Franco visitó la ciudad.")]
    public void A_hyphenated_nationality_or_a_surname_is_no_compound_of_states(string text)
        => Assert.Empty(Of(Reading.Of(text), MentionKind.Country));

    [Fact]
    public void The_nearer_side_gives_a_person_s_state()
    {
        var reading = Reading.Of(
            "Por la parte beliceña asistió el ministro de Relaciones Exteriores, Francis Fonseca; por México, la subsecretaria para América " +
            "Latina y el Caribe, María Teresa Mercado.",
            Language.Spanish);
        Assert.Equal(
            ["Francis Fonseca | ministro de Relaciones Exteriores | BZ", "María Teresa Mercado | subsecretaria para América Latina y el Caribe | MX"],
            People(reading));
    }

    [Fact]
    public void A_delegation_named_in_the_sentence_before_gives_its_members_state()
    {
        var reading = Reading.Of(
            "Una delegación técnica guatemalteca visitó la Ciudad de México. La delegación estuvo integrada por la viceministra de " +
            "Relaciones Exteriores, Ana Isabel Carrillo Fabián.",
            Language.Spanish);
        Assert.Equal(["Ana Isabel Carrillo Fabián | viceministra de Relaciones Exteriores | GT"], People(reading));
    }

    [Fact]
    public void A_delegation_of_no_state_gives_none()
    {
        var reading = Reading.Of(
            "Los funcionarios visitaron la Ciudad de México. La delegación estuvo integrada por la viceministra de Relaciones Exteriores, " +
            "Ana Isabel Carrillo Fabián.",
            Language.Spanish);
        Assert.Equal(["Ana Isabel Carrillo Fabián | viceministra de Relaciones Exteriores | -"], People(reading));
    }

    [Theory]
    [InlineData("Foreign Minister Alexandra Hill Tinoco of El Salvador met the press.", "Alexandra Hill Tinoco | Foreign Minister | SV")]
    [InlineData("Mexican Undersecretary for North America Roberto Velasco Álvarez met the press.", "Roberto Velasco Álvarez | Mexican Undersecretary for North America | MX")]
    public void A_state_after_the_name_or_a_demonym_before_the_title_gives_the_person_s_state(string text, string person)
        => Assert.Equal([person], People(Reading.Of(text, Language.English)));

    [Theory]
    [InlineData("The ministers met on October 8, 2010. A donor conference is to be held in June.", "June=null")]
    [InlineData("El 5 de febrero de 1917 se promulgó la Constitución. Los cancilleres se reunirán en junio.", "junio=null")]
    [InlineData("The ministers met on October 8, 2010. The group met in June.", "June=null")]
    [InlineData("A donor conference is to be held in June.", "June=null")]
    public void With_no_document_date_a_month_without_a_year_stays_open(string text, string date)
        => Assert.Contains(date, Of(Reading.Of(text), MentionKind.Date));

    [Fact]
    public void A_meeting_dated_by_days_without_a_month_has_an_open_date_and_a_status_from_its_verb_when_the_document_date_is_known()
    {
        // Before, the open date's missing value was read for the status and the reading threw.
        var reading = Reading.Of(
            "During the visit, several topics were discussed before the Meeting of Ministers, which was held the 13th and 14th, such as the review of the border plan.",
            Language.English,
            new LocalDate(2023, 4, 24));
        Assert.Equal(["the 13th and 14th=null"], Of(reading, MentionKind.Date));
        Assert.NotEmpty(reading.Meetings);
        Assert.All(reading.Meetings, static m => Assert.Equal(MeetingStatus.Held, m.Status));
    }

    [Theory]
    [InlineData("Se reunieron en la frontera y visitaron a la comunidad franco-canadiense de Quebec.")]
    [InlineData("La asociación organizó un festival colombo-venezolano.")]
    [InlineData("The Franco-Mexican festival opened.")]
    public void A_compound_of_two_demonyms_that_qualifies_people_or_an_event_names_no_state(string text)
        => Assert.Empty(Reading.Of(text).MentionsOf(MentionKind.Country));

    [Fact]
    public void A_sentence_of_attendance_at_another_event_adds_no_state_to_the_meeting_before_it()
    {
        var reading = Reading.Of(
            "Ciudad de México, 6 de junio de 2024.\n\nLa canciller de México se reunió ayer con el secretario de Estado de Estados Unidos. " +
            "Asistieron a la inauguración del mural, el pasado sábado, estudiantes de Colombia y Perú.",
            Language.Spanish);
        var meeting = Assert.Single(reading.Meetings);
        Assert.DoesNotContain("CO", meeting.Countries.Select(static c => c.ToString()));
        Assert.DoesNotContain("PE", meeting.Countries.Select(static c => c.ToString()));
    }

    [Theory]
    [InlineData("Officials from U.S. Customs and Border Protection (CBP) joined.", "U.S. Customs and Border Protection,CBP")]
    [InlineData("Agents of Immigration and Customs Enforcement (ICE) attended.", "Immigration and Customs Enforcement,ICE")]
    [InlineData("Participó la Guardia Costera Nacional (GCN).", "Guardia Costera Nacional,GCN")]
    public void A_name_its_acronym_spells_is_a_body(string text, string bodies)
        => Assert.Equal(bodies.Split(','), Reading.Of(text).MentionsOf(MentionKind.Institution).Select(static m => m.Text));

    [Theory]
    [InlineData("The talks with Juan Pérez (JP) ended.")]
    [InlineData("Officials from Border Protection (CBP) joined.")]
    public void A_name_its_acronym_does_not_spell_is_no_body(string text)
        => Assert.DoesNotContain(Reading.Of(text, Language.English).MentionsOf(MentionKind.Institution), static m => m.Text.Contains(' ', System.StringComparison.Ordinal));

    [Fact]
    public void The_titles_have_no_repeated_entry()
    {
        string[][] lists = [Titles.Heads, Titles.Modifiers, Titles.Honorifics, Titles.Portfolios];
        var repeated = lists.SelectMany(static list => list.GroupBy(Lexicon.Fold).Where(static g => g.Count() > 1).Select(static g => string.Join('/', g))).ToArray();
        Assert.Empty(repeated);
    }

    [Fact]
    public void The_given_names_have_no_repeated_entry()
    {
        var repeated = GivenNames.All.GroupBy(Lexicon.Fold).Where(static g => g.Count() > 1).Select(static g => string.Join('/', g)).ToArray();
        Assert.Empty(repeated);
    }
}
