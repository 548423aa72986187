using System;
using System.Collections.Generic;

namespace Cooperation.Domain.Text;

/// <summary>
/// Reads, in one sentence, which side each person named takes and in what role, from the words around the names and
/// only from them: "La delegación mexicana fue copresidida por A, y B y C, y estuvo integrada por D" makes A, B and C
/// co-chairs and D a member of Mexico's side; "una reunión que encabezaron A y B, con C" makes A and B heads and C a
/// member; "The U.S. delegation was led by A … and included B" makes A the head and B a member. A person no cue reaches
/// is a member: the text names them as taking part, and says no more (no head is invented).
/// </summary>
/// <remarks>
/// One pass over the sentence's words, left to right: a cue ("encabezada por", "led by", "copresidida por", "integrada
/// por") reaches the people after it until a word that ends its reach ("con", "with", "mientras", "quien") or another
/// cue; a verb of leading without "por"/"by" ("encabezaron", "led") makes heads of the people named just before it in
/// its clause, or, when there are none, of those right after it ("lideró los trabajos el canciller …"). The side is
/// set by a noun of a side and the state beside it ("la delegación mexicana", "the U.S. delegation", "por Guatemala").
/// Several heads of one side are co-chairs (<see cref="MeetingDrafter"/>): a delegation has one head.
/// </remarks>
internal static class RoleReader
{
    /// <summary>A person's place in a meeting as one sentence gives it.</summary>
    public readonly record struct Seat(Mention Person, DelegationRole Role, CountryCode? Side, TextSpan? Cue);

    /// <summary>
    /// The seats of the <paramref name="people"/> of <paramref name="sentence"/> (in text order); <paramref name="side"/>
    /// is the side in force when the sentence starts (a continuation such as "Además, …"), and is left as the side in
    /// force at its end.
    /// </summary>
    public static List<Seat> Read(DraftContext context, TextSpan sentence, IReadOnlyList<Mention> people, IReadOnlyList<Mention> countries, ref CountryCode? side)
    {
        var seats = new List<Seat>(people.Count);
        var words = DraftWord.Of(context.Text, sentence.Start, sentence.End);
        var pending = new List<(Mention Person, CountryCode? Side)>();
        DelegationRole? cue = null;
        var cueStart = -1;
        var p = 0;

        void Settle(DelegationRole role, int verbEnd)
        {
            foreach (var (person, personSide) in pending)
            {
                var span = verbEnd > person.Start ? new TextSpan(person.Start, verbEnd) : (TextSpan?)null;
                seats.Add(new Seat(person, role, personSide, role == DelegationRole.Member ? null : span));
            }

            pending.Clear();
        }

        for (var w = 0; w <= words.Count; w++)
        {
            var at = w < words.Count ? words[w].Start : int.MaxValue;

            // The people before this word take the cue in force, or wait for a verb after them.
            while (p < people.Count && people[p].Start < at)
            {
                var person = people[p++];
                if (cue is { } role)
                {
                    seats.Add(new Seat(person, role, side, role == DelegationRole.Member ? null : new TextSpan(cueStart, person.End)));
                }
                else
                {
                    pending.Add((person, side));
                }
            }

            if (w == words.Count)
            {
                break;
            }

            var word = words[w];
            if (InsideAny(people, p, word.Start))
            {
                continue;
            }

            var next = w + 1 < words.Count ? words[w + 1].Key : string.Empty;
            // "co-chaired by", "co-presidida por": "co" and the word after it are one cue.
            var co = word.Key == "co" && (DraftLexicon.HeadParticiples.Contains(next) || DraftLexicon.HeadVerbs.Contains(next));
            var key = co ? next : word.Key;
            var after = co ? (w + 2 < words.Count ? words[w + 2].Key : string.Empty) : next;
            var agent = DraftLexicon.Agents.Contains(after) && after is not "de" and not "of";

            if ((DraftLexicon.HeadParticiples.Contains(key) || DraftLexicon.CoChairParticiples.Contains(key)) && agent)
            {
                Settle(DelegationRole.Member, -1);
                cue = co || DraftLexicon.CoChairParticiples.Contains(key) ? DelegationRole.CoChair : DelegationRole.HeadOfDelegation;
                cueStart = word.Start;
                w += co ? 2 : 1;
                continue;
            }

            if (DraftLexicon.MemberParticiples.Contains(key) && DraftLexicon.Agents.Contains(after))
            {
                Settle(DelegationRole.Member, -1);
                cue = DelegationRole.Member;
                cueStart = word.Start;
                w += co ? 2 : 1;
                continue;
            }

            if (DraftLexicon.HeadVerbs.Contains(key) || DraftLexicon.CoChairVerbs.Contains(key))
            {
                var role = co || DraftLexicon.CoChairVerbs.Contains(key) ? DelegationRole.CoChair : DelegationRole.HeadOfDelegation;
                var verbEnd = words[co ? w + 1 : w].End;
                if (pending.Count > 0)
                {
                    // "A y B encabezaron …", "Ebrard led the delegation": the people just named.
                    Settle(role, verbEnd);
                    cue = null;
                }
                else
                {
                    // "… lideró los trabajos el canciller Carlos Ramiro Martínez": the people after the verb.
                    cue = role;
                    cueStart = word.Start;
                }

                w += co ? 1 : 0;
                continue;
            }

            if (DraftLexicon.MemberVerbs.Contains(key))
            {
                Settle(DelegationRole.Member, -1);
                cue = DelegationRole.Member;
                cueStart = word.Start;
                continue;
            }

            if (DraftLexicon.Breakers.Contains(key))
            {
                Settle(DelegationRole.Member, -1);
                cue = null;
                side = null;
                continue;
            }

            if (DraftLexicon.Sides.Contains(key) && SideBeside(context, countries, word) is { } newSide)
            {
                Settle(DelegationRole.Member, -1);
                cue = null;
                side = newSide;
                continue;
            }

            if (word.Key == "por" && SideAfterPor(context, countries, words, w) is { } country)
            {
                Settle(DelegationRole.Member, -1);
                cue = null;
                side = country;
            }
        }

        Settle(DelegationRole.Member, -1);
        return seats;
    }

    // True when the offset falls inside one of the people still to come or just passed (words of a name are not cues).
    private static bool InsideAny(IReadOnlyList<Mention> people, int next, int offset)
        => (next > 0 && people[next - 1].Span.End > offset) || (next < people.Count && people[next].Start <= offset && offset < people[next].End);

    /// <summary>The state beside a noun of a side: "la delegación mexicana", "la delegación de México", "the Mexican delegation", "the U.S. delegation".</summary>
    public static CountryCode? SideBeside(DraftContext context, IReadOnlyList<Mention> countries, DraftWord word)
    {
        for (var i = DraftContext.FirstFrom(countries, word.Start - 40); i < countries.Count && countries[i].Start <= word.End + 12; i++)
        {
            var country = countries[i];
            if (country.Country is not { } code)
            {
                continue;
            }

            if (country.End <= word.Start && word.Start - country.End <= 2 && context.OnlyBetween(country.End, word.Start, '\0'))
            {
                return code;
            }

            if (country.Start >= word.End && OnlyArticles(context, word.End, country.Start))
            {
                return code;
            }
        }

        return null;
    }

    // "por Guatemala lideró …", "por parte de México participaron …".
    private static CountryCode? SideAfterPor(DraftContext context, IReadOnlyList<Mention> countries, List<DraftWord> words, int w)
    {
        var end = words[w].End;
        for (var i = DraftContext.FirstFrom(countries, end); i < countries.Count && countries[i].Start <= end + 15; i++)
        {
            if (countries[i].Country is { } code && OnlyArticles(context, end, countries[i].Start))
            {
                return code;
            }
        }

        return null;
    }

    // Only white space and "de", "del", "la", "of", "the", "parte" between two offsets.
    private static bool OnlyArticles(DraftContext context, int start, int end)
    {
        foreach (var word in DraftWord.Of(context.Text, start, end))
        {
            if (word.Key is not ("de" or "del" or "la" or "el" or "los" or "las" or "of" or "the" or "parte"))
            {
                return false;
            }
        }

        return true;
    }
}
