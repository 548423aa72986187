using System;
using System.Globalization;
using System.Text;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Text;

/// <summary>
/// Reads a communiqué or news report in Spanish or English: text in, <see cref="CommuniqueReading"/> out (mentions of
/// dates, countries, people, institutions, meeting numbers and mechanisms; the meetings reported or announced; a draft
/// catalog). No I/O of its own; safe to use from many threads at once.
/// </summary>
/// <remarks>
/// <para>
/// The work is linear in the length of the text, whatever its shape (one 50 MB line, a name of 10,000 capitalised
/// words, long runs of digits), and the results do not depend on the current culture. Stages: the text is cut into
/// sentences and tokens with their offsets; dates, countries and demonyms, ordinals, institutions and mechanisms, and
/// people with their positions are found in that order, each stage seeing what the earlier ones found; meetings are
/// built from the mentions of each sentence; the draft stage builds a catalog from the meetings.
/// docs/text-extraction.md describes each stage and its rules.
/// </para>
/// <para>Readers are cheap: the catalog's names are indexed once per catalog and shared by every reader.</para>
/// </remarks>
/// <example>
/// <code>
/// var reader = new CommuniqueReader(CommuniqueReaderOptions.Default.WithLanguage(Language.Spanish));
/// var reading = reader.Read("Ciudad de México, 13 de mayo de 2021. Hoy se realizó una reunión …");
/// foreach (var mention in reading.Mentions) Console.WriteLine(mention); // date [18..36) "13 de mayo de 2021" = 2021-05-13 …
/// </code>
/// </example>
public sealed class CommuniqueReader
{
    /// <summary>A reader with <see cref="CommuniqueReaderOptions.Default"/>.</summary>
    public CommuniqueReader()
        : this(CommuniqueReaderOptions.Default)
    {
    }

    /// <summary>A reader with the given options.</summary>
    /// <param name="options">The language, document date and catalog.</param>
    public CommuniqueReader(CommuniqueReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options every text is read with.</summary>
    public CommuniqueReaderOptions Options { get; }

    /// <summary>Reads one text.</summary>
    /// <param name="text">The text, as decoded (a leading byte order mark is removed and not counted in offsets).</param>
    /// <returns>
    /// The mentions, meetings and draft. The draft's source names no archived copy (there are no bytes to hash): read
    /// the file's bytes with <see cref="Read(ReadOnlySpan{byte}, string?)"/> for a draft whose quotes can be checked.
    /// </returns>
    public CommuniqueReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reading = ExtractionPipeline.Run(text, Options);
        return reading.WithDraft(DraftStage.Build(reading, Options.Catalog, archive: null, DraftStage.Sha256Of(reading.Text)));
    }

    /// <summary>
    /// Reads one text from its UTF-8 bytes, as a file holds them: the draft's source names its archived copy, the file
    /// <paramref name="fileName"/> with the SHA-256 of exactly these bytes, so that <c>cooperation check --sources DIR</c>
    /// (with the file in DIR) checks every quote of the draft against it and the hash against the file.
    /// </summary>
    /// <param name="utf8">The bytes of the text: UTF-8, a leading byte order mark allowed (it is not part of the text read, and offsets do not count it).</param>
    /// <param name="fileName">
    /// The file name the copy is kept under, without a directory ("013_comunicado.txt"); null when there is no file
    /// (the draft's source then names no copy, as with <see cref="Read(string)"/>).
    /// </param>
    /// <returns>The mentions, meetings and draft.</returns>
    /// <exception cref="DecoderFallbackException">
    /// The bytes are not valid UTF-8: <see cref="DecoderFallbackException.Index"/> and the message give the offset of the
    /// first byte that is not (a <see cref="ArgumentException"/>, as .NET's strict decoders throw).
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is not a bare file name (it has a directory, or is longer than 128 characters).</exception>
    public CommuniqueReading Read(ReadOnlySpan<byte> utf8, string? fileName)
    {
        if (fileName is not null && !ArchivedCopy.IsFileName(fileName))
        {
            throw new ArgumentException($"The archived copy is named by a bare file name (1 to 128 characters, no directory, no control characters), such as \"013_comunicado.txt\"; {InputExcerpt.Describe(fileName)} is not one.", nameof(fileName));
        }

        var sha256 = DraftStage.Sha256Of(utf8);
        var archive = fileName is null ? null : new ArchivedCopy(fileName, sha256);
        var text = DecodeStrict(utf8);
        var reading = ExtractionPipeline.Run(text, Options);
        return reading.WithDraft(DraftStage.Build(reading, Options.Catalog, archive, sha256));
    }

    // Strict UTF-8: a byte sequence that is not UTF-8 is named by its offset, never replaced (a quote of replaced text
    // would not be found in the file).
    private static string DecodeStrict(ReadOnlySpan<byte> utf8)
    {
        var chars = new char[utf8.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            throw new DecoderFallbackException(
                string.Create(CultureInfo.InvariantCulture, $"The text is not valid UTF-8: the byte at offset {read} (0x{utf8[read]:X2}) does not begin or continue a UTF-8 sequence."),
                [utf8[read]],
                read);
        }

        return new string(chars, 0, written);
    }
}
