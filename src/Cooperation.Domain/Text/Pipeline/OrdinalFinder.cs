namespace Cooperation.Domain.Text;

/// <summary>
/// Finds the numbers of meetings, conferences, rounds and editions: an ordinal the library's <see cref="Ordinal"/>
/// parser reads ("8ª", "10.ª", "24th", "XXVI", "VI", "fifth", "segunda", "primer") followed by a meeting noun, with at
/// most two adjectives between ("la 8ª Reunión", "XXIV reunión viceministerial", "the fifth meeting", "24th Regional
/// Conference", "I Reunión Plenaria"). The mention runs from the ordinal to the noun and its adjectives; its value is
/// the number. Not ordinals: an ordinal before any other noun ("primer ministro", "segundo semestre", "First Lady",
/// "por primera vez"), "inaugural", numbers of declarations or articles.
/// </summary>
internal static class OrdinalFinder
{
    public static void Scan(Analysis a)
    {
        for (var k = a.SkipUntil; k < a.Count; k++)
        {
            a.Steps++;
            ref readonly var token = ref a.Tokens[k];
            // The noun first: a few token classes, where parsing every word of the text as an ordinal costs a look-up.
            if (!IsOrdinalShape(a, k) || a.IsClaimed(k, k + 1, MentionKinds.Date) || !FindNoun(a, k, out var noun, out var end))
            {
                continue;
            }

            if (!Ordinal.TryParse(a.Span(k), out var ordinal))
            {
                continue;
            }

            var found = a.Add(MentionKind.Ordinal, k, end);
            found.Ordinal = ordinal;
            found.NounToken = noun;
            k = end - 1;
        }
    }

    private static bool IsOrdinalShape(Analysis a, int k)
    {
        ref readonly var token = ref a.Tokens[k];
        if (token.Kind == TokenKind.Number)
        {
            return token.Has(TokenFlags.OrdinalSuffix) && !token.Has(TokenFlags.Glued);
        }

        if (token.Kind != TokenKind.Word || token.Length > 16)
        {
            return false;
        }

        // Roman numerals in capitals ("VI", "XXIV", "I"), or an ordinal word in any case ("quinta", "Fifth").
        var span = a.Span(k);
        var roman = true;
        foreach (var c in span)
        {
            a.Steps++;
            roman &= c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M';
        }

        return roman || !token.Has(TokenFlags.AllCaps);
    }

    // The meeting noun after the ordinal, past at most two adjectives ("24th Regional Conference", "XXVI Reunión
    // Viceministerial" has the adjective after); the end takes in the adjectives after the noun.
    private static bool FindNoun(Analysis a, int k, out int noun, out int end)
    {
        noun = -1;
        end = k + 1;
        var j = k + 1;

        // "8a. Reunión": the period of an abbreviated ordinal.
        if (a.IsPunct(j, '.') && a.Tokens[j].Gap == 0 && a.Tokens[k].Kind == TokenKind.Number)
        {
            j++;
        }

        // A name's adjectives may be three ("the third High-Level Security Dialogue"); lower-case ones two.
        var most = j < a.Count && a.Tokens[j].IsCapitalizedWord ? 3 : 2;
        var compounds = 0;
        for (var skipped = 0; skipped <= most && j < a.Count; skipped++, j++)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];

            // "High-Level", "U.S.-Mexico Bi-National": a glued hyphen joins two words into one adjective (at most two
            // such compounds, so the scan stays short).
            if (skipped > 0 && t.Gap == 0 && t.IsPunct('-') && j + 1 < a.Count && a.Tokens[j + 1].Gap == 0 && a.Tokens[j + 1].Kind == TokenKind.Word)
            {
                skipped -= ++compounds <= 2 ? 2 : 1;
                continue;
            }

            if (t.Kind != TokenKind.Word || t.Sentence != a.Tokens[k].Sentence)
            {
                return false;
            }

            if (t.Is(LexClass.MeetingNoun | LexClass.MechanismHead) && !t.Is(LexClass.Function))
            {
                noun = j;
                break;
            }

            // Between the ordinal and its noun only adjectives stand ("Regional", "High-Level", "bilateral").
            // A state's name stays an adjective even when it folds to a function word ("U.S." to "us").
            if ((t.Is(LexClass.Function | LexClass.Connector | LexClass.Determiner | LexClass.Title | LexClass.Month) && !a.IsClaimed(j, j + 1, MentionKinds.Country))
                || a.IsPunct(j + 1, ','))
            {
                return false;
            }

            // A single capital "I" or "V" needs its noun right after it: "I Reunión Plenaria", not "I think".
            if (a.Tokens[k].Length == 1 && a.Tokens[k].Kind == TokenKind.Word)
            {
                return false;
            }
        }

        if (noun < 0)
        {
            return false;
        }

        end = noun + 1;
        while (end < a.Count && a.Tokens[end].Gap <= 1 && a.Is(end, LexClass.MeetingAdjective) && a.Tokens[end].Sentence == a.Tokens[k].Sentence)
        {
            a.Steps++;
            end++;
        }

        return true;
    }
}
