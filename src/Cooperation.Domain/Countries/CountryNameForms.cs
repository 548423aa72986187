using System;
using System.Collections.Frozen;
using System.Globalization;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain;

/// <summary>
/// The other ways lists write a country name, tried when its name key is not in the table: ISO's and the UN's
/// qualifiers in parentheses ("Netherlands (Kingdom of the)", "Congo (the)"), comma-inverted forms ("Tanzania, the
/// United Republic of", "Korea, Rep.", "China, Hong Kong Special Administrative Region"), abbreviations ("St.", "Rep.",
/// "Dem.", "Fed. Sts."), a saint named another way ("Sao Tomé" for "Santo Tomé", "St. Maarten" for "Sint Maarten") and
/// "y", "e", "&amp;" or "and" between two names ("Saint Kitts y Nevis", "Trinidad &amp; Tobago"). Each form is folded into
/// a name key and looked up in the same table, so a form finds only names the table holds, and a shared name stays
/// ambiguous.
/// </summary>
/// <remarks>
/// Work is bounded: at most <see cref="MaxWords"/> words are rearranged and <see cref="MaxFormsPerOrder"/> spellings of
/// each arrangement tried, so a look-up stays linear in the input. Nothing is allocated: words, keys and counters live
/// on the stack.
/// </remarks>
internal static class CountryNameForms
{
    /// <summary>Names with more words than this are not rearranged.</summary>
    private const int MaxWords = 24;

    /// <summary>The most spellings tried for each arrangement of the words.</summary>
    private const int MaxFormsPerOrder = 64;

    private const int FoldedCapacity = NameKey.MaxInputLength * NameKey.MaxExpansion;
    private const int KeyCapacity = FoldedCapacity + (MaxWords * 8) + 2;

    // Words that name a saint, in the languages of the lists ("St." and "Sto." abbreviate them): one may stand for another.
    private static readonly string[] Saints = ["saint", "sainte", "san", "santa", "santo", "sao", "sint", "st", "ste", "sta", "sto"];

    // "And" in English, Spanish ("y", "e" before an i sound) and Portuguese.
    private static readonly string[] Ands = ["and", "y", "e"];

    // Abbreviations of the World Bank's and everyday lists, with what they stand for in English and Spanish.
    private static readonly string[][] Abbreviations =
    [
        ["rep", "republic", "republica"],
        ["dem", "democratic", "democratica"],
        ["fed", "federated"],
        ["sts", "states"],
    ];

    // The longest word Classify recognises ("saint", "sainte").
    private const int LongestSpelt = 6;

    // A qualifier that ends with one of these is the start of the name: "Kingdom of the" + "Netherlands".
    private static readonly FrozenSet<string> Linking = FrozenSet.Create(StringComparer.Ordinal, "of", "the", "de", "del", "la", "los", "las", "el");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingSpan = Linking.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Part : byte
    {
        Head,
        Qualifier,
    }

    /// <summary>
    /// Looks up the other forms of <paramref name="text"/>, which must fold to a name key (<see cref="NameKey"/>); true
    /// with the table entry (a row, or the complement of an ambiguous group) of the first form found.
    /// </summary>
    public static bool TryResolve(ReadOnlySpan<char> text, FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> names, out int entry)
    {
        entry = 0;
        Span<char> folded = stackalloc char[FoldedCapacity];
        Span<int> wordStart = stackalloc int[MaxWords];
        Span<int> wordLength = stackalloc int[MaxWords];
        Span<Part> wordPart = stackalloc Part[MaxWords];
        var count = Split(text, folded, wordStart, wordLength, wordPart);
        if (count <= 0)
        {
            return false;
        }

        // The arrangements: the words as written (brackets dropped, abbreviations and saints respelt), then, when there
        // is a qualifier, without it if it is only an article, or before the head ("Kingdom of the Netherlands"), or
        // before "of" and the head ("Rep." + "of" + "Korea").
        Span<int> order = stackalloc int[MaxWords + 1];
        var heads = 0;
        var qualifiers = 0;
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            _ = wordPart[i] == Part.Head ? heads++ : qualifiers++;
        }

        if (TryOrder(order[..count], folded, wordStart, wordLength, names, out entry))
        {
            return true;
        }

        if (qualifiers == 0 || heads == 0)
        {
            return false;
        }

        var lastQualifier = -1;
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            if (wordPart[i] == Part.Qualifier)
            {
                order[n++] = i;
                lastQualifier = i;
            }
        }

        var qualifier = Word(folded, wordStart, wordLength, lastQualifier);
        if (qualifiers == 1 && IsArticle(qualifier))
        {
            n = 0;
        }

        var qualifierEnd = n;
        for (var i = 0; i < count; i++)
        {
            if (wordPart[i] == Part.Head)
            {
                order[n++] = i;
            }
        }

        if (TryOrder(order[..n], folded, wordStart, wordLength, names, out entry))
        {
            return true;
        }

        if (qualifierEnd == 0 || LinkingSpan.Contains(qualifier))
        {
            return false;
        }

        // "of" between qualifier and head: its index is -1.
        order[qualifierEnd..n].CopyTo(order[(qualifierEnd + 1)..]);
        order[qualifierEnd] = -1;
        return TryOrder(order[..(n + 1)], folded, wordStart, wordLength, names, out entry);
    }

    // Folds each word of the text into `folded`; a word inside square brackets is dropped ("[Malvinas]"), a word in
    // the last parenthesis that ends the text or after the first comma is part of the qualifier. Returns the word
    // count, or -1 when the text has too many words.
    private static int Split(ReadOnlySpan<char> text, Span<char> folded, Span<int> wordStart, Span<int> wordLength, Span<Part> wordPart)
    {
        int depth = 0, bracket = 0, lastOpen = -1, lastClose = -1, firstComma = -1;
        var wordAfterClose = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[')
            {
                bracket++;
            }
            else if (c == ']' && bracket > 0)
            {
                bracket--;
            }
            else if (bracket > 0)
            {
                continue;
            }
            else if (c == '(')
            {
                lastOpen = depth == 0 ? i : lastOpen;
                depth++;
            }
            else if (c == ')' && depth > 0 && --depth == 0)
            {
                lastClose = i;
                wordAfterClose = false;
            }
            else if (depth == 0)
            {
                firstComma = c == ',' && firstComma < 0 ? i : firstComma;
                wordAfterClose |= lastClose >= 0 && IsWordChar(c);
            }
        }

        var parenthesis = lastClose >= 0 && !wordAfterClose;
        var count = 0;
        var used = 0;
        bracket = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c == '&' && bracket == 0)
            {
                // "Trinidad & Tobago": the ampersand is the word "and".
                if (count == MaxWords || used + 3 > folded.Length)
                {
                    return -1;
                }

                "and".CopyTo(folded[used..]);
                wordStart[count] = used;
                wordLength[count] = 3;
                wordPart[count] = PartOf(i, parenthesis, lastOpen, lastClose, firstComma);
                used += 3;
                count++;
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                bracket += c == '[' ? 1 : c == ']' && bracket > 0 ? -1 : 0;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (bracket > 0)
            {
                continue;
            }

            if (NameKey.TryFold(text[start..i], folded[used..], out var length) != NameKeyStatus.Success)
            {
                continue; // marks or format characters alone: nothing to fold
            }

            if (count == MaxWords)
            {
                return -1;
            }

            wordStart[count] = used;
            wordLength[count] = length;
            wordPart[count] = PartOf(start, parenthesis, lastOpen, lastClose, firstComma);
            used += length;
            count++;
        }

        return count;
    }

    private static Part PartOf(int position, bool parenthesis, int lastOpen, int lastClose, int firstComma)
        => (parenthesis ? position > lastOpen && position < lastClose : firstComma >= 0 && position > firstComma) ? Part.Qualifier : Part.Head;

    private static bool IsWordChar(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => true,
        _ => false,
    };

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> folded, ReadOnlySpan<int> start, ReadOnlySpan<int> length, int index)
        => index < 0 ? "of" : folded.Slice(start[index], length[index]);

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "the" or "el" or "la" or "los" or "las";

    // Tries the spellings of one arrangement: every combination of each word's alternatives (as written first), up to
    // MaxFormsPerOrder, with a leading article dropped as the name keys drop it.
    private static bool TryOrder(ReadOnlySpan<int> order, ReadOnlySpan<char> folded, ReadOnlySpan<int> start, ReadOnlySpan<int> length,
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> names, out int entry)
    {
        entry = 0;
        if (order.Length >= 2 && order[0] >= 0 && IsArticle(Word(folded, start, length, order[0])))
        {
            order = order[1..];
        }

        // Each word's spellings, worked out once: its group (-1 none, 0 saints, 1 conjunctions, 2 + r abbreviation row
        // r), its own place in a group, and how many spellings it has.
        Span<int> choice = stackalloc int[order.Length];
        Span<int> group = stackalloc int[order.Length];
        Span<int> own = stackalloc int[order.Length];
        Span<int> spellings = stackalloc int[order.Length];
        choice.Clear(); // the module skips zeroing locals
        for (var i = 0; i < order.Length; i++)
        {
            spellings[i] = Classify(Word(folded, start, length, order[i]), out group[i], out own[i]);
        }

        Span<char> key = stackalloc char[KeyCapacity];
        for (var form = 0; form < MaxFormsPerOrder; form++)
        {
            var used = 0;
            var fits = true;
            for (var i = 0; i < order.Length && fits; i++)
            {
                var spelling = choice[i] == 0 ? Word(folded, start, length, order[i]) : Alternative(group[i], own[i], choice[i]);
                fits = used + spelling.Length <= key.Length;
                if (fits)
                {
                    spelling.CopyTo(key[used..]);
                    used += spelling.Length;
                }
            }

            if (fits && names.TryGetValue(key[..used], out entry))
            {
                return true;
            }

            // The next combination, as a mixed-radix counter; done when it wraps.
            var position = 0;
            while (position < order.Length && ++choice[position] == spellings[position])
            {
                choice[position++] = 0;
            }

            if (position == order.Length)
            {
                return false;
            }
        }

        return false;
    }

    // How many spellings a word has (1: only as written), with its group and its place in it.
    private static int Classify(ReadOnlySpan<char> word, out int group, out int own)
    {
        group = -1;
        own = -1;
        if (word.Length > LongestSpelt)
        {
            return 1; // no saint, conjunction or abbreviation is this long
        }

        own = IndexOf(Saints, word);
        if (own >= 0)
        {
            group = 0;
            return Saints.Length;
        }

        own = IndexOf(Ands, word);
        if (own >= 0)
        {
            group = 1;
            return Ands.Length;
        }

        for (var r = 0; r < Abbreviations.Length; r++)
        {
            if (word.SequenceEqual(Abbreviations[r][0]))
            {
                group = 2 + r;
                own = 0;
                return Abbreviations[r].Length;
            }
        }

        group = -1;
        return 1;
    }

    // The k-th spelling (k ≥ 1) of a word of a group: the other members of its group, or what it abbreviates.
    private static string Alternative(int group, int own, int k) => group switch
    {
        0 => Saints[k <= own ? k - 1 : k],
        1 => Ands[k <= own ? k - 1 : k],
        _ => Abbreviations[group - 2][k],
    };

    private static int IndexOf(string[] group, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < group.Length; i++)
        {
            if (word.SequenceEqual(group[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
