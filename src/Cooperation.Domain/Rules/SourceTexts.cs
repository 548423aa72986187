using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Rules;

/// <summary>
/// The archived copies of source documents, by file name (<see cref="ArchivedCopy.File"/>), that quotes are checked
/// against: a directory (<c>cooperation check --sources DIR</c>) or texts held in memory.
/// </summary>
/// <remarks>
/// <para>
/// A copy is read when a rule first asks for it, once, and only if the catalog names it; files larger than
/// <see cref="MaxFileBytes"/>, missing, empty, unreadable, not valid UTF-8 or not regular files (a FIFO, a device or a
/// directory, also through a symbolic link) count as not available (COOP7007). A copy is opened without waiting and
/// read only up to the length it had when opened. Each copy's
/// SHA-256 is computed from its bytes, for COOP7008. Safe for concurrent use.
/// </para>
/// <para>
/// Quotes are compared in one form (docs/json-format.md, "Citations"): both texts in NFC, white-space runs as one space,
/// then an ordinal search; a quote is bounded (<see cref="Citation.MaxQuoteLength"/>), so checking is linear in the
/// size of the copies.
/// </para>
/// </remarks>
public sealed class SourceTexts
{
    /// <summary>The largest copy read: 16 MiB.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Func<string, byte[]?> _read;
    private readonly ConcurrentDictionary<string, Copy?> _copies = new(StringComparer.Ordinal);

    private SourceTexts(Func<string, byte[]?> read) => _read = read;

    /// <summary>The copies in <paramref name="directory"/>, read by file name when needed.</summary>
    /// <param name="directory">The directory that holds the archived copies.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static SourceTexts FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The directory of archived sources does not exist: {directory}");
        }

        return new SourceTexts(file => ReadFile(Path.Combine(full, file)));
    }

    /// <summary>Copies held in memory, by file name; each text is taken as the UTF-8 bytes of the file.</summary>
    /// <param name="texts">File names and their text.</param>
    /// <exception cref="ArgumentException">A file name is given twice.</exception>
    public static SourceTexts FromTexts(IEnumerable<KeyValuePair<string, string>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, text) in texts)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(texts));
            ArgumentNullException.ThrowIfNull(text, nameof(texts));
            if (!bytes.TryAdd(file, Encoding.UTF8.GetBytes(text)))
            {
                throw new ArgumentException($"The file name {InputExcerpt.Describe(file)} is given twice.", nameof(texts));
            }
        }

        return new SourceTexts(file => bytes.GetValueOrDefault(file));
    }

    /// <summary>True when the copy named <paramref name="file"/> is available.</summary>
    /// <param name="file">The file name.</param>
    public bool Contains(string file) => Get(file) is not null;

    /// <summary>The SHA-256 of the copy's bytes in lowercase hexadecimal, or null when it is not available.</summary>
    /// <param name="file">The file name.</param>
    public string? Sha256Of(string file) => Get(file)?.Sha256;

    /// <summary>
    /// Whether <paramref name="quote"/> occurs in the copy named <paramref name="file"/> once both are normalized;
    /// null when the copy is not available.
    /// </summary>
    /// <param name="file">The file name.</param>
    /// <param name="quote">The quote.</param>
    public bool? Contains(string file, string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return Get(file) is { } copy ? QuoteText.Occurs(copy.Normalized, quote) : null;
    }

    /// <summary>
    /// Which of <paramref name="quotes"/> occur in the copy named <paramref name="file"/>, found in one pass over the
    /// copy (<see cref="QuoteMatcher"/>); null when the copy is not available.
    /// </summary>
    internal bool[]? FindQuotes(string file, IReadOnlyList<string> quotes, WorkMeter? work = null)
    {
        if (Get(file) is not { } copy)
        {
            return null;
        }

        var normalized = new string[quotes.Count];
        for (var i = 0; i < normalized.Length; i++)
        {
            normalized[i] = QuoteText.Normalize(quotes[i]);
            work?.Add(normalized[i].Length);
        }

        return new QuoteMatcher(normalized).Find(copy.Normalized, work);
    }

    private Copy? Get(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return !ArchivedCopy.IsFileName(file) ? null : _copies.GetOrAdd(file, f => Load(_read(f)));
    }

    private static Copy? Load(byte[]? bytes)
    {
        if (bytes is null || bytes.Length > MaxFileBytes)
        {
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return new Copy(QuoteText.Normalize(text), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static byte[]? ReadFile(string path)
    {
        try
        {
            // Found, not named: only a regular file is read (a FIFO, a device or a directory, even through a link, is not
            // available), up to the length it had when opened. An empty copy has no text to find a quote in.
            var bytes = InputFile.ReadAllBytes(path, FileOrigin.Found, "an archived copy", MaxFileBytes, static _ => new IOException("too large"));
            return bytes.Length == 0 ? null : bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Copy(string Normalized, string Sha256);
}
