using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;

namespace Cooperation.Domain.Text;

/// <summary>
/// Cuts the tokens into sentences, numbering each token's sentence. A sentence ends at a blank line; at ".", "!", "?"
/// or "…" followed by a word in capitals, a digit, a quote or a bullet (not after an abbreviation such as "Sr." or an
/// initial); and at a line break after such punctuation, before a bullet, or between two lines that do not run on (the
/// first does not end with a comma, a connector or a function word, the second does not start in lower case), so that
/// headlines, datelines and list items stand apart while hard-wrapped paragraphs hold together.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<ulong> Abbreviations =
    [
        .. new[]
        {
            "sr", "sra", "srta", "dr", "dra", "lic", "licda", "mtro", "mtra", "ing", "no", "num", "gral", "gen", "adm", "st",
            "mr", "mrs", "ms", "jr", "prof", "art", "fracc", "inc", "co", "corp", "ltd", "vs", "etc", "aprox", "pag", "p",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene", "abr", "ago", "dic",
            "gob", "excmo", "excma", "hon", "col", "cap", "tte", "cmdte", "sgto", "lt", "capt", "col", "sen", "rep", "gov",
        }.Select(WordHash.Of),
    ];

    /// <summary>Sets <see cref="Token.Sentence"/> on every token and returns the sentences' spans.</summary>
    public static ImmutableArray<TextSpan> Split(Token[] tokens, int count)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        if (count == 0)
        {
            return spans.ToImmutable();
        }

        var wrapped = IsHardWrapped(tokens, count);
        var sentence = 0;
        var first = 0;
        for (var k = 0; k < count; k++)
        {
            if (k > first && StartsSentence(tokens, k, wrapped))
            {
                spans.Add(new TextSpan(tokens[first].Start, tokens[k - 1].End));
                sentence++;
                first = k;
            }

            tokens[k].Sentence = sentence;
        }

        spans.Add(new TextSpan(tokens[first].Start, tokens[count - 1].End));
        return spans.ToImmutable();
    }

    // A text cut into short lines in mid-sentence (a slide, a PDF's text): many of its line breaks are followed by a
    // word in lower case. There, a line break ends a sentence only after a full stop or before a bullet.
    private static bool IsHardWrapped(Token[] tokens, int count)
    {
        var breaks = 0;
        var runOn = 0;
        for (var k = 1; k < count; k++)
        {
            if (tokens[k].Gap == 2)
            {
                breaks++;
                if (tokens[k].Kind == TokenKind.Word && !tokens[k].Has(TokenFlags.Capitalized) && !IsStop(tokens, k - 1))
                {
                    runOn++;
                }
            }
        }

        return runOn >= 3 && runOn * 4 >= breaks;
    }

    private static bool StartsSentence(Token[] tokens, int k, bool wrapped)
    {
        ref readonly var token = ref tokens[k];
        if (token.Gap == 3)
        {
            return true;
        }

        var previous = PreviousContentToken(tokens, k);
        var endsWithStop = previous >= 0 && IsStop(tokens, previous);
        if (token.Gap == 2)
        {
            if (endsWithStop || IsBullet(tokens, k))
            {
                return true;
            }

            if (wrapped)
            {
                return false;
            }

            ref readonly var last = ref tokens[k - 1];
            var runsOn = last.IsPunct(',') || last.IsPunct('-') || last.IsPunct('(')
                || (last.Kind == TokenKind.Word && last.Is(LexClass.Connector | LexClass.Function | LexClass.Determiner | LexClass.Month))
                || !(token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized));
            return !runsOn;
        }

        if (token.Gap == 1 && endsWithStop)
        {
            return token.Kind switch
            {
                TokenKind.Word => token.Has(TokenFlags.Capitalized),
                TokenKind.Number => true,
                TokenKind.Punct => IsOpening(token.Number) || token.Number is '-' or '\u2013' or '\u2014' or '\u2022',
                _ => false,
            };
        }

        return false;
    }

    // The last token before k that is not a closing quote or bracket.
    private static int PreviousContentToken(Token[] tokens, int k)
    {
        // At most a few: a run of a million quotes is looked back into a bounded distance from each token.
        var p = k - 1;
        while (p >= 0 && k - p < 6 && tokens[p].Kind == TokenKind.Punct && tokens[p].Number is '"' or '\u201D' or '\u2019' or '\u00BB' or ')' or '*')
        {
            p--;
        }

        return p;
    }

    private static bool IsStop(Token[] tokens, int p)
    {
        ref readonly var stop = ref tokens[p];
        if (stop.Kind != TokenKind.Punct || stop.Number is not ('.' or '!' or '?' or '\u2026'))
        {
            return false;
        }

        if (stop.Number == '.' && p > 0 && tokens[p - 1].Kind == TokenKind.Word && tokens[p].Gap == 0)
        {
            ref readonly var word = ref tokens[p - 1];

            // "Sr.", "Mtro.", "Oct." and single initials ("J.") end no sentence.
            if (word.Length == 1 && word.Has(TokenFlags.Capitalized))
            {
                return false;
            }

            if (Abbreviations.Contains(word.Hash))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBullet(Token[] tokens, int k)
    {
        ref readonly var token = ref tokens[k];
        return token.Kind == TokenKind.Punct && token.Number is '-' or '\u2022' or '*' or '\u00B7' or '\u2013' or '\u2014' or '\u25AA' or '\u25CF' or '>';
    }

    private static bool IsOpening(int c) => c is '"' or '\u201C' or '\u00AB' or '(' or '[' or '\u00BF' or '\u00A1' or '\'' or '\u2018' or '*' or '#';
}
