using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Cooperation.Domain.Tests.Rules;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Serialization.Hostile;

/// <summary>
/// The disagreements and messages the attacker's sweep found in the catalog readers (issue 20, point 5): one rule for
/// every reader on <c>{}"</c>, an unknown member of a document without <c>format</c> that says format 1 was assumed, and
/// model errors (cadence) in the library's words, culture-free, on one line.
/// </summary>
public sealed class ReaderMessageTests
{
    private static (string Reason, string? Path, long? Line, long? Column) Read(Func<CooperationCatalog> read)
    {
        var error = Assert.Throws<CooperationJsonException>(() => read());
        return (error.Reason, error.Path, error.LineNumber, error.BytePositionInLine);
    }

    private static void AssertAllReadersAgree(byte[] bytes, string reason)
    {
        var fromBytes = Read(() => CooperationJson.ReadCatalog(bytes));
        Assert.Equal(reason, fromBytes.Reason);
        foreach (var chunk in (ReadOnlySpan<int>)[1, 2, 4096])
        {
            Assert.Equal(fromBytes, Read(() => CooperationJson.ReadCatalog(new TrickleStream(bytes, chunk))));
        }

        Assert.Equal(fromBytes, Read(() => CooperationJson.ReadCatalogAsync(new MemoryStream(bytes)).GetAwaiter().GetResult()));
        Assert.Equal(fromBytes, Read(() => CooperationJson.Read<CooperationCatalog>(Encoding.UTF8.GetString(bytes))));
    }

    [Theory]
    [InlineData("{}\"")]
    [InlineData("{} x")]
    [InlineData("{}{}")]
    [InlineData("{\n}\n\"")]
    public void A_catalog_without_format_followed_by_more_is_refused_alike_by_every_reader(string json)
        => AssertAllReadersAgree(Encoding.UTF8.GetBytes(json), "The required member \"format\" is missing from a catalog.");

    [Fact]
    public void A_format_2_member_after_a_collection_without_format_is_refused_alike_by_every_reader()
        => AssertAllReadersAgree(
            Encoding.UTF8.GetBytes("{\"sources\": [], \"people\": []}"),
            "The member \"people\" belongs to format \"cooperation-catalog/2\", whose documents start with \"format\".");

    [Theory]
    [InlineData("{\"nmae\": 1}")]
    [InlineData("{\"sources\": [], \"nmae\": 1}")]
    public void An_unknown_member_before_any_format_says_that_format_1_was_assumed(string json)
        => AssertAllReadersAgree(
            Encoding.UTF8.GetBytes(json),
            "Unknown member \"nmae\" in a catalog. Allowed: format, sources, institutions, mechanisms, meetings (the members of format \"cooperation-catalog/1\", assumed because no \"format\" member comes before this one; a document of format \"cooperation-catalog/2\" starts with \"format\": \"cooperation-catalog/2\").");

    [Fact]
    public void An_unknown_member_after_the_format_lists_that_format_s_members_only()
    {
        var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog("{\"format\": \"cooperation-catalog/1\", \"nmae\": 1}"u8));
        Assert.Equal("Unknown member \"nmae\" in a catalog. Allowed: format, sources, institutions, mechanisms, meetings.", error.Reason);
    }

    public static TheoryData<string, string> CadenceErrors() => new()
    {
        { "{ \"kind\": \"annual\", \"preferredMonth\": 13 }", "A month is 1 to 12, not 13." },
        { "{ \"kind\": \"every-n-months\", \"intervalMonths\": 121 }", "An interval is 1 to 120 months, not 121." },
        { "{ \"kind\": \"annual\", \"preferredMonth\": 4, \"midTermMonth\": 4 }", "The mid-term meeting cannot fall in a month of the ordinary meetings: month 4 is one." },
    };

    [Theory]
    [MemberData(nameof(CadenceErrors))]
    public void A_cadence_error_is_said_in_the_library_s_words_on_one_line_under_every_culture(string cadence, string reason)
    {
        var json = RuleFixtures.CleanJson.Replace("\"cadence\": { \"kind\": \"annual\", \"preferredMonth\": 4 }", "\"cadence\": " + cadence, StringComparison.Ordinal);
        Assert.NotEqual(RuleFixtures.CleanJson, json);
        var before = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "ar-SA", "fa-IR", "de-DE", string.Empty })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = TestCultures.GetOrInvariant(name);
                var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(json)));
                Assert.Equal("Invalid Cadence: " + reason, error.Reason);
                Assert.DoesNotContain('\n', error.Message);
                Assert.DoesNotContain('\u061C', error.Message);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_model_error_on_two_lines_is_said_on_one()
        => Assert.Equal("A month is 1 to 12. Actual value was 13.", Cooperation.Domain.Serialization.JsonReadError.Clean("A month is 1 to 12.\r\nActual value was 13."));
}
