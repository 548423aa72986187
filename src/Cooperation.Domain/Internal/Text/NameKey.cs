using System;
using System.Globalization;

namespace Cooperation.Domain.Internal.Text;

/// <summary>
/// Folds a name into its ASCII <em>name key</em>: lowercase letters and digits only, accents removed, punctuation
/// and spacing dropped, and a leading article ("the", "el", "la", "los", "las") dropped when more words follow.
/// "los Estados Unidos de América" and "ESTADOS UNIDOS DE AMERICA" both give "estadosunidosdeamerica".
/// </summary>
/// <remarks>
/// This is the run-time half of tools/textfold.py, which folded the country names into keys when the table was
/// generated. Characters are classified with the generated <see cref="AsciiFoldData"/> table and
/// <see cref="CharUnicodeInfo"/> (managed data, not ICU), so the result does not depend on the culture or on
/// invariant globalization mode. Combining marks (decomposed accents) and invisible format characters (zero-width,
/// bidi controls) are skipped; control characters and letters of other scripts make the text unfoldable.
/// </remarks>
internal static class NameKey
{
    /// <summary>The longest input folded; longer text is reported as <see cref="NameKeyStatus.TooLong"/>.</summary>
    public const int MaxInputLength = 256;

    /// <summary>The most characters one input character folds to (the ligature "ﬃ" gives "ffi").</summary>
    public const int MaxExpansion = 3;

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/>, which needs
    /// <see cref="MaxExpansion"/> characters per input character to never run out.
    /// </summary>
    public static NameKeyStatus TryFold(ReadOnlySpan<char> text, Span<char> destination, out int length)
    {
        length = 0;
        if (text.Length > MaxInputLength)
        {
            return NameKeyStatus.TooLong;
        }

        var words = 0;
        var firstWordEnd = -1;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0080')
            {
                // Hot path: ASCII letters and digits are written directly.
                if (char.IsAsciiLetter(c))
                {
                    c = (char)(c | 0x20);
                }
                else if (!char.IsAsciiDigit(c))
                {
                    if (c < ' ' || c == '\u007F')
                    {
                        return NameKeyStatus.ControlCharacter;
                    }

                    EndWord(ref inWord, ref firstWordEnd, length);
                    continue;
                }

                if ((uint)length >= (uint)destination.Length)
                {
                    return NameKeyStatus.TooLong;
                }

                if (!inWord)
                {
                    inWord = true;
                    words++;
                }

                destination[length++] = c;
                continue;
            }

            var folded = Fold(c);
            if (folded.IsEmpty)
            {
                switch (Classify(c))
                {
                    case CharClass.Skip:
                        continue;
                    case CharClass.Break:
                        EndWord(ref inWord, ref firstWordEnd, length);
                        continue;
                    case CharClass.Control:
                        return NameKeyStatus.ControlCharacter;
                    default:
                        return NameKeyStatus.UnsupportedCharacter;
                }
            }

            if (length + folded.Length > destination.Length)
            {
                return NameKeyStatus.TooLong;
            }

            if (!inWord)
            {
                inWord = true;
                words++;
            }

            folded.CopyTo(destination[length..]);
            length += folded.Length;
        }

        if (length == 0)
        {
            return NameKeyStatus.Empty;
        }

        if (words >= 2 && firstWordEnd > 0 && IsArticle(destination[..firstWordEnd]))
        {
            destination[firstWordEnd..length].CopyTo(destination);
            length -= firstWordEnd;
        }

        return NameKeyStatus.Success;
    }

    // What a non-ASCII character folds to, or empty. Latin-1 and Latin Extended-A/B (where accented names live)
    // are read from a dense table; the rest of the generated table is binary-searched.
    private static ReadOnlySpan<char> Fold(char c)
    {
        if (c <= DenseLast)
        {
            var single = Dense[c - DenseFirst];
            if (single == NoFold)
            {
                return default;
            }

            if (single != MultiFold)
            {
                return Dense.AsSpan(c - DenseFirst, 1);
            }
        }

        // The generic overload compares chars directly; BinarySearch(IComparable<char>) would box.
        var index = AsciiFoldData.Chars.BinarySearch<char, char>(c);
        return index >= 0 ? AsciiFoldData.Folded[index] : default;
    }

    private const char DenseFirst = '\u0080';
    private const char DenseLast = '\u024F';
    private const char NoFold = '\0';
    private const char MultiFold = '\u0001';

    // For each character from U+0080 to U+024F: its one-letter fold, NoFold, or MultiFold ("ß" -> "ss").
    private static readonly char[] Dense = BuildDense();

    private static char[] BuildDense()
    {
        var dense = new char[DenseLast - DenseFirst + 1];
        var chars = AsciiFoldData.Chars;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] <= DenseLast)
            {
                var folded = AsciiFoldData.Folded[i];
                dense[chars[i] - DenseFirst] = folded.Length == 1 ? folded[0] : MultiFold;
            }
        }

        return dense;
    }

    private static void EndWord(ref bool inWord, ref int firstWordEnd, int length)
    {
        if (inWord && firstWordEnd < 0)
        {
            firstWordEnd = length;
        }

        inWord = false;
    }

    private static bool IsArticle(ReadOnlySpan<char> word)
        => word is "the" or "el" or "la" or "los" or "las";

    private enum CharClass
    {
        Skip,
        Break,
        Control,
        Unsupported,
    }

    private static CharClass Classify(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format => CharClass.Skip,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
            or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => CharClass.Break,
        UnicodeCategory.Control => CharClass.Control,
        _ => CharClass.Unsupported,
    };
}
