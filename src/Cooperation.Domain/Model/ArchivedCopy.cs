using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A copy of a source document kept with the catalog: its file name and, from format 2, the SHA-256 of its bytes, so
/// that a quote can be checked against exactly the text it was taken from.
/// </summary>
/// <remarks>
/// Immutable; validated on construction: the file name has no directory part, no control characters and at most 128
/// characters; the hash is 64 hexadecimal digits, kept in lowercase. A document of format 1 names only the file
/// (its <c>seedDocument</c>), so <see cref="Sha256"/> is null there.
/// </remarks>
[JsonConverter(typeof(ArchivedCopyJsonConverter))]
public sealed partial class ArchivedCopy
{
    /// <summary>Creates an archived copy.</summary>
    /// <param name="file">The file's name, such as "003_d352a4c521fecf60.txt".</param>
    /// <param name="sha256">The SHA-256 of the file's bytes, as 64 hexadecimal digits; null only for format 1 documents.</param>
    /// <exception cref="ArgumentException">The file name or the hash is not valid.</exception>
    public ArchivedCopy(string file, string? sha256 = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        Guard.Against.Unmet(IsFileName(file), "The archived copy is a file name such as \"003_d352a4c521fecf60.txt\", without a directory.", nameof(file));
        if (sha256 is not null && !IsHash(sha256))
        {
            throw new ArgumentException($"The SHA-256 of an archived copy is 64 hexadecimal digits, but found {InputExcerpt.Describe(sha256)}.", nameof(sha256));
        }

        File = file;
        Sha256 = sha256?.ToLowerInvariant();
    }

    /// <summary>The file's name.</summary>
    public string File { get; }

    /// <summary>The SHA-256 of the file's bytes in lowercase hexadecimal, or null when the document did not give it.</summary>
    public string? Sha256 { get; }

    /// <summary>The file name.</summary>
    public override string ToString() => File;

    internal static bool IsFileName(string name)
        => name.Length is > 0 and <= 128 && name is not ("." or "..") && !name.AsSpan().ContainsAny('/', '\\') && name.Trim().Length == name.Length && !name.AsSpan().ContainsAnyInRange('\u0000', '\u001F');

    private static bool IsHash(string text) => text.Length == 64 && !text.AsSpan().ContainsAnyExcept("0123456789abcdefABCDEF");
}
