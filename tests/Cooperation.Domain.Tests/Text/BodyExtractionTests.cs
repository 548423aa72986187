using System.Linq;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text;

/// <summary>Institutions and mechanisms by name, form and acronym; positions are not bodies.</summary>
public sealed class BodyExtractionTests
{
    [Theory]
    [InlineData("Informó la Secretaría de Relaciones Exteriores (SRE).", "Secretaría de Relaciones Exteriores=Secretaría de Relaciones Exteriores", "SRE=SRE")]
    [InlineData("Según la SRE y la SSPC, la OIM apoyará.", "SRE=SRE", "SSPC=SSPC", "OIM=OIM")]
    [InlineData("Participó el Instituto Nacional de Migración (INM) de Honduras.", "Instituto Nacional de Migración=Instituto Nacional de Migración", "INM=INM")]
    [InlineData("Funcionarios de la Unidad de Política Migratoria de la Secretaría de Gobernación.", "Unidad de Política Migratoria=Unidad de Política Migratoria", "Secretaría de Gobernación=Secretaría de Gobernación")]
    [InlineData("Habló la titular de la Unidad de Política Migratoria, Registro e Identidad de Personas (UPMRIP).", "Unidad de Política Migratoria, Registro e Identidad de Personas=Unidad de Política Migratoria, Registro e Identidad de Personas", "UPMRIP=UPMRIP")]
    [InlineData("Officials of the Department of Homeland Security and the National Security Council attended.", "Department of Homeland Security=Department of Homeland Security", "National Security Council=National Security Council")]
    [InlineData("Director General of the National Center for Investigation and National Security.", "National Center for Investigation and National Security=National Center for Investigation and National Security")]
    [InlineData("The Attorney General's Office and the Foreign Ministry's Undersecretary.", "Attorney General's Office=Attorney General's Office", "Foreign Ministry=Foreign Ministry")]
    [InlineData("Asistió el agregado de la Embajada de Estados Unidos en México.", "Embajada de Estados Unidos en México=Embajada de Estados Unidos en México")]
    [InlineData("En un comunicado, la secretaría de Relaciones Exteriores indicó.", "secretaría de Relaciones Exteriores=secretaría de Relaciones Exteriores")]
    public void Institutions_by_name_and_acronym(string text, params string[] expected)
        => Assert.Equal(expected, Reading.Of(text, catalog: null).Values(MentionKind.Institution));

    [Theory]
    [InlineData("el secretario de Relaciones Exteriores, Marcelo Ebrard")]
    [InlineData("la secretaria de Seguridad y Protección Ciudadana")]
    [InlineData("Foreign Secretary Luis Videgaray and the Secretary of Homeland Security")]
    [InlineData("Coordinación y vigilancia de acuerdos")]
    [InlineData("REDACCIÓN. ACUERDO entre las partes.")]
    public void Positions_and_words_in_capitals_are_not_institutions(string text)
        => Assert.Empty(Reading.Of(text).Values(MentionKind.Institution));

    [Theory]
    [InlineData("La VI Reunión Ministerial del Grupo de Alto Nivel de Seguridad (GANSEG) concluyó.", "Grupo de Alto Nivel de Seguridad=Grupo de Alto Nivel de Seguridad", "GANSEG=GANSEG")]
    [InlineData("el encuentro del Diálogo de Alto Nivel México-Canadá sobre Movilidad de Personas", "Diálogo de Alto Nivel México-Canadá sobre Movilidad de Personas=Diálogo de Alto Nivel México-Canadá sobre Movilidad de Personas")]
    [InlineData("The 24th Regional Conference on Migration (RCM) was held.", "Regional Conference on Migration=Regional Conference on Migration", "RCM=RCM")]
    [InlineData("the upcoming relaunch of the U.S.-Mexico High-Level Economic Dialogue (HLED)", "U.S.-Mexico High-Level Economic Dialogue=U.S.-Mexico High-Level Economic Dialogue", "HLED=HLED")]
    [InlineData("the fifth meeting of the Mexico-United States Bilateral Security Cooperation Group", "Mexico-United States Bilateral Security Cooperation Group=Mexico-United States Bilateral Security Cooperation Group")]
    [InlineData("compromisos asumidos en la declaración de Los Ángeles.", "declaración de Los Ángeles=declaración de Los Ángeles")]
    [InlineData("La Comisión Binacional México-Guatemala sesionó.", "Comisión Binacional México-Guatemala=Comisión Binacional México-Guatemala")]
    public void Mechanisms_by_name_and_acronym(string text, params string[] expected)
        => Assert.Equal(expected, Reading.Of(text).Values(MentionKind.Mechanism));

    [Theory]
    [InlineData("la Carta Estatutaria de la CRM", "CRM=CRM")]
    [InlineData("the new Conference Strategic Plan 2019-2022")]
    [InlineData("instan al diálogo y la colaboración entre los países")]
    public void Documents_and_common_nouns_are_not_mechanisms(string text, params string[] expected)
        => Assert.Equal(expected, Reading.Of(text).Values(MentionKind.Mechanism));

    [Fact]
    public void Bodies_the_catalog_knows_are_linked_and_carry_their_state()
    {
        var reading = Reading.Of("La SRE y el Diálogo Consular México-Estados Unidos avanzaron; el DANM también.", catalog: ReferenceCatalog.Default);
        var sre = reading.MentionsOf(MentionKind.Institution).Single();
        Assert.Equal(InstitutionId.Parse("mx-sre"), sre.Institution);
        Assert.Equal("MX", sre.Country?.Alpha2);
        Assert.Equal(
            ["mx-us-consular-dialogue", "mx-ca-danm"],
            reading.MentionsOf(MentionKind.Mechanism).Select(static m => m.Mechanism?.ToString()));
    }

    [Fact]
    public void An_acronym_defined_in_the_text_is_found_again_alone()
    {
        var reading = Reading.Of("El Grupo de Alto Nivel de Seguridad Fronteriza (GANSEF) sesionó. Después, el GANSEF acordó.", catalog: null);
        Assert.Equal(["Grupo de Alto Nivel de Seguridad Fronteriza", "GANSEF", "GANSEF"], reading.MentionsOf(MentionKind.Mechanism).Select(static m => m.Name));
    }
}
