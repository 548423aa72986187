using System;
using System.Globalization;

namespace Cooperation.Domain.Internal.Text;

/// <summary>
/// The cleaning rules shared by the human-readable text values (<see cref="LocalizedText"/>, <see cref="PersonName"/>):
/// reject what cannot be seen or would reorder text, trim, and normalize to NFC with the library's own tables.
/// </summary>
internal static class HumanText
{
    /// <summary>
    /// Checks <paramref name="text"/> without allocating; on success <paramref name="trimmed"/> is the part between
    /// surrounding white space. Rejected: control characters (including tab and line breaks), unpaired surrogates,
    /// invisible or direction-changing format characters (zero-width space/joiners, bidi marks, embeddings,
    /// overrides and isolates, word joiner, byte-order mark), and text whose NFC form is longer than
    /// <paramref name="maxLength"/> (reported as <paramref name="tooLong"/>): the limit applies to what is stored and written, so that whatever is accepted reads
    /// back, and a text is accepted or refused alike in every normalization form. A caller that changes the text further
    /// (collapsing spaces) passes false for <paramref name="checkNormalizedLength"/> and checks its own result; text
    /// longer than <paramref name="maxLength"/> times <see cref="Nfc.MaxInputUnitsPerNormalizedUnit"/> is refused either way.
    /// </summary>
    public static bool TryCheck(ReadOnlySpan<char> text, int maxLength, string tooLong, out ReadOnlySpan<char> trimmed, out string? error, bool checkNormalizedLength = true)
    {
        trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            error = text.IsEmpty ? "the text is empty" : "the text is only white space";
            return false;
        }

        // Longer than this, no text can normalize to within the limit: refused before any work on it.
        if (trimmed.Length > maxLength * Nfc.MaxInputUnitsPerNormalizedUnit)
        {
            error = tooLong;
            return false;
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c < ' ' || c == '\u007F' || (c >= '\u0080' && c < '\u00A0'))
            {
                error = "control characters (including tabs and line breaks) are not allowed";
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < trimmed.Length && char.IsLowSurrogate(trimmed[i + 1]))
                {
                    i++;
                    continue;
                }

                error = "the text holds an unpaired surrogate (invalid UTF-16)";
                return false;
            }

            if (char.IsLowSurrogate(c))
            {
                error = "the text holds an unpaired surrogate (invalid UTF-16)";
                return false;
            }

            if (IsInvisibleFormat(c))
            {
                error = "invisible or bidirectional format characters (such as U+200B or U+202E) are not allowed";
                return false;
            }
        }

        if (checkNormalizedLength && Nfc.NormalizedLength(trimmed) > maxLength)
        {
            error = tooLong;
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The NFC form of already-checked text, reusing <paramref name="original"/> when nothing changes.</summary>
    public static string Normalize(ReadOnlySpan<char> trimmed, string? original)
    {
        var text = original is not null && original.Length == trimmed.Length ? original : new string(trimmed);
        return Nfc.Normalize(text);
    }

    private static bool IsInvisibleFormat(char c)
        => c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
            or (>= '\u2066' and <= '\u2069') or '\uFEFF'
            || (c > '\u00FF' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u00AD');
}
