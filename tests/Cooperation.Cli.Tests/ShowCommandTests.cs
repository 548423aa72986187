using System;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

public sealed class ShowCommandTests : IDisposable
{
    private readonly ScratchFolder _files = new("show");

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_mechanism_in_full()
    {
        var result = Tool.Run("show", "mx-us-consular-dialogue");
        Assert.Equal(0, result.ExitCode);
        // The sources name it only in Spanish: the English page shows that name once, with no "also" line.
        Assert.Equal("Diálogo Consular México-Estados Unidos", result.OutputLines[0]);
        Assert.DoesNotContain(result.OutputLines, l => l.StartsWith("  also", StringComparison.Ordinal));
        Assert.Contains("  id             mx-us-consular-dialogue", result.OutputLines);
        Assert.Contains("  established    2013", result.OutputLines);
        Assert.Contains("  parties", result.OutputLines);
        Assert.Contains("    - US (United States) — Member", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.Contains("mx-us-consular-dialogue-2023-10 (planned)", StringComparison.Ordinal));
        Assert.All(result.OutputLines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void A_meeting_with_its_delegations_in_spanish()
    {
        var result = Tool.Run("show", "mx-us-2021-05-13", "--lang", "es");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  fechas         2021-05-13", result.OutputLines);
        Assert.Contains("  delegaciones", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith("    - MX (México)", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.Contains("Rosa Icela Rodríguez", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("      - Copresidencia: ", StringComparison.Ordinal) || l.StartsWith("      - Jefatura de delegación: ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_institution_and_a_source()
    {
        var institution = Tool.Run("show", "ca-ircc");
        Assert.Equal(0, institution.ExitCode);
        Assert.Contains("  country        CA — Canada", institution.OutputLines);
        Assert.Contains("  meetings", institution.OutputLines);

        var file = _files.Write("catalog.json", Catalogs.Clean);
        var source = Tool.Run("show", "s1", "--catalog", file);
        Assert.Equal(["Joint statement", "  id             s1", "  kind           Press release", "  publisher      SRE", "  date           2025-03-05", "  language       es"], source.OutputLines);
    }

    [Theory]
    [InlineData("en", "Secretariat of Foreign Affairs (SRE)", "  also           Secretaría de Relaciones Exteriores")]
    [InlineData("es", "Secretaría de Relaciones Exteriores (SRE)", "  también        Secretariat of Foreign Affairs")]
    public void A_name_in_both_languages_shows_the_other_one_too(string language, string title, string also)
    {
        // The SRE is named in Spanish by three sources and in English by the 2011 presentation.
        var result = Tool.Run("show", "mx-sre", "--lang", language);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([title, also], result.OutputLines[..2]);
    }

    [Theory]
    [InlineData("mx-segob-ug", "en", "Unidad de Gobierno")]
    [InlineData("mx-hn-gans", "es", "Mexico-Honduras High-Level Group on Security (GANS)")]
    public void A_name_in_one_language_is_shown_once_in_either(string id, string language, string title)
    {
        var result = Tool.Run("show", id, "--lang", language);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(title, result.OutputLines[0]);
        Assert.DoesNotContain(result.OutputLines, l => l.StartsWith("  also", StringComparison.Ordinal) || l.StartsWith("  también", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_id_exits_1_with_suggestions_on_stderr()
    {
        var result = Tool.Run("show", "danm");
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Equal("cooperation: no mechanism, meeting, institution or source has the id \"danm\".\nDid you mean:\n  mx-ca-danm\n  mx-ca-danm-2017-04-25\n", result.StandardError);

        var blank = Tool.Run("show", "  ");
        Assert.Equal((2, 0), (blank.ExitCode, blank.StandardOutput.Length));
        Assert.Equal("cooperation: error: show: the id is empty; give the id of a mechanism, meeting, institution or source.\n", blank.StandardError);

        var nothingClose = Tool.Run("show", "Not An Id!");
        Assert.Equal(1, nothingClose.ExitCode);
        Assert.DoesNotContain("Did you mean", nothingClose.StandardError, StringComparison.Ordinal);
    }
}
