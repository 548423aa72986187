using System.Collections.Generic;
using System.Globalization;
using Cooperation.Domain;

namespace Cooperation.Cli.Input;

/// <summary>What a failed country look-up suggests, the same for <c>countries find</c> and <c>--country</c>.</summary>
internal static class CountrySuggestions
{
    /// <summary>A country on one line, as <c>countries find</c> gives it: "MX	MEX	484	Mexico	México".</summary>
    public static string Line(Country country)
        => string.Join('\t', country.Alpha2, country.Alpha3, country.Numeric.ToString("000", CultureInfo.InvariantCulture), country.Name.English, country.Name.Spanish);

    /// <summary>"Nearest matches:" or, for a name of several countries, "Candidates:", then one line per country.</summary>
    public static IEnumerable<string> Lines(CountryLookupResult lookup)
    {
        var ambiguous = lookup.Status == CountryLookupStatus.Ambiguous;
        var others = ambiguous ? lookup.Candidates : lookup.Suggestions;
        if (others.IsDefaultOrEmpty)
        {
            yield break;
        }

        yield return ambiguous ? "Candidates:" : "Nearest matches:";
        foreach (var country in others)
        {
            yield return "  " + Line(country);
        }
    }
}
