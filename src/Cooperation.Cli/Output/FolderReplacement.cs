using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cooperation.Cli.Input;
using Cooperation.Domain.Internal;

namespace Cooperation.Cli.Output;

/// <summary>
/// The safe write of a folder of files (<c>export --format parquet --output FOLDER</c>): every file is written into a
/// new temporary folder beside the target, which is renamed into place only when all are written, so the target is
/// never half-written. An existing folder is replaced only with <c>--force</c>, and only when it holds nothing but
/// files the export itself writes (so that <c>--force</c> never empties a folder of other files); it is renamed aside,
/// the new one renamed in, the old one removed. Refused: a path whose folder does not exist, a file, a link, a device,
/// and a folder that holds one of the run's inputs.
/// </summary>
internal static class FolderReplacement
{
    /// <summary>Writes the folder <paramref name="given"/> with <paramref name="write"/>, which fills the empty folder it is given.</summary>
    /// <param name="given">The folder, as given.</param>
    /// <param name="force">Whether an existing folder may be replaced.</param>
    /// <param name="extension">The extension of every file the export writes (<c>.parquet</c>).</param>
    /// <param name="inputs">The files the run reads, which are never removed.</param>
    /// <param name="write">Writes the files into the folder it is given.</param>
    /// <exception cref="CliException">The folder cannot or may not be written; nothing under its name has changed.</exception>
    public static void Write(string given, bool force, string extension, IEnumerable<string> inputs, Action<string> write)
    {
        const string label = "--output: ";
        string full;
        try
        {
            full = Path.GetFullPath(given);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliException($"{label}{given}: cannot be written: {e.Message}", e);
        }

        var trimmed = Path.TrimEndingDirectorySeparator(full);
        var parent = Path.GetDirectoryName(trimmed);
        if (parent is null)
        {
            throw new CliException($"{label}{given}: is the root of the file system; give a folder to write the tables into.");
        }

        if (!Directory.Exists(parent))
        {
            throw new CliException($"{label}{given}: cannot be written: the folder {parent} does not exist.");
        }

        var exists = Existing(given, trimmed, force, extension, inputs);
        var name = Path.GetFileName(trimmed);
        var temporary = Path.Combine(parent, $".{Short(name)}.{Guid.NewGuid():N}{Replacement.Suffix}");
        try
        {
            Directory.CreateDirectory(temporary);
            write(temporary);
            if (exists)
            {
                var aside = Path.Combine(parent, $".{Short(name)}.{Guid.NewGuid():N}.old{Replacement.Suffix}");
                Directory.Move(trimmed, aside);
                try
                {
                    Directory.Move(temporary, trimmed);
                }
                catch
                {
                    Directory.Move(aside, trimmed);
                    throw;
                }

                Directory.Delete(aside, recursive: true);
            }
            else
            {
                // Fails when something appeared under the name meanwhile: it is not replaced.
                Directory.Move(temporary, trimmed);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Remove(temporary);
            throw new CliException($"{label}{given}: cannot be written: {e.Message}", e);
        }
        catch
        {
            Remove(temporary);
            throw;
        }
    }

    // Whether the target is an existing folder that may be replaced; throws when it may not.
    private static bool Existing(string given, string full, bool force, string extension, IEnumerable<string> inputs)
    {
        const string label = "--output: ";
        FileFacts? facts;
        try
        {
            facts = FileFacts.OfPath(full, followLinks: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{label}{given}: cannot be looked at: {e.Message}", e);
        }

        if (facts is not { } f)
        {
            return false;
        }

        if (f.Kind != FileKind.Directory)
        {
            throw new CliException($"{label}{given}: is {FileFacts.Describe(f.Kind)}, not a folder; give a folder to write the tables into.");
        }

        foreach (var input in inputs)
        {
            var path = Path.GetFullPath(input);
            if (path.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new CliException($"{label}{given}: holds {input}, an input of this run; it is not replaced (name another folder).");
            }
        }

        if (!force)
        {
            throw new CliException($"{label}{given}: exists; give --force to replace it.");
        }

        var other = Directory.EnumerateFileSystemEntries(full).FirstOrDefault(e => !e.EndsWith(extension, StringComparison.Ordinal) || !File.Exists(e));
        if (other is not null)
        {
            throw new CliException($"{label}{given}: holds {Path.GetFileName(other)}, which this export does not write; the folder is not replaced (name a new folder, or one holding only {extension} files).");
        }

        return true;
    }

    // The start of the folder's name in the temporary one, never cut inside a surrogate pair.
    private static string Short(string name) => name.Length <= 32 ? name : name[..(char.IsHighSurrogate(name[31]) ? 31 : 32)];

    private static void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind under a name that says what it is (Replacement.Suffix).
        }
    }
}
