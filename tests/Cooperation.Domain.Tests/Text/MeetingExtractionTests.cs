using System.Linq;
using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Domain.Tests.Text;

/// <summary>The meetings a text reports or announces; the texts that report none.</summary>
public sealed class MeetingExtractionTests
{
    [Fact]
    public void A_communique_reporting_one_meeting_mentioned_many_times_gives_one_meeting()
    {
        var reading = Reading.Of(
            "Ciudad de México, 3 de marzo de 2022.\n\n" +
            "Hoy se realizó la III Reunión del Grupo Bilateral de Seguridad entre México y Honduras. " +
            "Durante el encuentro, ambas delegaciones revisaron los acuerdos. " +
            "Al término de la reunión, los cancilleres firmaron un acta.",
            Language.Spanish);
        var meeting = Assert.Single(reading.Meetings);
        Assert.Equal("held 2022-03-03 HN,MX", reading.MeetingLines()[0]);
        Assert.Equal(3, meeting.Ordinal?.Value);
        Assert.Equal("Grupo Bilateral de Seguridad", meeting.Mechanism);
        Assert.Equal(3, meeting.Sentences.Length - 0);
    }

    [Theory]
    [InlineData("Los cancilleres de México y Canadá se reunieron el 3 de marzo de 2020 en Ottawa para revisar la agenda bilateral.", "es", "held 2020-03-03 CA,MX")]
    [InlineData("El 3 de marzo de 2020, los cancilleres de México y Canadá se reunieron en Ottawa.", "es", "held 2020-03-03 CA,MX")]
    [InlineData("Los secretarios de Seguridad de México y Guatemala se reunirán el 15 de junio de 2031 en la Ciudad de Guatemala.", "es", "planned 2031-06-15 GT,MX")]
    [InlineData("On March 3, 2020, the foreign ministers of Mexico and Canada met in Ottawa.", "en", "held 2020-03-03 CA,MX")]
    public void Two_states_meeting_each_other_on_a_date_is_a_meeting_without_a_noun_or_with(string text, string lang, string expected)
        => Assert.Equal([expected], Reading.Of(text, lang == "en" ? Language.English : Language.Spanish, new LocalDate(2020, 3, 4)).MeetingLines());

    [Theory]
    [InlineData("Los cancilleres de México y Canadá se reunieron para revisar la agenda bilateral.")]
    [InlineData("The foreign ministers of Mexico and Canada met to review the bilateral agenda.")]
    [InlineData("El 3 de marzo de 2020 se reunieron los funcionarios de la Secretaría para revisar la agenda.")]
    public void Meeting_each_other_without_a_date_or_two_states_invents_no_meeting(string text)
        => Assert.Empty(Reading.Of(text, null, new LocalDate(2020, 3, 4)).Meetings);

    [Fact]
    public void Planned_and_held_meetings_by_date_and_tense()
    {
        var reading = Reading.Of(
            "La semana pasada se realizó la reunión intermedia del Diálogo Consular México-Estados Unidos. " +
            "La próxima reunión del Diálogo Consular México-Estados Unidos se celebrará en octubre de este año en Washington.",
            Language.Spanish,
            new LocalDate(2023, 4, 24));
        Assert.Equal(["held 2023-04-17/2023-04-21 MX,US", "planned 2023-10 MX,US"], reading.MeetingLines());
        Assert.Equal(MeetingKind.MidTerm, reading.Meetings[0].Kind);
        Assert.Equal("Washington", reading.Meetings[1].Place);
    }

    [Fact]
    public void Several_numbered_meetings_on_one_trip()
    {
        var reading = Reading.Of(
            "Ambos países sostuvieron encuentros del 25 al 28 de abril, en Ottawa: la 8ª Reunión del Mecanismo de Consultas " +
            "sobre Temas de Seguridad México-Canadá y la 2ª Ronda de las Pláticas Político-Militares México-Canadá. " +
            "El miércoles 26 de abril, la 8ª Reunión del Mecanismo de Consultas sobre Temas de Seguridad México-Canadá identificó oportunidades.",
            Language.Spanish,
            new LocalDate(2017, 5, 2));
        Assert.Equal(["held 2017-04-25/2017-04-28 CA,MX", "held 2017-04-26 CA,MX", "held null CA,MX"], reading.MeetingLines());
        Assert.Equal(MeetingKind.Visit, reading.Meetings[0].Kind);
        Assert.Equal("Ottawa", reading.Meetings[0].Place);
        Assert.Equal([8, 2], reading.Meetings.Skip(1).Select(static m => m.Ordinal!.Value.Value));
    }

    [Fact]
    public void An_english_readout_with_a_visit_and_an_announced_dialogue()
    {
        var reading = Reading.Of(
            "Secretary of State Jane Doe traveled to Guatemala on March 3. She met with President Bernardo Arévalo. " +
            "The visit followed a phone call on February 27. The U.S.-Guatemala Strategic Dialogue will be held in Washington on May 5.",
            Language.English,
            new LocalDate(2024, 3, 4));
        Assert.Equal(["held 2024-03-03 GT,US", "planned 2024-05-05 GT,US"], reading.MeetingLines());
        Assert.Equal(MeetingKind.Visit, reading.Meetings[0].Kind);
        Assert.Equal("Washington", reading.Meetings[1].Place);
    }

    [Fact]
    public void The_members_of_a_catalog_mechanism_take_part()
    {
        var reading = Reading.Of("Concluyó la XXV Reunión Viceministerial de la Conferencia Regional sobre Migración (CRM), realizada en Costa Rica.", Language.Spanish, catalog: ReferenceCatalog.Default);
        var meeting = Assert.Single(reading.Meetings);
        Assert.Equal(11, meeting.Countries.Length);
        Assert.Equal(MechanismId.Parse("crm"), meeting.MechanismId);
        Assert.Equal(25, meeting.Ordinal?.Value);
        Assert.Equal("Costa Rica", meeting.Place);
    }

    [Theory]
    [InlineData("Los gobiernos de México y Guatemala reiteran su compromiso e instan al diálogo y la colaboración entre los países de origen, tránsito y destino.")]
    [InlineData("En un comunicado conjunto, México y Guatemala recomendaron cumplir los requisitos migratorios.")]
    [InlineData("Se estableció una periodicidad para las reuniones del Grupo de Alto Nivel de Seguridad entre México y Guatemala.")]
    [InlineData("The Regional Conference on Migration is a forum for dialogue between its member countries.")]
    [InlineData("El Grupo de Alto Nivel se reunirá de manera periódica entre México y Belice.")]
    public void Texts_that_report_no_meeting(string text)
        => Assert.Empty(Reading.Of(text).Meetings);

    [Fact]
    public void The_sentences_and_mentions_of_a_meeting_are_kept_for_the_draft()
    {
        var reading = Reading.Of("El 13 de mayo de 2021 se realizó una reunión entre México y Estados Unidos, encabezada por el canciller Marcelo Ebrard.", Language.Spanish);
        var meeting = Assert.Single(reading.Meetings);
        Assert.Equal(reading.Text.TrimEnd('.') + ".", meeting.Sentences[0].Of(reading.Text));
        Assert.Equal(
            [MentionKind.Date, MentionKind.Country, MentionKind.Country, MentionKind.Person],
            meeting.Mentions.Select(static m => m.Kind));
        Assert.All(meeting.Mentions, m => Assert.Contains(m, reading.Mentions));
    }
}
