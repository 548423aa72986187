using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cooperation.Cli.Input;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using Cooperation.Domain.Diff;

namespace Cooperation.Cli.Commands;

/// <summary>
/// <c>cooperation diff OLD NEW</c>: what changed between two catalogs (<see cref="CatalogDiff"/>), as text, JSON or
/// Markdown. Exit code 0 when they are equal, 1 when they differ, 2 when one cannot be read, as <c>diff</c> does.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var old = new Argument<string>("OLD") { Description = "The catalog file (JSON) before." };
        var @new = new Argument<string>("NEW") { Description = "The catalog file (JSON) after." };
        var format = CommonOptions.Format("text", [.. DiffFormats.All.Select(static f => f.Name)]);
        var command = new Command("diff", "Show what changed between two catalogs, entity by entity and member by member. Exit code 0: equal; 1: they differ; 2: an input cannot be read.")
        {
            old, @new, format,
        };
        command.SetAction(result => Run(result.GetRequiredValue(old), result.GetRequiredValue(@new), result.GetRequiredValue(format), console));
        return command;
    }

    private static int Run(string oldPath, string newPath, string format, CliConsole console)
    {
        // Both files are read, and each that cannot be is reported, before anything is written.
        var failures = new List<string>();
        var oldCatalog = Load(oldPath, console, failures);

        // A file compared with itself is read once: no differences.
        var newCatalog = SameFile(oldPath, newPath) ? oldCatalog : Load(newPath, console, failures);
        if (failures.Count > 0 || oldCatalog is null || newCatalog is null)
        {
            foreach (var failure in failures)
            {
                console.Error.WriteLine($"cooperation: error: {failure}");
            }

            return ExitCodes.CannotRun;
        }

        var diff = CatalogDiff.Compare(oldCatalog, newCatalog);
        DiffFormats.Create(format).Write(diff, console.StandardOutput);
        return diff.IsEmpty ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static CooperationCatalog? Load(string path, CliConsole console, List<string> failures)
    {
        try
        {
            return CatalogLoader.Load(path, console).Catalog;
        }
        catch (CliException e)
        {
            failures.Add(e.Message);
            return null;
        }
    }

    private static bool SameFile(string a, string b)
    {
        try
        {
            // One path, read once: also when it cannot be read, so that its error is given once.
            return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
