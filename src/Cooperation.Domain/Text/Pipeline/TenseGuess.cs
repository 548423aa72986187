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

        // The words of the place's own clause first: "El canciller, quien viajará a Belmopán en febrero, saludó …" puts
        // February in the future, though "saludó" is as near.
        var (beforeOpen, afterOpen) = (true, true);
        for (var distance = 0; distance <= Window && (beforeOpen || afterOpen); distance++)
        {
            a.Steps++;
            var after = end + distance;
            afterOpen &= !(a.IsPunct(after, ',') || a.IsPunct(after, ';'));
            if (afterOpen && Of(a, after, sentence) is var ahead and not Tense.Unknown)
            {
                return ahead;
            }

            var before = first - 1 - distance;
            beforeOpen &= !(a.IsPunct(before, ',') || a.IsPunct(before, ';'));
            if (beforeOpen && Of(a, before, sentence) is var behind and not Tense.Unknown)
            {
                return behind;
            }
        }

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

    /// <summary>
    /// The tense of a date's clause. A date that opens its sentence before a comma ("El 3 de marzo, …", "Este jueves, …")
    /// takes the tense of its clause's main verb: a relative clause or an adverbial one set off by commas in between ("…,
    /// que se reunirán en mayo, firmaron", "…, tras recordar que … entró en vigor …, se reunirán") is passed over, but a
    /// "cuando" clause is the date's own ("El 3 de marzo, cuando se reunirán …"). Otherwise <see cref="Around"/>.
    /// </summary>
    public static Tense OfDate(Analysis a, int first, int end)
    {
        if (OpensSentence(a, first) && a.IsPunct(end, ','))
        {
            var sentence = a.Tokens[first].Sentence;
            var skipping = false;
            for (var k = end; k < Math.Min(a.Count, end + FarWindow); k++)
            {
                a.Steps++;
                if (a.Tokens[k].Sentence != sentence || a.IsPunct(k, ';'))
                {
                    break;
                }

                if (a.IsPunct(k, ','))
                {
                    skipping = k + 1 < a.Count && a.Tokens[k + 1].Kind == TokenKind.Word && Subordinators.Contains(a.Tokens[k + 1].Hash);
                    continue;
                }

                var tense = skipping ? Tense.Unknown : Of(a, k, sentence);
                if (tense != Tense.Unknown)
                {
                    return tense;
                }
            }
        }

        return Around(a, first, end);
    }

    // Words that open a clause inside the sentence that is not its main one.
    private static readonly System.Collections.Generic.HashSet<ulong> Subordinators =
        [.. System.Linq.Enumerable.Select(new[] { "que", "quien", "quienes", "tras", "después", "luego", "who", "which", "that", "after" }, WordHash.Of)];

    /// <summary>At most two words ("El", "On", "Este") stand before the token in its sentence, or in its clause after a semicolon.</summary>
    public static bool OpensSentence(Analysis a, int first)
    {
        var sentence = a.Tokens[first].Sentence;
        var words = 0;
        for (var j = first - 1; j >= 0 && a.Tokens[j].Sentence == sentence && !a.IsPunct(j, ';'); j--)
        {
            a.Steps++;
            if (a.Tokens[j].Kind == TokenKind.Word && ++words > 2)
            {
                return false;
            }
        }

        return true;
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
