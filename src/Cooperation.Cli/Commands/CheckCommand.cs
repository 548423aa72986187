using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using Cooperation.Domain.Rules;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation check [FILE...]</c>: validates catalogs against the rules.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Catalog files (JSON) to check. Without any, the reference catalog that ships with the tool is checked.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = CommonOptions.Format("text", [.. ReportFormats.All.Select(static f => f.Name)]);
        var asOf = CommonOptions.AsOf("The date the time-based rules judge from (overdue mechanisms, held meetings in the future); YYYY-MM-DD, default today.");
        var severity = new Option<SeverityOverride[]>("--severity")
        {
            Description = $"Change a rule's severity: ID=LEVEL, LEVEL being {SeverityOverride.Levels} (repeatable).",
            HelpName = "ID=LEVEL",
            Arity = ArgumentArity.OneOrMore,
            CustomParser = SeverityOverride.ParseAll,
        };
        var minimum = new Option<Severity?>("--min-severity")
        {
            Description = "Report only diagnostics of this severity or above: error, warning or info (default).",
            HelpName = "LEVEL",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (SeverityNames.TryParse(text, out var level))
                {
                    return level;
                }

                result.AddError($"--min-severity: \"{text}\" is not a severity; use error, warning or info.");
                return null;
            },
        };
        var language = CommonOptions.Language();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print, on standard error, how long each file took and the peak memory." };
        var sources = new Option<string?>("--sources")
        {
            Description = "A folder of the sources' archived copies: check every quote against its source (COOP7006) and each copy's SHA-256 (COOP7008).",
            HelpName = "DIR",
        };

        var config = new Option<string?>("--config")
        {
            Description = $"A configuration file to use instead of the {ValidationConfiguration.FileName} files found from each catalog's folder upward.",
            HelpName = "FILE",
        };
        var noConfig = new Option<bool>("--no-config") { Description = $"Use no configuration file ({ValidationConfiguration.FileName} files are ignored)." };

        var suppressions = new Option<string?>("--suppressions")
        {
            Description = "A suppressions file (cooperation-suppressions/1) that accepts findings by subject path, instead of the one the configuration names.",
            HelpName = "FILE",
        };
        var baselineFile = new Option<string?>("--baseline")
        {
            Description = "A previous SARIF log or JSON report of this tool: report only the findings that are not in it (SARIF gives every result its baselineState).",
            HelpName = "FILE",
        };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Write this run's findings to FILE as a baseline: SARIF when FILE ends in .sarif, the JSON report otherwise.",
            HelpName = "FILE",
        };

        var command = new Command("check", "Validate catalogs against the domain rules. Exit code 0: no errors; 1: the data has errors (against a baseline: new errors); 2: an input cannot be read.")
        {
            files, format, asOf, severity, minimum, language, verbose, sources, config, noConfig, suppressions, baselineFile, writeBaseline,
        };
        command.SetAction(result =>
        {
            SourceTexts? texts = null;
            if (result.GetValue(sources) is { } folder)
            {
                if (!Directory.Exists(folder))
                {
                    console.Error.WriteLine($"cooperation: error: --sources: {folder}: no such folder.");
                    return ExitCodes.CannotRun;
                }

                texts = SourceTexts.FromDirectory(folder);
            }

            if (result.GetValue(noConfig) && result.GetValue(config) is not null)
            {
                console.Error.WriteLine("cooperation: error: --config and --no-config exclude each other.");
                return ExitCodes.CannotRun;
            }

            SuppressionFile? suppressionFile = null;
            Baseline? baseline = null;
            try
            {
                if (result.GetValue(suppressions) is { } named)
                {
                    suppressionFile = SuppressionFile.Load(named);
                }

                if (result.GetValue(baselineFile) is { } known)
                {
                    baseline = Baseline.Load(known);
                }
            }
            catch (Exception e) when (e is ValidationConfigurationException or BaselineFormatException or IOException)
            {
                console.Error.WriteLine($"cooperation: error: {e.Message}");
                return ExitCodes.CannotRun;
            }

            // Every file the run reads, which --write-baseline never writes over: the catalogs, the configuration files
            // read, the suppressions file and the baseline.
            var inputs = new List<string?>(result.GetValue(files) ?? []) { result.GetValue(suppressions), result.GetValue(baselineFile), result.GetValue(config) };

            // The options of one document: the configuration that applies to it, then what the command line says.
            ValidationOptions OptionsFor(string? file)
            {
                var settings = result.GetValue(noConfig) ? ValidationConfiguration.Empty
                    : result.GetValue(config) is { } explicitFile ? ValidationConfiguration.Load(explicitFile)
                    : ValidationConfiguration.Find(file is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(file))!);
                inputs.AddRange(settings.Files);
                inputs.Add(settings.SuppressionsFile);
                var options = settings.ApplyTo(ValidationOptions.Default.WithAsOf(console.Today), console.Today);
                if (result.GetValue(asOf) is { } day)
                {
                    options = options.WithAsOf(day);
                }

                if (result.GetValue(language) is { } chosen)
                {
                    options = options.WithLanguage(chosen);
                }

                if (result.GetValue(minimum) is { } least)
                {
                    options = options.WithMinimumSeverity(least);
                }

                foreach (var change in result.GetValue(severity) ?? [])
                {
                    options = change.ApplyTo(options);
                }

                if (suppressionFile is not null)
                {
                    options = options.WithSuppressions(suppressionFile);
                }

                return texts is null ? options : options.WithSourceTexts(texts);
            }

            return Run(result.GetValue(files) ?? [], result.GetRequiredValue(format), OptionsFor, result.GetValue(verbose), console, baseline, result.GetValue(writeBaseline), inputs);
        });
        return command;
    }

    private static int Run(string[] files, string format, Func<string?, ValidationOptions> optionsFor, bool verbose, CliConsole console, Baseline? baseline, string? writeBaseline, List<string?> inputs)
    {
        var reports = new List<ValidationReport>();
        var failures = new List<string>();
        if (files.Length == 0)
        {
            try
            {
                reports.Add(Validator.Validate(ReferenceCatalog.Document, optionsFor(null)));
            }
            catch (Exception e) when (e is ValidationConfigurationException or IOException)
            {
                failures.Add(e.Message);
            }
        }

        foreach (var file in files)
        {
            // Every file is checked and every unreadable one reported before anything is written, so that a partial
            // result never reaches standard output.
            try
            {
                reports.Add(CheckFile(file, optionsFor(file), verbose, console));
            }
            catch (Exception e) when (e is ValidationConfigurationException or IOException)
            {
                failures.Add(e.Message);
            }
            catch (CliException e)
            {
                failures.Add(e.Message);
            }
        }

        if (failures.Count > 0)
        {
            foreach (var failure in failures)
            {
                console.Error.WriteLine($"cooperation: error: {failure}");
            }

            return ExitCodes.CannotRun;
        }

        var comparison = baseline?.Compare(reports);
        if (writeBaseline is not null)
        {
            try
            {
                WriteBaseline(writeBaseline, reports, inputs);
            }
            catch (CliException e)
            {
                console.Error.WriteLine($"cooperation: error: {e.Message}");
                return ExitCodes.CannotRun;
            }
        }

        if (format == "text")
        {
            // On the terminal: the text format's layout, wrapped and in colour.
            for (var i = 0; i < reports.Count; i++)
            {
                if (i > 0)
                {
                    console.Out.WriteLine();
                }

                ReportText.Write(reports[i], console, comparison);
            }
        }
        else
        {
            ReportFormats.Create(format, new ReportWriterOptions { Baseline = comparison }).Write(reports, console.StandardOutput);
        }

        // The baseline's documents this run did not check are said, not dropped: their findings are neither new nor absent.
        if (comparison is not null)
        {
            foreach (var line in comparison.NotCheckedLines(reports.Count > 0 ? reports[0].Language : Language.English))
            {
                console.Error.WriteLine($"cooperation: note: {line}");
            }
        }

        if (verbose)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Progress.Megabytes(Process.GetCurrentProcess().PeakWorkingSet64)}"));
        }

        var failed = comparison is null
            ? reports.Any(r => r.HasErrors)
            : reports.Any(r => r.Diagnostics.Any(d => d.Severity == Severity.Error && comparison.IsNew(d)));
        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    // The run's findings, written as every file the tool writes (WriteTarget): never over one of the run's inputs, a
    // read-only file or a directory; a regular file by a safe replace, so that a failed write never leaves half a
    // baseline; a device or a FIFO in place.
    private static void WriteBaseline(string path, List<ValidationReport> reports, List<string?> inputs)
    {
        var writer = path.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase) ? ReportFormats.Create("sarif") : ReportFormats.Create("json");
        WriteTarget.Resolve(path, "--write-baseline: ", allowStreams: true, WriteTarget.Identify(inputs)).Write(stream => writer.Write(reports, stream));
    }

    private static ValidationReport CheckFile(string file, ValidationOptions options, bool verbose, CliConsole console)
    {
        var clock = Stopwatch.StartNew();
        var document = CatalogLoader.Load(file, console);
        var read = clock.Elapsed;
        var size = CatalogLoader.SizeOf(file);
        ValidationReport report;
        using (var progress = Progress.For(console, size))
        {
            progress.Stage($"Validating {Path.GetFileName(file)}");
            report = Validator.Validate(document, options);
        }

        if (verbose)
        {
            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{file}: read {Progress.Megabytes(size)} in {read.TotalSeconds:0.00} s, validated in {(clock.Elapsed - read).TotalSeconds:0.00} s"));
        }

        return report;
    }
}
