using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;

namespace Cooperation.Cli.Input;

/// <summary>
/// Reads catalog files for the commands. The file is read once into an array of its exact size (so a 200 MB file costs
/// 200 MB, not the doubling of a growing buffer), with progress on a terminal, then parsed by
/// <see cref="CatalogDocument.Parse"/>. Every failure becomes a <see cref="CliException"/> whose message starts with
/// "file:line:" and names the JSON path, as compilers do.
/// </summary>
internal static class CatalogLoader
{
    /// <summary>The largest file accepted: the largest array .NET can allocate.</summary>
    public static readonly int MaxBytes = Array.MaxLength;

    /// <summary>The catalog to explore: the files given, merged in order, or the reference catalog.</summary>
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

        var builder = new CatalogBuilder();
        foreach (var path in paths)
        {
            builder.AddRange(Load(path, console).Catalog);
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

        byte[] bytes;
        using (var progress = Progress.For(console, SizeOf(path)))
        {
            bytes = Read(path, progress);
            if (bytes.Length == 0)
            {
                throw new CliException($"{path}: the file is empty; a catalog is a JSON object such as {{\"mechanisms\": [], \"meetings\": []}}.");
            }

            progress.Stage($"Reading {Path.GetFileName(path)}: parsing {Progress.Megabytes(bytes.Length)}");
            try
            {
                return CatalogDocument.Parse(bytes, path, bytes.Length);
            }
            catch (CooperationJsonException e)
            {
                throw new CliException(Describe(path, e), e);
            }
        }
    }

    /// <summary>"file:line: reason (at $.json.path)", with the 1-based line.</summary>
    public static string Describe(string path, CooperationJsonException e)
    {
        var line = e.LineNumber is { } l ? ":" + (l + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
        var at = e.Path is { Length: > 0 } p ? $" (at {p})" : string.Empty;
        return $"{path}{line}: {e.Reason}{at}";
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static byte[] Read(string path, Progress progress)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var name = Path.GetFileName(path);

            // Regular files report their length: read into an array of that size. Pipes and /proc files report none
            // (or 0): grow a buffer instead.
            var expected = stream.CanSeek ? stream.Length : 0;
            if (expected > MaxBytes)
            {
                throw TooLarge(path, expected);
            }

            var buffer = new byte[expected > 0 ? expected : 64 * 1024];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    // Full: if the stream has ended, the array is exactly the file (no copy); otherwise it grew.
                    var probe = stream.ReadByte();
                    if (probe < 0)
                    {
                        break;
                    }

                    if (buffer.Length == MaxBytes)
                    {
                        throw TooLarge(path, (long)length + 1);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, MaxBytes));
                    buffer[length++] = (byte)probe;
                }

                var read = stream.Read(buffer, length, Math.Min(buffer.Length - length, 1 << 20));
                if (read == 0)
                {
                    break;
                }

                length += read;
                progress.Report($"Reading {name}", length, Math.Max(expected, length));
            }

            if (length != buffer.Length)
            {
                Array.Resize(ref buffer, length);
            }

            return buffer;
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    private static CliException TooLarge(string path, long size)
        => new($"{path}: the file is too large ({Progress.Megabytes(size)}; the largest catalog the tool reads is {Progress.Megabytes(MaxBytes)}).");
}
