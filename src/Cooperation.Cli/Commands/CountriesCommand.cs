using System.CommandLine;
using System.Linq;
using System.Text.Json;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation countries find TEXT</c>: resolves a code or a name in English or Spanish.</summary>
internal static class CountriesCommand
{
    public static Command Create(CliConsole console)
    {
        var text = new Argument<string>("TEXT") { Description = "A code (MX, MEX, 484) or a name in English or Spanish (Mexico, México, EE.UU.)." };
        var format = CommonOptions.Format("text", "text", "json");
        var find = new Command(
            "find",
            "Resolve a country. On success the first line is: alpha-2, alpha-3, numeric, English name, Spanish name (separated by tabs). " +
            "Exit code 1 when nothing matches (the nearest names are suggested on standard error).")
        {
            text, format,
        };
        find.SetAction(result => Find(result.GetRequiredValue(text), result.GetRequiredValue(format), console));
        return new Command("countries", "Look up ISO 3166-1 countries.") { find };
    }

    private static int Find(string text, string format, CliConsole console)
    {
        var lookup = Countries.Find(text);
        if (lookup.IsFound)
        {
            var country = lookup.Country!;
            if (format == "json")
            {
                using (var writer = new Utf8JsonWriter(console.StandardOutput, EntityJson.Options))
                {
                    EntityJson.WriteCountry(writer, country);
                }

                console.StandardOutput.Write("\n"u8);
            }
            else
            {
                console.Out.WriteLine(CountrySuggestions.Line(country));
                if (!country.OfficialName.IsDefault)
                {
                    console.Out.WriteLine($"official name: {string.Join(" / ", new[] { country.OfficialName.English, country.OfficialName.Spanish }.Where(n => n is not null))}");
                }
            }

            return ExitCodes.Success;
        }

        if (lookup.Status == CountryLookupStatus.Invalid)
        {
            throw new CliException($"countries find: {lookup.Reason}");
        }

        console.Error.WriteLine($"cooperation: {lookup.Reason}");
        foreach (var line in CountrySuggestions.Lines(lookup))
        {
            console.Error.WriteLine(line);
        }

        return ExitCodes.Failure;
    }
}
