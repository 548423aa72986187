using System;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Text;

/// <summary>
/// A 64-bit FNV-1a hash of a word's folded form: tokens carry it so that names are compared word by word without
/// allocating ("Secretaría" and "SECRETARIA" hash alike).
/// </summary>
internal static class WordHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of already folded characters.</summary>
    public static ulong OfFolded(ReadOnlySpan<char> folded)
    {
        var hash = Offset;
        foreach (var c in folded)
        {
            hash = (hash ^ c) * Prime;
        }

        // 0 is kept for "not a word".
        return hash == 0 ? 1 : hash;
    }

    /// <summary>The hash of a word as written (folded first); 0 when it cannot be folded.</summary>
    public static ulong Of(string word) => Of(word.AsSpan());

    /// <summary>The hash of a word as written (folded first); 0 when it cannot be folded.</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        if (word.Length > NameKey.MaxInputLength)
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        return NameKey.TryFold(word, buffer, out var length) == NameKeyStatus.Success ? OfFolded(buffer[..length]) : 0;
    }
}
