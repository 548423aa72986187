using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.IO;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Globalization;

/// <summary>
/// Runs the key cases of every value type under cultures known to break culture-sensitive code, and requires the
/// transcript to equal the one produced under the invariant culture. CI also runs the whole suite with invariant
/// globalization, where these cultures cannot be created and the matrix degrades to the invariant culture.
/// </summary>
public class CultureMatrixTests
{
    public static TheoryData<string> Cultures => new() { "tr-TR", "ar-SA", "th-TH", "fa-IR", "de-DE" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Key_cases_give_identical_results_under_every_culture(string cultureName)
    {
        // Each culture's transcript must equal the committed one, not merely the invariant culture's of this run: in
        // invariant globalization mode (CI's second pass) the cultures fall back to the invariant culture, and the
        // committed transcript is what proves that mode gives the same answers as ICU. It also pins the answers
        // themselves, so a wrong answer given the same way under every culture fails too.
        var culture = TestCultures.GetOrInvariant(cultureName);
        Assert.Equal(Expected.Value, RunUnder(culture));
    }

    [Fact]
    public void The_invariant_transcript_is_the_committed_one()
        => Snapshot.Verify(this, RunUnder(CultureInfo.InvariantCulture));

    private static readonly Lazy<string> Expected = new(() => File.ReadAllText(
        Path.Combine(Snapshot.Directory, $"{nameof(CultureMatrixTests)}.{nameof(The_invariant_transcript_is_the_committed_one)}.verified.txt")).ReplaceLineEndings("\n"));

    [Fact]
    public void Invariant_globalization_mode_gives_the_same_country_answers()
    {
        // Spot checks that hold with or without ICU; CI runs this whole suite in both modes.
        Assert.Equal("TR", Countries.Find("TÜRKİYE").Country?.Alpha2);
        Assert.Equal("MX", Countries.Find("Me\u0301xico").Country?.Alpha2);
        Assert.Equal("INM", Acronym.Parse("inm").Value);
        Assert.Equal(10, Ordinal.Parse("DÉCIMA").Value);
        Assert.Equal(8, Ordinal.Parse("viii").Value);
        Assert.False(Ordinal.TryParse("PRİMERA", null, out _));
    }


    private static string RunUnder(CultureInfo culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return Transcript();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private static string Transcript()
    {
        var log = new StringBuilder();
        void Line(string what, Func<object?> action)
        {
            string result;
            try
            {
                result = action()?.ToString() ?? "null";
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or JsonException)
            {
                result = ex.GetType().Name + ": " + ex.Message;
            }

            log.Append(what).Append(" => ").Append(result).Append('\n');
        }

        foreach (var code in new[] { "mx", "MEX", "484", "tur", "irl", "032", "XK", "ıtA", "İTA" })
        {
            Line("code " + code, () => CountryCode.Parse(code).ToString("N", null) + " " + CountryCode.Parse(code));
        }

        foreach (var name in new[] { "México", "MEXICO", "istanbul", "TÜRKİYE", "türkiye", "Turquía", "IRAN", "irán", "Italia", "ITALIA", "Mexco", "San Martín" })
        {
            Line("find " + name, () => Countries.Find(name).ToString());
        }

        foreach (var acronym in new[] { "inm", "sedena", "iirc", "GANSEG", "ıNM" })
        {
            Line("acronym " + acronym, () => Acronym.Parse(acronym));
        }

        foreach (var id in new[] { "mx-sre", "MX-SRE", "int-iom" })
        {
            Line("id " + id, () => InstitutionId.Parse(id));
        }

        foreach (var ordinal in new[] { "8ª", "1ST", "21st", "11st", "VIII", "viii", "décima", "DÉCIMA", "PRİMERA", "prımera", "DECIMOTERCERA", "\u0668th" })
        {
            Line("ordinal " + ordinal, () => Ordinal.Parse(ordinal).ToString() + " " + Ordinal.Parse(ordinal).ToString("SF", null) + " " + Ordinal.Parse(ordinal).ToString("R", null));
        }

        foreach (var date in new[] { "2013", "2008-07", "2017-04-25", "2023-02-29", "03/02/2024" })
        {
            Line("date " + date, () => PartialDate.Parse(date).ToString() + " " + PartialDate.Parse(date).Earliest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        Line("vocabulary", () => MeetingKind.Parse("MID-TERM").ToString("S", null) + " / " + DelegationRole.CoChair.Label.English);
        Line("meeting json", () => CooperationJson.WriteString(Cooperation.Domain.Tests.Model.SeedFacts.ConsularMidTerm2023()));
        Line("cadence", () => CadenceSchedule.Assess(Cooperation.Domain.Tests.Model.SeedFacts.ConsularDialogue(), [Cooperation.Domain.Tests.Model.SeedFacts.ConsularMidTerm2023()], new NodaTime.LocalDate(2023, 12, 1)).ToString());
        Line("bad json", () => CooperationJson.Read<Meeting>("{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2023-13\"}"));

        Line("name", () => PersonName.From("  Luis   Rodríguez Bucio "));
        Line("text", () => LocalizedText.Create("Dirección General de Protección Consular", "Directorate-General"));
        Line("json", () => JsonSerializer.Serialize(new Dictionary<CountryCode, Acronym> { [CountryCode.Parse("HN")] = Acronym.Parse("gans") }));
        foreach (var language in new[] { Language.English, Language.Spanish })
        {
            Line("rules " + language, () => Cooperation.Domain.Tests.Rules.ReportOutput.Text(Cooperation.Domain.Rules.Validator.Validate(
                Cooperation.Domain.Tests.Rules.ValidatorTests.Faulty(),
                Cooperation.Domain.Rules.ValidationOptions.Default.WithAsOf(Cooperation.Domain.Tests.Rules.RuleFixtures.AsOf).WithLanguage(language))));
        }

        return log.ToString();
    }
}
