using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using Cooperation.Domain.Internal;

namespace Cooperation.Cli.Commands;

/// <summary>
/// <c>cooperation fmt FILE...</c>: rewrites catalog files in the canonical form (<see cref="CooperationJson.WriteCatalog(CooperationCatalog)"/>,
/// format 2) in place, or with <c>--check</c> only lists those that are not in it.
/// </summary>
/// <remarks>
/// All or nothing, as far as a file system allows: every file is read and parsed, its canonical form is read back and
/// compared, every file to rewrite is checked to be writable and its new content written to a temporary file beside
/// it, and every file is read again to make sure it has not changed, before the first one is replaced; each is then
/// replaced by renaming its temporary file over it (atomic on one file system), after comparing its length and write
/// time once more. Any error before the first rename writes nothing; the window left is between that last comparison
/// and the rename of each file (docs/cli.md).
/// </remarks>
internal static class FmtCommand
{
    /// <summary>
    /// A seam for the tests: called with each file's resolved path just before it is checked for changes (once every
    /// temporary file is written) and just before it is replaced.
    /// </summary>
    internal static readonly AsyncLocal<FmtHooks?> Hooks = new();

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Catalog files (JSON) to rewrite in the canonical form. A symbolic link is followed: its target is rewritten, the link stays.",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing: list the files that are not in the canonical form, and exit with 1 if there are any.",
        };
        var command = new Command(
            "fmt",
            "Rewrite catalog files in place in the canonical form (format 2; format 1 is upgraded). Exit code 0: done, or all canonical; " +
            "1: --check found files that are not; 2: a file cannot be read or written, and nothing was written.")
        {
            files, check,
        };
        command.SetAction(result => Run(result.GetRequiredValue(files), result.GetValue(check), console));
        return command;
    }

    private static int Run(string[] paths, bool check, CliConsole console)
    {
        var failures = new List<string>();
        var inputs = new List<Input>();
        foreach (var path in paths)
        {
            // Every file is read, and every unreadable one reported, before anything is written. Several arguments that
            // name one file (a link and its target) are one input: files are told apart by device and inode.
            try
            {
                var input = Read(path);
                if (!inputs.Exists(i => i.Facts.IsSameFile(input.Facts)))
                {
                    inputs.Add(input);
                }
            }
            catch (CliException e)
            {
                failures.Add(e.Message);
            }
        }

        if (Report(failures, console))
        {
            return ExitCodes.CannotRun;
        }

        var changes = inputs.Where(i => !i.IsCanonical).ToList();
        if (check)
        {
            foreach (var input in changes)
            {
                var upgrade = input.Format == CatalogFormatVersion.Format1 ? "; format 1, which fmt upgrades to format 2" : string.Empty;
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"not canonical: {input.Given} (line {FirstDifferentLine(input.Bytes, input.Canonical)}{upgrade})"));
            }

            console.Out.WriteLine($"{Suggestions.Count(changes.Count, "file")} not canonical, {(inputs.Count - changes.Count).ToString(CultureInfo.InvariantCulture)} canonical");
            return changes.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        }

        var written = Write(changes, failures);
        if (Report(failures, console))
        {
            return ExitCodes.CannotRun;
        }

        foreach (var input in written)
        {
            console.Out.WriteLine($"formatted: {input.Given}{(input.Format == CatalogFormatVersion.Format1 ? " (format 1 upgraded to format 2)" : string.Empty)}");
        }

        console.Out.WriteLine($"{Suggestions.Count(written.Count, "file")} formatted, {(inputs.Count - written.Count).ToString(CultureInfo.InvariantCulture)} already canonical");
        return ExitCodes.Success;
    }

    private static bool Report(List<string> failures, CliConsole console)
    {
        foreach (var failure in failures)
        {
            console.Error.WriteLine($"cooperation: error: {failure}");
        }

        return failures.Count > 0;
    }

    /// <summary>
    /// Reads a file to format: opened without waiting and looked at as opened (a FIFO, a pipe such as
    /// <c>/dev/stdin</c> or a device is refused before anything is read from it), read up to the length it had then.
    /// </summary>
    private static Input Read(string path)
    {
        byte[] bytes;
        FileFacts facts;
        try
        {
            using var file = InputFile.Open(path, FileOrigin.Named, "a catalog file");
            if (file.IsStream)
            {
                throw new CliException($"{path}: is {file.Facts.KindInWords}, not a regular file; fmt rewrites catalog files only.");
            }

            facts = file.Facts;
            bytes = file.ReadAll(CatalogLoader.MaxBytes, length => new CliException($"{path}: is larger than 2 GiB, the largest catalog file read."));
        }
        catch (FileKindException e) when (e.Kind == FileKind.Directory)
        {
            throw new CliException($"{path}: is a directory; give catalog files.", e);
        }
        catch (FileNotFoundException e)
        {
            throw new CliException(LinkTarget(path) is { } target ? $"{path}: is a symbolic link to a file that does not exist ({target})." : $"{path}: no such file.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A loop of links, a path too long, a folder that cannot be searched, a block device.
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

        // Never lose data: the canonical form must read back as the same catalog (the same canonical bytes).
        var canonical = CooperationJson.WriteCatalog(document.Catalog);
        try
        {
            if (!CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(canonical, CatalogLoader.MaxBytes)).AsSpan().SequenceEqual(canonical))
            {
                throw NotRoundTripped(path, null);
            }
        }
        catch (CooperationJsonException e)
        {
            throw NotRoundTripped(path, e);
        }

        return new Input(path, facts, bytes, canonical, document.FormatVersion);
    }

    // What a symbolic link names, when the path is one.
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static CliException NotRoundTripped(string path, Exception? inner)
        => new($"{path}: internal error: its canonical form does not read back as the same catalog, so it is left as it is (a bug in the tool; please report it{(inner is null ? string.Empty : ": " + inner.Message)}).", inner);

    /// <summary>
    /// Replaces every file of <paramref name="changes"/> with its canonical form, or none when one fails before the first
    /// rename; returns those replaced. Failures are added to <paramref name="failures"/>.
    /// </summary>
    private static List<Input> Write(List<Input> changes, List<string> failures)
    {
        var replacements = new Dictionary<Input, Replacement>();
        var written = new List<Input>();
        try
        {
            // 1. Each file to rewrite must be writable, still the file read, and its new content is written beside it.
            foreach (var input in changes)
            {
                try
                {
                    var target = WriteTarget.Resolve(input.Given, string.Empty, allowStreams: false, inputs: []);
                    if (target.Facts is not { } opened || !opened.IsUnchanged(input.Facts))
                    {
                        throw new CliException($"{input.Given}: changed since it was read; nothing was written (run fmt again).");
                    }

                    input.Target = target.Path;
                    replacements[input] = Replacement.Create(target, stream => stream.Write(input.Canonical));
                }
                catch (CliException e)
                {
                    failures.Add(e.Message);
                }
            }

            if (failures.Count > 0)
            {
                return written;
            }

            // 2. No file may have changed since it was read: it is read again (only if it is still the same regular
            // file, of the same length and write time, and no further than that length) and its bytes compared.
            foreach (var input in changes)
            {
                Hooks.Value?.BeforeCheck?.Invoke(input.Target);
                try
                {
                    using var again = InputFile.Reopen(input.Target, input.Facts);
                    if (again is null || !again.ReadAll(input.Facts.Length, _ => new IOException("it grew")).AsSpan().SequenceEqual(input.Bytes))
                    {
                        failures.Add($"{input.Given}: changed since it was read; nothing was written (run fmt again).");
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failures.Add($"{input.Given}: cannot be read again before it is replaced; nothing was written: {e.Message}");
                }
            }

            if (failures.Count > 0)
            {
                return written;
            }

            // 3. Each is replaced by an atomic rename, unless it changed since it was compared.
            foreach (var input in changes)
            {
                Hooks.Value?.BeforeRename?.Invoke(input.Target);
                var done = written.Count == 0 ? "nothing was written" : "already formatted: " + string.Join(", ", written.Select(w => w.Given));
                try
                {
                    replacements[input].Commit(done);
                    written.Add(input);
                }
                catch (CliException e)
                {
                    failures.Add(e.Message);
                    return written;
                }
            }

            return written;
        }
        finally
        {
            foreach (var replacement in replacements.Values)
            {
                replacement.Dispose();
            }
        }
    }

    /// <summary>The 1-based line of the original on which the canonical form first differs.</summary>
    internal static int FirstDifferentLine(ReadOnlySpan<byte> original, ReadOnlySpan<byte> canonical)
    {
        // Lines as check counts them: LF, CRLF and a lone CR each end one (a CR-only file is not all on line 1).
        var prefix = original[..original.CommonPrefixLength(canonical)];
        var lines = prefix.Count((byte)'\n') + 1;
        for (var i = prefix.IndexOf((byte)'\r'); i >= 0; i = prefix[(i + 1)..].IndexOf((byte)'\r') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (i + 1 >= original.Length || original[i + 1] != (byte)'\n')
            {
                lines++;
            }
        }

        return lines;
    }

    /// <summary>A file as read: the path given, the facts of the file read, its bytes, its canonical form and its format.</summary>
    private sealed class Input(string given, FileFacts facts, byte[] bytes, byte[] canonical, CatalogFormatVersion format)
    {
        public string Given { get; } = given;

        public FileFacts Facts { get; } = facts;

        /// <summary>The full path replaced: the path given, or a link's final target (set once it is known).</summary>
        public string Target { get; set; } = given;

        public byte[] Bytes { get; } = bytes;

        public byte[] Canonical { get; } = canonical;

        public CatalogFormatVersion Format { get; } = format;

        public bool IsCanonical => Bytes.AsSpan().SequenceEqual(Canonical);
    }
}

/// <summary>What <see cref="FmtCommand.Hooks"/> calls, with a file's resolved path.</summary>
/// <param name="BeforeCheck">Once every temporary file is written, before the file is read again and compared.</param>
/// <param name="BeforeRename">Before the file's length and write time are compared one last time and it is replaced.</param>
internal sealed record FmtHooks(Action<string>? BeforeCheck = null, Action<string>? BeforeRename = null);
