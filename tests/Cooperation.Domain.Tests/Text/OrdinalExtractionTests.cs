using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text;

/// <summary>The numbers of meetings, rounds and editions, with their noun; other ordinals are not mentions.</summary>
public sealed class OrdinalExtractionTests
{
    [Theory]
    [InlineData("Se celebró la 8ª Reunión del Mecanismo.", "8ª Reunión=8")]
    [InlineData("Concluyó la XXVI Reunión Viceministerial de la CRM.", "XXVI Reunión Viceministerial=26")]
    [InlineData("During the fifth meeting the parties agreed.", "fifth meeting=5")]
    [InlineData("La segunda reunión se hará en Guatemala.", "segunda reunión=2")]
    [InlineData("Inició la I Reunión Plenaria.", "I Reunión Plenaria=1")]
    [InlineData("La 10.ª Ronda de las Pláticas concluyó.", "10.ª Ronda=10")]
    [InlineData("The 24th Regional Conference on Migration was held.", "24th Regional Conference=24")]
    [InlineData("Se realizó la tercera edición del foro.", "tercera edición=3")]
    public void Meeting_numbers_with_their_noun(string text, string expected)
        => Assert.Equal([expected], Reading.Of(text).Values(MentionKind.Ordinal));

    [Theory]
    [InlineData("El primer ministro de Canadá llegó.")]
    [InlineData("Por primera vez se reunieron.")]
    [InlineData("En el segundo semestre de 2021.")]
    [InlineData("The inaugural meeting and the First Lady.")]
    [InlineData("Los 21 acuerdos y la Declaración 3.")]
    [InlineData("I think the meeting went well.")]
    public void Other_ordinals_are_not_mentions(string text)
        => Assert.Empty(Reading.Of(text).Values(MentionKind.Ordinal));
}
