using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// Finds the states a text names: by name or short form, through the library's own look-up
/// (<see cref="Countries.TryFind(ReadOnlySpan{char}, out Country)"/>, the longest name that starts at a capitalised
/// word: "Estados Unidos de América", "El Salvador"); by the abbreviations of the genre ("EE.UU.", "EUA", "U.S.", "US"
/// and, in Spanish, "EU"); and by a demonym beside a noun that stands for the state ("la delegación mexicana", "the
/// Guatemalan government", "altos funcionarios guatemaltecos"). Names inside institution and mechanism names count.
/// </summary>
/// <remarks>
/// Not states: a city named after its country ("Ciudad de México", "Mexico City", "Guatemala City"), a state of Mexico
/// ("Estado de México", "Nuevo México"), a gulf, "América" or "the Americas" as a continent, a country code written as a
/// word ("CAN", "MEX"), a given name before a surname ("Israel Vázquez", "Chad Wolf"), and a demonym beside people
/// ("nacionales venezolanos", "migrantes hondureños").
/// </remarks>
internal static class CountryFinder
{
    /// <summary>The most tokens a country name spans ("Estados Unidos de América" is four).</summary>
    private const int MaxNameTokens = 7;

    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EE.UU."] = "US", ["EEUU"] = "US", ["EUA"] = "US", ["E.U.A."] = "US", ["U.S."] = "US", ["U.S.A."] = "US",
        ["USA"] = "US", ["US"] = "US", ["UK"] = "GB", ["U.K."] = "GB",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly (ulong First, ulong Second, CountryCode Country)[] TwoWordDemonyms = BuildTwoWordDemonyms();

    // The first word of every name, short form and alias of the country table (and "El" of "El Salvador").
    private static readonly HashSet<ulong> FirstWords = BuildFirstWords();

    private static HashSet<ulong> BuildFirstWords()
    {
        var words = new HashSet<ulong>();
        foreach (var country in Countries.All)
        {
            foreach (var name in new[] { country.Name.Spanish, country.Name.English, country.OfficialName.Spanish, country.OfficialName.English }.Concat(country.Aliases))
            {
                if (name is null)
                {
                    continue;
                }

                var tokens = Tokenizer.Tokenize(name, out var count);
                for (var i = 0; i < count && i < 2; i++)
                {
                    // A leading article is dropped by the look-up: the word after it starts the name too.
                    if (tokens[i].Kind == TokenKind.Word)
                    {
                        words.Add(tokens[i].Hash);
                    }
                }

                System.Buffers.ArrayPool<Token>.Shared.Return(tokens);
            }
        }

        return words;
    }

    private static readonly ulong AmericaKey = WordHash.Of("america");
    private static readonly ulong NorteamericaKey = WordHash.Of("norteamerica");
    private static readonly ulong AmericasKey = WordHash.Of("americas");

    public static void Scan(Analysis a)
    {
        Span<char> buffer = stackalloc char[256];
        var k = a.SkipUntil;
        while (k < a.Count)
        {
            a.Steps++;
            ref readonly var token = ref a.Tokens[k];
            if (token.Kind != TokenKind.Word || a.IsClaimed(k, k + 1, MentionKinds.Date))
            {
                k++;
                continue;
            }

            if (TryAbbreviation(a, k, out var end, out var code) || TryName(a, k, buffer, out end, out code) || TryDemonym(a, k, out end, out code))
            {
                var found = a.Add(MentionKind.Country, k, end);
                found.Country = code;
                k = end;
                continue;
            }

            k++;
        }
    }

    private static bool TryAbbreviation(Analysis a, int k, out int end, out CountryCode code)
    {
        end = k + 1;
        code = default;
        ref readonly var token = ref a.Tokens[k];
        if (!token.Has(TokenFlags.Capitalized) || token.Length > 6)
        {
            return false;
        }

        var span = a.Span(k);

        // "EE. UU." written with a space.
        if (span is "EE" && a.IsPunct(k + 1, '.') && a.Tokens[k + 2].Kind == TokenKind.Word && a.Span(k + 2) is "UU" or "UU." && k + 2 < a.Count)
        {
            end = a.IsPunct(k + 3, '.') ? k + 4 : k + 3;
            code = Lexicon.Code("US");
            return true;
        }

        string? alpha2 = null;
        if (AbbreviationsBySpan.TryGetValue(span, out var known))
        {
            alpha2 = known;
        }
        else if (span is "EU" && a.Language == Language.Spanish)
        {
            alpha2 = "US";
        }

        if (alpha2 is null)
        {
            return false;
        }

        // "US" in a headline in capitals may be the pronoun; "USA" in "USAID" is another token.
        if (span is "US" && (token.Has(TokenFlags.CapsLine) || a.IsPunct(k + 1, '$')))
        {
            return false;
        }

        code = Lexicon.Code(alpha2);
        return true;
    }

    private static bool TryName(Analysis a, int k, Span<char> buffer, out int end, out CountryCode code)
    {
        end = k;
        code = default;
        ref readonly var token = ref a.Tokens[k];
        if (!token.Has(TokenFlags.Capitalized) || token.Is(LexClass.Function | LexClass.Month | LexClass.Weekday) && !token.Is(LexClass.Determiner)
            || a.IsClaimed(k, k + 1, MentionKinds.Country))
        {
            return false;
        }

        // An article is part of a name only in "El Salvador": "the U.S." and "la República Dominicana" start after it.
        if (token.Is(LexClass.Determiner) && token.Hash != Words.El)
        {
            return false;
        }

        // A given name before a surname is a person ("Israel Vázquez", "Chad Wolf").
        if (token.Is(LexClass.GivenName) && k + 1 < a.Count && a.Tokens[k + 1].IsCapitalizedWord && !a.Tokens[k + 1].Is(LexClass.Connector)
            && a.Tokens[k + 1].Gap == 1)
        {
            return false;
        }

        // Only a word that starts some country's name starts a look-up.
        if (!FirstWords.Contains(token.Hash))
        {
            return false;
        }

        var length = 0;
        var best = -1;
        Country? bestCountry = null;
        for (var j = k; j < a.Count && j < k + MaxNameTokens; j++)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];
            if (j > k && (t.Gap > 2 || t.Sentence != token.Sentence && t.Gap > 1))
            {
                break;
            }

            var isName = t.Kind == TokenKind.Word && t.Has(TokenFlags.Capitalized);
            var isInside = (t.Kind == TokenKind.Word && t.Is(LexClass.Connector)) || (t.Kind == TokenKind.Punct && t.Gap == 0 && t.Number is '-' or '\'' or '\u2019' or '.');
            if (!isName && !isInside)
            {
                break;
            }

            // One space between words, none where the text has none ("Bosnia-Herzegovina", "Côte d'Ivoire").
            var piece = a.Span(j);
            var needed = piece.Length + (length > 0 && t.Gap > 0 ? 1 : 0);
            if (length + needed > buffer.Length)
            {
                break;
            }

            if (length > 0 && t.Gap > 0)
            {
                buffer[length++] = ' ';
            }

            piece.CopyTo(buffer[length..]);
            length += piece.Length;
            if (!isName)
            {
                continue;
            }

            var candidate = buffer[..length];
            if (j == k && CountryCode.TryParse(candidate, out _))
            {
                // A code as a word ("CAN", "MEX", "GT") is not a name.
                continue;
            }

            // A one-word name that is also a word of the genre is that word ("Reunión" is not Réunion).
            if (j == k && t.Is(LexClass.MeetingNoun | LexClass.Function | LexClass.Title | LexClass.InstitutionHead | LexClass.MechanismHead | LexClass.StateNoun))
            {
                continue;
            }

            if (Countries.TryFind(candidate, out var country) && !IsContinent(a, k, j))
            {
                best = j;
                bestCountry = country;
            }
        }

        if (bestCountry is null || IsPlace(a, k, best, bestCountry))
        {
            return false;
        }

        end = best + 1;
        code = bestCountry.Code;
        return true;
    }

    // "América", "Norteamérica" and "the Americas" alone are continents: "America" finds the United States only inside
    // "Estados Unidos de América" / "United States of America".
    private static bool IsContinent(Analysis a, int first, int last)
        => first == last && a.Tokens[first].Hash is var h && (h == AmericaKey || h == NorteamericaKey || h == AmericasKey);

    private static bool IsPlace(Analysis a, int first, int last, Country country)
    {
        // "Ciudad de México", "Ciudad de Guatemala", "Golfo de México", "Estado de México".
        if (a.IsWord(first - 1, Words.De) && (a.IsWord(first - 2, Words.Ciudad) || a.IsWord(first - 2, Words.Golfo)
            || (a.IsWord(first - 2, Words.Estado) && country.Alpha2 == "MX") || a.Is(first - 2, LexClass.PlaceNoun) && !a.Is(first - 2, LexClass.StateNoun)))
        {
            return true;
        }

        // "Gulf of Mexico", "State of Mexico".
        if (a.IsWord(first - 1, Words.Of) && (a.IsWord(first - 2, Words.Gulf) || (a.IsWord(first - 2, Words.State) && country.Alpha2 == "MX")))
        {
            return true;
        }

        // "San Salvador": a city named after a saint, whatever country its last word names.
        if (SaintPlaces.Follows(a, first))
        {
            return true;
        }

        // "Mexico City", "Guatemala City", "Nuevo México", "New Mexico".
        return a.IsWord(last + 1, Words.City) || a.IsWord(first - 1, Words.New) || a.IsWord(first - 1, Words.Nuevo) || a.IsWord(first - 1, Words.Nueva);
    }

    private static bool TryDemonym(Analysis a, int k, out int end, out CountryCode code)
    {
        end = k + 1;
        if (CompoundHalf(a, k, out code))
        {
            return true;
        }

        ref readonly var token = ref a.Tokens[k];
        var width = 1;
        LexEntry entry;
        if (token.Is(LexClass.Demonym))
        {
            entry = token.Lex;
        }
        else if (TwoWordDemonym(a, k, out var twoWord))
        {
            code = twoWord;
            width = 2;
            entry = default;
        }
        else
        {
            return false;
        }

        if (width == 1)
        {
            code = Lexicon.CountryOf(entry);

            // "Latin American", "Central American", "Inter-American", "North American": regions.
            if (code.Alpha2 == "US" && a.Span(k).Equals("American", StringComparison.OrdinalIgnoreCase)
                && (a.IsWord(k - 1, Words.Latin) || a.IsWord(k - 1, Words.Central) || a.IsWord(k - 1, Words.North) || a.IsWord(k - 1, Words.South)
                    || a.IsWord(k - 1, Words.Pan) || (a.IsPunct(k - 1, '-') && a.Tokens[k].Gap == 0)))
            {
                return false;
            }

            // "Mexican-American": neither state.
            if (a.IsPunct(k + 1, '-') && a.Tokens[Math.Min(k + 1, a.Count - 1)].Gap == 0)
            {
                return false;
            }

            // "Afro-Colombian", "afro-mexicano": a demonym glued after a word that is no state names a community.
            if (k >= 2 && token.Gap == 0 && a.IsPunct(k - 1, '-') && a.Tokens[k - 1].Gap == 0 && a.Tokens[k - 2].Kind == TokenKind.Word
                && !a.IsClaimed(k - 2, k - 1, MentionKinds.Country) && !a.Is(k - 2, LexClass.Demonym))
            {
                return false;
            }
        }

        end = k + width;
        return StandsForState(a, k, end);
    }

    private static readonly Dictionary<ulong, CountryCode> CompoundFirstHalves
        = Demonyms.CompoundFirstHalves.ToDictionary(static h => WordHash.Of(h.Word), static h => Lexicon.Code(h.Country));

    // "Grupo Hispano-Marroquí", "la frontera colombo-venezolana", "la relación mexicano-estadounidense": a Spanish compound
    // adjective of two states names both when it qualifies a noun of what states share (a forum, a meeting, a border,
    // their relations); "la comunidad franco-canadiense" or "un festival colombo-venezolano" speaks of people, not
    // states. The first half ends in "-o" (so English "Mexican-American" is not one); the second is a demonym; the
    // hyphen is glued to both.
    private static bool CompoundHalf(Analysis a, int k, out CountryCode code)
    {
        code = default;
        if (IsCompoundFirstHalf(a, k, out var first) && GluedHyphen(a, k + 1) && a.Is(k + 2, LexClass.Demonym) && QualifiesSharedNoun(a, k))
        {
            code = first;
            return Lexicon.CountryOf(a.Tokens[k + 2].Lex) != first;
        }

        if (k >= 2 && a.Is(k, LexClass.Demonym) && GluedHyphen(a, k - 1) && IsCompoundFirstHalf(a, k - 2, out first) && QualifiesSharedNoun(a, k - 2))
        {
            code = Lexicon.CountryOf(a.Tokens[k].Lex);
            return code != first;
        }

        return false;
    }

    // The noun the compound follows, past up to two capitalised adjectives ("Grupo Permanente Hispano-Marroquí").
    private static bool QualifiesSharedNoun(Analysis a, int firstHalf)
    {
        for (var j = firstHalf - 1; j >= Math.Max(0, firstHalf - 3); j--)
        {
            a.Steps++;
            ref readonly var token = ref a.Tokens[j];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (token.Is(LexClass.MechanismHead | LexClass.MeetingNoun) || CompoundNouns.Contains(token.Hash))
            {
                return true;
            }

            if (!token.Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<ulong> CompoundNouns = [.. Demonyms.CompoundNouns.Select(WordHash.Of)];

    private static bool GluedHyphen(Analysis a, int j)
        => a.IsPunct(j, '-') && a.Tokens[j].Gap == 0 && j + 1 < a.Count && a.Tokens[j + 1].Gap == 0;

    private static bool IsCompoundFirstHalf(Analysis a, int k, out CountryCode country)
    {
        country = default;
        if ((uint)k >= (uint)a.Count || a.Tokens[k].Kind != TokenKind.Word || !a.Span(k).EndsWith("o", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (CompoundFirstHalves.TryGetValue(a.Tokens[k].Hash, out country))
        {
            return true;
        }

        if (a.Is(k, LexClass.Demonym))
        {
            country = Lexicon.CountryOf(a.Tokens[k].Lex);
            return true;
        }

        return false;
    }

    private static bool TwoWordDemonym(Analysis a, int k, out CountryCode code)
    {
        code = default;
        if (k + 1 >= a.Count || a.Tokens[k + 1].Kind != TokenKind.Word || !a.Tokens[k].Has(TokenFlags.Capitalized))
        {
            return false;
        }

        foreach (var (first, second, country) in TwoWordDemonyms)
        {
            a.Steps++;
            if (a.Tokens[k].Hash == first && a.Tokens[k + 1].Hash == second)
            {
                code = country;
                return true;
            }
        }

        return false;
    }

    private static (ulong, ulong, CountryCode)[] BuildTwoWordDemonyms()
    {
        var list = new (ulong, ulong, CountryCode)[Demonyms.EnglishTwoWords.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var (first, second, country) = Demonyms.EnglishTwoWords[i];
            list[i] = (WordHash.Of(first), WordHash.Of(second), Lexicon.Code(country));
        }

        return list;
    }

    // Spanish puts the demonym after the noun ("la delegación mexicana", "funcionarios federales mexicanos"), English
    // before it ("the Mexican delegation", "senior Mexican government representatives").
    private static bool StandsForState(Analysis a, int first, int end)
    {
        if (StandsForStateAlone(a, first, end))
        {
            return true;
        }

        // Two demonyms joined share the noun: "Mexican and Guatemalan officials", "funcionarios mexicanos y guatemaltecos".
        if (IsAnd(a, end) && (a.Is(end + 1, LexClass.Demonym) || TwoWordDemonym(a, end + 1, out _)))
        {
            return StandsForStateAlone(a, end + 1, a.Is(end + 1, LexClass.Demonym) ? end + 2 : end + 3);
        }

        return first >= 2 && a.Is(first - 2, LexClass.Demonym) && IsAnd(a, first - 1) && StandsForStateAlone(a, first - 2, first - 1);
    }

    private static bool IsAnd(Analysis a, int k) => a.IsWord(k, Words.Y) || a.IsWord(k, Words.E) || a.IsWord(k, Words.And);

    private static bool StandsForStateAlone(Analysis a, int first, int end)
    {
        for (var back = 1; back <= 2; back++)
        {
            a.Steps++;
            var j = first - back;
            if (j < 0 || a.Tokens[j].Kind != TokenKind.Word)
            {
                break;
            }

            if (a.Tokens[j].Is(LexClass.PeopleNoun))
            {
                return false;
            }

            if (a.Tokens[j].Is(LexClass.StateNoun))
            {
                return true;
            }

            // Only an adjective may stand between ("altos funcionarios guatemaltecos" has the noun right before).
            if (a.Tokens[j].Is(LexClass.Function | LexClass.Connector | LexClass.Determiner) || a.Tokens[j].Has(TokenFlags.Capitalized))
            {
                break;
            }
        }

        for (var ahead = 0; ahead < 2; ahead++)
        {
            a.Steps++;
            var j = end + ahead;
            if (j >= a.Count || a.Tokens[j].Kind != TokenKind.Word || a.Tokens[j].Sentence != a.Tokens[first].Sentence)
            {
                break;
            }

            if (a.Tokens[j].Is(LexClass.PeopleNoun))
            {
                return false;
            }

            if (a.Tokens[j].Is(LexClass.StateNoun | LexClass.InstitutionHead))
            {
                return true;
            }

            if (a.Tokens[j].Is(LexClass.Function | LexClass.Connector | LexClass.Determiner))
            {
                break;
            }
        }

        return false;
    }
}
