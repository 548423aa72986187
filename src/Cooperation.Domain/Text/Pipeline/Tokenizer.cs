using System;
using System.Buffers;
using System.Globalization;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Text;

/// <summary>
/// Cuts a text into tokens with their offsets in one pass: words (letters, with apostrophes inside and dotted
/// abbreviations such as "EE.UU."), numbers (with an attached ordinal suffix, "8ª", "24th"), single punctuation
/// characters and web addresses. Each word is folded once and looked up in the <see cref="Lexicon"/>.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Words longer than this are not folded (no table holds them): a 50 MB word costs one pass.</summary>
    private const int MaxFoldedWord = 64;

    /// <summary>Tokens of <paramref name="text"/> in a rented array; return it with <see cref="ArrayPool{T}.Shared"/>.</summary>
    public static Token[] Tokenize(string text, out int count)
    {
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, (text.Length / 4) + 16));
        count = 0;
        var i = 0;
        byte gap = 3;
        var lineStart = true;
        Span<char> folded = stackalloc char[MaxFoldedWord * NameKey.MaxExpansion];
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                var newlines = 0;
                while (i < text.Length && IsSpace(text[i]))
                {
                    if (text[i] == '\n' || text[i] == '\u2028' || text[i] == '\u2029' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        newlines++;
                    }

                    i++;
                }

                gap = Math.Max(gap, newlines >= 2 ? (byte)3 : newlines == 1 ? (byte)2 : (byte)1);
                lineStart |= newlines > 0;
                continue;
            }

            var token = default(Token);
            token.Start = i;
            token.Gap = count == 0 ? (byte)3 : gap;
            if (lineStart)
            {
                token.Flags |= TokenFlags.LineStart;
            }

            if (c is 'h' or 'H' or 'w' or 'W' && IsUrlStart(text, i))
            {
                while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('<' or '>' or '"' or '\u201D'))
                {
                    i++;
                }

                token.Kind = TokenKind.Url;
            }
            else if (IsLetter(text, i))
            {
                i = ScanWord(text, i, ref token);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(text, i, ref token);
            }
            else
            {
                token.Kind = TokenKind.Punct;
                token.Number = c;
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            token.End = i;
            if (token.Gap == 0 && count > 0 && tokens[count - 1].Kind is TokenKind.Word or TokenKind.Number
                && token.Kind is TokenKind.Word or TokenKind.Number)
            {
                token.Flags |= TokenFlags.Glued;
            }
            else if (token.Gap == 0 && count > 1 && token.Kind == TokenKind.Number && tokens[count - 1].Kind == TokenKind.Punct
                && tokens[count - 1].Gap == 0 && tokens[count - 2].Kind == TokenKind.Word && tokens[count - 1].Number is '-' or '/')
            {
                // "COVID-19": a number hyphened to a word is part of a name.
                token.Flags |= TokenFlags.Glued;
            }

            if (token.Kind == TokenKind.Word)
            {
                var word = text.AsSpan(token.Start, token.End - token.Start);
                if (AsciiHash(word, out var hash, out var letters))
                {
                    // The common case: ASCII letters, folded and hashed in one pass, as NameKey would fold them.
                    token.Hash = hash;
                    if (letters <= Lexicon.MaxWordLength)
                    {
                        token.Lex = Lexicon.FindByHash(hash);
                    }
                }
                else if (word.Length <= MaxFoldedWord && NameKey.TryFold(word, folded, out var length) == NameKeyStatus.Success)
                {
                    var key = folded[..length];
                    token.Hash = WordHash.OfFolded(key);
                    if (length <= Lexicon.MaxWordLength)
                    {
                        token.Lex = Lexicon.FindByHash(token.Hash);
                    }
                }
            }

            if (count == tokens.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                Array.Copy(tokens, larger, count);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = larger;
            }

            tokens[count++] = token;
            gap = 0;
            lineStart = false;
        }

        MarkCapsLines(tokens, count, text);
        return tokens;
    }

    // The hash of a word of ASCII letters (and the periods and apostrophes inside it, which folding drops), lowercased:
    // the same as WordHash.OfFolded of its NameKey. False when the word has any other character.
    private static bool AsciiHash(ReadOnlySpan<char> word, out ulong hash, out int letters)
    {
        hash = 14695981039346656037UL;
        letters = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c))
            {
                hash = (hash ^ (uint)(c | 0x20)) * 1099511628211UL;
                letters++;
            }
            else if (c is not ('.' or '\''))
            {
                return false;
            }
        }

        if (letters == 0)
        {
            return false;
        }

        hash = hash == 0 ? 1 : hash;
        return true;
    }

    /// <summary>True for white space, the no-break space included.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u00A0' or '\f' or '\v' || (c > '\u007F' && char.IsWhiteSpace(c));

    private static bool IsLetter(string text, int i)
    {
        var c = text[i];
        if (c < '\u0080')
        {
            return char.IsAsciiLetter(c);
        }

        if (char.IsHighSurrogate(c))
        {
            return false;
        }

        return char.IsLetter(c) || (i > 0 && IsMark(c));
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsWordChar(string text, int i) => i < text.Length && (IsLetter(text, i) || (text[i] > '\u007F' && IsMark(text[i])));

    private static int ScanWord(string text, int i, ref Token token)
    {
        token.Kind = TokenKind.Word;
        var start = i;
        var upper = 0;
        var lower = 0;
        var first = true;
        while (true)
        {
            while (IsWordChar(text, i))
            {
                var c = text[i];
                if (char.IsUpper(c))
                {
                    upper++;
                    if (first)
                    {
                        token.Flags |= TokenFlags.Capitalized;
                    }
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }

                first = false;
                i++;
            }

            // An apostrophe between letters joins ("d'Ivoire", "O'Brien"), except the English possessive "'s".
            if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && IsWordChar(text, i + 1)
                && !(text[i + 1] is 's' or 'S' && !IsWordChar(text, i + 2)))
            {
                i++;
                continue;
            }

            // A dotted abbreviation: short letter runs joined by periods ("U.S.", "EE.UU.", "a.m.", "D.C.").
            if (i - start <= 3 && i + 1 < text.Length && text[i] == '.' && IsWordChar(text, i + 1) && ShortRunThenPeriod(text, i + 1))
            {
                while (i + 1 < text.Length && text[i] == '.' && IsWordChar(text, i + 1) && ShortRunThenPeriod(text, i + 1))
                {
                    i++;
                    while (IsWordChar(text, i))
                    {
                        if (char.IsUpper(text[i]))
                        {
                            upper++;
                        }
                        else if (char.IsLower(text[i]))
                        {
                            lower++;
                        }

                        i++;
                    }
                }

                if (i < text.Length && text[i] == '.')
                {
                    i++;
                }

                token.Flags |= TokenFlags.Dotted;
            }

            break;
        }

        if (lower > 0)
        {
            token.Flags |= TokenFlags.HasLower;
        }
        else if (upper >= 2)
        {
            token.Flags |= TokenFlags.AllCaps;
        }

        return i;
    }

    // A run of one to three letters followed by a period: the next piece of a dotted abbreviation.
    private static bool ShortRunThenPeriod(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i <= 3 && IsWordChar(text, j))
        {
            j++;
        }

        return j - i is >= 1 and <= 3 && (j >= text.Length || text[j] == '.' || !IsWordChar(text, j)) && (j < text.Length && text[j] == '.');
    }

    private static int ScanNumber(string text, int i, ref Token token)
    {
        token.Kind = TokenKind.Number;
        long value = 0;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (digits < 9)
            {
                value = (value * 10) + (text[i] - '0');
            }

            digits++;
            i++;
        }

        token.Number = digits > 9 ? -1 : (int)value;

        // An attached ordinal suffix: "8ª", "8º", "8°", "8.ª", "8.º", "24th", "1st", "1er", "2do", "10mo".
        if (i < text.Length && text[i] is '\u00AA' or '\u00BA' or '\u00B0')
        {
            token.Flags |= TokenFlags.OrdinalSuffix;
            return i + 1;
        }

        if (i + 1 < text.Length && text[i] == '.' && text[i + 1] is '\u00AA' or '\u00BA')
        {
            token.Flags |= TokenFlags.OrdinalSuffix;
            return i + 2;
        }

        var j = i;
        while (j < text.Length && j - i < 4 && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        if (j > i && !(j < text.Length && IsWordChar(text, j)) && IsOrdinalSuffix(text.AsSpan(i, j - i)))
        {
            token.Flags |= TokenFlags.OrdinalSuffix;
            return j;
        }

        return i;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s)
        => s.Equals("th", StringComparison.OrdinalIgnoreCase) || s.Equals("st", StringComparison.OrdinalIgnoreCase)
        || s.Equals("nd", StringComparison.OrdinalIgnoreCase) || s.Equals("rd", StringComparison.OrdinalIgnoreCase)
        || s is "er" or "ero" or "era" or "ro" or "ra" or "do" or "da" or "to" or "ta" or "mo" or "ma" or "vo" or "va" or "no" or "na" or "o" or "a";

    private static bool IsUrlStart(string text, int i)
    {
        var rest = text.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsAsciiLetterOrDigit(rest[4]));
    }

    // A line whose words are all in capitals (a headline): acronyms found there are not trusted.
    private static void MarkCapsLines(Token[] tokens, int count, string text)
    {
        var lineFirst = 0;
        for (var k = 0; k <= count; k++)
        {
            if (k == count || (k > lineFirst && tokens[k].Has(TokenFlags.LineStart)))
            {
                var words = 0;
                var caps = 0;
                for (var m = lineFirst; m < k; m++)
                {
                    if (tokens[m].Kind == TokenKind.Word && tokens[m].Length > 1)
                    {
                        words++;
                        if (tokens[m].Has(TokenFlags.AllCaps))
                        {
                            caps++;
                        }
                    }
                }

                if (words >= 3 && caps == words)
                {
                    for (var m = lineFirst; m < k; m++)
                    {
                        tokens[m].Flags |= TokenFlags.CapsLine;
                    }
                }

                lineFirst = k;
            }
        }

        _ = text;
    }
}
