using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Cooperation.Cli.Input;
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
            Description = "Write the merged catalog to FILE instead of standard output: never one of the inputs; written to a temporary file beside it, then renamed over it.",
            HelpName = "FILE",
        };
        var prefer = new Option<string>("--prefer")
        {
            Description = "Which side wins a conflict: catalog (the default: the catalog's value is kept, and the conflict left unresolved) or draft (the draft's value is taken, and reported).",
            HelpName = "SIDE",
            DefaultValueFactory = _ => "catalog",
        }.AcceptOnlyFromAmong("catalog", "draft");
        var format = CommonOptions.Format("text", "text", "json", "markdown");
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
        var inputs = new List<Input>();
        foreach (var (path, isDraft) in Paths(catalogPath, draftPaths))
        {
            try
            {
                inputs.Add(Read(path, isDraft));
            }
            catch (CliException e)
            {
                failures.Add(e.Message);
            }
        }

        var target = output is null or "-" ? null : Target(output, inputs, failures);
        if (failures.Count > 0)
        {
            return Fail(failures, console);
        }

        CatalogMerge merge;
        try
        {
            merge = CatalogMerge.Merge(inputs[0].Document, inputs.GetRange(1, inputs.Count - 1).ConvertAll(i => i.Document), preference);
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
            // The one place the merged catalog is written to a file, to be switched to the tool's shared safe writer.
            WriteFile(output!, target, canonical, inputs);
        }

        WriteReport(merge, format, console);
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

    private static void WriteReport(CatalogMerge merge, string format, CliConsole console)
    {
        switch (format)
        {
            case "json":
                using (var buffer = new MemoryStream())
                {
                    merge.WriteJson(buffer);
                    console.Error.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            case "markdown":
                merge.WriteMarkdown(console.Error);
                break;
            default:
                merge.WriteText(console.Error);
                break;
        }
    }

    /// <summary>
    /// Reads a catalog or a draft from the file it opens, and takes that file's identity; a draft must be of format 2
    /// (a format 1 file given as a draft is most likely an old catalog given in the wrong place).
    /// </summary>
    private static Input Read(string path, bool isDraft)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a catalog file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        byte[] bytes;
        FileIdentity identity;
        try
        {
            // A FIFO or a pipe is read once, as check reads it.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            identity = FileIdentity.Of(stream.SafeFileHandle, path);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            if (memory.Length > CatalogLoader.MaxBytes)
            {
                throw new CliException($"{path}: is larger than 2 GiB, the largest catalog file read.");
            }

            bytes = memory.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", e);
        }

        CatalogDocument document;
        try
        {
            document = CatalogDocument.Parse(bytes, path, CatalogLoader.MaxBytes);
        }
        catch (CooperationJsonException e)
        {
            throw new CliException(CatalogLoader.Describe(path, e), e);
        }

        if (isDraft && FormatVersion.Of(bytes) is (1, var line))
        {
            throw new CliException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{path}:{line}: a draft must be of format 2 (cooperation-catalog/2), as extract writes it; this one is of format 1. Upgrade it with \"cooperation fmt {path}\" if it is a draft; a catalog goes first."));
        }

        return new Input(path, identity, document);
    }

    /// <summary>
    /// The file to write (a link's final target, so the link stays a link), after checking that it is no input, no
    /// directory, no FIFO or device, and writable; null after adding the reason to <paramref name="failures"/>.
    /// </summary>
    private static string? Target(string output, List<Input> inputs, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            failures.Add("--output: the file name is empty; give a file name, or - for standard output.");
            return null;
        }

        if (Directory.Exists(output))
        {
            failures.Add($"--output: {output} is a directory; give a file name.");
            return null;
        }

        string target;
        try
        {
            var info = new FileInfo(output);
            target = info.LinkTarget is null ? info.FullName : File.ResolveLinkTarget(output, returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failures.Add($"--output: {output}: {e.Message}");
            return null;
        }

        if (FileIdentity.Of(target) is not { } existing)
        {
            // A new file: its folder must exist (the temporary file beside it says whether it can be written).
            if (!Directory.Exists(Path.GetDirectoryName(target)))
            {
                failures.Add($"--output: {output}: the folder {Path.GetDirectoryName(target)} does not exist.");
                return null;
            }

            return target;
        }

        if (inputs.Find(i => i.Identity.IsSameFileAs(existing)) is { } input)
        {
            failures.Add($"--output: {output} is the same file as the input {input.Path}; merge never writes over its inputs. Write to another file, then move it.");
            return null;
        }

        if (!existing.IsRegular)
        {
            failures.Add($"--output: {output} is not a regular file (a FIFO, a device); write to a file, or to standard output (-) and redirect it.");
            return null;
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(target) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0
            || OperatingSystem.IsWindows() && (File.GetAttributes(target) & FileAttributes.ReadOnly) != 0)
        {
            // Renaming needs only the folder's permission: a file no one may write is refused here, even for root.
            failures.Add($"--output: {output} is read-only; it is not replaced (make it writable, or write to another file).");
            return null;
        }

        return target;
    }

    /// <summary>
    /// Writes the bytes to a temporary file beside <paramref name="target"/> (flushed to disk, with the permission
    /// bits of the file it replaces), checks once more that the target is none of the inputs, and renames it over the
    /// target: a reader sees the old file or the new one, never half of one.
    /// </summary>
    private static void WriteFile(string given, string target, byte[] bytes, List<Input> inputs)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.merge-tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = File.Exists(target) ? File.GetUnixFileMode(target) : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (FileIdentity.Of(target) is { } now && inputs.Find(i => i.Identity.IsSameFileAs(now)) is { } input)
            {
                throw new CliException($"--output: {given} has become the input {input.Path} since it was checked; nothing was written.");
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--output: cannot write {given}: {e.Message}", e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private sealed record Input(string Path, FileIdentity Identity, CatalogDocument Document);
}
