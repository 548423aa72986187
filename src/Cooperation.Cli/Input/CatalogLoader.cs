using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;

namespace Cooperation.Cli.Input;

/// <summary>
/// Reads catalog files for the commands through <see cref="CatalogDocument.Load(string, IProgress{long}?, int)"/>, which
/// reads one entity at a time, with progress on a terminal. Every failure becomes a <see cref="CliException"/> whose
/// message starts with "file:line:" and names the JSON path, as compilers do.
/// </summary>
internal static class CatalogLoader
{
    /// <summary>The largest file accepted (2 GiB); the library's default limit of 64 MiB is for documents held in memory.</summary>
    public const int MaxBytes = int.MaxValue;

    /// <summary>
    /// The catalog to explore: the reference catalog, one file, or several files merged in order, where an entity whose
    /// identifier an earlier file already has is left out (the first wins, as in the library's look-ups).
    /// </summary>
    public static CooperationCatalog LoadMerged(IReadOnlyList<string> paths, CliConsole console)
    {
        if (paths.Count == 0)
        {
            return ReferenceCatalog.Default;
        }

        if (paths.Count == 1)
        {
            return Load(paths[0], console).Catalog;
        }

        // Only identifiers of earlier files count: repeats within one file stay, as when that file is given alone
        // (check reports them as COOP1001).
        var builder = new CatalogBuilder();
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var catalog = Load(path, console).Catalog;
            var keys = new List<string>();
            bool New(string key)
            {
                keys.Add(key);
                return !earlier.Contains(key);
            }

            foreach (var source in catalog.Sources.Where(s => New("source " + s.Id)))
            {
                builder.Add(source);
            }

            foreach (var institution in catalog.Institutions.Where(i => New("institution " + i.Id)))
            {
                builder.Add(institution);
            }

            foreach (var person in catalog.People.Where(p => New("person " + p.Id)))
            {
                builder.Add(person);
            }

            foreach (var mechanism in catalog.Mechanisms.Where(m => New("mechanism " + m.Id)))
            {
                builder.Add(mechanism);
            }

            foreach (var meeting in catalog.Meetings.Where(m => New("meeting " + m.Id)))
            {
                builder.Add(meeting);
            }

            earlier.UnionWith(keys);
        }

        return builder.Build();
    }

    public static CatalogDocument Load(string path, CliConsole console)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a catalog file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        // An empty file is found by reading it, not by its length: pipes, FIFOs and /proc files report none.
        var size = SizeOf(path);
        using var progress = Progress.For(console, size);
        try
        {
            // The library reads the file one entity at a time: memory follows the catalog, not the file.
            return CatalogDocument.Load(path, new ReadProgress(progress, $"Reading {Path.GetFileName(path)}", size), MaxBytes);
        }
        catch (CooperationJsonException e)
        {
            throw new CliException(Describe(path, e), e);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    /// <summary>"file:line: reason (at $.json.path)", with the 1-based line.</summary>
    public static string Describe(string path, CooperationJsonException e)
    {
        // The library puts the file's path in front of the reason; here it leads the whole message instead.
        var reason = e.Reason.StartsWith(path + ": ", StringComparison.Ordinal) ? e.Reason[(path.Length + 2)..] : e.Reason;
        var line = e.LineNumber is { } l ? ":" + (l + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
        var at = e.Path is { Length: > 0 } p ? $" (at {p})" : string.Empty;
        return $"{path}{line}: {reason}{at}";
    }

    /// <summary>The file's length, or 0 when it reports none or is gone (it is only used for progress).</summary>
    public static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    // Reports synchronously on the reading thread (System.Progress<T> would post to the thread pool).
    private sealed class ReadProgress(Progress progress, string what, long size) : IProgress<long>
    {
        public void Report(long value) => progress.Report(what, value, Math.Max(size, value));
    }
}
