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
        // Fewer than one word or mark in four characters of prose: the list seldom grows.
        var words = new List<DraftWord>(Math.Clamp(((Math.Min(text.Length, end) - Math.Max(0, start)) / 4) + 2, 4, 2048));
        Fill(words, text, start, end);
        return words;
    }

    /// <summary>What <see cref="Of"/> gives, as an array of exactly its length (read into a list kept by the thread, then copied once).</summary>
    public static DraftWord[] ArrayOf(string text, int start, int end)
    {
        var words = t_scratch ??= new List<DraftWord>(256);
        words.Clear();
        Fill(words, text, start, end);
        var array = words.ToArray();
        if (words.Capacity > MaxScratch)
        {
            // A sentence of a text with no full stops: not kept.
            t_scratch = null;
        }

        return array;
    }

    private const int MaxScratch = 16384;

    [ThreadStatic]
    private static List<DraftWord>? t_scratch;

    private static void Fill(List<DraftWord> words, string text, int start, int end)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        var i = Math.Max(0, start);
        end = Math.Min(text.Length, end);
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

                words.Add(Word(text, first, i, buffer));
                continue;
            }

            if (c is ',' or ';' or '(' or ')' or ':' or '.' or '|')
            {
                words.Add(new DraftWord(i, i + 1, c.ToString()));
            }

            i++;
        }
    }

    /// <summary>
    /// The words of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, exactly as
    /// <see cref="Of"/> gives them, taken from <paramref name="all"/> (<see cref="Of"/> of a stretch of the same text that holds them) instead of
    /// folding the words again: a slice of it, or a copy of the slice with the parts of the words the ends cut.
    /// </summary>
    public static ArraySegment<DraftWord> Slice(DraftWord[] all, string text, int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(text.Length, end);
        if (start >= end)
        {
            return ArraySegment<DraftWord>.Empty;
        }

        // The first word that ends after the start, and the first that starts at or after the end.
        int low = 0, high = all.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (all[mid].End <= start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var first = low;
        high = all.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (all[mid].Start < end)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var count = low - first;
        WorkMeter.Current?.Add(count + 1);
        if (count == 0 || (all[first].Start >= start && all[first + count - 1].End <= end))
        {
            return new ArraySegment<DraftWord>(all, first, count);
        }

        // An end falls inside a word: that word is only its part inside, as Of reads it.
        Span<char> buffer = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        var words = all.AsSpan(first, count).ToArray();
        ref var head = ref words[0];
        if (head.Start < start)
        {
            head = Word(text, start, Math.Min(head.End, end), buffer);
        }

        ref var tail = ref words[^1];
        if (tail.End > end)
        {
            tail = Word(text, Math.Max(tail.Start, start), end, buffer);
        }

        return new ArraySegment<DraftWord>(words);
    }

    // A word too long to be one of the words compared keeps a key that matches nothing.
    private static DraftWord Word(string text, int first, int end, Span<char> buffer)
        => new(first, end, NameKey.TryFold(text.AsSpan(first, end - first), buffer, out var length) == NameKeyStatus.Success ? KeyOf(buffer[..length]) : "\u0000");

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
