using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Cooperation.Domain;

namespace Cooperation.Cli.Input;

/// <summary>An option whose value is one of a closed vocabulary (by its kebab-case name); the error lists them all.</summary>
internal static class VocabularyOption
{
    public static Option<T?> Create<T>(string name, string what)
        where T : VocabularyValue<T>
    {
        var names = string.Join(", ", VocabularyValue<T>.All.Select(v => v.Name));
        return new Option<T?>(name)
        {
            Description = $"Only {what}: {names}.",
            HelpName = "NAME",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (VocabularyValue<T>.TryParse(text, out var value))
                {
                    return value;
                }

                result.AddError($"{name}: \"{text}\" is not one of {names}.");
                return null;
            },
        };
    }

    public static Option<CountryCode?> Country(string description) => new("--country")
    {
        Description = description + " A code (MX, MEX, 484) or a name in English or Spanish.",
        HelpName = "COUNTRY",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            var lookup = Countries.Find(text);
            if (lookup.IsFound)
            {
                return lookup.Country!.Code;
            }

            // The suggestions of "countries find": the nearest names, or every country a name may mean.
            var lines = new List<string> { $"--country: {lookup.Reason}" };
            lines.AddRange(CountrySuggestions.Lines(lookup));
            if (lines.Count == 1 && lookup.Status != CountryLookupStatus.Invalid)
            {
                lines.Add("No country's name is near it; \"cooperation list countries --all\" lists them all.");
            }

            result.AddError(string.Join("\n", lines));
            return null;
        },
    };
}
