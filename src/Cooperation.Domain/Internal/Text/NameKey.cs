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

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long as the input, up to 2x for ligatures).</summary>
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
        foreach (var c in text)
        {
            ReadOnlySpan<char> folded;
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    folded = AsciiLower.AsSpan(c, 1);
                }
                else if (char.IsControl(c))
                {
                    return NameKeyStatus.ControlCharacter;
                }
                else
                {
                    EndWord(ref inWord, ref firstWordEnd, length);
                    continue;
                }
            }
            else
            {
                var index = AsciiFoldData.Chars.BinarySearch(c);
                if (index >= 0)
                {
                    folded = AsciiFoldData.Folded[index];
                }
                else
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

    // 128 characters: the lowercase of each ASCII character (only letters and digits are read).
    private static readonly string AsciiLower = BuildAsciiLower();

    private static string BuildAsciiLower()
    {
        Span<char> table = stackalloc char[128];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = char.ToLowerInvariant((char)i);
        }

        return new string(table);
    }

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
