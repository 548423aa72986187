using System.Linq;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text;

/// <summary>People with the positions written next to their names, as Spanish and English communiqués and readouts name them.</summary>
public sealed class PersonExtractionTests
{
    private static string[] People(string text, Language? language = null, CooperationCatalog? catalog = null)
        => [.. Reading.Of(text, language, catalog: catalog).MentionsOf(MentionKind.Person).Select(static m => $"{m.Name} | {m.Position ?? "-"} | {m.Country?.Alpha2 ?? "-"}")];

    [Theory]
    [InlineData("Participó el secretario de Relaciones Exteriores, Marcelo Ebrard Casaubon.", "Marcelo Ebrard Casaubon | secretario de Relaciones Exteriores | -")]
    [InlineData("Asistió la secretaria de Seguridad y Protección Ciudadana, Rosa Icela Rodríguez.", "Rosa Icela Rodríguez | secretaria de Seguridad y Protección Ciudadana | -")]
    [InlineData("La canciller Alicia Bárcena recibió a su homólogo.", "Alicia Bárcena | canciller | -")]
    [InlineData("El canciller mexicano Juan Ramón de la Fuente encabezó la delegación.", "Juan Ramón de la Fuente | canciller mexicano | MX")]
    [InlineData("Estuvo presente el vicealmirante Alfredo Hernández.", "Alfredo Hernández | vicealmirante | -")]
    [InlineData("Habló el Mtro. Roberto Velasco Álvarez.", "Roberto Velasco Álvarez | Mtro | -")]
    [InlineData("Vanessa Calva Ruiz, directora general de Protección Consular, encabezó la delegación.", "Vanessa Calva Ruiz | directora general de Protección Consular | -")]
    [InlineData("El director ejecutivo del Instituto Nacional de Migración (INM) de Honduras, Wilson Paz Reyes, lo recibió.", "Wilson Paz Reyes | director ejecutivo del Instituto Nacional de Migración (INM) de Honduras | HN")]
    [InlineData("El cónsul de Honduras en México, Héctor Amador, asistió.", "Héctor Amador | cónsul de Honduras en México | HN")]
    public void Spanish_titles_before_and_after_names(string text, string expected)
        => Assert.Equal([expected], People(text, Language.Spanish));

    [Theory]
    [InlineData("Foreign Secretary Luis Videgaray met U.S. Secretary of State Rex Tillerson.", "Luis Videgaray | Foreign Secretary | -", "Rex Tillerson | U.S. Secretary of State | US")]
    [InlineData("President Biden’s National Security Advisor Jake Sullivan traveled.", "Biden | President | -", "Jake Sullivan | National Security Advisor | -")]
    [InlineData("The delegation was led by Michael Dougherty, Assistant Secretary for Border and Trade Policy of the Department of Homeland Security.", "Michael Dougherty | Assistant Secretary for Border and Trade Policy of the Department of Homeland Security | US")]
    [InlineData("Secretary of Finance Ramirez de la O and Attorney General Gertz attended.", "Ramirez de la O | Secretary of Finance | -", "Gertz | Attorney General | -")]
    [InlineData("then-Secretary of Homeland Security John Kelly spoke.", "John Kelly | then-Secretary of Homeland Security | -")]
    public void English_titles_before_and_after_names(string text, params string[] expected)
        => Assert.Equal(expected, People(text, Language.English));

    [Fact]
    public void A_semicolon_list_of_officials_with_positions()
    {
        var people = People(
            "La delegación mexicana estuvo integrada por el comisionado del Instituto Nacional de Migración, Francisco Garduño; " +
            "el comandante general de la Guardia Nacional, Luis Rodríguez Bucio; y la jefa de Unidad para América del Norte, Martha Bárcena.",
            Language.Spanish);
        Assert.Equal(
            [
                "Francisco Garduño | comisionado del Instituto Nacional de Migración | MX",
                "Luis Rodríguez Bucio | comandante general de la Guardia Nacional | MX",
                "Martha Bárcena | jefa de Unidad para América del Norte | MX",
            ],
            people);
    }

    [Fact]
    public void Names_joined_by_y_share_the_title_before_them()
        => Assert.Equal(
            ["Claudia Sheinbaum | presidentes | -", "Bernardo Arévalo | presidentes | -"],
            People("Por instrucciones de los presidentes Claudia Sheinbaum y Bernardo Arévalo se acordó.", Language.Spanish));

    [Theory]
    [InlineData("México y Guatemala refuerzan cooperación\n\nPor Juan Pablo Ojeda\n\nLos cancilleres se reunieron.", "Juan Pablo Ojeda")]
    [InlineData("Headline\n\nBy Mary Smith\n\nThe ministers met.", "Mary Smith")]
    public void Bylines_are_people(string text, string expected)
        => Assert.Equal([expected], Reading.Of(text).MentionsOf(MentionKind.Person).Select(static m => m.Name));

    [Fact]
    public void A_surname_alone_is_the_person_named_before_it()
    {
        var reading = Reading.Of("El comisionado Francisco Garduño Yáñez visitó Honduras. Garduño se reunió con el canciller. Después, Garduño Yáñez regresó.", Language.Spanish);
        Assert.Equal(["Francisco Garduño Yáñez", "Garduño", "Garduño Yáñez"], reading.MentionsOf(MentionKind.Person).Select(static m => m.Name));
    }

    [Fact]
    public void A_catalog_person_is_found_under_a_recorded_spelling_and_linked()
    {
        var reading = Reading.Of("Marcelo Ebrard llegó temprano.", Language.Spanish, catalog: ReferenceCatalog.Default);
        var person = Assert.Single(reading.MentionsOf(MentionKind.Person));
        Assert.Equal("Marcelo Ebrard", person.Name);
        Assert.Equal(PersonId.Parse("marcelo-ebrard-casaubon"), person.Person);
    }

    [Theory]
    [InlineData("Coordinación y vigilancia de acuerdos")]
    [InlineData("Lea también: Aumenta el precio del cartón en Tegucigalpa")]
    [InlineData("Ícono del sitio Once Noticias")]
    [InlineData("Los ministros de Gobernación y Relaciones Exteriores asistieron.")]
    [InlineData("REDACCIÓN. El gobierno informó.")]
    [InlineData("The Assistant Secretary for Western Hemisphere Affairs spoke.")]
    public void Capitalised_words_that_are_not_people(string text)
        => Assert.Empty(Reading.Of(text).MentionsOf(MentionKind.Person));

    [Fact]
    public void The_delegation_a_sentence_is_about_gives_its_people_their_state()
    {
        var people = People("La delegación estadounidense estuvo integrada por el secretario de Seguridad Nacional, Alejandro Mayorkas; y la asesora principal, Samantha Vinograd.", Language.Spanish);
        Assert.Equal(["Alejandro Mayorkas | secretario de Seguridad Nacional | US", "Samantha Vinograd | asesora principal | US"], people);
    }
}
