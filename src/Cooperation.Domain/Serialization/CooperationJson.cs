using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// Reads and writes catalogs and single entities in the library's JSON format (see <c>docs/json-format.md</c>):
/// strict reading with errors that name the JSON path and line, and a canonical writer whose output is
/// byte-identical for equal inputs.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reading</b> rejects unknown and repeated members, missing required members, nulls (an optional member is
/// omitted, never null), values of the wrong JSON type, invalid values (a date, a code, an ordinal, a vocabulary
/// name) and entities that break a construction rule of the model; every error is a
/// <see cref="CooperationJsonException"/>, invalid UTF-8 included. Documents are limited to
/// <see cref="MaxDocumentBytes"/> bytes by default and to a nesting depth of <see cref="MaxDepth"/>. Comments and
/// trailing commas are not allowed; a leading UTF-8 byte-order mark is skipped.
/// </para>
/// <para>
/// <b>Writing</b> is canonical: members in one fixed order, optional members and empty arrays omitted, catalog
/// entries in identifier order, UTF-8 with text of the Basic Multilingual Plane unescaped ("Reunión"; characters
/// beyond it, such as emoji, and quotes, backslashes and controls are escaped), two-space indentation, LF line ends and
/// a final LF.
/// </para>
/// </remarks>
public static partial class CooperationJson
{
    /// <summary>The default limit on a document's size: 64 MiB.</summary>
    public const int MaxDocumentBytes = JsonLimits.MaxDocumentBytes;

    /// <summary>The limit on nesting depth.</summary>
    public const int MaxDepth = JsonLimits.MaxDepth;

    // The resolver is the library's source-generated context, so that reading and writing work without reflection
    // (Native AOT, trimming, apps that disable reflection-based serialization): every type goes through the
    // library's own converters, named by the types' attributes.
    internal static readonly JsonSerializerOptions ReadOptions = Locked(new()
    {
        TypeInfoResolver = CooperationJsonContext.Default,
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    });

    internal static readonly JsonSerializerOptions WriteOptions = Locked(new()
    {
        TypeInfoResolver = CooperationJsonContext.Default,
        MaxDepth = MaxDepth,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The model's list of types, values and vocabularies included.
    private static readonly System.Collections.Frozen.FrozenSet<Type> Supported = System.Collections.Frozen.FrozenSet.ToFrozenSet(ModelTypes.All);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly JsonWriterOptions CanonicalWriter = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth,
    };

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the catalog format, generated from the code; also committed as
    /// <c>docs/schema/cooperation.schema.json</c>.
    /// </summary>
    public static string Schema => SchemaHolder.Text;

    /// <summary>Reads a catalog from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <exception cref="CooperationJsonException">The document is not a valid catalog; the message says why and where.</exception>
    public static CooperationCatalog ReadCatalog(ReadOnlySpan<byte> utf8Json, int maxBytes = MaxDocumentBytes)
        => Read<CooperationCatalog>(utf8Json, maxBytes);

    /// <summary>Reads a catalog from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <exception cref="CooperationJsonException">The document is not a valid catalog, or is larger than <paramref name="maxBytes"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    public static CooperationCatalog ReadCatalog(Stream utf8Json, int maxBytes = MaxDocumentBytes)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return ReadCatalog(utf8Json, maxBytes, progress: null);
    }

    /// <summary>
    /// Reads a catalog from a UTF-8 JSON stream without ever reading it synchronously, one entity at a time as
    /// <see cref="ReadCatalog(Stream, int)"/> does: memory holds the catalog and one buffer, never the whole document,
    /// so an ASP.NET Core request body can be given as it is (no <c>EnableBuffering</c>, no
    /// <c>AllowSynchronousIO</c>). The result and every error are those of the synchronous reader.
    /// </summary>
    /// <param name="utf8Json">The stream; read to its end with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/> only.</param>
    /// <param name="cancellationToken">
    /// Stops the read: it is checked before every read from the stream and between entities, and passed to each read.
    /// </param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CooperationJsonException">The document is not a valid catalog, or is larger than <see cref="MaxDocumentBytes"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<CooperationCatalog> ReadCatalogAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => ReadCatalogAsync(utf8Json, MaxDocumentBytes, cancellationToken);

    /// <summary>
    /// Reads a catalog from a UTF-8 JSON stream without ever reading it synchronously, refusing a document larger than
    /// <paramref name="maxBytes"/> as soon as that many bytes have been read.
    /// </summary>
    /// <param name="utf8Json">The stream; read to its end with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/> only.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <param name="cancellationToken">
    /// Stops the read: it is checked before every read from the stream and between entities, and passed to each read.
    /// </param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CooperationJsonException">The document is not a valid catalog, or is larger than <paramref name="maxBytes"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    public static Task<CooperationCatalog> ReadCatalogAsync(Stream utf8Json, int maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return ReadCatalogAsync(utf8Json, maxBytes, progress: null, cancellationToken);
    }

    /// <summary>
    /// Reads a catalog from a stream one entity at a time (<see cref="CatalogStreamWalker"/>): memory holds the
    /// catalog and one buffer, never the whole document. Errors are the in-memory reader's, at the same path, line and
    /// column: both check each entity's syntax whole before its content (docs/json-format.md).
    /// </summary>
    internal static CooperationCatalog ReadCatalog(Stream utf8Json, int maxBytes, IProgress<long>? progress, WorkMeter? work = null)
        => ReadCatalogDocument(utf8Json, maxBytes, progress, work).Catalog;

    /// <summary>The same, with the document's format version (1 or 2).</summary>
    internal static (CooperationCatalog Catalog, int Version) ReadCatalogDocument(Stream utf8Json, int maxBytes, IProgress<long>? progress, WorkMeter? work = null)
    {
        var builder = new StreamedCatalog(CancellationToken.None);
        try
        {
            var version = CatalogStreamWalker.Walk(utf8Json, maxBytes, progress, builder.Add, work);
            return (builder.Build(), version);
        }
        catch (JsonReadFailure failure)
        {
            throw new CooperationJsonException(failure);
        }
    }

    /// <summary>The same as <see cref="ReadCatalog(Stream, int, IProgress{long}, WorkMeter)"/>, with asynchronous reads only.</summary>
    internal static async Task<CooperationCatalog> ReadCatalogAsync(Stream utf8Json, int maxBytes, IProgress<long>? progress, CancellationToken cancellationToken)
        => (await ReadCatalogDocumentAsync(utf8Json, maxBytes, progress, cancellationToken).ConfigureAwait(false)).Catalog;

    /// <summary>The same, with the document's format version (1 or 2).</summary>
    internal static async Task<(CooperationCatalog Catalog, int Version)> ReadCatalogDocumentAsync(Stream utf8Json, int maxBytes, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var builder = new StreamedCatalog(cancellationToken);
        try
        {
            var version = await CatalogStreamWalker.WalkAsync(utf8Json, maxBytes, progress, builder.Add, cancellationToken).ConfigureAwait(false);
            return (builder.Build(), version);
        }
        catch (JsonReadFailure failure)
        {
            throw new CooperationJsonException(failure);
        }
    }

    // The entities of a catalog read one at a time, by either driver of the walker; the catalog is built at the end.
    private sealed class StreamedCatalog(CancellationToken cancellationToken)
    {
        private readonly ImmutableArray<Source>.Builder _sources = ImmutableArray.CreateBuilder<Source>();
        private readonly ImmutableArray<Institution>.Builder _institutions = ImmutableArray.CreateBuilder<Institution>();
        private readonly ImmutableArray<Person>.Builder _people = ImmutableArray.CreateBuilder<Person>();
        private readonly ImmutableArray<Mechanism>.Builder _mechanisms = ImmutableArray.CreateBuilder<Mechanism>();
        private readonly ImmutableArray<Meeting>.Builder _meetings = ImmutableArray.CreateBuilder<Meeting>();

        public bool Add(int collection, int index, ReadOnlySpan<byte> element, ElementPosition position, int version)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = CatalogCollections.Names[collection];
            var readers = CatalogFormat.ReadersFor(version);
            switch ((CatalogEntityKind)collection)
            {
                case CatalogEntityKind.Source:
                    _sources.Add(ReadElement(element, name, index, position, readers.Source));
                    break;
                case CatalogEntityKind.Institution:
                    _institutions.Add(ReadElement(element, name, index, position, readers.Institution));
                    break;
                case CatalogEntityKind.Person:
                    _people.Add(ReadElement(element, name, index, position, readers.Person));
                    break;
                case CatalogEntityKind.Mechanism:
                    _mechanisms.Add(ReadElement(element, name, index, position, readers.Mechanism));
                    break;
                default:
                    _meetings.Add(ReadElement(element, name, index, position, readers.Meeting));
                    break;
            }

            return true;
        }

        public CooperationCatalog Build()
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new CooperationCatalog(_sources.DrainToImmutable(), _institutions.DrainToImmutable(), _people.DrainToImmutable(), _mechanisms.DrainToImmutable(), _meetings.DrainToImmutable());
            }
            catch (ArgumentException error)
            {
                var invalid = JsonModel.Invalid(error, "catalog");
                throw new CooperationJsonException(JsonReadError.Clean(invalid.Message), "$", null, null, error);
            }
        }
    }

    // One element of a collection, read alone; an error is located in the whole document: the element's path in
    // front of the path inside it, its first line and column added to the line and column inside it. It is thrown
    // as a JsonReadFailure, which the walker lets pass, and made public where the walk is called.
    private static T ReadElement<T>(ReadOnlySpan<byte> element, string collection, int index, ElementPosition position, JsonConverter<T> converter)
        where T : class
    {
        var reader = new Utf8JsonReader(element, new JsonReaderOptions { MaxDepth = MaxDepth - 2, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            return converter.Read(ref reader, typeof(T), ReadOptions)!;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            var syntax = JsonReadError.IsReaderError(error, out var line, out var bytePosition);
            var offset = syntax ? LineCounter.OffsetOf(element, line, bytePosition) : reader.TokenStartIndex;
            var (path, innerLine, innerColumn) = JsonErrorLocation.Locate(element, offset, aboutToken: !syntax);
            var where = "$." + collection + "[" + index.ToString(CultureInfo.InvariantCulture) + "]" + path[1..];
            throw new JsonReadFailure(JsonReadError.Clean(error.Message), where, position.Line + innerLine, innerLine == 0 ? position.Column + innerColumn : innerColumn, error);
        }
    }

    /// <summary>
    /// Reads a catalog, or one value of any type of the model, from UTF-8 JSON: an entity (a <see cref="Mechanism"/>, a
    /// <see cref="Meeting"/>, …), a record inside one (a <see cref="Suppression"/>, a <see cref="Citation"/>, …), a
    /// value (<c>"2017-04"</c> as a <see cref="PartialDate"/>) or a vocabulary value (<c>"annual"</c> as a
    /// <see cref="CadenceKind"/>).
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="utf8Json">The document.</param>
    /// <param name="maxBytes">The largest document accepted.</param>
    /// <exception cref="CooperationJsonException">The document is not a valid <typeparamref name="T"/>; the message says why and where.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, int maxBytes = MaxDocumentBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        CheckSupported<T>();

        if (utf8Json.Length > maxBytes)
        {
            throw TooLarge(utf8Json.Length, maxBytes);
        }

        // A UTF-8 byte-order mark, which some editors write, is not part of the document.
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException($"The document is empty or null; expected {JsonModel.A(typeof(T).Name)}.");
            }

            var value = JsonModel.ReadWith<T>(ref reader, ReadOptions);
            if (reader.Read())
            {
                throw new JsonException($"Unexpected {JsonTokenDescription.Describe(reader.TokenType)} after the end of the {typeof(T).Name}.");
            }

            return value;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // The reader and the built-in string handling report invalid UTF-8 and escapes as InvalidOperationException
            // or ArgumentException: they are document errors like any other.
            // Errors of the reader itself (malformed JSON) know their line and position; errors of the converters
            // are located by the token the reader stopped at.
            var syntax = JsonReadError.IsReaderError(error, out var line, out var position);
            var offset = syntax ? LineCounter.OffsetOf(utf8Json, line, position) : reader.TokenStartIndex;
            var (path, lineNumber, column) = JsonErrorLocation.Locate(utf8Json, offset, aboutToken: !syntax);
            throw new CooperationJsonException(JsonReadError.Clean(error.Message), path, lineNumber, column, error);
        }
    }

    /// <summary>Reads a catalog, or one value of any type of the model, from JSON text.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="json">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CooperationJsonException">The document is not a valid <typeparamref name="T"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static T Read<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxDocumentBytes)
        {
            throw TooLarge(json.Length, MaxDocumentBytes);
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(json);
        }
        catch (System.Text.EncoderFallbackException error)
        {
            throw new CooperationJsonException($"The text holds an unpaired surrogate at index {error.Index}: it is not valid Unicode.", null, null, null, error);
        }

        return Read<T>(bytes);
    }

    /// <summary>Writes a catalog in canonical form as UTF-8 bytes.</summary>
    /// <param name="catalog">The catalog.</param>
    public static byte[] WriteCatalog(CooperationCatalog catalog) => Write(catalog);

    /// <summary>Writes a catalog in canonical form to a stream.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">Where to write.</param>
    public static void WriteCatalog(CooperationCatalog catalog, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(utf8Json);
        WriteTo(catalog, utf8Json);
    }

    /// <summary>
    /// Writes a catalog in canonical form to a stream without ever writing or flushing it synchronously, so that an
    /// ASP.NET Core response body can be given as it is. The bytes are those of <see cref="WriteCatalog(CooperationCatalog)"/>:
    /// the document is rendered into pooled memory, then written in chunks of 64 KiB with
    /// <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/> and flushed with
    /// <see cref="Stream.FlushAsync(CancellationToken)"/>.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="cancellationToken">Stops the write: it is checked before each chunk and passed to each write. A cancelled write leaves part of the document written.</param>
    /// <returns>A task that completes once the document is written and flushed.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteCatalogAsync(CooperationCatalog catalog, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(utf8Json);
        return WriteToAsync(catalog, utf8Json, cancellationToken);
    }

    /// <summary>The size of the chunks <see cref="WriteCatalogAsync"/> hands to the stream.</summary>
    internal const int WriteChunkBytes = 64 * 1024;

    private static async Task WriteToAsync<T>(T value, Stream stream, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new PooledBufferWriter();
        WriteTo(value, buffer);
        var written = buffer.WrittenMemory;
        for (var at = 0; at < written.Length; at += WriteChunkBytes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await stream.WriteAsync(written.Slice(at, Math.Min(WriteChunkBytes, written.Length - at)), cancellationToken).ConfigureAwait(false);
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a catalog, or one value of any type of the model, in canonical form as UTF-8 bytes.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    /// <exception cref="JsonException"><paramref name="value"/> is a value type's uninitialized default, which has no JSON form.</exception>
    public static byte[] Write<T>(T value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        CheckSupported<T>();
        using var buffer = new PooledBufferWriter();
        WriteTo(value, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a catalog, or one value of any type of the model, in canonical form as text.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    /// <exception cref="JsonException"><paramref name="value"/> is a value type's uninitialized default, which has no JSON form.</exception>
    public static string WriteString<T>(T value)
        => System.Text.Encoding.UTF8.GetString(Write(value));

    private static void WriteTo<T>(T value, Stream stream)
    {
        using var buffer = new PooledBufferWriter();
        WriteTo(value, buffer);
        stream.Write(buffer.WrittenSpan);
    }

    private static void WriteTo<T>(T value, PooledBufferWriter buffer)
    {
        using (var writer = new Utf8JsonWriter(buffer, CanonicalWriter))
        {
            JsonModel.WriteWith(writer, value, WriteOptions);
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
    }

    private static void CheckSupported<T>()
    {
        if (!Supported.Contains(typeof(T)))
        {
            throw new NotSupportedException($"CooperationJson reads and writes catalogs and the types of the model, not {typeof(T).Name}. Supported: {string.Join(", ", Supported.Select(static t => t.Name).Order(StringComparer.Ordinal))}.");
        }
    }

    internal static CooperationJsonException TooLarge(long length, int maxBytes) => new(JsonReadFailure.TooLarge(length, maxBytes));

    // Read-only options cache their type metadata; unlocked ones would rebuild it on every look-up.
    private static JsonSerializerOptions Locked(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }

    // Built on first use only.
    private static class SchemaHolder
    {
        public static readonly string Text = JsonSchemaExport.Generate();
    }
}
