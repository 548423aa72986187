using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using Cooperation.Domain.Merge;

namespace Cooperation.Cli.Commands;

/// <summary>
/// <c>cooperation merge CATALOG DRAFT...</c>: drafts merged into a catalog (<see cref="CatalogMerge"/>). The merged
/// catalog, in canonical form, goes to <c>--output</c> or standard output; the report goes to standard error, in the
/// format asked. Exit code 0 when nothing is left unresolved, 1 when conflicts are (the merged catalog is still
/// written), 2 when an input cannot be read or merged, or the output cannot be written (then nothing is written).
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CliConsole console)
    {
        var catalog = new Argument<string>("CATALOG") { Description = "The catalog file (JSON, format 1 or 2)." };
        var drafts = new Argument<string[]>("DRAFT")
        {
            Description = "Draft catalog files (format 2), such as extract writes, merged in order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the merged catalog to FILE instead of standard output: never one of the inputs; a file is written beside and renamed over it, a FIFO or a device in place.",
            HelpName = "FILE",
        };
        var prefer = new Option<string>("--prefer")
        {
            Description = "Which side wins a conflict: catalog (the default: the catalog's value is kept, and the conflict left unresolved) or draft (the draft's value is taken, and reported).",
            HelpName = "SIDE",
            DefaultValueFactory = _ => "catalog",
        }.AcceptOnlyFromAmong("catalog", "draft");
        var format = CommonOptions.Format("text", [.. MergeFormats.All.Select(static f => f.Name)]);
        format.Description = "The report's format (text, json or markdown), written to standard error.";
        var command = new Command(
            "merge",
            "Merge drafts into a catalog: new entities added, known ones reused and enriched, contradictions reported with both values and quotes. " +
            "The merged catalog goes to standard output (or --output), the report to standard error. Exit code 0: merged; 1: conflicts left unresolved (the catalog is still written); 2: an input cannot be read or merged, or the output cannot be written.")
        {
            catalog, drafts, output, prefer, format,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(catalog), result.GetRequiredValue(drafts), result.GetValue(output),
            result.GetRequiredValue(prefer) == "draft" ? MergePreference.Draft : MergePreference.Catalog, result.GetRequiredValue(format), console));
        return command;
    }

    private static int Run(string catalogPath, string[] draftPaths, string? output, MergePreference preference, string format, CliConsole console)
    {
        // Every input is read, and every one that cannot be is reported, before anything is written.
        var failures = new List<string>();
        var inputs = new List<CatalogDocument>();
        foreach (var (path, isDraft) in Paths(catalogPath, draftPaths))
        {
            try
            {
                inputs.Add(Read(path, isDraft, console));
            }
            catch (CliException e)
            {
                failures.Add(e.Message);
            }
        }

        // The output is looked at before anything is merged, as every file the tool writes (WriteTarget): never one of
        // the inputs, a read-only file or a directory; a regular file by a safe replace; a FIFO or a device in place.
        WriteTarget? target = null;
        if (output is not (null or "-"))
        {
            try
            {
                target = WriteTarget.Resolve(output, "--output: ", allowStreams: true, WriteTarget.Identify(Paths(catalogPath, draftPaths).Select(static p => p.Path)));
            }
            catch (CliException e)
            {
                failures.Add(e.Message);
            }
        }

        if (failures.Count > 0)
        {
            return Fail(failures, console);
        }

        CatalogMerge merge;
        try
        {
            merge = CatalogMerge.Merge(inputs[0], inputs.GetRange(1, inputs.Count - 1), preference);
        }
        catch (CatalogMergeException e)
        {
            return Fail([e.Message], console);
        }

        var canonical = CooperationJson.WriteCatalog(merge.Catalog);
        if (target is null)
        {
            console.StandardOutput.Write(canonical);
        }
        else
        {
            try
            {
                target.Write(stream => stream.Write(canonical));
            }
            catch (CliException e)
            {
                return Fail([e.Message], console);
            }
        }

        // The report goes to standard error, so that the merged catalog alone is on standard output.
        console.Error.Write(MergeFormats.Create(format).WriteToString(merge));
        return merge.HasUnresolvedConflicts ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static IEnumerable<(string Path, bool IsDraft)> Paths(string catalog, string[] drafts)
    {
        yield return (catalog, false);
        foreach (var draft in drafts)
        {
            yield return (draft, true);
        }
    }

    private static int Fail(IEnumerable<string> failures, CliConsole console)
    {
        foreach (var failure in failures)
        {
            console.Error.WriteLine($"cooperation: error: {failure}");
        }

        return ExitCodes.CannotRun;
    }

    /// <summary>
    /// Reads a catalog or a draft through the library's opener (<see cref="CatalogLoader"/>); a draft must be of format
    /// 2 (a format 1 file given as a draft is most likely an old catalog given in the wrong place).
    /// </summary>
    private static CatalogDocument Read(string path, bool isDraft, CliConsole console)
    {
        var document = CatalogLoader.Load(path, console);
        if (isDraft && document.FormatVersion == CatalogFormatVersion.Format1)
        {
            throw new CliException($"{path}: a draft must be of format 2 (cooperation-catalog/2), as extract writes it; this one is of format 1. Upgrade it with \"cooperation fmt {path}\" if it is a draft; a catalog goes first.");
        }

        return document;
    }
}
