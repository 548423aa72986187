using System.Linq;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text;

/// <summary>
/// The twelve findings of the review of texts in the genre, each as a general rule with sentences written for these
/// tests (not the reviewer's), and a counter-case where the rule could over-fire. Read without a catalog.
/// </summary>
public sealed class ReviewFindingsTests
{
    private static string[] People(CommuniqueReading reading)
        => [.. reading.MentionsOf(MentionKind.Person).Select(static m => $"{m.Name} | {m.Position ?? "-"} | {m.Country?.Alpha2 ?? "-"}")];

    // 1. A law's, a constitution's or an anniversary's date is not a meeting's.
    [Theory]
    [InlineData("Ciudad de México, 10 de febrero de 2025. La canciller se reunió con su homólogo de Guatemala en el marco de la celebración de la Constitución promulgada el 5 de febrero de 1917.", Language.Spanish)]
    [InlineData("Ciudad de México, 10 de febrero de 2025. El secretario se reunió con el ministro de Honduras para revisar la Ley de Migración de 25 de mayo de 2011 y sus reglamentos.", Language.Spanish)]
    [InlineData("WASHINGTON, March 20, 2025 — The Secretary met with the Guatemalan Foreign Minister to discuss the Refugee Act of March 17, 1980 and its reform.", Language.English)]
    public void A_date_of_a_law_or_an_anniversary_is_not_the_meetings(string text, Language language)
    {
        var reading = Reading.Of(text, language);
        Assert.Single(reading.Meetings);
        Assert.Null(reading.Meetings[0].DateValue);
    }

    [Fact]
    public void A_date_after_a_plan_s_name_without_de_is_still_the_meetings()
    {
        var reading = Reading.Of(
            "Guatemala, 2 de mayo de 2025. Los ministros de Guatemala y Honduras se reunieron para revisar el Plan de Acción el 30 de abril de 2025.",
            Language.Spanish);
        Assert.Equal(["held 2025-04-30 GT,HN"], reading.MeetingLines());
    }

    // 2. A full date before 1900 is read as itself, and is never a meeting's.
    [Fact]
    public void A_historical_full_date_is_read_as_itself_and_not_as_a_meetings()
    {
        var reading = Reading.Of(
            "París, 8 de marzo de 2024. La embajadora de México se reunió con el ministro de Francia, y ambos evocaron el 4 de agosto de 1789 durante la cena.",
            Language.Spanish);
        Assert.Contains("4 de agosto de 1789=1789-08-04", reading.Values(MentionKind.Date));
        Assert.DoesNotContain(reading.Meetings, static m => m.DateValue is not null);
    }

    [Theory]
    [InlineData("En julio de 1821 se firmó el acta.", "julio de 1821=1821-07")]
    [InlineData("The treaty of May 1, 1941 was recalled.", "May 1, 1941=1941-05-01")]
    public void Historical_months_and_days_keep_their_year(string text, string date)
        => Assert.Contains(date, Reading.Of(text).Values(MentionKind.Date));

    [Fact]
    public void A_bare_number_before_1900_is_no_year()
        => Assert.Empty(Reading.Of("En 1500 casos se aplicó el protocolo.", Language.Spanish).Values(MentionKind.Date));

    // 3. An opening date reaches no further than its clause: "hoy" after a semicolon is the meeting's.
    [Fact]
    public void An_opening_date_does_not_reach_across_a_semicolon()
    {
        var reading = Reading.Of(
            "Belmopán, 4 de junio de 2024. El 10 de mayo de 1990, ambos gobiernos firmaron el tratado de límites; hoy, con la asistencia de " +
            "delegaciones de Guatemala, Honduras y México, tras una larga jornada de trabajo, se celebró en la capital la III Reunión de la Comisión Trinacional.",
            Language.Spanish);
        Assert.Equal(["held 2024-06-04 GT,HN,MX"], reading.MeetingLines());
    }

    [Fact]
    public void An_opening_date_still_reaches_its_meeting_far_in_its_clause()
    {
        var reading = Reading.Of(
            "Belmopán, 4 de junio de 2024. El 30 de mayo, con la asistencia de delegaciones de Guatemala, Honduras y México, tras una larga " +
            "jornada de trabajo, se celebró en la capital la III Reunión de la Comisión Trinacional.",
            Language.Spanish);
        Assert.Equal(["held 2024-05-30 GT,HN,MX"], reading.MeetingLines());
    }

    // 4. A fronted date takes its main verb's tense, not that of a clause set off by commas.
    [Theory]
    [InlineData("Lima, 5 de marzo de 2025. El 3 de marzo, los cancilleres de Perú y Chile, que se reunirán de nuevo en mayo, firmaron un acuerdo.", "3 de marzo=2025-03-03")]
    [InlineData("Lima, 1 de marzo de 2025. El 3 de marzo, cuando se reunirán los cancilleres de Perú y Chile, se firmará un acuerdo.", "3 de marzo=2025-03-03")]
    [InlineData("Lima, 5 de marzo de 2025. El 3 de marzo, cuando se reunieron los cancilleres de Perú y Chile, se firmó un acuerdo.", "3 de marzo=2025-03-03")]
    [InlineData("Lima, 3 de julio de 2024. Este jueves, tras recordar que el acuerdo entró en vigor hace diez años, los ministros de Perú y Chile se reunirán en Tacna.", "Este jueves=2024-07-04")]
    [InlineData("Lima, 3 de julio de 2024. Este lunes, los ministros de Perú y Chile, que se reunirán en agosto, firmaron un acuerdo.", "Este lunes=2024-07-01")]
    public void A_fronted_date_takes_the_tense_of_its_main_verb(string text, string date)
        => Assert.Contains(date, Reading.Of(text, Language.Spanish).Values(MentionKind.Date));

    [Fact]
    public void A_date_takes_the_tense_of_its_own_clause_before_a_verb_after_a_comma()
    {
        var reading = Reading.Of(
            "Ciudad de Guatemala, 15 de enero de 2026. El canciller, quien viajará a Belmopán en febrero, saludó a las delegaciones.",
            Language.Spanish);
        Assert.Contains("febrero=2026-02", reading.Values(MentionKind.Date));
    }

    // 5. Two demonyms joined by "and"/"y" share the noun after (or before) them.
    [Theory]
    [InlineData("Honduran and Salvadoran officials met on May 2, 2025 in Tegucigalpa.", Language.English, new[] { "Honduran=HN", "Salvadoran=SV" })]
    [InlineData("Panamanian and Costa Rican authorities met on May 2, 2025 in Paso Canoas.", Language.English, new[] { "Panamanian=PA", "Costa Rican=CR" })]
    [InlineData("Los funcionarios hondureños y salvadoreños se reunieron el 2 de mayo de 2025.", Language.Spanish, new[] { "hondureños=HN", "salvadoreños=SV" })]
    public void Two_joined_demonyms_both_stand_for_their_states(string text, Language language, string[] countries)
    {
        var reading = Reading.Of(text, language);
        Assert.Equal(countries, reading.Values(MentionKind.Country));
        Assert.Single(reading.Meetings);
    }

    [Theory]
    [InlineData("Honduran and Salvadoran migrants arrived at the border.", Language.English)]
    [InlineData("Llegaron migrantes hondureños y salvadoreños a la frontera.", Language.Spanish)]
    public void Two_joined_demonyms_of_people_stand_for_no_state(string text, Language language)
        => Assert.Empty(Reading.Of(text, language).Values(MentionKind.Country));

    // 6. A programme's or a state's own name spelled out before its acronym is no body.
    [Fact]
    public void Programmes_and_a_states_own_name_are_not_bodies_by_their_initials()
    {
        var reading = Reading.Of(
            "WASHINGTON — The Department of Homeland Security extended Temporary Protected Status (TPS) for Hondurans and kept the " +
            "Deferred Action for Childhood Arrivals (DACA) program and the Migrant Protection Protocols (MPP) under review.",
            Language.English);
        Assert.Equal(["Department of Homeland Security=Department of Homeland Security"], reading.Values(MentionKind.Institution));

        var spanish = Reading.Of("Los Estados Unidos Mexicanos (EUM) y la República de Honduras firmaron el acuerdo.", Language.Spanish);
        Assert.Empty(spanish.Values(MentionKind.Institution));
        Assert.Contains("Estados Unidos Mexicanos=MX", spanish.Values(MentionKind.Country));
    }

    [Fact]
    public void A_body_spelled_out_before_its_acronym_is_still_a_body()
        => Assert.Equal(
            ["U.S. Customs and Border Protection=U.S. Customs and Border Protection", "CBP=CBP"],
            Reading.Of("Officers of U.S. Customs and Border Protection (CBP) joined the meeting.", Language.English).Values(MentionKind.Institution));

    // 7. A title word after a name is a surname only where the name's phrase ends.
    [Theory]
    [InlineData("En la imagen, Jorge Luis Pérez Gobernador, junto a su gabinete.", "Jorge Luis Pérez")]
    [InlineData("El Presidente Municipal Carlos Ruiz Alcalde inauguró la mesa de trabajo.", "Carlos Ruiz")]
    [InlineData("Asistió la embajadora de México, María Elena Alcalde, y el cónsul.", "María Elena Alcalde")]
    [InlineData("Asistieron la embajadora de México, María Elena Alcalde; y el cónsul general.", "María Elena Alcalde")]
    [InlineData("Asistió María Elena Alcalde, embajadora de México.", "María Elena Alcalde")]
    [InlineData("Asistió el director de la policía, Juan Carlos Coronel.", "Juan Carlos Coronel")]
    public void A_title_word_after_a_name_is_a_surname_only_where_the_name_ends(string text, string name)
        => Assert.Equal(name, Assert.Single(Reading.Of(text, Language.Spanish).MentionsOf(MentionKind.Person)).Name);

    [Fact]
    public void A_municipal_title_stays_in_the_position()
        => Assert.Equal(
            ["Carlos Ruiz | Presidente Municipal | -"],
            People(Reading.Of("El Presidente Municipal Carlos Ruiz Alcalde inauguró la mesa de trabajo.", Language.Spanish)));

    // 8. A position before "…, NAME" does not run back across a verb.
    [Fact]
    public void A_position_before_a_name_stops_at_a_verb()
        => Assert.Equal(
            ["Ana Ruiz Paz | viceministra de Gobernación de Honduras | HN"],
            People(Reading.Of("El secretario de Seguridad recibió a la viceministra de Gobernación de Honduras, Ana Ruiz Paz.", Language.Spanish)));

    [Fact]
    public void A_position_before_a_name_with_no_verb_is_whole()
        => Assert.Equal(
            ["Marcelo Ebrard | secretario de Relaciones Exteriores | -"],
            People(Reading.Of("Hoy el secretario de Relaciones Exteriores, Marcelo Ebrard, habló.", Language.Spanish)));

    // 9. A name does not run on across a comma into states.
    [Fact]
    public void A_mechanism_stops_at_a_comma_before_states()
    {
        var reading = Reading.Of("Cuando se creó el Grupo de Enlace, Guatemala y Honduras firmaron el acta.", Language.Spanish);
        Assert.Equal(["Grupo de Enlace=Grupo de Enlace"], reading.Values(MentionKind.Mechanism));
        Assert.Equal(["Guatemala=GT", "Honduras=HN"], reading.Values(MentionKind.Country));
    }

    [Fact]
    public void A_name_with_a_list_of_portfolios_still_runs_across_its_commas()
        => Assert.Equal(
            ["Ministerio de Relaciones Exteriores, Comercio Internacional y Culto=Ministerio de Relaciones Exteriores, Comercio Internacional y Culto"],
            Reading.Of("Lo anunció el Ministerio de Relaciones Exteriores, Comercio Internacional y Culto.", Language.Spanish).Values(MentionKind.Institution));

    // 10. An agreement to meet again announces the next meeting, undated; a vague "will meet" announces none.
    [Theory]
    [InlineData("Los cancilleres de Chile y Perú acordaron reunirse de nuevo, en una fecha por definir.", Language.Spanish, "planned null CL,PE")]
    [InlineData("Santiago, 3 de abril de 2025. Los ministros de Chile y Perú anunciaron que se reunirán en Arica.", Language.Spanish, "planned null CL,PE")]
    [InlineData("The Foreign Ministers of Chile and Peru met in Lima on April 2, 2025. The two ministers agreed to meet again.", Language.English, "planned null CL,PE")]
    public void An_agreement_to_meet_again_is_an_undated_plan(string text, Language language, string meeting)
        => Assert.Contains(meeting, Reading.Of(text, language).MeetingLines());

    [Theory]
    [InlineData("Los ministros de Chile y Perú, que en marzo de 2022 acordaron reunirse nuevamente, no lo han hecho.", "planned null CL,PE")]
    [InlineData("Santiago, 6 de marzo de 2025. Los ministros de Chile y Perú acordaron ayer reunirse en mayo.", "planned 2025-05 CL,PE")]
    [InlineData("Santiago, 6 de marzo de 2025. Los ministros de Chile y Perú acordaron reunirse el 20 de marzo.", "planned 2025-03-20 CL,PE")]
    public void The_date_of_an_agreement_is_not_the_meeting_agreed_on(string text, string meeting)
        => Assert.Equal([meeting], Reading.Of(text, Language.Spanish).MeetingLines());

    [Fact]
    public void Meeting_again_is_another_meeting_than_the_one_before()
        => Assert.Equal(
            ["held 2019 CL,PE", "planned null CL,PE"],
            Reading.Of("The foreign ministers of Chile and Peru, who first met in Lima in 2019, agreed to meet again.", Language.English).MeetingLines());

    // A second review: a meeting denied, made conditional or made a habit is none the text reports.
    [Theory]
    [InlineData("The foreign ministers of Chile and Peru did not agree to meet again.", Language.English)]
    [InlineData("The foreign ministers of Chile and Peru didn't agree to meet again.", Language.English)]
    [InlineData("The foreign ministers of Chile and Peru said they would meet again only if the figures improve.", Language.English)]
    [InlineData("Los cancilleres de Chile y Perú no acordaron reunirse nuevamente.", Language.Spanish)]
    [InlineData("Los cancilleres de Chile y Perú acordaron reunirse nuevamente cada año.", Language.Spanish)]
    [InlineData("El canciller de Chile no se reunió con su homólogo de Perú.", Language.Spanish)]
    public void A_meeting_denied_conditional_or_habitual_is_not_announced(string text, Language language)
        => Assert.Empty(Reading.Of(text, language).Meetings);

    [Fact]
    public void Receiving_an_official_s_letter_is_not_meeting_the_official()
    {
        Assert.Empty(Reading.Of(
            "LIMA, May 6, 2025 — Today the Chilean Minister of the Interior received the Peruvian Foreign Minister's letter.",
            Language.English).Meetings);
        Assert.Equal(
            ["held 2025-05-06 CL,PE"],
            Reading.Of("LIMA, May 6, 2025 — Today the Chilean Minister of the Interior received the Peruvian Foreign Minister in Lima.", Language.English).MeetingLines());
    }

    [Fact]
    public void A_group_that_will_meet_regularly_announces_no_meeting()
        => Assert.Empty(Reading.Of("The ministers of Chile and Peru will meet regularly.", Language.English).Meetings);

    // 11. An ordinal before a name with hyphenated states and words.
    [Fact]
    public void An_ordinal_reaches_its_noun_past_hyphenated_states_and_words()
    {
        var reading = Reading.Of("In May 2012, the first U.S.-Honduras Bi-National Meeting took place in Tegucigalpa.", Language.English);
        Assert.Equal(["first U.S.-Honduras Bi-National Meeting=1"], reading.Values(MentionKind.Ordinal));
        Assert.Equal(1, Assert.Single(reading.Meetings).Ordinal?.Value);
    }

    [Fact]
    public void An_ordinal_before_another_noun_is_none()
        => Assert.Empty(Reading.Of("She was the first U.S.-born Ambassador to Honduras.", Language.English).Values(MentionKind.Ordinal));

    // 12. The refugee agency by its full name, one body and its acronym.
    [Theory]
    [InlineData("El Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR) presentó su informe.", "Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR")]
    [InlineData("The Office of the United Nations High Commissioner for Refugees (UNHCR) presented its report.", "Office of the United Nations High Commissioner for Refugees", "UNHCR")]
    public void The_refugee_agency_is_one_body_by_its_full_name(string text, string name, string acronym)
        => Assert.Equal([$"{name}={name}", $"{acronym}={acronym}"], Reading.Of(text).Values(MentionKind.Institution));

    [Fact]
    public void The_united_nations_alone_is_still_a_body()
        => Assert.Equal(["Naciones Unidas=Naciones Unidas"], Reading.Of("Lo dijo la representante de Naciones Unidas.", Language.Spanish).Values(MentionKind.Institution));

    // The known miss: one word that ends a title before a comma and a name is no person.
    [Fact]
    public void The_last_word_of_a_title_before_a_comma_and_a_name_is_no_person()
        => Assert.Equal(
            ["Tricia Geddes | Deputy Minister of Public Safety | -"],
            People(Reading.Of("The delegation was led by the Deputy Minister of Public Safety, Tricia Geddes.", Language.English)));

    // Found by the texts written in the genre: a demonym inside a body's name, a state's possessive before one.
    [Theory]
    [InlineData("Officers of the Royal Canadian Mounted Police joined them.", "Royal Canadian Mounted Police")]
    [InlineData("Officers of the Mexican National Guard joined them.", "National Guard")]
    [InlineData("Officers of Mexico's National Guard joined them.", "National Guard")]
    public void A_demonym_inside_a_body_s_name_is_the_name_s_and_a_state_s_possessive_is_not(string text, string name)
        => Assert.Equal([$"{name}={name}"], Reading.Of(text, Language.English).Values(MentionKind.Institution));

    [Fact]
    public void A_clock_time_set_off_by_commas_stands_between_a_meeting_verb_and_con()
        => Assert.Equal(
            ["held 2026-01-09 CR,MX"],
            Reading.Of(
                "Ciudad de México, 9 de enero de 2026. La canciller de México se reunió esta mañana, a las 9:30 a.m., con la viceministra de Costa Rica.",
                Language.Spanish).MeetingLines());

    [Theory]
    [InlineData("Nuakchot, 2 de junio de 2025. La delegación mauritana se reunió hoy con la española.", "mauritana=MR")]
    [InlineData("The Mauritanian government welcomed the agreement.", "Mauritanian=MR")]
    public void Demonyms_of_the_western_african_route_stand_for_their_states(string text, string country)
        => Assert.Contains(country, Reading.Of(text).Values(MentionKind.Country));

    // Receiving an official or a delegation is a meeting; receiving anyone else is not.
    [Theory]
    [InlineData("Ciudad de México, 4 de septiembre de 2023. Este lunes, el secretario de Gobernación de México recibió a su homólogo beliceño, Kareem Musa, en la sede de la dependencia.", Language.Spanish, "held 2023-09-04 BZ,MX")]
    [InlineData("OTTAWA, May 6, 2025 — Today the Canadian Minister of Foreign Affairs received the Mexican Foreign Secretary in Ottawa.", Language.English, "held 2025-05-06 CA,MX")]
    public void Receiving_a_counterpart_is_a_meeting(string text, Language language, string meeting)
        => Assert.Equal([meeting], Reading.Of(text, language).MeetingLines());

    [Fact]
    public void Receiving_people_who_are_not_officials_is_no_meeting()
        => Assert.Empty(Reading.Of(
            "Tapachula, 4 de septiembre de 2023. El albergue de México recibió ayer a migrantes hondureños y guatemaltecos.",
            Language.Spanish).Meetings);

    // A demonym glued after a word that is no state names a community, not a state.
    [Theory]
    [InlineData("Afro-Colombian community leaders spoke at the forum.", Language.English)]
    [InlineData("Hablaron líderes de la comunidad afro-mexicana en el foro.", Language.Spanish)]
    public void A_demonym_after_a_prefix_names_a_community(string text, Language language)
        => Assert.Empty(Reading.Of(text, language).Values(MentionKind.Country));

    [Fact]
    public void A_demonym_after_a_state_and_a_hyphen_still_stands_for_its_state()
        => Assert.Contains(
            "Guatemalan=GT",
            Reading.Of("Officials reviewed the Mexico-Guatemalan border crossings with the Guatemalan government.", Language.English).Values(MentionKind.Country));
}
