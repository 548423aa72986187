using System;
using System.Linq;
using Cooperation.Domain.Internal.Text;
using Cooperation.Domain.Tests.Support;

// Flat namespace: a Tests.Countries namespace would hide the Countries class.
namespace Cooperation.Domain.Tests;

public class CountriesTests
{
    [Theory]
    [InlineData("México", "MX")]
    [InlineData("MEXICO", "MX")]
    [InlineData("mexico", "MX")]
    [InlineData("Me\u0301xico", "MX")]          // decomposed accent
    [InlineData("  México  ", "MX")]
    [InlineData("Estados Unidos Mexicanos", "MX")]
    [InlineData("Canadá", "CA")]
    [InlineData("Canada", "CA")]
    [InlineData("Estados Unidos", "US")]
    [InlineData("EE.UU.", "US")]
    [InlineData("EE. UU.", "US")]
    [InlineData("EEUU", "US")]
    [InlineData("EUA", "US")]
    [InlineData("Estados Unidos de América", "US")]
    [InlineData("los Estados Unidos de América", "US")]
    [InlineData("United States", "US")]
    [InlineData("the United States of America", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("Belice", "BZ")]
    [InlineData("Belize", "BZ")]
    [InlineData("República Dominicana", "DO")]
    [InlineData("la República Dominicana", "DO")]
    [InlineData("REPUBLICA DOMINICANA", "DO")]
    [InlineData("El Salvador", "SV")]
    [InlineData("el salvador", "SV")]
    [InlineData("Guatemala", "GT")]
    [InlineData("Honduras", "HN")]
    [InlineData("Panamá", "PA")]
    [InlineData("Colombia", "CO")]
    [InlineData("Costa Rica", "CR")]
    [InlineData("Nicaragua", "NI")]
    [InlineData("Reino Unido", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("the Netherlands", "NL")]
    [InlineData("Holanda", "NL")]
    [InlineData("Países Bajos", "NL")]
    [InlineData("Corea del Sur", "KR")]
    [InlineData("South Korea", "KR")]
    [InlineData("Korea, Republic of", "KR")]
    [InlineData("Republic of Korea", "KR")]
    [InlineData("Corea del Norte", "KP")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Costa de Marfil", "CI")]
    [InlineData("Turquía", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Burma", "MM")]
    [InlineData("Birmania", "MM")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Chequia", "CZ")]
    [InlineData("Russia", "RU")]
    [InlineData("Rusia", "RU")]
    [InlineData("Vatican", "VA")]
    [InlineData("Holy See (Vatican City State)", "VA")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Congo", "CG")]
    [InlineData("The Gambia", "GM")]
    [InlineData("Gambia", "GM")]
    [InlineData("Federación de Rusia", "RU")]
    [InlineData("República Árabe Siria", "SY")]
    [InlineData("República Democrática Popular Lao", "LA")]
    [InlineData("Maldivas", "MV")]
    [InlineData("Bermudas", "BM")]
    [InlineData("Samoa Americana", "AS")]
    [InlineData("Malvinas", "FK")]
    [InlineData("Falklands", "FK")]
    [InlineData("Macau", "MO")]
    [InlineData("Emiratos Árabes", "AE")]
    [InlineData("Bosnia-Herzegovina", "BA")]
    [InlineData("Republic of Congo", "CG")]
    [InlineData("Trinidad", "TT")]
    [InlineData("Antigua", "AG")]
    [InlineData("St. Kitts and Nevis", "KN")]
    [InlineData("St. Lucia", "LC")]
    [InlineData("St Vincent", "VC")]
    [InlineData("St. Martin", "MF")]
    [InlineData("Guyana Francesa", "GF")]
    [InlineData("Islas Feroe", "FO")]
    [InlineData("Hong Kong SAR", "HK")]
    [InlineData("Swazilandia", "SZ")]
    [InlineData("Norcorea", "KP")]
    [InlineData("Surcorea", "KR")]
    [InlineData("Ceilán", "LK")]
    [InlineData("Siam", "TH")]
    [InlineData("Formosa", "TW")]
    [InlineData("Escocia", "GB")]
    [InlineData("Wales", "GB")]
    [InlineData("Irlanda del Norte", "GB")]
    [InlineData("San Martín (parte neerlandesa)", "SX")]
    [InlineData("Argelia", "DZ")]
    [InlineData("Åland Islands", "AX")]
    [InlineData("Curaçao", "CW")]
    [InlineData("\uFF2D\uFF25\uFF38\uFF29\uFF23\uFF2F", "MX")] // fullwidth MEXICO
    [InlineData("Me\u200Bxico", "MX")]                       // zero-width space is invisible, so ignored
    [InlineData("\u202BMéxico\u202C", "MX")]                 // bidi embedding around the name
    [InlineData("TÜRK\u0130YE", "TR")]                        // Turkish dotted capital I
    [InlineData("t\u00FCrk\u0131ye", "TR")]                   // Turkish dotless i
    [InlineData("\u212Aenya", "KE")]                          // Kelvin sign folds to k
    [InlineData("Ru\u017Fsia", "RU")]                         // long s folds to s
    [InlineData("Espan\u0303a", "ES")]                        // decomposed tilde
    [InlineData("US", "US")]
    [InlineData("USA", "US")]
    [InlineData("484", "MX")]
    public void Resolves_names_aliases_and_codes(string text, string alpha2)
    {
        var result = Countries.Find(text);
        Assert.True(result.IsFound, result.Reason);
        Assert.Equal(alpha2, result.Country.Alpha2);
        Assert.Equal(string.Empty, result.Reason);
        Assert.True(Countries.TryFind(text, out var country));
        Assert.Same(result.Country, country);
    }

    [Fact]
    public void Codes_are_tried_before_names()
    {
        Assert.Equal(CountryMatchKind.Code, Countries.Find("USA").MatchKind);
        Assert.Equal(CountryMatchKind.Name, Countries.Find("EUA").MatchKind);
        Assert.Equal(CountryMatchKind.Name, Countries.Find("UK").MatchKind);
    }

    [Theory]
    [InlineData("Mexco", "MX")]
    [InlineData("Guatemla", "GT")]
    [InlineData("Hondruas", "HN")]
    [InlineData("Estados Unidso", "US")]
    [InlineData("Guate", "GT")]
    [InlineData("Colmbia", "CO")]
    public void Misspelt_names_fail_with_the_nearest_suggestions(string text, string expected)
    {
        var result = Countries.Find(text);
        Assert.Equal(CountryLookupStatus.NotFound, result.Status);
        Assert.False(result.IsFound);
        Assert.Null(result.Country);
        Assert.Equal(expected, result.Suggestions[0].Alpha2);
        Assert.InRange(result.Suggestions.Length, 1, Countries.MaxSuggestions);
        Assert.Contains($"\"{text}\"", result.Reason, StringComparison.Ordinal);
        Assert.Contains("Did you mean", result.Reason, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => result.GetCountryOrThrow());
    }

    [Fact]
    public void Unknown_names_with_nothing_near_fail_without_suggestions()
    {
        var result = Countries.Find("Atlantis Federation");
        Assert.Equal(CountryLookupStatus.NotFound, result.Status);
        Assert.Empty(result.Suggestions);
        Assert.DoesNotContain("Did you mean", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_shared_by_two_countries_is_ambiguous()
    {
        var result = Countries.Find("San Martín");
        Assert.Equal(CountryLookupStatus.Ambiguous, result.Status);
        Assert.Equal(["MF", "SX"], result.Candidates.Select(c => c.Alpha2));
        Assert.Contains("more than one country", result.Reason, StringComparison.Ordinal);
        Assert.False(Countries.TryFind("San Martín", out _));

        foreach (var korea in new[] { "Korea", "Corea", "COREA" })
        {
            var koreas = Countries.Find(korea);
            Assert.Equal(CountryLookupStatus.Ambiguous, koreas.Status);
            Assert.Equal(["KP", "KR"], koreas.Candidates.Select(c => c.Alpha2));
        }
    }

    [Theory]
    [InlineData("\uFF14\uFF18\uFF14", "Codes are written with ASCII digits 0-9")] // fullwidth 484
    [InlineData("\u0664\u0668\u0664", "outside the Latin script")]               // Arabic-Indic 484
    public void Non_ASCII_digits_are_not_codes(string text, string reason)
    {
        var result = Countries.Find(text);
        Assert.False(result.IsFound);
        Assert.False(CountryCode.TryParse(text, out _));
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_or_two_letters_get_no_suggestions()
    {
        Assert.Empty(Countries.Find("\u017F").Suggestions);
        Assert.Empty(Countries.Find("qq").Suggestions);
        Assert.Empty(Countries.Suggest("s"));
        Assert.NotEmpty(Countries.Suggest("Mexco"));
    }

    [Theory]
    [InlineData(null, "No text")]
    [InlineData("", "no letters or digits")]
    [InlineData("   ", "no letters or digits")]
    [InlineData("...", "no letters or digits")]
    [InlineData("Mex\u0000ico", "control character")]
    [InlineData("Мексика", "outside the Latin script")]
    [InlineData("\u0664\u0668\u0664", "outside the Latin script")]
    public void Invalid_text_says_why(string? text, string reason)
    {
        var result = Countries.Find(text);
        Assert.Equal(CountryLookupStatus.Invalid, result.Status);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        Assert.False(Countries.TryFind(text, out _));
    }

    [Fact]
    public void Lone_surrogates_are_invalid()
    {
        // Built at run time: attribute metadata cannot carry a lone surrogate.
        var text = new string('\uD800', 1) + "x";
        var result = Countries.Find(text);
        Assert.Equal(CountryLookupStatus.Invalid, result.Status);
        Assert.Contains("\\uD800", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Very_long_input_is_invalid_and_reported_briefly()
    {
        var result = Countries.Find(BadInput.OneMegabyte);
        Assert.Equal(CountryLookupStatus.Invalid, result.Status);
        Assert.Contains("too long", result.Reason, StringComparison.Ordinal);
        Assert.True(result.Reason.Length < 300);
    }

    [Fact]
    public void Every_name_and_alias_in_the_table_finds_its_own_country()
    {
        foreach (var country in Countries.All)
        {
            string?[] spellings = [country.Name.Spanish, country.Name.English, country.OfficialName.Spanish, country.OfficialName.English, .. country.Aliases];
            foreach (var spelling in spellings)
            {
                var result = Countries.Find(spelling);
                if (result.Status == CountryLookupStatus.Ambiguous)
                {
                    Assert.Contains(country, result.Candidates);
                }
                else
                {
                    Assert.True(result.IsFound, $"{country.Alpha2}: {result.Reason}");
                    Assert.Same(country, result.Country);
                }
            }
        }
    }

    [Fact]
    public void Runtime_folding_reproduces_every_key_the_generator_wrote()
    {
        // Each generated key must be reachable: folding it at run time gives itself, so the C# tables and
        // tools/textfold.py agree on the key alphabet and the article rule.
        Span<char> buffer = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        foreach (var row in CountryData.NameKeys)
        {
            Assert.Equal(NameKeyStatus.Success, NameKey.TryFold(row.Key, buffer, out var length));
            Assert.Equal(row.Key, buffer[..length].ToString());
        }

        // And the names shown fold to keys the generator wrote for that row.
        var keys = CountryData.NameKeys.ToLookup(r => r.Key, r => r.Row);
        for (var i = 0; i < CountryData.Rows.Length; i++)
        {
            var row = CountryData.Rows[i];
            foreach (var name in new[] { row.NameEn, row.NameEs, row.OfficialNameEn, row.OfficialNameEs }.Concat(row.Aliases))
            {
                Assert.Equal(NameKeyStatus.Success, NameKey.TryFold(name, buffer, out var length));
                Assert.Contains(i, keys[buffer[..length].ToString()]);
            }
        }
    }

    [Fact]
    public void Table_holds_every_officially_assigned_code_with_both_languages()
    {
        var all = Countries.All;
        Assert.Equal(249, all.Length);
        Assert.Equal(all.Select(c => c.Alpha2).Order(StringComparer.Ordinal), all.Select(c => c.Alpha2));
        Assert.Equal(249, all.Select(c => c.Alpha3).Distinct().Count());
        Assert.Equal(249, all.Select(c => c.Numeric).Distinct().Count());
        Assert.All(all, c =>
        {
            Assert.NotNull(c.Name.Spanish);
            Assert.NotNull(c.Name.English);
            Assert.NotNull(c.OfficialName.Spanish);
            Assert.NotNull(c.OfficialName.English);
        });
        var mexico = Countries.Get(CountryCode.Parse("MX"));
        Assert.Equal("México", mexico.Name.Spanish);
        Assert.Equal("Mexico", mexico.Name.English);
        Assert.Equal("Estados Unidos Mexicanos", mexico.OfficialName.Spanish);
        Assert.Equal("United Mexican States", mexico.OfficialName.English);
        Assert.Equal("MX Mexico", mexico.ToString());
        Assert.False(string.IsNullOrEmpty(Countries.DataVersion));
    }

    [Fact]
    public void Suggest_validates_its_bound_and_ranks_prefixes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Countries.Suggest("Guat", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Countries.Suggest("Guat", 21));
        Assert.Equal("GT", Countries.Suggest("Guat", 1).Single().Alpha2);
        Assert.Empty(Countries.Suggest("\u0000", 3));
    }

    [Fact]
    public void Successful_lookups_allocate_nothing()
    {
        Assert.Equal(0, Allocations.Measure(() => Countries.Find("México")));
        Assert.Equal(0, Allocations.Measure(() => Countries.Find("Estados Unidos de América")));
        Assert.Equal(0, Allocations.Measure(() => Countries.TryFind("EE.UU.", out _)));
        Assert.Equal(0, Allocations.Measure(() => Countries.TryFind("Nowhere Land", out _)));
        Assert.Equal(0, Allocations.Measure(() => Countries.TryFind("\uFF2D\uFF25\uFF38\uFF29\uFF23\uFF2F", out _)));
        Assert.Equal(0, Allocations.Measure(() => Countries.TryFind("Vi\u1EC7t Nam", out _)));
    }
}
