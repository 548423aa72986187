using System;
using System.Collections.Generic;
using System.Globalization;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Text;

/// <summary>
/// The words of a stretch of text as the draft stage compares them: each word folded to lowercase ASCII (accents
/// removed, with the library's own tables, so "Encabezó" and "encabezo" are one word under every culture), and the
/// punctuation that separates clauses kept as tokens of its own (",", ";", "(", ")", ":", "."), each with its offsets.
/// </summary>
internal readonly record struct DraftWord(int Start, int End, string Key)
{
    /// <summary>The words and punctuation of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, in order.</summary>
    public static List<DraftWord> Of(string text, int start, int end)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        var i = Math.Max(0, start);
        end = Math.Min(text.Length, end);
        // Fewer than one word or mark in four characters of prose: the list seldom grows.
        var words = new List<DraftWord>(Math.Clamp(((end - i) / 4) + 2, 4, 2048));
        WorkMeter.Current?.Add(Math.Max(0, end - i));
        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var first = i;
                while (i < end && IsWordChar(text[i]))
                {
                    i++;
                }

                // A word too long to be one of the words compared keeps a key that matches nothing.
                var key = NameKey.TryFold(text.AsSpan(first, i - first), buffer, out var length) == NameKeyStatus.Success
                    ? KeyOf(buffer[..length])
                    : "\u0000";
                words.Add(new DraftWord(first, i, key));
                continue;
            }

            if (c is ',' or ';' or '(' or ')' or ':' or '.' or '|')
            {
                words.Add(new DraftWord(i, i + 1, c.ToString()));
            }

            i++;
        }

        return words;
    }

    /// <summary>How many keys a thread keeps (<see cref="KeyOf"/>): enough for the words of many texts, bounded whatever the text.</summary>
    private const int MaxKeys = 8192;

    // The keys made so far on this thread, found by their characters: the stages read the same sentences and names many
    // times over, and a text repeats its words, so a key is made once instead of once for every reading of a word.
    [ThreadStatic]
    private static Dictionary<string, string>? t_keys;

    /// <summary>The string of a folded key, shared with every earlier word of the same key on this thread.</summary>
    private static string KeyOf(ReadOnlySpan<char> folded)
    {
        var keys = t_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(folded, out var key))
        {
            return key;
        }

        if (keys.Count >= MaxKeys)
        {
            keys.Clear();
        }

        key = folded.ToString();
        keys[key] = key;
        return key;
    }

    /// <summary>Letters, digits and combining marks make words; everything else separates them.</summary>
    public static bool IsWordChar(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    /// <summary>True when the word is one of <paramref name="keys"/>.</summary>
    public bool IsAny(IReadOnlySet<string> keys) => keys.Contains(Key);
}
