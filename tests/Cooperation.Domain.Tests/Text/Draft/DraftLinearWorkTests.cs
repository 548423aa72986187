using System;
using System.Linq;
using System.Text;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text.Draft;

/// <summary>
/// The draft stage's work is linear in the text, whatever its shape: the steps it counts (characters of the text it
/// reads, mentions it visits) for a text grown tenfold are at most about ten times those for the text itself. Counts,
/// not timings, so the test is exact (Rules/LinearWorkTests does the same for the rules).
/// </summary>
public class DraftLinearWorkTests
{
    /// <summary>Tenfold the text may cost this much more than tenfold the work (fixed costs make it less).</summary>
    private const double Slack = 1.25;

    private static readonly CommuniqueReader Reader = new(CommuniqueReaderOptions.Default.WithLanguage(Language.Spanish));

    // A surname of letters only, one per number ("Surab").
    private static string Surname(int k)
    {
        var builder = new StringBuilder("Sur");
        do
        {
            builder.Append((char)('a' + (k % 26)));
            k /= 26;
        }
        while (k > 0);

        return builder.ToString();
    }

    public static TheoryData<string> Shapes() => ["meetings", "delegation list", "one long sentence", "many sentences after a meeting"];

    private static string Text(string shape, int n) => shape switch
    {
        "meetings" => "Ciudad de México, 3 de marzo de 2022.\n\n" + string.Concat(Enumerable.Range(1, n).Select(static k =>
            $"El {1 + (k % 28)} de marzo de {1900 + k} se celebró la {k}ª Reunión del Grupo de Alto Nivel de Seguridad México-Guatemala, encabezada por la canciller Ana {Surname(k)} Ruiz.\n")),
        "delegation list" => "Ciudad de México, 3 de marzo de 2022.\n\nEl 2 de marzo de 2022 se celebró la reunión del Grupo de Alto Nivel de Seguridad México-Guatemala. La delegación mexicana estuvo integrada por "
            + string.Join("; ", Enumerable.Range(1, n).Select(static k => $"el director general de Asuntos Migratorios, Juan {Surname(k)} Pérez")) + ".\n",
        "one long sentence" => "Ciudad de México, 3 de marzo de 2022.\n\n" + string.Concat(Enumerable.Range(1, n).Select(static k =>
            $"el {1 + (k % 28)} de marzo de {1900 + k} se reunió el Grupo de Alto Nivel de Seguridad México-Guatemala con la canciller Ana {Surname(k)} Ruiz y ")) + "nada más\n",
        _ => "Ciudad de México, 3 de marzo de 2022.\n\nEl 2 de marzo de 2022 se celebró la 4ª Reunión del Grupo de Alto Nivel de Seguridad México-Guatemala. La delegación mexicana estuvo integrada por la canciller Ana Ruiz Gómez.\n"
            + string.Concat(Enumerable.Range(1, n).Select(static k => $"Además, el director general de Asuntos Migratorios, Juan {Surname(k)} Pérez.\n")),
    };

    private static long Steps(string text)
    {
        var meter = new WorkMeter();
        var outer = WorkMeter.Current;
        WorkMeter.Current = meter;
        try
        {
            var reading = Reader.Read(Encoding.UTF8.GetBytes(text), "text.txt");
            Assert.NotNull(reading.Draft);
        }
        finally
        {
            WorkMeter.Current = outer;
        }

        return meter.Steps;
    }

    // Many meetings read from one sentence that never ends (as an extractor may report them): each reads only the
    // words near its own, not the whole sentence again.
    private static long StepsOfOneSentence(int n)
    {
        var text = new ReadingBuilder(string.Concat(Enumerable.Range(1, n).Select(static k => $"el {1 + (k % 28)} de marzo de {1900 + k} la delegación mexicana fue encabezada por Ana {Surname(k)} Ruiz, que habló de la cooperación regional en materia migratoria con sus contrapartes, y ")) + "nada más");
        for (var k = 1; k <= n; k++)
        {
            var date = text.Date($"{1 + (k % 28)} de marzo de {1900 + k}", $"{1900 + k}-03-{1 + (k % 28):D2}");
            var person = text.Person($"Ana {Surname(k)} Ruiz", country: "MX");
            text.MeetingOf("GT MX", date, person);
        }

        var meter = new WorkMeter();
        var outer = WorkMeter.Current;
        WorkMeter.Current = meter;
        try
        {
            Assert.Equal(n, text.Draft()!.Meetings.Length);
        }
        finally
        {
            WorkMeter.Current = outer;
        }

        return meter.Steps;
    }

    [Fact]
    public void Tenfold_the_meetings_in_one_endless_sentence_cost_about_tenfold_the_work()
    {
        // Both sentences are longer than the reach of a meeting's words, so the reach is no fixed cost that hides growth.
        var small = StepsOfOneSentence(100);
        var large = StepsOfOneSentence(1000);
        Assert.True(large <= 10 * Slack * small, $"{small} steps for 100, {large} for 1000 ({(double)large / small:F1}x)");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Tenfold_the_text_costs_about_tenfold_the_work(string shape)
    {
        var small = Steps(Text(shape, 20));
        var large = Steps(Text(shape, 200));
        Assert.True(small > 0, "the draft stage counted no work");
        Assert.True(large <= 10 * Slack * small, $"{shape}: {small} steps for 20, {large} for 200 ({(double)large / small:F1}x)");
    }
}
