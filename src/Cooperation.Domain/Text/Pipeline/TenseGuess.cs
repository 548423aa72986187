using System;

namespace Cooperation.Domain.Text;

/// <summary>
/// The tense of the words around a place in a sentence: the nearest word that marks the past ("realizó", "held",
/// "pasada", "was") or the future ("realizará", "will", "próxima", "se prevé") wins. Spanish verbs are also read by their
/// endings (preterite "-ó", "-aron", "-ieron"; future "-rá", "-rán").
/// </summary>
internal static class TenseGuess
{
    /// <summary>How far, in tokens, a marker may be from the place and still count.</summary>
    public const int Window = 14;

    /// <summary>The tense around tokens <paramref name="first"/> to before <paramref name="end"/>, within their sentence.</summary>
    public static Tense Around(Analysis a, int first, int end)
    {
        var sentence = a.Tokens[Math.Min(first, a.Count - 1)].Sentence;
        for (var distance = 0; distance <= Window; distance++)
        {
            a.Steps++;
            var before = first - 1 - distance;
            var after = end + distance;
            var tense = Of(a, after, sentence);
            if (tense != Tense.Unknown)
            {
                return tense;
            }

            tense = Of(a, before, sentence);
            if (tense != Tense.Unknown)
            {
                return tense;
            }
        }

        return Tense.Unknown;
    }

    private static readonly ulong BeHash = WordHash.Of("be");

    /// <summary>The tense one word marks, or <see cref="Tense.Unknown"/>.</summary>
    public static Tense Of(Analysis a, int k, int sentence)
    {
        if ((uint)k >= (uint)a.Count || a.Tokens[k].Kind != TokenKind.Word || a.Tokens[k].Sentence != sentence)
        {
            return Tense.Unknown;
        }

        ref readonly var token = ref a.Tokens[k];

        // "to be held", "to be convened": a plan.
        if (a.IsWord(k, BeHash) && a.IsWord(k - 1, Words.To))
        {
            return Tense.Future;
        }

        if (token.Is(LexClass.Future))
        {
            return Tense.Future;
        }

        if (token.Is(LexClass.Past))
        {
            return Tense.Past;
        }

        // Capitalised words are names, not verbs ("Cardoso", "Ramó…"); only lower-case words are read by their ending.
        if (token.Has(TokenFlags.Capitalized) || token.Length < 4)
        {
            return Tense.Unknown;
        }

        var word = a.Span(k);
        foreach (var ending in TenseWords.SpanishFutureEndings)
        {
            a.Steps++;
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return Tense.Future;
            }
        }

        foreach (var ending in TenseWords.SpanishPastEndings)
        {
            a.Steps++;
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return Tense.Past;
            }
        }

        // English regular past: "advanced", "discussed", "traveled"; not "need", "speed", "-ed" nouns of four letters.
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length >= 6 && a.Language == Language.English)
        {
            return Tense.Past;
        }

        return Tense.Unknown;
    }
}
