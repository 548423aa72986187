using System;
using System.Collections.Generic;
using System.IO;
using Cooperation.Cli.Input;
using Cooperation.Domain.Internal;

namespace Cooperation.Cli.Output;

/// <summary>How a <see cref="WriteTarget"/> is written.</summary>
internal enum WriteTargetKind
{
    /// <summary>Nothing is there: a new file, made by a safe replace (<see cref="Replacement"/>).</summary>
    NewFile,

    /// <summary>A regular file (or a link's final target): replaced safely, keeping its permission bits.</summary>
    RegularFile,

    /// <summary>A FIFO or a character device (<c>/dev/null</c>, <c>/dev/stdout</c>, a process substitution): written in place.</summary>
    Stream,
}

/// <summary>
/// A path the tool is about to write, looked at without opening anything that could wait. What it names decides how it
/// is written, by one rule for every command that writes (<c>export --output</c>, <c>check --write-baseline</c>,
/// <c>fmt</c>), so that none of them can lose data:
/// <list type="bullet">
/// <item><description>nothing: a new file, written beside and renamed into place;</description></item>
/// <item><description>a regular file, or a symbolic link to one (the final target is replaced, the link stays a link):
/// replaced safely (<see cref="Replacement"/>) with the permission bits of the file opened; refused when no one may write
/// it (read-only, even for root, who could) or when it is one of the run's inputs, compared by device and inode;</description></item>
/// <item><description>a FIFO or a character device, where the command allows a stream: written in place, opened without
/// waiting (a FIFO that no process reads is an error); refused when it is one of the inputs;</description></item>
/// <item><description>a directory, a block device, a socket, a link to nothing or a loop of links: refused.</description></item>
/// </list>
/// Every refusal is a <see cref="CliException"/> that names the path and why; nothing is written then.
/// </summary>
internal sealed class WriteTarget
{
    private WriteTarget(string given, string label, string path, WriteTargetKind kind, FileFacts? facts)
    {
        Given = given;
        Label = label;
        Path = path;
        Kind = kind;
        Facts = facts;
    }

    /// <summary>The path as given.</summary>
    public string Given { get; }

    /// <summary>What messages start with: the option, such as "--output: ", or nothing.</summary>
    public string Label { get; }

    /// <summary>The full path written: the path given, or a symbolic link's final target.</summary>
    public string Path { get; }

    /// <summary>How it is written.</summary>
    public WriteTargetKind Kind { get; }

    /// <summary>The facts of the file as opened for writing (a regular file or a stream), null for a new file.</summary>
    public FileFacts? Facts { get; }

    /// <summary>The identities of the files a run reads, for <see cref="Resolve"/>: those that are there, by path.</summary>
    /// <param name="paths">The inputs, as given (a path read twice may be given twice).</param>
    public static List<(string Path, FileFacts Facts)> Identify(IEnumerable<string?> paths)
    {
        var inputs = new List<(string, FileFacts)>();
        foreach (var path in paths)
        {
            try
            {
                if (!string.IsNullOrEmpty(path) && FileFacts.OfPath(path, followLinks: true) is { } facts)
                {
                    inputs.Add((path, facts));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An input that cannot be looked at now was read before: it is not the file about to be written.
            }
        }

        return inputs;
    }

    /// <summary>Looks at <paramref name="given"/> and decides how it is written, or refuses it.</summary>
    /// <param name="given">The path.</param>
    /// <param name="label">What messages start with ("--output: "), or empty.</param>
    /// <param name="allowStreams">Whether a FIFO or a character device may be written in place.</param>
    /// <param name="inputs">The files the run reads (<see cref="Identify"/>), which are never written over.</param>
    /// <exception cref="CliException">The path cannot or may not be written.</exception>
    public static WriteTarget Resolve(string given, string label, bool allowStreams, IReadOnlyList<(string Path, FileFacts Facts)> inputs)
    {
        try
        {
            var full = System.IO.Path.GetFullPath(given);
            if (FileFacts.OfPath(given, followLinks: false) is not { } self)
            {
                var folder = System.IO.Path.GetDirectoryName(full);
                if (folder is not null && !Directory.Exists(folder))
                {
                    throw new CliException($"{label}{given}: cannot be written: the folder {folder} does not exist.");
                }

                return new WriteTarget(given, label, full, WriteTargetKind.NewFile, null);
            }

            var target = FileFacts.OfPath(given, followLinks: true)
                ?? throw new CliException($"{label}{given}: is a symbolic link to a file that does not exist ({new FileInfo(given).LinkTarget}).");
            // Resolved from the full path: a relative link named by a bare file name would otherwise resolve from the root.
            var path = self.Kind == FileKind.SymbolicLink ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : full;
            foreach (var (input, facts) in inputs)
            {
                if (facts.IsSameFile(target))
                {
                    throw new CliException($"{label}{given}: is {(input == given ? "an input of this run" : $"the same file as {input}, an input of this run")}; it is not written over (name another file).");
                }
            }

            switch (target.Kind)
            {
                case FileKind.Regular:
                    if (!target.IsWritable)
                    {
                        throw new CliException($"{label}{given}: is read-only; it is not written (make it writable, or name another file).");
                    }

                    // Opening for writing, without truncating, without following a link and without waiting, checks the
                    // permission; the file opened must be the one looked at.
                    using (var handle = OpenForWriting(path, followLinks: false))
                    {
                        var opened = FileFacts.Of(handle, path);
                        if (!opened.IsSameFile(target) || opened.Kind != FileKind.Regular)
                        {
                            throw new CliException($"{label}{given}: changed while it was looked at; nothing was written (try again).");
                        }

                        return new WriteTarget(given, label, path, WriteTargetKind.RegularFile, opened);
                    }

                case FileKind.Fifo or FileKind.CharacterDevice when allowStreams:
                    return new WriteTarget(given, label, given, WriteTargetKind.Stream, target);
                case FileKind.Directory:
                    throw new CliException($"{label}{given}: is a directory; give a file name.");
                default:
                    throw new CliException($"{label}{given}: is {FileFacts.Describe(target.Kind)}, not a regular file; give a file name.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{label}{given}: cannot be written: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="write"/>'s bytes: a file by a safe replace, a stream in place.</summary>
    /// <exception cref="CliException">The file cannot be written, or changed since it was looked at; nothing was replaced.</exception>
    public void Write(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (Kind != WriteTargetKind.Stream)
        {
            using var replacement = Replacement.Create(this, write);
            replacement.Commit();
            return;
        }

        try
        {
            // A FIFO is opened without waiting: one that no process reads refuses to open (ENXIO) instead of blocking.
            using var handle = OpenForWriting(Given, followLinks: true);
            var opened = FileFacts.Of(handle, Given);
            if (!opened.IsSameFile(Facts!.Value))
            {
                throw new CliException($"{Label}{Given}: changed while it was looked at; nothing was written (try again).");
            }

            using var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{Label}{Given}: cannot be written: {e.Message}", e);
        }
    }

    /// <summary>Opens a path for writing, without truncating or creating, without ever waiting.</summary>
    internal static Microsoft.Win32.SafeHandles.SafeFileHandle OpenForWriting(string path, bool followLinks)
        => NativeFiles.IsAvailable
            ? NativeFiles.Open(path, write: true, followLinks)
            : File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
}
