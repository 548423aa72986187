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
    /// <exception cref="CooperationJsonException">The file is not a valid catalog, or larger than <paramref name="maxBytes"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, no permission); the message names it.</exception>
    public static CatalogDocument Load(string path, int maxBytes = CooperationJson.MaxDocumentBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > maxBytes)
            {
                throw CooperationJson.TooLarge(stream.Length, maxBytes);
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"Cannot read \"{path}\": {e.Message}", e);
        }

        return Parse(bytes, path, maxBytes);
    }

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
