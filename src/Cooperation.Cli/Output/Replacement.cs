using System;
using System.IO;
using System.Text;
using Cooperation.Cli.Input;
using Cooperation.Domain.Internal;

namespace Cooperation.Cli.Output;

/// <summary>
/// The one safe replace of a file: the new content is written to a temporary file in the same folder (a name that fits
/// any file system's limit, however long the file's own), flushed to disk, given the permission bits of the regular file
/// actually opened (through its handle, never through a link), then renamed over the file (atomic on one file system:
/// a reader sees the old file or the new one, never half of one), after checking that the file is still the one looked
/// at (the same device and inode, length and write time). Until <see cref="Commit"/>, nothing has changed; disposing
/// removes the temporary file if it was not renamed.
/// </summary>
internal sealed class Replacement : IDisposable
{
    /// <summary>The end of every temporary file's name, so that one left behind (a process killed) says what it is.</summary>
    public const string Suffix = ".cooperation.tmp";

    // The longest part of the file's own name kept in the temporary name, in UTF-8 bytes: with the dot, a 32-digit
    // random part and the suffix, the name stays far below the 255 bytes file systems allow.
    private const int MaxNameBytes = 64;

    private readonly WriteTarget _target;
    private string? _temporary;

    private Replacement(WriteTarget target, string temporary)
    {
        _target = target;
        _temporary = temporary;
    }

    /// <summary>Writes the new content of <paramref name="target"/> (a new or regular file) to a temporary file beside it.</summary>
    /// <exception cref="CliException">The temporary file cannot be written.</exception>
    public static Replacement Create(WriteTarget target, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(write);
        if (target.Kind == WriteTargetKind.Stream)
        {
            throw new ArgumentException("A stream is written in place, not replaced.", nameof(target));
        }

        var folder = Path.GetDirectoryName(target.Path)!;
        var temporary = Path.Combine(folder, TemporaryName(Path.GetFileName(target.Path)));
        try
        {
            // Created new (never through a link), readable by its owner only until it has the file's own bits; a new
            // file keeps the bits the process's umask gives.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows() && target.Facts is not null)
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                if (!OperatingSystem.IsWindows() && target.Facts is { } facts)
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, facts.Permissions);
                }

                write(stream);
                stream.Flush(flushToDisk: true);
            }

            return new Replacement(target, temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new CliException($"{target.Label}{target.Given}: cannot be written: no new file can be written in its folder {folder}: {e.Message}", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Renames the temporary file over the file, unless the file changed since it was looked at.</summary>
    /// <param name="outcome">What a failure message says was done before it ("nothing was written", "already formatted: a.json").</param>
    /// <exception cref="CliException">The file changed, or the rename failed; the file is as it was.</exception>
    public void Commit(string outcome = "nothing was written")
    {
        var temporary = _temporary ?? throw new InvalidOperationException("Already committed.");
        try
        {
            var now = FileFacts.OfPath(_target.Path, followLinks: false);
            var unchanged = _target.Facts is { } facts ? now is { } seen && seen.IsUnchanged(facts) : now is null;
            if (!unchanged)
            {
                throw new CliException($"{_target.Label}{_target.Given}: changed since it was read; it was not written ({outcome}; run the command again).");
            }

            // A new file must still be new: the rename does not replace one that appeared meanwhile.
            File.Move(temporary, _target.Path, overwrite: _target.Facts is not null);
            _temporary = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{_target.Label}{_target.Given}: cannot be replaced: {e.Message} ({outcome}).", e);
        }
    }

    /// <summary>Removes the temporary file if it was not renamed.</summary>
    public void Dispose()
    {
        if (_temporary is { } temporary)
        {
            TryDelete(temporary);
            _temporary = null;
        }
    }

    /// <summary>The temporary name for a file: <c>.NAME.RANDOM.cooperation.tmp</c>, NAME cut to 64 bytes of UTF-8.</summary>
    internal static string TemporaryName(string fileName)
    {
        var kept = 0;
        var bytes = 0;
        foreach (var rune in fileName.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > MaxNameBytes)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            kept += rune.Utf16SequenceLength;
        }

        return new StringBuilder(".").Append(fileName.AsSpan(0, kept)).Append('.').Append(Guid.NewGuid().ToString("N")).Append(Suffix).ToString();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, with a name that says what it is (".NAME.….cooperation.tmp").
        }
    }
}
