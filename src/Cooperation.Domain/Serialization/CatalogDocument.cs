using System;
using System.Collections.Generic;
using System.IO;

namespace Cooperation.Domain;

/// <summary>
/// A catalog read from a JSON document, with the document kept so that diagnostics can name the line of their
/// subject. <see cref="Rules.Validator.Validate(CatalogDocument, Rules.ValidationOptions?)"/> fills in
/// <see cref="Rules.Diagnostic.Line"/> from it.
/// </summary>
/// <remarks>Immutable and thread-safe. Holds the document's bytes for as long as it lives.</remarks>
public sealed class CatalogDocument
{
    private readonly ReadOnlyMemory<byte> _utf8;

    private CatalogDocument(CooperationCatalog catalog, ReadOnlyMemory<byte> utf8, string? name)
    {
        Catalog = catalog;
        _utf8 = utf8;
        Name = name;
    }

    /// <summary>The catalog.</summary>
    public CooperationCatalog Catalog { get; }

    /// <summary>The document's name (a file path, as given), if any; reports and SARIF name the document with it.</summary>
    public string? Name { get; }

    /// <summary>Reads a catalog from UTF-8 JSON and keeps the document.</summary>
    /// <param name="utf8Json">The document. It is not copied: do not change it while the result is in use.</param>
    /// <param name="name">The document's name for reports, such as its file path.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <exception cref="CooperationJsonException">The document is not a valid catalog; the message says why and where.</exception>
    public static CatalogDocument Parse(ReadOnlyMemory<byte> utf8Json, string? name = null, int maxBytes = CooperationJson.MaxDocumentBytes)
        => new(CooperationJson.ReadCatalog(utf8Json.Span, maxBytes), utf8Json, name);

    /// <summary>Reads a catalog file.</summary>
    /// <param name="path">The file's path; also the document's <see cref="Name"/>.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <exception cref="CooperationJsonException">The file is not a valid catalog, or larger than <paramref name="maxBytes"/>; the message starts with the file's path.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, no permission); the message names it.</exception>
    public static CatalogDocument Load(string path, int maxBytes = CooperationJson.MaxDocumentBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (Directory.Exists(path))
        {
            throw new IOException($"\"{path}\" is a directory, not a catalog file.");
        }

        byte[] bytes;
        try
        {
            // Read to the end rather than trusting the reported length: pipes and /proc files report none, and a file
            // may change while it is read.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw Named(path, CooperationJson.TooLarge(buffer.Length + read, maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"Cannot read \"{path}\": {e.Message}", e);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IOException($"Cannot read \"{path}\": {e.Message}", e);
        }

        try
        {
            return Parse(bytes, path, maxBytes);
        }
        catch (CooperationJsonException e)
        {
            throw Named(path, e);
        }
    }

    // The same error, with the file's path in front of the reason.
    private static CooperationJsonException Named(string path, CooperationJsonException e)
        => new($"{path}: {e.Reason}", e.Path, e.LineNumber, e.BytePositionInLine, e);

    /// <summary>The 1-based line of each subject path that can be found in the document.</summary>
    /// <param name="paths">Subject paths, as in <see cref="Rules.Diagnostic.Path"/>.</param>
    /// <returns>The lines, by path; paths not found are absent.</returns>
    public IReadOnlyDictionary<string, int> LinesOf(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return JsonSubjectLocator.Locate(_utf8.Span, paths);
    }

    /// <summary>The 1-based line of a subject path, or null when it is not in the document.</summary>
    /// <param name="path">A subject path.</param>
    public int? LineOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LinesOf([path]).TryGetValue(path, out var line) ? line : null;
    }
}
