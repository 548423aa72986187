using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Cooperation.Cli.Input;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;

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

    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

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
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // Every file is read, and every unreadable one reported, before anything is written.
            try
            {
                var target = Resolve(path);
                if (seen.Add(target))
                {
                    inputs.Add(Read(path, target));
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
                var upgrade = input.Format == 1 ? "; format 1, which fmt upgrades to format 2" : string.Empty;
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
            console.Out.WriteLine($"formatted: {input.Given}{(input.Format == 1 ? " (format 1 upgraded to format 2)" : string.Empty)}");
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
    /// The full path of the regular file to rewrite: the path itself, or the final target of a symbolic link (renaming
    /// over the link would replace it with a regular file).
    /// </summary>
    private static string Resolve(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory; give catalog files.");
        }

        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
                if (target is null || !target.Exists)
                {
                    throw new CliException($"{path}: is a symbolic link to a file that does not exist ({info.LinkTarget}).");
                }

                return Path.GetFullPath(target.FullName);
            }

            if (!info.Exists)
            {
                throw new CliException($"{path}: no such file.");
            }

            return info.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A loop of links, a path too long, a folder that cannot be listed.
            throw new CliException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    private static Input Read(string path, string target)
    {
        byte[] bytes;
        try
        {
            bytes = ReadBytes(path, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", e);
        }

        CooperationCatalog catalog;
        try
        {
            catalog = CooperationJson.ReadCatalog(bytes, CatalogLoader.MaxBytes);
        }
        catch (CooperationJsonException e)
        {
            throw new CliException(CatalogLoader.Describe(path, e), e);
        }

        // Never lose data: the canonical form must read back as the same catalog (the same canonical bytes).
        var canonical = CooperationJson.WriteCatalog(catalog);
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

        return new Input(path, target, bytes, canonical, FormatOf(bytes));
    }

    private static CliException NotRoundTripped(string path, Exception? inner)
        => new($"{path}: internal error: its canonical form does not read back as the same catalog, so it is left as it is (a bug in the tool; please report it{(inner is null ? string.Empty : ": " + inner.Message)}).", inner);

    /// <summary>
    /// The file's bytes. A file of no length is not opened: a FIFO would wait for a writer, a device might never end, and
    /// an empty file is no catalog anyway.
    /// </summary>
    private static byte[] ReadBytes(string path, string target)
    {
        var length = new FileInfo(target).Length;
        if (length == 0)
        {
            throw new CliException($"{path}: is empty, or not a regular file (a FIFO, a device); fmt rewrites catalog files only.");
        }

        if (length > Array.MaxLength)
        {
            throw new CliException($"{path}: is larger than 2 GiB, the largest catalog file read.");
        }

        using var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (!stream.CanSeek)
        {
            throw new CliException($"{path}: is not a regular file; fmt rewrites catalog files only.");
        }

        using var memory = new MemoryStream((int)length);
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// Replaces every file of <paramref name="changes"/> with its canonical form, or none when one fails before the first
    /// rename; returns those replaced. Failures are added to <paramref name="failures"/>.
    /// </summary>
    private static List<Input> Write(List<Input> changes, List<string> failures)
    {
        var temporary = new Dictionary<Input, string>();
        var written = new List<Input>();
        try
        {
            // 1. Each file to rewrite must be writable, and its new content is written beside it first.
            foreach (var input in changes)
            {
                try
                {
                    temporary[input] = Prepare(input);
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

            // 2. No file may have changed since it was read: its bytes are compared.
            var stamps = new Dictionary<Input, (long Length, DateTime LastWriteUtc)>();
            foreach (var input in changes)
            {
                Hooks.Value?.BeforeCheck?.Invoke(input.Target);
                try
                {
                    var stamp = StampOf(input.Target);
                    if (!ReadBytes(input.Given, input.Target).AsSpan().SequenceEqual(input.Bytes))
                    {
                        failures.Add($"{input.Given}: changed since it was read; nothing was written (run fmt again).");
                    }

                    stamps[input] = stamp;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or CliException)
                {
                    failures.Add($"{input.Given}: cannot be read again before it is replaced; nothing was written: {e.Message}");
                }
            }

            if (failures.Count > 0)
            {
                return written;
            }

            // 3. Each is replaced by an atomic rename, unless its length or write time changed since it was compared.
            foreach (var input in changes)
            {
                Hooks.Value?.BeforeRename?.Invoke(input.Target);
                var done = written.Count == 0 ? "nothing was written" : "already formatted: " + string.Join(", ", written.Select(w => w.Given));
                try
                {
                    if (StampOf(input.Target) != stamps[input])
                    {
                        failures.Add($"{input.Given}: changed since it was read; it was not written ({done}; run fmt again).");
                        return written;
                    }

                    File.Move(temporary[input], input.Target, overwrite: true);
                    temporary.Remove(input);
                    written.Add(input);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failures.Add($"{input.Given}: cannot be replaced: {e.Message} ({done}).");
                    return written;
                }
            }

            return written;
        }
        finally
        {
            foreach (var path in temporary.Values)
            {
                TryDelete(path);
            }
        }
    }

    /// <summary>
    /// Checks that the file can be written and writes its canonical form to a new file in the same folder, flushed to
    /// disk, with the file's permissions; returns that file's path.
    /// </summary>
    private static string Prepare(Input input)
    {
        // Renaming needs only the folder's permission: a file that cannot be written is refused here. With no write
        // permission for anyone (chmod a-w), it is refused even for an administrator, who could write it anyway.
        UnixFileMode? mode = null;
        try
        {
            if (OperatingSystem.IsWindows())
            {
                if ((File.GetAttributes(input.Target) & FileAttributes.ReadOnly) != 0)
                {
                    throw new CliException($"{input.Given}: is read-only; it cannot be formatted (make it writable, or leave it out).");
                }
            }
            else
            {
                var unix = File.GetUnixFileMode(input.Target);
                mode = unix;
                if ((unix & AnyWrite) == 0)
                {
                    throw new CliException($"{input.Given}: is read-only; it cannot be formatted (make it writable, or leave it out).");
                }
            }

            // Opening for writing without truncating changes nothing, and fails without the permission.
            using (new FileStream(input.Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{input.Given}: cannot be written: {e.Message}", e);
        }

        var folder = Path.GetDirectoryName(input.Target)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(input.Target)}.{Guid.NewGuid():N}.fmt-tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(temporary, options);
            try
            {
                if (mode is { } unix && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, unix);
                }

                stream.Write(input.Canonical);
                stream.Flush(flushToDisk: true);
            }
            catch
            {
                stream.Dispose();
                TryDelete(temporary);
                throw;
            }

            return temporary;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{input.Given}: cannot be written: no new file can be written in its folder: {e.Message}", e);
        }
    }

    private static (long Length, DateTime LastWriteUtc) StampOf(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, with a name that says what it is (".NAME.….fmt-tmp").
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

    /// <summary>1 when the document says it is of format 1, 2 otherwise (the document has been read: it is valid).</summary>
    private static int FormatOf(byte[] bytes) => FormatVersion.Of(bytes).Version;

    /// <summary>A file as read: the path given, the file it names, its bytes, its canonical form and its format.</summary>
    private sealed class Input(string given, string target, byte[] bytes, byte[] canonical, int format)
    {
        public string Given { get; } = given;

        public string Target { get; } = target;

        public byte[] Bytes { get; } = bytes;

        public byte[] Canonical { get; } = canonical;

        public int Format { get; } = format;

        public bool IsCanonical => Bytes.AsSpan().SequenceEqual(Canonical);
    }
}

/// <summary>What <see cref="FmtCommand.Hooks"/> calls, with a file's resolved path.</summary>
/// <param name="BeforeCheck">Once every temporary file is written, before the file is read again and compared.</param>
/// <param name="BeforeRename">Before the file's length and write time are compared one last time and it is replaced.</param>
internal sealed record FmtHooks(Action<string>? BeforeCheck = null, Action<string>? BeforeRename = null);
