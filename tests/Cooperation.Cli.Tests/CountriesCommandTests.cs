using System;
using System.Text.Json;
using Cooperation.Cli.Tests.Support;

namespace Cooperation.Cli.Tests;

public class CountriesCommandTests
{
    [Theory]
    [InlineData("EE.UU.", "US\tUSA\t840\tUnited States\tEstados Unidos")]
    [InlineData("484", "MX\tMEX\t484\tMexico\tMéxico")]
    [InlineData("méxico", "MX\tMEX\t484\tMexico\tMéxico")]
    [InlineData("BLZ", "BZ\tBLZ\t084\tBelize\tBelice")]
    [InlineData("Reino Unido", "GB\tGBR\t826\tUnited Kingdom\tReino Unido")]
    public void A_match_exits_0_with_its_codes_and_names_on_the_first_line(string text, string line)
    {
        var result = Tool.Run("countries", "find", text);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(line, result.OutputLines[0]);
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public void Json_holds_the_same()
    {
        using var json = JsonDocument.Parse(Tool.Run("countries", "find", "Guatemala", "--format", "json").StandardOutput);
        Assert.Equal("GTM", json.RootElement.GetProperty("alpha3").GetString());
        Assert.Equal(320, json.RootElement.GetProperty("numeric").GetInt32());
    }

    [Fact]
    public void No_match_exits_1_with_the_nearest_suggestions_on_stderr()
    {
        var result = Tool.Run("countries", "find", "Mexco");
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains("Nearest matches:\n  MX\tMEX\t484\tMexico\tMéxico\n", result.StandardError, StringComparison.Ordinal);

        var ambiguous = Tool.Run("countries", "find", "Korea");
        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Empty(ambiguous.StandardOutput);
        Assert.Contains("Candidates:\n  KP\tPRK\t408\tNorth Korea\tCorea del Norte\n  KR\tKOR\t410\tSouth Korea\tCorea del Sur\n", ambiguous.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_cannot_name_a_country_is_a_bad_argument()
    {
        var result = Tool.Run("countries", "find", "  ");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.StartsWith("cooperation: error: countries find: ", result.StandardError, StringComparison.Ordinal);
    }
}
