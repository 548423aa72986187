using System.Linq;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests;

/// <summary>
/// The forms of a name a look-up tries when the name itself is not in the table: qualifiers in parentheses or after a
/// comma, abbreviations, saints and conjunctions. They find only names the table holds, never another country, and a
/// shared name stays ambiguous.
/// </summary>
public class CountryNameFormsTests
{
    [Theory]
    [InlineData("Netherlands (Kingdom of the)", "NL")]          // ISO's qualifier before the name
    [InlineData("Congo (the Democratic Republic of the)", "CD")]
    [InlineData("Congo (the)", "CG")]                           // an article alone is dropped
    [InlineData("Falkland Islands (the) [Malvinas]", "FK")]     // a bracket is dropped
    [InlineData("Cocos (Keeling) Islands (the)", "CC")]         // only the last parenthesis is a qualifier
    [InlineData("Países Bajos (Reino de los)", "NL")]
    [InlineData("Moldavia (la República de)", "MD")]
    [InlineData("Estados Unidos de América (los)", "US")]
    [InlineData("Tanzania, the United Republic of", "TZ")]      // comma inversion
    [InlineData("Palestina, Estado de", "PS")]
    [InlineData("Gambia, The", "GM")]
    [InlineData("China, Hong Kong Special Administrative Region", "HK")] // "of" between qualifier and name
    [InlineData("Korea, Rep.", "KR")]                           // and an abbreviation spelt out
    [InlineData("Korea, Dem. People's Rep.", "KP")]
    [InlineData("Egypt, Arab Rep.", "EG")]
    [InlineData("Micronesia, Fed. Sts.", "FM")]
    [InlineData("Micronesia (Fed. States of)", "FM")]
    [InlineData("Czech Rep.", "CZ")]
    [InlineData("Rep. Dominicana", "DO")]
    [InlineData("St. Lucia", "LC")]
    [InlineData("St. Martin (French part)", "MF")]
    [InlineData("St. Maarten", "SX")]                           // a saint named another way
    [InlineData("Sao Tomé y Príncipe", "ST")]
    [InlineData("São Tomé e Príncipe", "ST")]                   // a conjunction in another language
    [InlineData("Saint Kitts y Nevis", "KN")]
    [InlineData("Saint-Pierre y Miquelón", "PM")]
    [InlineData("Trinidad & Tobago", "TT")]
    [InlineData("St. Vincent & the Grenadines", "VC")]
    public void Other_forms_of_a_name_resolve(string name, string code)
    {
        var result = Countries.Find(name);
        Assert.True(result.IsFound, result.Reason);
        Assert.Equal(code, result.Country!.Alpha2);
        Assert.Equal(CountryMatchKind.Name, result.MatchKind);
        Assert.True(Countries.TryFind(name, out var country));
        Assert.Equal(code, country.Alpha2);
    }

    [Theory]
    [InlineData("Korea (the)", "KP", "KR")]
    [InlineData("Virgin Islands (the)", "VG", "VI")]
    [InlineData("Corea, la", "KP", "KR")]
    public void A_shared_name_in_another_form_stays_ambiguous(string name, string first, string second)
    {
        var result = Countries.Find(name);
        Assert.Equal(CountryLookupStatus.Ambiguous, result.Status);
        Assert.Equal([first, second], result.Candidates.Select(c => c.Alpha2));
        Assert.False(Countries.TryFind(name, out _));
    }

    [Theory]
    [InlineData("Congo (Kinshasa)", "CD")]   // a qualifier that distinguishes is never dropped
    [InlineData("Saint Martin", "MF")]       // the name itself wins over its other forms
    [InlineData("Sint Maarten", "SX")]
    public void Forms_never_override_the_name_itself(string name, string code) => Assert.Equal(code, Countries.Find(name).Country?.Alpha2);

    [Theory]
    [InlineData("Mexico, Guatemala")]
    [InlineData("Santo Domingo")]
    [InlineData("San Salvador")]
    [InlineData("St. Louis")]
    [InlineData("Guatemala (City)")]
    [InlineData("Panama (Canal)")]
    public void Forms_find_no_country_where_there_is_none(string name)
    {
        Assert.Equal(CountryLookupStatus.NotFound, Countries.Find(name).Status);
        Assert.False(Countries.TryFind(name, out _));
    }

    [Fact]
    public void Trying_forms_allocates_nothing()
    {
        Assert.Equal(0, Allocations.Measure(() => Countries.TryFind("Korea, Dem. People's Rep.", out _)));
        Assert.Equal(0, Allocations.Measure(() => Countries.TryFind("St. Vincent & the Grenadines", out _)));
        Assert.Equal(0, Allocations.Measure(() => Countries.TryFind("San Nada y St. Nunca e Sta. Jamás (Rep. Fed. Dem. de las)", out _)));
        Assert.Equal(0, Allocations.Measure(() => Countries.Find("Netherlands (Kingdom of the)")));
    }

    [Fact]
    public void Long_names_and_many_saints_are_bounded_and_not_found()
    {
        // 24 words: every word has 11 spellings, but each arrangement tries at most 64; more words are not rearranged.
        var saints = string.Join(' ', Enumerable.Repeat("St", 24));
        Assert.Equal(CountryLookupStatus.NotFound, Countries.Find(saints).Status);
        var tooMany = string.Join(' ', Enumerable.Repeat("y", 120));
        Assert.Equal(CountryLookupStatus.NotFound, Countries.Find(tooMany).Status);
        Assert.False(Countries.TryFind(tooMany + " (Rep. of)", out _));
    }
}
