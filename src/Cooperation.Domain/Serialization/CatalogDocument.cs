using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A catalog read from a JSON document, with what it takes to find the line of a subject in it, so that diagnostics can
/// name their lines. <see cref="Rules.Validator.Validate(CatalogDocument, Rules.ValidationOptions?)"/> fills in
/// <see cref="Rules.Diagnostic.Line"/> from it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A document from <see cref="Parse"/> holds the bytes it was given. A document from
/// <see cref="Load(string, int)"/> holds only the catalog: the file is read one entity at a time (memory grows with
/// the catalog, not with the file), and <see cref="LinesOf(IEnumerable{string})"/> reads the file again to find lines; if the file has
/// changed since (another file at the path, another length or write time), no lines are given rather than wrong ones. The
/// file is opened without waiting and its kind is taken from the file opened, so a path that has become a FIFO or a
/// link to a device never makes a read wait or run on without end. A file that can be read only once (a FIFO, a pipe such
/// as <c>/dev/stdin</c>, a character device) is held in memory instead, within <c>maxBytes</c>. Each call of
/// <see cref="LinesOf(IEnumerable{string})"/> or <see cref="LineOf"/> on a loaded file reads it again: ask for many paths at once.
/// </remarks>
public sealed class CatalogDocument
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly FileStamp? _file;

    private CatalogDocument(CooperationCatalog catalog, int version, ReadOnlyMemory<byte> utf8, FileStamp? file, string? name, bool namesAFile = true)
    {
        Catalog = catalog;
        FormatVersion = version == 2 ? CatalogFormatVersion.Format2 : CatalogFormatVersion.Format1;
        _utf8 = utf8;
        _file = file;
        Name = name;
        NamesAFile = namesAFile;
    }

    /// <summary>False for a document embedded in an assembly, whose name is no file anyone can open (SARIF gives it no URI).</summary>
    internal bool NamesAFile { get; }

    /// <summary>The catalog.</summary>
    public CooperationCatalog Catalog { get; }

    /// <summary>The document's name (a file path, as given), if any; reports and SARIF name the document with it.</summary>
    public string? Name { get; }

    /// <summary>
    /// The version of the format the document is written in, as its <c>format</c> member says: known from the read
    /// itself, without reading the document again. A document of <see cref="CatalogFormatVersion.Format1"/> is read
    /// into the same model; <c>cooperation fmt</c> rewrites it in the current format.
    /// </summary>
    public CatalogFormatVersion FormatVersion { get; }

    /// <summary>Reads a catalog from UTF-8 JSON and keeps the document.</summary>
    /// <param name="utf8Json">The document. It is not copied: do not change it while the result is in use.</param>
    /// <param name="name">The document's name for reports, such as its file path.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <exception cref="CooperationJsonException">The document is not a valid catalog; the message says why and where.</exception>
    public static CatalogDocument Parse(ReadOnlyMemory<byte> utf8Json, string? name = null, int maxBytes = CooperationJson.MaxDocumentBytes)
        => FromBytes(utf8Json, maxBytes, null, name);

    /// <summary>Reads a catalog embedded in an assembly: <paramref name="name"/> describes it and names no file.</summary>
    internal static CatalogDocument ParseEmbedded(ReadOnlyMemory<byte> utf8Json, string name)
        => FromBytes(utf8Json, CooperationJson.MaxDocumentBytes, null, name, namesAFile: false);

    private static CatalogDocument FromBytes(ReadOnlyMemory<byte> utf8Json, int maxBytes, FileStamp? file, string? name, bool namesAFile = true)
    {
        var catalog = CooperationJson.ReadCatalog(utf8Json.Span, maxBytes);
        return new(catalog, VersionOfValid(utf8Json.Span), utf8Json, file, name, namesAFile);
    }

    // The version of a document just read without error: format 2 starts with its "format" member (the reader refuses
    // one that does not), and a valid document of any other start is of format 1. Two tokens, whatever the size.
    private static int VersionOfValid(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json);
        return reader.Read() && reader.Read() && reader.ValueTextEquals("format"u8) && reader.Read() && reader.ValueTextEquals(CatalogFormat.Current) ? 2 : 1;
    }

    /// <summary>Reads a catalog file, one entity at a time.</summary>
    /// <param name="path">The file's path; also the document's <see cref="Name"/>.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <exception cref="CooperationJsonException">The file is not a valid catalog, or larger than <paramref name="maxBytes"/>; the message starts with the file's path.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, no permission); the message names it.</exception>
    public static CatalogDocument Load(string path, int maxBytes = CooperationJson.MaxDocumentBytes)
        => Load(path, null, maxBytes);

    /// <summary>Reads a catalog file, one entity at a time, reporting how many bytes have been read.</summary>
    /// <param name="path">The file's path; also the document's <see cref="Name"/>.</param>
    /// <param name="progress">Receives the number of bytes read so far, after each read from the file.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <exception cref="CooperationJsonException">The file is not a valid catalog, or larger than <paramref name="maxBytes"/>; the message starts with the file's path.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, no permission); the message names it.</exception>
    public static CatalogDocument Load(string path, IProgress<long>? progress, int maxBytes = CooperationJson.MaxDocumentBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        try
        {
            using var file = InputFile.Open(path, FileOrigin.Named, "a catalog file");
            if (file.IsStream)
            {
                // A FIFO, a pipe or a device can be read only once: keep its bytes, so that lines can be found in them.
                var bytes = ReadToEnd(file.OpenStream(), maxBytes, progress);
                return FromBytes(bytes, maxBytes, null, path);
            }

            using var stream = file.OpenStream();
            var (catalog, version) = CooperationJson.ReadCatalogDocument(stream, maxBytes, progress);
            return new CatalogDocument(catalog, version, ReadOnlyMemory<byte>.Empty, new FileStamp(Path.GetFullPath(path), file.Facts), path);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            throw ReadFailure(path, e);
        }
    }

    /// <summary>
    /// Reads a catalog file one entity at a time, as <see cref="Load(string, int)"/> does, with asynchronous reads
    /// only; the document is the same, and finds lines the same way.
    /// </summary>
    /// <param name="path">The file's path; also the document's <see cref="Name"/>.</param>
    /// <param name="cancellationToken">Stops the read: checked before every read and between entities, and passed to each read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="CooperationJsonException">The file is not a valid catalog, or larger than <see cref="CooperationJson.MaxDocumentBytes"/>; the message starts with the file's path.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, no permission); the message names it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<CatalogDocument> LoadAsync(string path, CancellationToken cancellationToken = default)
        => LoadAsync(path, null, CooperationJson.MaxDocumentBytes, cancellationToken);

    /// <summary>
    /// Reads a catalog file one entity at a time with asynchronous reads only, reporting how many bytes have been read.
    /// </summary>
    /// <param name="path">The file's path; also the document's <see cref="Name"/>.</param>
    /// <param name="progress">Receives the number of bytes read so far, after each read from the file.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <param name="cancellationToken">Stops the read: checked before every read and between entities, and passed to each read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="CooperationJsonException">The file is not a valid catalog, or larger than <paramref name="maxBytes"/>; the message starts with the file's path.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, no permission); the message names it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<CatalogDocument> LoadAsync(string path, IProgress<long>? progress, int maxBytes = CooperationJson.MaxDocumentBytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return LoadCoreAsync(path, progress, maxBytes, cancellationToken);
    }

    private static async Task<CatalogDocument> LoadCoreAsync(string path, IProgress<long>? progress, int maxBytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var file = InputFile.Open(path, FileOrigin.Named, "a catalog file");
            var stream = file.OpenStream();
            await using (stream.ConfigureAwait(false))
            {
                if (file.IsStream)
                {
                    var bytes = await ReadToEndAsync(stream, maxBytes, progress, cancellationToken).ConfigureAwait(false);
                    return FromBytes(bytes, maxBytes, null, path);
                }

                var (catalog, version) = await CooperationJson.ReadCatalogDocumentAsync(stream, maxBytes, progress, cancellationToken).ConfigureAwait(false);
                return new CatalogDocument(catalog, version, ReadOnlyMemory<byte>.Empty, new FileStamp(Path.GetFullPath(path), file.Facts), path);
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            throw ReadFailure(path, e);
        }
    }

    // Both loads report failures alike: a JSON error with the file's path in front, any other failure to read as an
    // IOException naming the file, but a missing file or folder, which keeps its own type, and a path that names a kind
    // of file that is not read (a directory, a block device), whose message names it already.
    private static bool IsReadFailure(Exception e)
        => e is CooperationJsonException or UnauthorizedAccessException or (IOException and not FileNotFoundException and not DirectoryNotFoundException and not FileKindException);

    private static Exception ReadFailure(string path, Exception e)
        => e is CooperationJsonException json ? Named(path, json) : new IOException($"Cannot read \"{path}\": {e.Message}", e);

    private static async Task<ReadOnlyMemory<byte>> ReadToEndAsync(Stream stream, int maxBytes, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw CooperationJson.TooLarge(buffer.Length + read, maxBytes);
            }

            buffer.Write(chunk, 0, read);
            progress?.Report(buffer.Length);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static ReadOnlyMemory<byte> ReadToEnd(Stream stream, int maxBytes, IProgress<long>? progress)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw CooperationJson.TooLarge(buffer.Length + read, maxBytes);
            }

            buffer.Write(chunk, 0, read);
            progress?.Report(buffer.Length);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    // The same error, with the file's path in front of the reason.
    private static CooperationJsonException Named(string path, CooperationJsonException e)
        => new($"{path}: {e.Reason}", e.Path, e.LineNumber, e.BytePositionInLine, e);

    /// <summary>The 1-based line of each subject path that can be found in the document.</summary>
    /// <param name="paths">Subject paths, as in <see cref="Rules.Diagnostic.Path"/>.</param>
    /// <returns>The lines, by path; paths not found are absent.</returns>
    public IReadOnlyDictionary<string, int> LinesOf(IEnumerable<string> paths) => LinesOf(paths, work: null);

    /// <summary>The same, counting the JSON tokens read in <paramref name="work"/>.</summary>
    internal IReadOnlyDictionary<string, int> LinesOf(IEnumerable<string> paths, WorkMeter? work)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (_file is not { } file)
        {
            return JsonSubjectLocator.Locate(_utf8.Span, paths, work);
        }

        // The file is opened again without waiting (whatever the path has become: a FIFO, a device, a link) and read
        // only if it is the same regular file, of the same length and write time, and then only up to that length.
        using var again = InputFile.Reopen(file.Path, file.Facts);
        if (again is null)
        {
            return new Dictionary<string, int>();
        }

        try
        {
            using var stream = again.OpenStream();
            return JsonSubjectLocator.Locate(stream, paths, work);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file became unreadable: the catalog stands, its lines cannot be given.
            return new Dictionary<string, int>();
        }
    }

    /// <summary>The 1-based line of a subject path, or null when it is not in the document.</summary>
    /// <param name="path">A subject path.</param>
    public int? LineOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LinesOf([path]).TryGetValue(path, out var line) ? line : null;
    }

    // What tells a file apart from the same path rewritten: the full path it was read by, and the facts of the file
    // read (its device and inode, length and last write time).
    private readonly record struct FileStamp(string Path, FileFacts Facts);
}
