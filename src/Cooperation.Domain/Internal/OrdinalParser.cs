using System;
using System.Runtime.CompilerServices;

namespace Cooperation.Domain.Internal;

/// <summary>
/// The grammar behind <see cref="Ordinal"/> parsing: numbers with English or Spanish suffixes, Roman numerals, and
/// Spanish and English words from 1 to 20. Never throws and never allocates; on failure the reason is a constant.
/// </summary>
internal static class OrdinalParser
{
    /// <summary>Longest trimmed input looked at: longer text is rejected before any scanning.</summary>
    public const int MaxLength = 32;

    private const string Empty = "the text is empty";
    private const string WhiteSpace = "the text is only white space";
    private const string TooLong = "the text is longer than any ordinal (32 characters)";
    private const string Zero = "0 is not a position: ordinals start at 1";
    private const string Negative = "negative numbers are not positions: ordinals start at 1";
    private const string LeadingZero = "leading zeros are not allowed";
    private const string Overflow = "the number is larger than the largest ordinal, 2147483647";
    private const string NonAsciiDigit = "digits must be ASCII 0-9";
    private const string EnglishSuffixMismatch = "the English suffix does not match the number (1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 111th)";
    private const string SpanishAbbreviationMismatch = "the Spanish abbreviation does not match the number (1.er, 1ro, 2do, 3er, 4to, 7mo, 8vo, 9no, 10mo)";
    private const string UnknownSuffix = "the text after the number is not an ordinal suffix (English \"th\", Spanish \"º\", \"ª\", \".º\", \"o\", \"a\")";
    private const string NotRoman = "not a canonical Roman numeral (I to MMMCMXCIX, as in VIII or XIV)";
    private const string NotWord = "not an ordinal word (Spanish and English words are known from 1 to 20, as in \"octava\" or \"eighth\")";
    private const string GenderMismatch = "the parts of a compound Spanish ordinal disagree in gender (\"décima tercera\", \"décimo tercero\")";

    /// <summary>Parses <paramref name="text"/>, trimmed of white space, as a positive ordinal.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value, out string? error)
    {
        // A word spelt in lower case ("décima", "eighth") is the one form that needs no other step: look it up
        // before the general dispatch. Anything the table does not hold takes the general path below.
        if (text.Length is >= 4 and <= MaxLength && char.IsAsciiLetterLower(text[0]) && IsLowerWord(text))
        {
            value = WholeWord(text);
            if (value != 0)
            {
                error = null;
                return true;
            }
        }

        value = 0;
        if (text.IsEmpty)
        {
            error = Empty;
            return false;
        }

        // Long input is rejected on its length: a 1 MB string costs no more than a short one.
        if (text.Length > MaxLength * 4)
        {
            error = TooLong;
            return false;
        }

        var s = text.Trim();
        if (s.IsEmpty)
        {
            error = WhiteSpace;
            return false;
        }

        if (s.Length > MaxLength)
        {
            error = TooLong;
            return false;
        }

        var first = s[0];
        if (char.IsAsciiDigit(first))
        {
            return TryParseNumbered(s, out value, out error);
        }

        if (first is '-' or '\u2212')
        {
            error = s.Length > 1 && char.IsDigit(s[1]) ? Negative : NotWord;
            return false;
        }

        if (char.IsDigit(first))
        {
            error = NonAsciiDigit;
            return false;
        }

        if (RomanNumeral.IsRomanLetters(s))
        {
            if (RomanNumeral.TryParse(s, out value))
            {
                error = null;
                return true;
            }

            error = NotRoman;
            return false;
        }

        return TryParseWord(s, out value, out error);
    }

    private static bool TryParseNumbered(ReadOnlySpan<char> s, out int value, out string? error)
    {
        value = 0;
        long number = 0;
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            number = (number * 10) + (s[i] - '0');
            if (number > int.MaxValue)
            {
                error = Overflow;
                return false;
            }

            i++;
        }

        if (number == 0)
        {
            error = Zero;
            return false;
        }

        if (s[0] == '0')
        {
            error = LeadingZero;
            return false;
        }

        if (i < s.Length && char.IsDigit(s[i]))
        {
            error = NonAsciiDigit;
            return false;
        }

        var n = (int)number;
        var suffix = s[i..];
        if (!suffix.IsEmpty && !TryCheckSuffix(suffix, n, out error))
        {
            return false;
        }

        value = n;
        error = null;
        return true;
    }

    private static bool TryCheckSuffix(ReadOnlySpan<char> suffix, int n, out string? error)
    {
        // English: two ASCII letters that must agree with the number.
        if (suffix.Length == 2 && char.IsAsciiLetter(suffix[0]) && char.IsAsciiLetter(suffix[1]))
        {
            var english = EnglishSuffix(n);
            if (IsPair(suffix, english[0], english[1]))
            {
                error = null;
                return true;
            }

            if (IsPair(suffix, 's', 't') || IsPair(suffix, 'n', 'd') || IsPair(suffix, 'r', 'd') || IsPair(suffix, 't', 'h'))
            {
                error = EnglishSuffixMismatch;
                return false;
            }
        }

        // Spanish: an optional period, then "º", "ª", "°" or a letter abbreviation, then an optional period
        // (one period at most: "8.ª", "8ª", "8a.", "8.º", "8vo", "1.er").
        var leadingPeriod = suffix[0] == '.';
        var body = leadingPeriod ? suffix[1..] : suffix;
        if (!body.IsEmpty && body[^1] == '.')
        {
            if (leadingPeriod)
            {
                error = UnknownSuffix;
                return false;
            }

            body = body[..^1];
        }

        if (body.Length == 1 && body[0] is 'º' or 'ª' or '°' or 'o' or 'a' or 'O' or 'A')
        {
            error = null;
            return true;
        }

        if (body.Length is 2 or 3 && char.IsAsciiLetter(body[0]) && char.IsAsciiLetter(body[1]) && (body.Length == 2 || char.IsAsciiLetter(body[2])))
        {
            if (MatchesSpanishAbbreviation(body, n, out var known))
            {
                error = null;
                return true;
            }

            error = known ? SpanishAbbreviationMismatch : UnknownSuffix;
            return false;
        }

        error = UnknownSuffix;
        return false;
    }

    /// <summary>"st", "nd", "rd" or "th" for <paramref name="n"/>: 11, 12 and 13 (and 111, 212, ...) take "th".</summary>
    public static string EnglishSuffix(int n)
    {
        var lastTwo = n % 100;
        if (lastTwo is 11 or 12 or 13)
        {
            return "th";
        }

        return (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }

    private static bool IsPair(ReadOnlySpan<char> s, char a, char b) => (s[0] | 0x20) == a && (s[1] | 0x20) == b;

    // Spanish abbreviations end with the last letters of the word: primero -> 1ro or (apocopated) 1er,
    // segundo -> 2do, cuarto -> 4to, séptimo -> 7mo, octavo -> 8vo, noveno -> 9no, décimo/vigésimo -> 10mo, 20mo.
    // The last digit decides, as in the compound words (vigésimo primero -> 21ro); 11 and 12 may also be
    // undécimo and duodécimo (11mo, 12mo). `known` says the letters are an abbreviation at all.
    private static bool MatchesSpanishAbbreviation(ReadOnlySpan<char> body, int n, out bool known)
    {
        Span<char> lower = stackalloc char[3];
        for (var i = 0; i < body.Length; i++)
        {
            lower[i] = (char)(body[i] | 0x20);
        }

        var letters = lower[..body.Length];
        char stem;
        switch (letters)
        {
            case "ro" or "ra" or "er" or "era" or "ero":
                stem = 'r';
                break;
            case "do" or "da":
                stem = 'd';
                break;
            case "to" or "ta":
                stem = 't';
                break;
            case "mo" or "ma":
                stem = 'm';
                break;
            case "vo" or "va":
                stem = 'v';
                break;
            case "no" or "na":
                stem = 'n';
                break;
            default:
                known = false;
                return false;
        }

        known = true;
        if (letters is "er" or "era" or "ero" && n % 10 is not (1 or 3))
        {
            return false;
        }

        var expected = (n % 10) switch
        {
            1 or 3 => 'r',
            2 => 'd',
            4 or 5 or 6 => 't',
            7 or 0 => 'm',
            8 => 'v',
            _ => 'n',
        };
        return stem == expected || (stem == 'm' && n % 100 is 11 or 12);
    }

    private static bool TryParseWord(ReadOnlySpan<char> s, out int value, out string? error)
    {
        value = 0;
        Span<char> buffer = stackalloc char[MaxLength];
        var length = 0;
        var separated = false;
        for (var i = 0; i < s.Length; i++)
        {
            var folded = FoldWordChar(s[i]);
            if (folded == '\0')
            {
                // A combining acute accent (decomposed "é") adds nothing to the key; it may only follow a vowel.
                if (s[i] == '\u0301' && length > 0 && buffer[length - 1] is 'a' or 'e' or 'i' or 'o' or 'u')
                {
                    continue;
                }

                // One space or hyphen may separate the parts of a Spanish compound: "décimo tercero".
                if (s[i] is ' ' or '-' && !separated && IsSpanishTensPrefix(buffer[..length]) && i + 1 < s.Length && s[i + 1] is not (' ' or '-'))
                {
                    separated = true;
                    continue;
                }

                error = NotWord;
                return false;
            }

            buffer[length++] = folded;
        }

        var word = buffer[..length];
        value = separated ? 0 : WholeWord(word);
        if (value != 0)
        {
            error = null;
            return true;
        }

        if (word.Length > 6 && IsSpanishTensPrefix(word[..6]))
        {
            var unit = SpanishUnit(word[6..], out var feminine);
            if (unit != 0)
            {
                // Written apart, both parts agree with the noun: "décima tercera", "décimo tercero". Fused, the first
                // part is invariable in the standard spelling ("decimotercera"), but "decima" + masculine is wrong.
                var prefixFeminine = word[5] == 'a';
                if (separated ? prefixFeminine != feminine : prefixFeminine && !feminine)
                {
                    error = GenderMismatch;
                    return false;
                }

                value = 10 + unit;
                error = null;
                return true;
            }
        }

        error = NotWord;
        return false;
    }

    private static bool IsSpanishTensPrefix(ReadOnlySpan<char> word) => word is "decimo" or "decima";

    private static bool IsLowerWord(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if ((uint)(c - 'a') > 'z' - 'a' && c is not ('á' or 'é' or 'í' or 'ó' or 'ú'))
            {
                return false;
            }
        }

        return true;
    }

    // ASCII letters lower-cased, Spanish acute vowels without their accent; '\0' for anything else.
    // A table over Latin-1 rather than a switch: folding is most of the cost of parsing a word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char FoldWordChar(char c) => c < 0x100 ? (char)FoldTable[c] : '\0';

    // Generated once from the rule above (a-z, A-Z -> a-z; á é í ó ú and their capitals -> a e i o u).
    private static ReadOnlySpan<byte> FoldTable =>
    [
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x61, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x65, 0x00, 0x00, 0x00, 0x69, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x6F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x75, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x61, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x65, 0x00, 0x00, 0x00, 0x69, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x6F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x75, 0x00, 0x00, 0x00, 0x00, 0x00,
    ];

    // Whole words: 1 to 20 in English, and the Spanish words that are not "décimo" + unit compounds.
    private static int WholeWord(ReadOnlySpan<char> word) => WordTable.Find(word);

    /// <summary>
    /// The whole words in an open-addressing table keyed by length and three letters: at most three comparisons
    /// per look-up, which is what brings word parsing near the cost of the numeric forms.
    /// </summary>
    private static class WordTable
    {
        private const int Mask = 255;

        private static readonly (string Word, byte Value)[] Words =
        [
            ("primero", 1), ("primera", 1), ("primer", 1), ("first", 1),
            ("segundo", 2), ("segunda", 2), ("second", 2),
            ("tercero", 3), ("tercera", 3), ("tercer", 3), ("third", 3),
            ("cuarto", 4), ("cuarta", 4), ("fourth", 4),
            ("quinto", 5), ("quinta", 5), ("fifth", 5),
            ("sexto", 6), ("sexta", 6), ("sixth", 6),
            ("septimo", 7), ("septima", 7), ("setimo", 7), ("setima", 7), ("seventh", 7),
            ("octavo", 8), ("octava", 8), ("eighth", 8),
            ("noveno", 9), ("novena", 9), ("nono", 9), ("nona", 9), ("ninth", 9),
            ("decimo", 10), ("decima", 10), ("tenth", 10),
            ("undecimo", 11), ("undecima", 11), ("eleventh", 11),
            ("duodecimo", 12), ("duodecima", 12), ("twelfth", 12),
            ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17),
            ("decimoctavo", 18), ("decimoctava", 18), ("eighteenth", 18),
            ("nineteenth", 19),
            ("vigesimo", 20), ("vigesima", 20), ("twentieth", 20),

            // The accented spellings as written, so that correctly spelt lower-case words need no folding.
            ("séptimo", 7), ("séptima", 7), ("sétimo", 7), ("sétima", 7), ("décimo", 10), ("décima", 10),
            ("undécimo", 11), ("undécima", 11), ("duodécimo", 12), ("duodécima", 12), ("vigésimo", 20), ("vigésima", 20),
        ];

        private static readonly string?[] Slots = Build(out SlotValues);

        private static readonly byte[] SlotValues;

        public static int Find(ReadOnlySpan<char> word)
        {
            if (word.Length < 4)
            {
                return 0;
            }

            var slot = Slot(word);
            while (Slots[slot] is { } candidate)
            {
                if (word.SequenceEqual(candidate))
                {
                    return SlotValues[slot];
                }

                slot = (slot + 1) & Mask;
            }

            return 0;
        }

        // Length, second and last two letters: chosen by search so that no word needs more than three probes.
        private static int Slot(ReadOnlySpan<char> word) => ((word.Length * 3) + (word[1] * 3) + (word[^1] * 7) + word[^2]) & Mask;

        private static string?[] Build(out byte[] values)
        {
            var slots = new string?[Mask + 1];
            values = new byte[Mask + 1];
            foreach (var (word, value) in Words)
            {
                var slot = Slot(word);
                while (slots[slot] is not null)
                {
                    slot = (slot + 1) & Mask;
                }

                slots[slot] = word;
                values[slot] = value;
            }

            return slots;
        }
    }

    // The second part of "decimo…"/"decima…" compounds (1 to 9); feminine tells the gender it shows.
    private static int SpanishUnit(ReadOnlySpan<char> word, out bool feminine)
    {
        feminine = word.Length > 0 && word[^1] == 'a';
        return word switch
        {
            "primero" or "primera" or "primer" => 1,
            "segundo" or "segunda" => 2,
            "tercero" or "tercera" or "tercer" => 3,
            "cuarto" or "cuarta" => 4,
            "quinto" or "quinta" => 5,
            "sexto" or "sexta" => 6,
            "septimo" or "septima" or "setimo" or "setima" => 7,
            "octavo" or "octava" => 8,
            "noveno" or "novena" or "nono" or "nona" => 9,
            _ => 0,
        };
    }
}
