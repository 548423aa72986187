using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using Cooperation.Domain;
using NodaTime;

namespace Cooperation.Cli.Input;

/// <summary>Options several commands share, with their parsing: a bad value is a parse error (exit code 2).</summary>
internal static class CommonOptions
{
    public static Option<string> Format(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => defaultFormat,
            HelpName = "FORMAT",
        };
        return option.AcceptOnlyFromAmong(formats);
    }

    /// <summary><c>--as-of DATE</c>: a full ISO date or "today"; null (today) when absent.</summary>
    public static Option<LocalDate?> AsOf(string description) => new("--as-of")
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = ParseAsOf,
    };

    /// <summary><c>--lang en|es</c>; absent means English (<see cref="LanguageOf"/>).</summary>
    public static Option<Language?> Language() => new("--lang")
    {
        Description = "Language of names and messages: en (default) or es.",
        HelpName = "en|es",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (string.Equals(text, "en", StringComparison.OrdinalIgnoreCase))
            {
                return Domain.Language.English;
            }

            if (string.Equals(text, "es", StringComparison.OrdinalIgnoreCase))
            {
                return Domain.Language.Spanish;
            }

            result.AddError($"--lang: \"{text}\" is not a language of the catalog; use en or es.");
            return null;
        },
    };

    /// <summary>The language asked for with <see cref="Language"/>, English when none was.</summary>
    public static Language LanguageOf(this ParseResult result, Option<Language?> option) => result.GetValue(option) ?? Domain.Language.English;

    /// <summary><c>--catalog FILE</c>, repeatable: the catalogs to explore instead of the reference catalog.</summary>
    public static Option<string[]> Catalogs() => new("--catalog", "-c")
    {
        Description = "A catalog file to use instead of the reference catalog (repeatable; files are merged in order).",
        HelpName = "FILE",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>A date filter: a partial date (2021, 2021-08, 2021-08-31); <paramref name="end"/> takes its last day.</summary>
    public static Option<LocalDate?> DateBound(string name, bool end, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (PartialDate.TryParse(text, out var date))
            {
                return end ? date.Latest : date.Earliest;
            }

            result.AddError($"{name}: \"{text}\" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.");
            return null;
        },
    };

    private static LocalDate? ParseAsOf(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (string.Equals(text, "today", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date) && date.Precision == PartialDatePrecision.Day)
        {
            return date.Earliest;
        }

        result.AddError($"--as-of: \"{text}\" is not a date; use YYYY-MM-DD (or \"today\").");
        return null;
    }
}
