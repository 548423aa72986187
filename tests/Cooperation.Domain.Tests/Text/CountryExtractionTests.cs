using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text;

/// <summary>States by name, short form, abbreviation and demonym; the cities, regions and continents that are not states.</summary>
public sealed class CountryExtractionTests
{
    [Theory]
    [InlineData("México y Guatemala firmaron.", "México=MX", "Guatemala=GT")]
    [InlineData("Viajaron a los Estados Unidos de América y a la República Dominicana.", "Estados Unidos de América=US", "República Dominicana=DO")]
    [InlineData("Participaron El Salvador, Costa Rica y Trinidad y Tobago.", "El Salvador=SV", "Costa Rica=CR", "Trinidad y Tobago=TT")]
    [InlineData("La cooperación con EE.UU. y con EUA crece; EEUU lo confirmó.", "EE.UU.=US", "EUA=US", "EEUU=US")]
    [InlineData("El secretario viajó a EE. UU. la semana pasada.", "EE. UU.=US")]
    [InlineData("The U.S. and Mexico agreed; the US delegation and the USA team signed.", "U.S.=US", "Mexico=MX", "US=US", "USA=US")]
    [InlineData("Canada and the United Kingdom (UK) joined.", "Canada=CA", "United Kingdom=GB", "UK=GB")]
    [InlineData("MÉXICO Y CANADÁ FIRMAN ACUERDOS", "MÉXICO=MX", "CANADÁ=CA")]
    [InlineData("el Diálogo de Alto Nivel México-Canadá", "México=MX", "Canadá=CA")]
    public void Names_short_forms_and_abbreviations(string text, params string[] expected)
        => Assert.Equal(expected, Reading.Of(text).Values(MentionKind.Country));

    [Theory]
    [InlineData("La delegación mexicana llegó.", "mexicana=MX")]
    [InlineData("La contraparte canadiense propuso una agenda.", "canadiense=CA")]
    [InlineData("Asistieron altos funcionarios guatemaltecos.", "guatemaltecos=GT")]
    [InlineData("Las autoridades hondureñas y el gobierno salvadoreño acordaron.", "hondureñas=HN", "salvadoreño=SV")]
    [InlineData("El canciller estadounidense habló con la cancillería panameña.", "estadounidense=US", "panameña=PA")]
    [InlineData("The Guatemalan government and the Mexican delegation met.", "Guatemalan=GT", "Mexican=MX")]
    [InlineData("U.S. and Mexican officials reaffirmed the relationship.", "U.S.=US", "Mexican=MX")]
    [InlineData("The Costa Rican authorities agreed.", "Costa Rican=CR")]
    public void Demonyms_that_stand_for_a_state(string text, params string[] expected)
        => Assert.Equal(expected, Reading.Of(text).Values(MentionKind.Country));

    [Theory]
    [InlineData("Llegaron nacionales venezolanos y migrantes hondureños.")]
    [InlineData("Los ciudadanos mexicanos y la población guatemalteca.")]
    [InlineData("La reunión fue en la Ciudad de México y luego en la Ciudad de Guatemala.")]
    [InlineData("The talks were held in Mexico City and Guatemala City.")]
    [InlineData("Washington respondió que ambos gobiernos cooperan en la región.")]
    [InlineData("La migración en América y en América Latina y el Caribe es binacional.")]
    [InlineData("Latin American and Central American leaders joined the Inter-American system.")]
    [InlineData("El Golfo de México y el Estado de México.")]
    [InlineData("New Mexico and Nuevo México are states.")]
    [InlineData("La VI Reunión Ministerial concluyó.")]
    [InlineData("CAN y MEX son códigos, no nombres.")]
    [InlineData("Israel Vázquez y Chad Wolf firmaron.")]
    public void What_is_not_a_state_is_not_a_mention(string text)
        => Assert.Empty(Reading.Of(text).Values(MentionKind.Country));

    [Fact]
    public void In_spanish_eu_is_the_united_states_and_in_english_it_is_not_a_state()
    {
        Assert.Equal(["EU=US"], Reading.Of("Llegó el secretario de EU a la reunión.", Language.Spanish).Values(MentionKind.Country));
        Assert.Empty(Reading.Of("The EU joined the meeting.", Language.English).Values(MentionKind.Country));
    }

    [Fact]
    public void States_inside_the_names_of_bodies_are_mentions_too()
    {
        var reading = Reading.Of("Participó la Embajada de Estados Unidos en México y Public Safety Canada.");
        Assert.Equal(["Estados Unidos=US", "México=MX", "Canada=CA"], reading.Values(MentionKind.Country));
        reading.AssertSpans();
    }
}
