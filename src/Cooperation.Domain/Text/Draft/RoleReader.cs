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
    /// <summary>
    /// A person's place in a meeting as one sentence gives it. <see cref="Side"/> is the side the words give, null when
    /// they give none; <see cref="SideCarried"/> says it was given by the sentence before ("Además, …"), which the
    /// person's own state then outweighs.
    /// </summary>
    public readonly record struct Seat(Mention Person, DelegationRole Role, CountryCode? Side, TextSpan? Cue, bool SideCarried = false);

    /// <summary>
    /// The seats of the <paramref name="people"/> of <paramref name="sentence"/> (in text order); <paramref name="side"/>
    /// is the side in force when the sentence starts (a continuation such as "Además, …"), and is left as the side in
    /// force at its end.
    /// </summary>
    public static List<Seat> Read(DraftContext context, TextSpan sentence, IReadOnlyList<Mention> people, IReadOnlyList<Mention> countries, ref CountryCode? side)
    {
        var seats = new List<Seat>(people.Count);
        var words = context.WordsIn(sentence.Start, sentence.End);
        var pending = new List<(Mention Person, CountryCode? Side, bool Carried)>();
        DelegationRole? cue = null;
        var cueStart = -1;
        var carried = side is not null;

        // Where the words that set the side begin ("La delegación mexicana fue encabezada por …"), for the quote.
        var sideStart = -1;
        var p = 0;
        var current = side;

        void Settle(DelegationRole role, int verbEnd, CountryCode? objectSide)
        {
            foreach (var (person, personSide, personCarried) in pending)
            {
                var span = verbEnd > person.Start ? new TextSpan(person.Start, verbEnd) : (TextSpan?)null;
                var given = personSide ?? objectSide;
                seats.Add(new Seat(person, role, given, role == DelegationRole.Member ? null : span, given is not null && personCarried && personSide is not null));
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
                    var from = sideStart >= 0 && sideStart < cueStart ? sideStart : cueStart;
                    seats.Add(new Seat(person, role, current, role == DelegationRole.Member ? null : new TextSpan(from, person.End), carried));
                }
                else
                {
                    pending.Add((person, current, carried));
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
            var first = w + (co ? 1 : 0);

            // The agent may come after one more word ("estuvo integrada además por", "encabezada también por").
            var agentAt = AgentAfter(words, first);
            var headAgent = agentAt > 0 && words[agentAt].Key is "por" or "by";

            if ((DraftLexicon.HeadParticiples.Contains(key) || DraftLexicon.CoChairParticiples.Contains(key)) && headAgent)
            {
                Settle(DelegationRole.Member, -1, null);
                cue = co || DraftLexicon.CoChairParticiples.Contains(key) ? DelegationRole.CoChair : DelegationRole.HeadOfDelegation;
                cueStart = word.Start;
                w = agentAt;
                continue;
            }

            if (DraftLexicon.MemberParticiples.Contains(key) && agentAt > 0)
            {
                Settle(DelegationRole.Member, -1, null);
                cue = DelegationRole.Member;
                cueStart = word.Start;
                w = agentAt;
                continue;
            }

            if (DraftLexicon.HeadVerbs.Contains(key) || DraftLexicon.CoChairVerbs.Contains(key))
            {
                var role = co || DraftLexicon.CoChairVerbs.Contains(key) ? DelegationRole.CoChair : DelegationRole.HeadOfDelegation;
                var verbEnd = words[first].End;
                if (pending.Count > 0)
                {
                    // "A y B encabezaron …", "Ebrard led the U.S. delegation": the people just named, of the side the
                    // verb's object names.
                    Settle(role, verbEnd, ObjectSide(context, countries, words, first));
                    cue = null;
                }
                else
                {
                    // "… lideró los trabajos el canciller Carlos Ramiro Martínez": the people after the verb.
                    cue = role;
                    cueStart = word.Start;
                }

                w = first;
                continue;
            }

            if (DraftLexicon.MemberVerbs.Contains(key))
            {
                Settle(DelegationRole.Member, -1, null);
                cue = DelegationRole.Member;
                cueStart = word.Start;
                continue;
            }

            if (DraftLexicon.Breakers.Contains(key))
            {
                Settle(DelegationRole.Member, -1, null);
                cue = null;
                current = null;
                carried = false;
                sideStart = -1;
                continue;
            }

            if (DraftLexicon.Sides.Contains(key) && SideBeside(context, countries, word) is { } newSide)
            {
                Settle(DelegationRole.Member, -1, null);
                cue = null;
                current = newSide;
                carried = false;
                sideStart = SideWordsStart(countries, words, w);
                continue;
            }

            if (word.Key == "por" && SideAfterPor(context, countries, words, w) is { } country)
            {
                Settle(DelegationRole.Member, -1, null);
                cue = null;
                current = country;
                carried = false;
                sideStart = word.Start;
            }
        }

        Settle(DelegationRole.Member, -1, null);
        side = current;
        return seats;
    }

    // The index of "por"/"de"/"by"/"of" right after the word at first, or after one more word; 0 when there is none.
    private static int AgentAfter(ArraySegment<DraftWord> words, int first)
    {
        for (var k = first + 1; k <= first + 2 && k < words.Count; k++)
        {
            if (DraftLexicon.Agents.Contains(words[k].Key))
            {
                return k;
            }
        }

        return 0;
    }

    // "led the U.S. delegation", "encabezó la delegación mexicana": the side the verb's object names, a few words on.
    private static CountryCode? ObjectSide(DraftContext context, IReadOnlyList<Mention> countries, ArraySegment<DraftWord> words, int verb)
    {
        for (var k = verb + 1; k < words.Count && k <= verb + 8; k++)
        {
            if (DraftLexicon.Sides.Contains(words[k].Key))
            {
                return SideBeside(context, countries, words[k]);
            }
        }

        return null;
    }

    // Where the words of a side begin: the state before the noun ("the Mexican delegation") or the noun, and the
    // article before them ("La delegación mexicana").
    private static int SideWordsStart(IReadOnlyList<Mention> countries, ArraySegment<DraftWord> words, int noun)
    {
        var start = words[noun].Start;
        var k = noun;
        var i = DraftContext.FirstFrom(countries, start - 40);
        for (; i < countries.Count && countries[i].End <= start; i++)
        {
            if (start - countries[i].End <= 2)
            {
                start = countries[i].Start;
                while (k > 0 && words[k - 1].Start >= start)
                {
                    k--;
                }
            }
        }

        return k > 0 && words[k - 1].Key is "la" or "el" or "las" or "los" or "the" ? words[k - 1].Start : start;
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
    private static CountryCode? SideAfterPor(DraftContext context, IReadOnlyList<Mention> countries, ArraySegment<DraftWord> words, int w)
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
        foreach (var word in context.WordsIn(start, end))
        {
            if (word.Key is not ("de" or "del" or "la" or "el" or "los" or "las" or "of" or "the" or "parte"))
            {
                return false;
            }
        }

        return true;
    }
}
