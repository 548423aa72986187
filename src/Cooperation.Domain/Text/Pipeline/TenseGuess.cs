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

        // "este jueves, a las 11:00 horas, su titular, …, encabezarán …": a date put before its clause takes the tense of
        // the clause's verb further on.
        for (var k = end + Window + 1; k < Math.Min(a.Count, end + FarWindow); k++)
        {
            a.Steps++;
            if (a.Tokens[k].Sentence != sentence || a.IsPunct(k, ';'))
            {
                break;
            }

            var tense = Of(a, k, sentence);
            if (tense != Tense.Unknown)
            {
                return tense;
            }
        }

        return Tense.Unknown;
    }

    /// <summary>How far ahead in its sentence a date looks for its verb when none is near.</summary>
    public const int FarWindow = 45;

    private static readonly ulong BeHash = WordHash.Of("be");

    // "agreed to meet again", "acordaron … reunirse nuevamente", "decidieron celebrar": a meeting verb in the infinitive
    // after a verb of agreeing or deciding in its clause is a plan, whatever the tense of the agreeing.
    private static bool IsPlannedMeeting(Analysis a, int k)
    {
        if (!TenseWords.MeetingInfinitiveHashes.Contains(a.Tokens[k].Hash))
        {
            return false;
        }

        var sentence = a.Tokens[k].Sentence;
        for (var j = k - 1; j >= 0 && k - j <= 12 && a.Tokens[j].Sentence == sentence && !a.IsPunct(j, ';'); j--)
        {
            a.Steps++;
            if (a.Tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            if (TenseWords.AgreeingHashes.Contains(a.Tokens[j].Hash))
            {
                return true;
            }

            // "tras reunirse", "after meeting": the meeting came first.
            if (TenseWords.AfterHashes.Contains(a.Tokens[j].Hash))
            {
                return false;
            }
        }

        return false;
    }

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

        if (token.Is(LexClass.Future) || IsPlannedMeeting(a, k))
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
