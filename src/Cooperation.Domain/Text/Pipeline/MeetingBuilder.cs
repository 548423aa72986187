using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// Builds the meetings a text reports or announces from the mentions of each sentence. A meeting is triggered by a
/// numbered meeting ("la 8ª Reunión", "the fifth meeting"), a meeting noun with something that makes it an event (a
/// verb of meeting, a date, a mechanism, a place: "se realizó una reunión", "the Meeting of Vice Ministers, which was
/// held the 13th and 14th"), a mechanism that meets ("the Strategic Dialogue … held May 18", "the … Group on Security
/// and Justice will meet"), or a visit ("visitaron a Honduras", "traveled to Mexico on August 10"). Plural nouns
/// without a date ("las reuniones del GANSEG"), appeals ("instan al diálogo") and phone calls are not meetings.
/// </summary>
/// <remarks>
/// <para>
/// Each trigger takes the nearest date of its sentence (a date after "desde"/"since", the dateline, or a date nearer
/// another event such as "a phone call … on August 9" is not its date), the mechanism joined to it ("del Grupo de Alto
/// Nivel…", "of the Regional Consultation Group…"), its number, and its place ("en Ottawa", "in Mexico City").
/// Status: planned when its date is after the document date or its words are in the future, else held.
/// </para>
/// <para>
/// The states taking part: the members of its mechanism when the catalog knows it; else the states in the mechanism's
/// name and in the sentence, and the states of the people in it; a meeting with fewer than two comes from the meeting
/// the text spoke of before it ("our last meeting"), or takes the text's main state. A trigger that says nothing new
/// ("el encuentro", "the visit", "met with") is the meeting already spoken of; triggers that share a mechanism,
/// number or date and do not disagree are one meeting. An invented meeting is worse than a missed one: a trigger
/// without a verb of meeting, a date, a number or a mechanism makes none.
/// </para>
/// </remarks>
internal static class MeetingBuilder
{
    /// <summary>How far, in tokens, a date may be from its meeting's words.</summary>
    private const int DateWindow = 20;

    /// <summary>How far a verb of meeting may be from a meeting noun to be its verb.</summary>
    private const int VerbWindow = 15;

    /// <summary>
    /// The most tokens a sentence is read in at once: a longer one (a 50 MB line without a full stop) is read in pieces
    /// of this size, so that the work stays linear whatever the text's shape.
    /// </summary>
    public const int MaxSegmentTokens = 150;

    /// <summary>A sentence, or a piece of a long one: its tokens and its span.</summary>
    private readonly record struct Segment(int First, int End, TextSpan Span);

    public static ImmutableArray<ReportedMeeting> Build(Analysis a)
    {
        List<Found> found = [.. Found.InTextOrder(a.Found, thenByEnd: false)];
        var segments = Segments(a);

        // The mentions of each segment, in one walk over both sorted lists.
        var bySegment = new List<Found>[segments.Count];
        var s = 0;
        foreach (var f in found)
        {
            a.Steps++;
            while (s < segments.Count - 1 && f.FirstToken >= segments[s].End)
            {
                a.Steps++;
                s++;
                a.Steps++;
            }

            (bySegment[s] ??= []).Add(f);
        }

        var index = new MentionIndex(found);
        var principal = PrincipalCountries(found);
        var meetings = new List<Draft>();
        for (var segment = 0; segment < segments.Count; segment++)
        {
            a.Steps++;
            // A sentence without any mention says nothing of when, who or which: it only points back ("Durante el
            // encuentro, …"), and makes no meeting of its own.
            var mentions = bySegment[segment] ?? [];
            var placed = false;
            foreach (var candidate in Candidates(a, segment, segments[segment].First, segments[segment].End, mentions, index))
            {
                a.Steps++;
                candidate.Weak |= mentions.Count == 0 && !candidate.Again;
                Place(a, candidate, mentions, meetings, principal, index);
                placed = true;
            }

            // "Asistieron delegaciones de Belice, Canadá, …", "Attending were delegations from …": a sentence that only
            // says who attended names the states of the meeting of the sentence before it.
            if (!placed && meetings.Count > 0 && meetings[^1].Segments.Max == segment - 1 && IsAttendance(a, segments[segment].First) && !HasDate(mentions))
            {
                var meeting = meetings[^1];
                foreach (var m in mentions)
                {
                    a.Steps++;
                    if (m.Kind == MentionKind.Country && m.Country is { } country)
                    {
                        meeting.Countries.Add(country);
                        meeting.Segments.Add(segment);
                    }
                }
            }
        }

        return [.. meetings.Where(static m => !m.Weak).Select(m => m.ToMeeting(a, segments, bySegment))];
    }

    // The sentence opens with a verb of attending ("Asistieron", "Participaron también", "Attending were"). When the verb
    // names what was attended, it must be a meeting ("Asistieron a la reunión …"), not another event ("Asistieron a la
    // inauguración del mural …"), whose guests are not the meeting's states.
    private static bool IsAttendance(Analysis a, int first)
    {
        for (var k = first; k < Math.Min(a.Count, first + 2); k++)
        {
            a.Steps++;
            if (a.Tokens[k].Kind == TokenKind.Word && Attending.Contains(a.Tokens[k].Hash))
            {
                return !a.IsWord(k + 1, Words.A) && !a.IsWord(k + 1, Words.Al) && !a.IsWord(k + 1, Words.En) && !a.IsWord(k + 1, Words.In) && !a.IsWord(k + 1, Words.To)
                    || AttendedIsMeeting(a, k + 2);
            }
        }

        return false;
    }

    // "a la reunión", "al encuentro", "en la Reunión", "in the meeting": a meeting noun after an optional article.
    private static bool AttendedIsMeeting(Analysis a, int k)
    {
        for (var j = k; j < Math.Min(a.Count, k + 2); j++)
        {
            a.Steps++;
            if (a.Is(j, LexClass.MeetingNoun))
            {
                return true;
            }

            if (!a.Is(j, LexClass.Determiner))
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasDate(List<Found> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Date)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<ulong> Attending =
        [.. new[] { "asistieron", "asistió", "participaron", "participó", "attending", "attended", "participating" }.Select(WordHash.Of)];

    private static List<Segment> Segments(Analysis a)
    {
        var segments = new List<Segment>();
        var first = a.SkipUntil;
        for (var k = a.SkipUntil; k <= a.Count; k++)
        {
            a.Steps++;
            if (k == a.Count || (k > first && (a.Tokens[k].Sentence != a.Tokens[first].Sentence || k - first >= MaxSegmentTokens)))
            {
                if (k > first)
                {
                    segments.Add(new Segment(first, k, new TextSpan(a.Tokens[first].Start, a.Tokens[k - 1].End)));
                }

                first = k;
            }
        }

        return segments;
    }

    // ------------------------------------------------------------------------------------------ candidates

    private sealed class Trigger
    {
        public int Token;
        public int End;
        public Found? Ordinal;
        public Found? Mechanism;
        public Found? Date;
        public bool Plural;

        /// <summary>A named event's capitalised words ("Ministerial Meeting"), folded; null for a common noun.</summary>
        public string? Phrase;
        public bool Verb;
        public bool Visit;

        /// <summary>A verb of meeting each other with no noun, number or mechanism: a meeting only with a date.</summary>
        public bool NeedsDate;

        /// <summary>"meet again", "reunirse nuevamente": the next meeting of the parties spoken of.</summary>
        public bool Again;
        public bool Generic => Ordinal is null && Mechanism is null && Date is null;
    }

    /// <summary>The mentions by first token, for look-ups that stay linear in the text.</summary>
    private sealed class MentionIndex
    {
        public MentionIndex(List<Found> found)
        {
            foreach (var f in found)
            {
                switch (f.Kind)
                {
                    case MentionKind.Ordinal:
                        Ordinals.TryAdd(f.FirstToken, f);
                        break;
                    case MentionKind.Mechanism:
                        Mechanisms.TryAdd(f.FirstToken, f);
                        break;
                    case MentionKind.Country:
                        Countries.TryAdd(f.FirstToken, f);
                        break;
                }
            }
        }

        public Dictionary<int, Found> Ordinals { get; } = [];

        public Dictionary<int, Found> Mechanisms { get; } = [];

        public Dictionary<int, Found> Countries { get; } = [];
    }

    private static IEnumerable<Draft> Candidates(Analysis a, int segment, int first, int end, List<Found> mentions, MentionIndex index)
    {

        var triggers = new List<Trigger>();
        var verbs = new List<int>();
        for (var k = Math.Max(first, a.SkipUntil); k < end; k++)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[k];
            if (a.IsClaimed(k, k + 1, MentionKinds.Ordinal))
            {
                var ordinal = index.Ordinals.GetValueOrDefault(k);
                if (ordinal is not null && a.Is(ordinal.NounToken, LexClass.MeetingNoun | LexClass.MechanismHead))
                {
                    triggers.Add(new Trigger { Token = k, End = ordinal.EndToken, Ordinal = ordinal });
                    k = ordinal.EndToken - 1;
                }

                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (t.Is(LexClass.MeetingNoun) && !a.IsClaimed(k, k + 1, MentionKinds.Bodies | MentionKinds.Date | MentionKinds.Person))
            {
                var plural = a.Span(k).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !t.Is(LexClass.MeetingVerb) && a.Span(k) is not ("talks" or "Talks");
                triggers.Add(new Trigger { Token = k, End = k + 1, Plural = plural, Visit = IsVisitNoun(a, k), Phrase = PhraseOf(a, k) });
                continue;
            }

            if (t.Is(LexClass.MeetingVerb | LexClass.VisitVerb) && !t.Has(TokenFlags.Capitalized | TokenFlags.AllCaps) || (t.Is(LexClass.MeetingVerb) && k == first)
                || (ReceiveVerbs.Contains(t.Hash) && !t.Has(TokenFlags.Capitalized | TokenFlags.AllCaps)))
            {
                verbs.Add(k);
            }
        }

        // A mechanism that meets: "… Group on Security and Justice will meet", "the Strategic Dialogue … held May 18".
        foreach (var mechanism in mentions)
        {
            if (mechanism.Kind != MentionKind.Mechanism)
            {
                continue;
            }

            a.Steps++;
            var after = mechanism.EndToken;
            if (a.IsPunct(after, '(') && a.IsPunct(after + 2, ')'))
            {
                after += 3;
            }

            for (var j = after; j < Math.Min(end, after + 6); j++)
            {
                a.Steps++;
                // "La Comisión … celebrará su V Reunión", "the Group held its third meeting", "la CRM celebró en la Ciudad
                // de México su Reunión Viceministerial": the meeting the verb names is this mechanism's.
                var named = a.Is(j, LexClass.MeetingVerb) ? NamedBy(a, triggers, j) : null;
                if (named is not null)
                {
                    named.Mechanism = mechanism;
                    named.Verb = true;
                    break;
                }

                if (a.Is(j, LexClass.MeetingVerb) && !a.Is(j, LexClass.VisitVerb) && !HasTriggerOf(triggers, mechanism, j))
                {
                    triggers.Add(new Trigger { Token = mechanism.FirstToken, End = j + 1, Mechanism = mechanism, Verb = true });
                    break;
                }

                if (a.Tokens[j].IsPunct('.') || a.Tokens[j].IsPunct(';') || a.Is(j, LexClass.MeetingNoun))
                {
                    break;
                }
            }
        }

        // Verbs: a verb near a noun trigger is its verb; a verb of meeting or travel on its own makes a trigger when it
        // has someone to meet ("se reunió con", "met with") or a state to visit ("visitaron a Honduras").
        foreach (var verb in verbs)
        {
            a.Steps++;
            // "who first met in Lima in 2019, agreed to meet again": meeting again is another meeting than the one before.
            var near = Nearest(triggers, verb);
            if (near is not null && !(near.Token < verb && IsAgain(a, verb + 1)))
            {
                near.Verb = true;
                continue;
            }

            // "did not agree to meet again", "no se reunió con", "would meet again only if", "agreed to meet again
            // every year": a meeting denied, made conditional or made a habit is no meeting the text reports.
            if (IsDenied(a, verb) || IsConditionalOrHabitual(a, verb))
            {
                continue;
            }

            var visit = a.Is(verb, LexClass.VisitVerb);
            var target = AfterDate(verb + 1, mentions);
            if (a.IsWord(target, Words.A) || a.IsWord(target, Words.To) || a.IsWord(target, Words.Con) || a.IsWord(target, Words.With) || a.IsWord(target, Words.En) || a.IsWord(target, Words.In))
            {
                target++;
            }

            var hasCounterpart = visit
                ? index.Countries.ContainsKey(target) || index.Countries.ContainsKey(target + 1)
                : ReceiveVerbs.Contains(a.Tokens[verb].Hash)
                    ? ReceivesCounterpart(a, AfterWhenAndWhere(a, verb + 1, mentions))
                    : a.IsWord(AfterWhenAndWhere(a, verb + 1, mentions), Words.Con) || a.IsWord(AfterWhenAndWhere(a, verb + 1, mentions), Words.With);
            if (hasCounterpart)
            {
                triggers.Add(new Trigger { Token = verb, End = verb + 1, Verb = true, Visit = visit });
            }
            else if (!visit && IsReciprocal(a, verb) && (TwoStates(a, mentions) || IsAgain(a, verb + 1)))
            {
                // "Los cancilleres de México y Canadá se reunieron el 3 de marzo", "the ministers of Mexico and Canada
                // met in Ottawa on …": meeting each other, two states named; a meeting only if a date of its own is found,
                // or if it is a plan ("se reunirán en Quito", "agreed to meet again"): an announced meeting the text
                // does not date yet.
                triggers.Add(new Trigger { Token = verb, End = verb + 1, Verb = true, NeedsDate = !IsPlan(a, verb), Again = IsAgain(a, verb + 1) });
            }
        }

        if (triggers.Count == 0)
        {
            yield break;
        }

        triggers.Sort(static (x, y) => x.Token.CompareTo(y.Token));
        foreach (var trigger in triggers)
        {
            a.Steps++;
            trigger.Mechanism ??= JoinedMechanism(a, trigger, index);
        }

        AssignDates(a, triggers, mentions);
        var previousEnd = Math.Max(first, a.SkipUntil);
        foreach (var trigger in triggers)
        {
            a.Steps++;
            var from = previousEnd;
            previousEnd = Math.Max(previousEnd, trigger.End);
            // Plural nouns without a date ("las reuniones del GANSEG") and nouns with nothing that makes them an event
            // ("el encuentro", "la reunión" alone) only point back to a meeting already spoken of.
            var weak = (trigger.Plural && trigger.Date is null) || (trigger.Generic && !trigger.Verb && !trigger.Visit);
            if ((trigger.Plural || trigger.NeedsDate) && trigger.Date is null)
            {
                continue;
            }

            yield return new Draft(segment, trigger.Token, trigger.End)
            {
                Date = trigger.Date,
                Ordinal = trigger.Ordinal,
                Mechanism = trigger.Mechanism,
                Weak = weak,
                Again = trigger.Again,
                Phrase = trigger.Phrase,
                With = WithCountries(a, trigger),
                Kind = KindOf(a, trigger),
                PlaceText = PlaceAfter(a, trigger, end, mentions) ?? (trigger.Again ? null : PlaceBefore(a, trigger, from, end, mentions)),
            };
        }
    }

    // The meeting noun a verb of a mechanism names ("celebrará su V Reunión"): the first trigger without a mechanism
    // within eight tokens after the verb. A loop, not a lambda: this runs for every word after every mechanism.
    private static Trigger? NamedBy(Analysis a, List<Trigger> triggers, int verb)
    {
        foreach (var t in triggers)
        {
            if (t.Mechanism is null && !t.Plural && t.Token > verb && t.Token <= verb + 8 && !BreakBetween(a, verb, t.Token))
            {
                return t;
            }
        }

        return null;
    }

    // True when a trigger already is the mechanism's, or is the meeting the verb at j is near.
    private static bool HasTriggerOf(List<Trigger> triggers, Found mechanism, int j)
    {
        foreach (var t in triggers)
        {
            if (t.Mechanism == mechanism || (t.Token <= j && j <= t.End + VerbWindow && t.Token > mechanism.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BreakBetween(Analysis a, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            a.Steps++;
            if (a.IsPunct(j, '.') || a.IsPunct(j, ';') || a.IsPunct(j, ','))
            {
                return true;
            }
        }

        return false;
    }

    // "recibió a su homólogo", "received the Guatemalan Foreign Minister", "recibieron a la delegación estadounidense":
    // receiving one official or one delegation is meeting them; receiving anyone else ("recibió a migrantes") is not.
    private static readonly HashSet<ulong> ReceiveVerbs =
        [.. new[] { "recibió", "recibieron", "recibirá", "recibirán", "received", "receives", "receive", "hosted", "hosts" }.Select(WordHash.Of)];

    private static bool ReceivesCounterpart(Analysis a, int k)
    {
        if (a.IsWord(k, Words.A))
        {
            k++;
        }

        for (var n = 0; n < 3 && a.Is(k, LexClass.Determiner | LexClass.Function | LexClass.Demonym | LexClass.TitleModifier) && !a.Is(k, LexClass.Title | LexClass.StateNoun); n++)
        {
            a.Steps++;
            k++;
        }

        // One official or one delegation: "recibió a los embajadores de la región" is a courtesy, not a meeting of states.
        return a.Is(k, LexClass.Title | LexClass.StateNoun) && !a.Is(k, LexClass.PeopleNoun) && !a.Span(k).EndsWith('s')
            && !IsPossessedByTheOfficial(a, k);
    }

    // "received the Guatemalan Foreign Minister's letter": what is received belongs to the official; the official is
    // not received. Looks over the title's words that follow (at most six) for the possessive "'s".
    private static bool IsPossessedByTheOfficial(Analysis a, int k)
    {
        for (var n = 0; n < 6 && k + 1 < a.Count; n++, k++)
        {
            a.Steps++;
            if ((a.IsPunct(k + 1, '\'') || a.IsPunct(k + 1, '\u2019')) && k + 2 < a.Count && a.Tokens[k + 2].Kind == TokenKind.Word
                && a.Tokens[k + 2].Hash == Words.S)
            {
                return true;
            }

            if (!a.Tokens[k + 1].IsCapitalizedWord && !a.Is(k + 1, LexClass.Title | LexClass.TitleModifier | LexClass.Connector))
            {
                return false;
            }
        }

        return false;
    }

    // A negation in the verb's clause before it, at most four words back: "did not agree to meet again", "no acordaron
    // reunirse nuevamente", "no se reunió con", "never met with".
    private static bool IsDenied(Analysis a, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 4 && a.Tokens[k].Kind == TokenKind.Word; k--)
        {
            a.Steps++;
            if (a.IsWord(k, No) || a.IsWord(k, Not) || a.IsWord(k, Never) || a.IsWord(k, Nunca) || a.IsWord(k, Ni)
                || a.Span(k).EndsWith("n't", StringComparison.Ordinal) || a.Span(k).EndsWith("n\u2019t", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A condition or a habit right after the verb (and its "again"): "would meet again only if …", "se reunirán si …",
    // "agreed to meet again every year", "acordaron reunirse cada año".
    private static bool IsConditionalOrHabitual(Analysis a, int verb)
    {
        for (var k = verb + 1; k < a.Count && k <= verb + 3 && a.Tokens[k].Kind == TokenKind.Word; k++)
        {
            a.Steps++;
            if (a.IsWord(k, If) || a.IsWord(k, Si) || a.IsWord(k, Unless) || a.IsWord(k, Every) || a.IsWord(k, Each) || a.IsWord(k, Cada))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly ulong No = WordHash.Of("no");
    private static readonly ulong Not = WordHash.Of("not");
    private static readonly ulong Never = WordHash.Of("never");
    private static readonly ulong Nunca = WordHash.Of("nunca");
    private static readonly ulong Ni = WordHash.Of("ni");
    private static readonly ulong If = WordHash.Of("if");
    private static readonly ulong Si = WordHash.Of("si");
    private static readonly ulong Unless = WordHash.Of("unless");
    private static readonly ulong Every = WordHash.Of("every");
    private static readonly ulong Each = WordHash.Of("each");
    private static readonly ulong Cada = WordHash.Of("cada");

    // "se reunió hoy con", "met Tuesday with", "visited on May 3 the …": the token after a date that starts at k.
    private static int AfterDate(int k, List<Found> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Date && m.FirstToken == k)
            {
                return m.EndToken;
            }
        }

        return k;
    }

    // The trigger nearest the verb within the window, the first of those as near.
    private static Trigger? Nearest(List<Trigger> triggers, int verb)
    {
        Trigger? near = null;
        var best = VerbWindow + 1;
        foreach (var t in triggers)
        {
            var distance = Math.Abs(t.Token - verb);
            if (distance < best)
            {
                near = t;
                best = distance;
            }
        }

        return near;
    }

    // A verb whose subject meets each other: "se reunieron", "se reunirán", "met", "will meet" (not "se reunió", which
    // needs a "con" to say with whom).
    private static bool IsReciprocal(Analysis a, int verb)
        => a.Span(verb) is "reunieron" or "reunirán" or "reunirian" or "reunirían" or "reúnen" or "reunimos" or "reuniremos" or "reunirse" or "met" or "meet";

    // "se reunirán", "will meet", "acordaron reunirse", "agreed to meet": the verb itself (or "will" before it) is in the future.
    private static bool IsPlan(Analysis a, int verb)
    {
        var sentence = a.Tokens[verb].Sentence;
        return TenseGuess.Of(a, verb, sentence) == Tense.Future || TenseGuess.Of(a, verb - 1, sentence) == Tense.Future;
    }

    // "meet again", "reunirse nuevamente", "reunirse de nuevo": the parties of the meeting spoken of meet once more.
    private static bool IsAgain(Analysis a, int k)
        => a.IsWord(k, Again) || a.IsWord(k, Nuevamente) || (a.IsWord(k, Words.De) && a.IsWord(k + 1, Nuevo));

    private static readonly ulong Again = WordHash.Of("again");
    private static readonly ulong Nuevamente = WordHash.Of("nuevamente");
    private static readonly ulong Nuevo = WordHash.Of("nuevo");

    // "se reunió hoy en Rabat con", "met this morning at 10:30 a.m. with": the token after the date, the place and the
    // clock time a verb of meeting may have before its "con"/"with".
    private static int AfterWhenAndWhere(Analysis a, int k, List<Found> mentions)
    {
        for (var n = 0; n < 12 && k < a.Count; n++)
        {
            a.Steps++;
            var afterDate = AfterDate(k, mentions);
            if (afterDate > k)
            {
                k = afterDate;
                continue;
            }

            ref readonly var t = ref a.Tokens[k];
            if (a.Is(k, LexClass.PlacePreposition) && !t.Has(TokenFlags.Capitalized) && k + 1 < a.Count && a.Tokens[k + 1].IsCapitalizedWord
                && !a.IsClaimed(k + 1, k + 2, MentionKinds.Person | MentionKinds.Bodies))
            {
                k += 2;
                while (k < a.Count && a.Tokens[k].IsCapitalizedWord && !a.IsClaimed(k, k + 1, MentionKinds.Person | MentionKinds.Bodies) && a.Tokens[k].Gap == 1)
                {
                    a.Steps++;
                    k++;
                }

                continue;
            }

            // A clock time: "a las 11:00 horas", "at 10:30 a.m.", also set off by commas ("esta mañana, a las 9:30 a.m., con").
            if (t.Kind == TokenKind.Number || t.IsPunct(':') || (t.IsPunct('.') && t.Gap == 0) || (t.Kind == TokenKind.Word && ClockWords.Contains(t.Hash))
                || (t.IsPunct(',') && (IsClockStart(a, k + 1) || (k > 1 && IsClockEnd(a, k - 1)))))
            {
                k++;
                continue;
            }

            break;
        }

        return k;
    }

    // "a las 9:30", "at 10:30": a clock time starts at k.
    private static bool IsClockStart(Analysis a, int k)
        => (a.IsWord(k, Words.A) && a.Is(k + 1, LexClass.Determiner) && k + 2 < a.Count && a.Tokens[k + 2].Kind == TokenKind.Number)
        || (a.IsWord(k, Words.At) && k + 1 < a.Count && a.Tokens[k + 1].Kind == TokenKind.Number);

    // "9:30 a.m", "11:00 horas", "10:30": the clock time ends at k.
    private static bool IsClockEnd(Analysis a, int k)
        => a.Tokens[k].Kind == TokenKind.Number ? a.IsPunct(k - 1, ':') : ClockWords.Contains(a.Tokens[k].Hash) || (a.IsPunct(k, '.') && ClockWords.Contains(a.Tokens[k - 1].Hash));

    private static readonly HashSet<ulong> ClockWords = [.. new[] { "a", "las", "la", "at", "am", "pm", "a.m", "p.m", "m", "horas", "hrs", "h" }.Select(WordHash.Of)];

    private static bool TwoStates(Analysis a, List<Found> mentions)
    {
        CountryCode? first = null;
        foreach (var m in mentions)
        {
            a.Steps++;
            if (m.Kind == MentionKind.Country && m.Country is { } country)
            {
                if (first is { } one && one != country)
                {
                    return true;
                }

                first ??= country;
            }
        }

        return false;
    }

    // "Ministerial Meeting", "Seminar-Workshop": a capitalised meeting noun and the capitalised words before it name
    // one event, whatever else the text says of it.
    private static string? PhraseOf(Analysis a, int k)
    {
        if (!a.Tokens[k].Has(TokenFlags.Capitalized) || a.Tokens[k].Has(TokenFlags.LineStart))
        {
            return null;
        }

        var first = k;
        while (first > 0 && k - first < 3 && a.Tokens[first - 1].IsCapitalizedWord && !a.Tokens[first - 1].Is(LexClass.Function | LexClass.Determiner)
            && a.Tokens[first].Gap <= 1 && !a.IsClaimed(first - 1, first, MentionKinds.All))
        {
            first--;
        }

        return first < k ? Lexicon.Fold(a.Words(first, k)) : null;
    }

    private static bool IsVisitNoun(Analysis a, int k)
        => a.Span(k).StartsWith("visit", StringComparison.OrdinalIgnoreCase) || a.Span(k).StartsWith("trip", StringComparison.OrdinalIgnoreCase);

    // The mechanism after the meeting words: "la 8ª Reunión del Mecanismo…", "el encuentro de medio término del
    // Diálogo…", "a meeting of the Regional Consultation Group…", "la primera sesión del ‘Programa…’", or one that
    // overlaps the ordinal ("the 24th Regional Conference on Migration").
    private static Found? JoinedMechanism(Analysis a, Trigger trigger, MentionIndex index)
    {
        // One that overlaps the trigger.
        for (var j = trigger.Token; j < trigger.End; j++)
        {
            a.Steps++;
            if (a.IsClaimed(j, j + 1, MentionKinds.Mechanism))
            {
                for (var start = j; start >= Math.Max(0, j - 16); start--)
                {
                    a.Steps++;
                    if (index.Mechanisms.TryGetValue(start, out var over) && over.EndToken > j)
                    {
                        return over;
                    }
                }
            }
        }

        // One after it, with only "de", "del", "of", articles, adjectives of meetings, quotes and "medio término" between.
        var sawLink = false;
        for (var j = trigger.End; j < Math.Min(a.Count, trigger.End + 7); j++)
        {
            a.Steps++;
            if (sawLink && index.Mechanisms.TryGetValue(j, out var after))
            {
                return after;
            }

            ref readonly var t = ref a.Tokens[j];
            var link = a.IsWord(j, Words.De) || a.IsWord(j, Words.Del) || a.IsWord(j, Words.Of);
            sawLink |= link;
            if (!(link || t.Is(LexClass.Determiner | LexClass.MeetingAdjective) || a.IsWord(j, Words.Medio) || a.IsWord(j, Words.Termino)
                || (t.Kind == TokenKind.Punct && t.Number is '\'' or '\u2018' or '"' or '\u201C' or '\u00AB')))
            {
                return null;
            }
        }

        return null;
    }

    // Each date goes to the nearest trigger within the window, unless another event ("una llamada", "a phone call")
    // or "desde"/"since" stands between; the dateline is nobody's.
    private static void AssignDates(Analysis a, List<Trigger> triggers, List<Found> mentions)
    {
        foreach (var date in mentions)
        {
            if (date.Kind != MentionKind.Date)
            {
                continue;
            }

            a.Steps++;
            if (a.Is(date.FirstToken, LexClass.Since) || a.Is(date.FirstToken - 1, LexClass.Since) || IsDateline(a, date) || IsOtherEventsDate(a, date))
            {
                continue;
            }

            // A date that opens the sentence ("On January 12-13, 2011, …", "El miércoles 26 de abril, …") is the date
            // of its first meeting, however far.
            var opening = IsOpening(a, date);
            Trigger? best = null;
            var bestDistance = int.MaxValue;
            foreach (var trigger in triggers)
            {
                a.Steps++;
                var distance = date.FirstToken >= trigger.End ? date.FirstToken - trigger.End : trigger.Token >= date.EndToken ? trigger.Token - date.EndToken : 0;
                if (opening && trigger.Token > date.FirstToken && best is null && !SemicolonBetween(a, date.EndToken, trigger.Token))
                {
                    distance = Math.Min(distance, DateWindow);
                }

                // "la I Reunión …, celebrada … el 14 de noviembre, y acordaron que la II Reunión …": a new clause between a
                // date and a later meeting makes the date the earlier meeting's.
                if (!opening && trigger.Token >= date.EndToken && NewClauseBetween(a, date.EndToken, trigger.Token))
                {
                    distance += DateWindow;
                }

                if (distance > DateWindow || distance >= bestDistance || OtherEventBetween(a, trigger, date) || IsAgreementsDate(a, trigger, date))
                {
                    continue;
                }

                best = trigger;
                bestDistance = distance;
            }

            // "los días 28 y 29 de noviembre se celebró en Belmopán, con la participación de …, la VI Reunión": the one
            // date of a sentence with one meeting is its date, however long the words between them.
            if (best is null && OnlyDate(a, date, mentions) && triggers.Count(static t => !t.Plural) == 1)
            {
                var only = triggers.First(static t => !t.Plural);
                if (!OtherEventBetween(a, only, date) && !IsAgreementsDate(a, only, date)
                    && !(only.Token >= date.EndToken && NewClauseBetween(a, date.EndToken, only.Token)))
                {
                    best = only;
                }
            }

            if (best is not null && best.Date is null)
            {
                best.Date = date;
            }
        }
    }

    // A clause of its own between two places of a sentence: a comma or semicolon, "y"/"e"/"and"/"pero"/"but", and a verb
    // ("…, y acordaron que", "…; and agreed"), not a list going on (", y la secretaria …").
    private static bool NewClauseBetween(Analysis a, int from, int to)
    {
        for (var j = from; j < to - 2; j++)
        {
            a.Steps++;
            if ((a.IsPunct(j, ',') || a.IsPunct(j, ';'))
                && (a.IsWord(j + 1, Words.Y) || a.IsWord(j + 1, Words.E) || a.IsWord(j + 1, Words.And) || a.IsWord(j + 1, Pero) || a.IsWord(j + 1, But))
                && (TenseGuess.Of(a, j + 2, a.Tokens[j].Sentence) != Tense.Unknown || (j + 3 < to && TenseGuess.Of(a, j + 3, a.Tokens[j].Sentence) != Tense.Unknown)))
            {
                return true;
            }
        }

        return false;
    }

    // "El 21 de septiembre de 1981, Belice obtuvo su independencia; hoy, … se celebró …": an opening date reaches no
    // further than its clause.
    private static bool SemicolonBetween(Analysis a, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            a.Steps++;
            if (a.IsPunct(j, ';'))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly ulong Pero = WordHash.Of("pero");
    private static readonly ulong But = WordHash.Of("but");

    // The date is the only one of its sentence a meeting could take (not "desde"/"since", not the dateline).
    private static bool OnlyDate(Analysis a, Found date, List<Found> mentions)
    {
        foreach (var m in mentions)
        {
            a.Steps++;
            if (m.Kind == MentionKind.Date && !ReferenceEquals(m, date) && !IsDateline(a, m) && !a.Is(m.FirstToken, LexClass.Since) && !a.Is(m.FirstToken - 1, LexClass.Since))
            {
                return false;
            }
        }

        return !IsDateline(a, date);
    }

    // "reuniones con Guatemala, Honduras y El Salvador", "meetings with …": the text's own state meets them.
    private static bool WithCountries(Analysis a, Trigger trigger)
        => trigger.Ordinal is null && trigger.Mechanism is null && (a.IsWord(trigger.End, Words.Con) || a.IsWord(trigger.End, Words.With))
        && a.IsClaimed(trigger.End + 1, trigger.End + 2, MentionKinds.Country);

    private static bool IsDateline(Analysis a, Found date) => ReferenceEquals(a.Dateline, date);

    // The date's sentence (or its clause after a semicolon) starts with it, after at most "On"/"El"/a bullet, and a
    // comma follows it.
    private static bool IsOpening(Analysis a, Found date)
        => TenseGuess.OpensSentence(a, date.FirstToken) && a.IsPunct(date.EndToken, ',');

    // A historical date is no meeting's: a year before 1900 ("el 14 de julio de 1789"), or a date that belongs to what
    // is written right before it: another event ("la Constitución promulgada el 5 de febrero de 1917", "the anniversary
    // on May 5"), or a law or document it dates by "de"/"of" ("la Ley de Extranjería de 11 de enero de 2000", "the
    // Refugee Act of March 17, 1980"; not "revisaron el Plan de Acción el 5 de mayo", where the date is the meeting's).
    private static bool IsOtherEventsDate(Analysis a, Found date)
    {
        if ((date.Date ?? date.DateRange?.Start)?.Year < HistoricalBefore)
        {
            return true;
        }

        var j = date.FirstToken - 1;
        var dated = a.IsWord(j, Words.De) || a.IsWord(j, Words.Del) || a.IsWord(j, Words.Of);
        if (dated || a.Is(j, LexClass.Determiner) || a.IsWord(j, Words.On))
        {
            j--;
        }

        // Back over the capitalised words of the thing's name ("Ley de Extranjería", "Refugee Act").
        for (var n = 0; n < 6 && j >= 0; n++, j--)
        {
            a.Steps++;
            if (a.Is(j, LexClass.OtherEvent) || (dated && a.Is(j, LexClass.DocumentNoun)))
            {
                return true;
            }

            if (!(a.Tokens[j].IsCapitalizedWord || a.IsWord(j, Words.De) || a.IsWord(j, Words.Of)))
            {
                return false;
            }
        }

        return false;
    }

    private const int HistoricalBefore = 1900;

    // "que en marzo de 2022 acordaron reunirse nuevamente", "acordaron ayer reunirse": a date before (or right after) the
    // verb of agreeing dates the agreement, not the meeting agreed on (a plan of its own: "reunirse", "meet" after "acordaron", "agreed to").
    private static bool IsAgreementsDate(Analysis a, Trigger trigger, Found date)
    {
        if (!trigger.Verb || date.EndToken > trigger.Token || !TenseWords.MeetingInfinitiveHashes.Contains(a.Tokens[trigger.Token].Hash))
        {
            return false;
        }

        // "acordaron ayer reunirse": a date right after the verb of agreeing is the agreement's too.
        for (var j = trigger.Token - 1; j >= date.FirstToken - 2 && j >= 0 && trigger.Token - j <= 12; j--)
        {
            a.Steps++;
            if (TenseWords.AgreeingHashes.Contains(a.Tokens[j].Hash))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OtherEventBetween(Analysis a, Trigger trigger, Found date)
    {
        var from = Math.Min(trigger.End, date.EndToken);
        var to = Math.Max(trigger.Token, date.FirstToken);
        for (var j = from; j < to; j++)
        {
            a.Steps++;
            if (a.Is(j, LexClass.OtherEvent))
            {
                return true;
            }
        }

        return false;
    }

    private static MeetingKind? KindOf(Analysis a, Trigger trigger)
    {
        for (var j = trigger.Token; j < trigger.End + 4 && j < a.Count; j++)
        {
            a.Steps++;
            var word = a.Span(j);
            if (a.IsWord(j, Words.Medio) || a.IsWord(j, Words.Intermedia) || word.Equals("mid-term", StringComparison.OrdinalIgnoreCase) || word.Equals("midterm", StringComparison.OrdinalIgnoreCase))
            {
                return MeetingKind.MidTerm;
            }
        }

        // "sostuvieron encuentros … del 25 al 28 de abril": several meetings on one trip.
        if (trigger.Plural && trigger.Date is not null)
        {
            return MeetingKind.Visit;
        }

        var noun = trigger.Ordinal?.NounToken ?? trigger.Token;
        var head = a.Span(noun);
        if (head.StartsWith("ronda", StringComparison.OrdinalIgnoreCase) || head.StartsWith("round", StringComparison.OrdinalIgnoreCase))
        {
            return MeetingKind.Round;
        }

        if (trigger.Visit)
        {
            return a.IsWord(noun + 1, Words.De) && a.IsWord(noun + 2, Words.Estado) || a.IsWord(noun - 1, Words.State) ? MeetingKind.StateVisit : MeetingKind.Visit;
        }

        if (head.StartsWith("seminar", StringComparison.OrdinalIgnoreCase) || head.StartsWith("taller", StringComparison.OrdinalIgnoreCase) || head.StartsWith("workshop", StringComparison.OrdinalIgnoreCase))
        {
            return MeetingKind.Seminar;
        }

        for (var j = noun; j < Math.Min(a.Count, noun + 3); j++)
        {
            a.Steps++;
            var word = a.Span(j);
            if (word.StartsWith("ministerial", StringComparison.OrdinalIgnoreCase))
            {
                return MeetingKind.Ministerial;
            }

            if (word.StartsWith("extraordinari", StringComparison.OrdinalIgnoreCase) || word.StartsWith("extraordinary", StringComparison.OrdinalIgnoreCase))
            {
                return MeetingKind.Extraordinary;
            }
        }

        return trigger.Ordinal is not null && (head.StartsWith("reuni", StringComparison.OrdinalIgnoreCase) || head.StartsWith("meeting", StringComparison.OrdinalIgnoreCase))
            ? MeetingKind.Ordinary
            : null;
    }

    // "en Ottawa", "in Mexico City", "en la Ciudad de México", "a Honduras": the place after the meeting's words.
    private static string? PlaceAfter(Analysis a, Trigger trigger, int sentenceEnd, List<Found> mentions)
    {
        for (var j = trigger.End; j < Math.Min(sentenceEnd, trigger.End + 24); j++)
        {
            a.Steps++;
            var visitTarget = trigger.Visit && (a.IsWord(j, Words.A) || a.IsWord(j, Words.To));
            if ((a.Is(j, LexClass.PlacePreposition) || visitTarget) && PlaceFrom(a, j, sentenceEnd, mentions) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    // "presidieron este viernes en Quito la XII Reunión", "met in Ottawa for the ninth meeting", "se celebró en Belmopán,
    // con la participación de …, la VI Reunión": the place between the meeting's verb and its noun, nearest first, not
    // past the meeting before it in the sentence.
    private static string? PlaceBefore(Analysis a, Trigger trigger, int from, int sentenceEnd, List<Found> mentions)
    {
        for (var j = trigger.Token - 1; j >= from && trigger.Token - j <= 30; j--)
        {
            a.Steps++;
            if (a.IsPunct(j, '.') || a.IsPunct(j, ';'))
            {
                break;
            }

            if (a.Is(j, LexClass.PlacePreposition) && !a.Tokens[j].Has(TokenFlags.Capitalized) && PlaceFrom(a, j, Math.Min(sentenceEnd, trigger.Token), mentions) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    // The place named after the preposition at j: a state, or a city's capitalised words.
    private static string? PlaceFrom(Analysis a, int j, int sentenceEnd, List<Found> mentions)
    {
        var k = j + 1;
        if (a.IsWord(k, Words.La) || a.IsWord(k, Words.El) || a.IsWord(k, Words.The))
        {
            k++;
        }

        if (k >= sentenceEnd || !a.Tokens[k].IsCapitalizedWord || a.IsClaimed(k, k + 1, MentionKinds.Date | MentionKinds.Person | MentionKinds.Bodies | MentionKinds.Ordinal))
        {
            return null;
        }

        var country = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.FirstToken == k);
        var last = country is not null ? country.EndToken - 1 : k;
        if (country is null)
        {
            // A city: capitalised words and "de" ("Ciudad de México", "Mexico City", "Washington").
            while (last + 1 < sentenceEnd && a.Tokens[last + 1].Gap == 1
                && (a.Tokens[last + 1].IsCapitalizedWord && !a.Tokens[last + 1].Is(LexClass.Function | LexClass.Month)
                    || (a.IsWord(last + 1, Words.De) && last + 2 < sentenceEnd && a.Tokens[last + 2].IsCapitalizedWord)))
            {
                last++;
            }

            if (a.Is(k, LexClass.Function | LexClass.Month | LexClass.Weekday | LexClass.Title | LexClass.InstitutionHead))
            {
                return null;
            }
        }

        return a.Words(k, last);
    }

    // ------------------------------------------------------------------------------------------ meetings

    // The text's main states: the most named (states, and bodies' states), the first two.
    private static CountryCode[] PrincipalCountries(List<Found> found)
    {
        var counts = new Dictionary<CountryCode, int>();
        foreach (var f in found)
        {
            if (f.Kind is MentionKind.Country or MentionKind.Institution && f.Country is { } c)
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        // A state tied with the third most named is not a main one: a list of members names each once ("Belice,
        // Canadá, Costa Rica, …"), and none of them is the other side because it comes first in the alphabet.
        var ranked = counts.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key).ToList();
        var third = ranked.Count > 2 ? ranked[2].Value : 0;
        return [.. ranked.Take(2).Where(p => p.Value > third).Select(static p => p.Key)];
    }

    // A candidate joins the meeting it is (same mechanism, number or date, nothing contrary; or it says nothing new and
    // points back), or becomes a new one.
    private static void Place(Analysis a, Draft candidate, List<Found> mentions, List<Draft> meetings, CountryCode[] principal, MentionIndex index)
    {
        candidate.Status = StatusOf(a, candidate);
        candidate.Countries.UnionWith(CountriesOf(a, candidate, mentions, index));
        if (candidate.With && principal.Length > 0)
        {
            candidate.Countries.Add(principal[0]);
        }

        // The last twenty meetings are looked at: a text that reports thousands stays linear.
        for (var i = meetings.Count - 1; i >= Math.Max(0, meetings.Count - 20); i--)
        {
            a.Steps++;
            var meeting = meetings[i];
            if (!meeting.Compatible(a, candidate))
            {
                continue;
            }

            if (meeting.SharesKey(a, candidate) || candidate.IsGeneric || (meeting.IsGeneric && meeting.Countries.Overlaps(candidate.Countries)))
            {
                meeting.Merge(candidate);
                return;
            }
        }

        // A plan without a date, number or place ("GASSCA will meet on an ongoing basis") announces no meeting; an
        // agreement to meet again ("acordaron reunirse nuevamente, sin fijar fecha") announces the next one, undated.
        if (candidate.Weak || (candidate.Status == MeetingStatus.Planned && candidate.Date is null && candidate.Ordinal is null && candidate.PlaceText is null
            && !candidate.Again))
        {
            return;
        }

        // Fewer than two states: those of the meeting spoken of before, else the text's main states.
        if (candidate.Countries.Count < 2)
        {
            var previous = meetings.LastOrDefault(m => !m.Weak);
            if (previous is not null && (candidate.Countries.Count == 0 || previous.Countries.IsSupersetOf(candidate.Countries)))
            {
                candidate.Countries.UnionWith(previous.Countries);
            }
            else if (candidate.Countries.Count == 1)
            {
                // The other side is the text's main state, or its second when the one named is the main one.
                var other = principal.FirstOrDefault(c => !candidate.Countries.Contains(c));
                if (!other.IsDefault)
                {
                    candidate.Countries.Add(other);
                }
            }
            else
            {
                candidate.Countries.UnionWith(principal);
            }
        }

        meetings.Add(candidate);
    }

    private static MeetingStatus StatusOf(Analysis a, Draft candidate)
    {
        // A date the text leaves open ("the 13th and 14th" with no month) has no value and says nothing of the status.
        if (a.DocumentDate is { } today && candidate.Date is { } date && (date.DateRange is not null || date.Date is not null))
        {
            var (earliest, latest) = date.DateRange is { } range ? (range.Earliest, range.Latest ?? range.Earliest) : (date.Date!.Value.Earliest, date.Date.Value.Latest);
            if (earliest > today)
            {
                return MeetingStatus.Planned;
            }

            if (latest < today || (date.DateRange is null && date.Date!.Value.Precision == PartialDatePrecision.Day && latest <= today))
            {
                return MeetingStatus.Held;
            }
        }

        // The words of the trigger itself first ("… Group on Security will meet"), then those around it.
        for (var j = candidate.Token; j < candidate.End; j++)
        {
            a.Steps++;
            var inside = TenseGuess.Of(a, j, a.Tokens[candidate.Token].Sentence);
            if (inside != Tense.Unknown)
            {
                return inside == Tense.Future ? MeetingStatus.Planned : MeetingStatus.Held;
            }
        }

        return TenseGuess.Around(a, candidate.Token, candidate.End) == Tense.Future ? MeetingStatus.Planned : MeetingStatus.Held;
    }

    private static HashSet<CountryCode> CountriesOf(Analysis a, Draft candidate, List<Found> mentions, MentionIndex index)
    {
        var countries = new HashSet<CountryCode>();
        if (candidate.Mechanism is { } mechanism)
        {
            var id = mechanism.Mechanism ?? mechanism.LongForm?.Mechanism;
            if (id is { } known && a.Catalog is { } catalog && catalog.MemberStates.TryGetValue(known, out var members) && members.Length > 0)
            {
                countries.UnionWith(members);
                return countries;
            }

            var named = mechanism.LongForm ?? mechanism;
            for (var j = named.FirstToken; j < named.EndToken; j++)
            {
                a.Steps++;
                if (index.Countries.TryGetValue(j, out var m) && m.Country is { } inside && m.EndToken <= named.EndToken)
                {
                    countries.Add(inside);
                }
            }
        }

        foreach (var m in mentions)
        {
            a.Steps++;
            if ((m.Kind == MentionKind.Country || m.Kind == MentionKind.Person) && m.Country is { } c)
            {
                countries.Add(c);
            }
        }

        return countries;
    }

    /// <summary>A meeting being built: its words, mentions and merged candidates.</summary>
    private sealed class Draft(int segment, int token, int end)
    {
        public int Token { get; } = token;

        public int End { get; } = end;

        public SortedSet<int> Segments { get; } = [segment];

        public Found? Date { get; set; }

        public Found? Ordinal { get; set; }

        public Found? Mechanism { get; set; }

        public MeetingKind? Kind { get; set; }

        public string? PlaceText { get; set; }

        public MeetingStatus Status { get; set; } = MeetingStatus.Held;

        public HashSet<CountryCode> Countries { get; } = [];

        public bool Weak { get; set; }

        /// <summary>An agreement to meet again: a plan even with no date, number or place.</summary>
        public bool Again { get; set; }

        public string? Phrase { get; set; }

        public bool With { get; set; }

        public bool IsGeneric => Date is null && Ordinal is null && Mechanism is null && Phrase is null;

        public bool Compatible(Analysis analysis, Draft other)
        {
            if (Status != other.Status)
            {
                return false;
            }

            if (Date is not null && other.Date is not null && !SameValue(Date, other.Date)
                && !(Phrase is not null && Phrase == other.Phrase && OneHoldsTheOther(Date, other.Date)))
            {
                return false;
            }

            if (Ordinal?.Ordinal is { } o && other.Ordinal?.Ordinal is { } p && o != p)
            {
                return false;
            }

            return Mechanism is null || other.Mechanism is null || SameMechanism(analysis, Mechanism, other.Mechanism);
        }

        public bool SharesKey(Analysis analysis, Draft other)
            => (Mechanism is not null && other.Mechanism is not null && SameMechanism(analysis, Mechanism, other.Mechanism) && (Ordinal is null || other.Ordinal is null || Ordinal.Ordinal == other.Ordinal.Ordinal)
                    && (Date is null || other.Date is null || SameValue(Date, other.Date)))
                || (Ordinal?.Ordinal is { } o && other.Ordinal?.Ordinal == o)
                || (Phrase is not null && Phrase == other.Phrase)
                || (Date is not null && other.Date is not null && HasValue(Date) && SameValue(Date, other.Date));

        public void Merge(Draft other)
        {
            Segments.UnionWith(other.Segments);
            Date = Date is null || (other.Date?.Date is { } finer && Date.Date is { } coarser && coarser.Contains(finer) && finer != coarser) ? other.Date ?? Date : Date;
            Phrase ??= other.Phrase;
            Ordinal ??= other.Ordinal;
            Mechanism = Mechanism is null || (other.Mechanism is not null && (other.Mechanism.Mechanism is not null && Mechanism.Mechanism is null)) ? other.Mechanism ?? Mechanism : Mechanism;
            Kind ??= other.Kind;
            PlaceText ??= other.PlaceText;
            Weak &= other.Weak;
            if (!other.IsGeneric || Countries.Count < 2)
            {
                Countries.UnionWith(other.Countries);
            }
        }

        public ReportedMeeting ToMeeting(Analysis analysis, List<Segment> segments, List<Found>[] bySegment)
        {
            var sentences = Segments.Select(i => segments[i].Span).ToImmutableArray();
            // The segments in order, and each one's mentions by start: already in text order, with no sort.
            var inSentences = ImmutableArray.CreateBuilder<Mention>();
            foreach (var i in Segments)
            {
                foreach (var f in bySegment[i] ?? [])
                {
                    inSentences.Add(analysis.MentionOf(f));
                }
            }

            var mechanism = Mechanism?.LongForm ?? Mechanism;
            return new ReportedMeeting(Status, [.. Countries.Order()], sentences, inSentences.ToImmutable())
            {
                Date = Date?.Date,
                DateRange = Date?.DateRange,
                Kind = Kind,
                Mechanism = mechanism?.Name,
                MechanismId = Mechanism?.Mechanism ?? mechanism?.Mechanism,
                Ordinal = Ordinal?.Ordinal,
                Place = PlaceText,
            };
        }

        // Two dates with the same value (the range's, else the day's; none when the text does not fix it), compared
        // without writing them out: the comparison runs for every candidate against the last meetings.
        private static bool SameValue(Found x, Found y)
            => x.DateRange is { } range ? y.DateRange == range : y.DateRange is null && x.Date == y.Date;

        private static bool HasValue(Found date) => date.DateRange is not null || date.Date is not null;

        // "October 2010" and "October 8, 2010": one date written at two precisions.
        private static bool OneHoldsTheOther(Found x, Found y)
            => x.Date is { } a && y.Date is { } b && (a.Contains(b) || b.Contains(a));

        private static bool SameMechanism(Analysis analysis, Found x, Found y)
        {
            var xid = x.Mechanism ?? x.LongForm?.Mechanism;
            var yid = y.Mechanism ?? y.LongForm?.Mechanism;
            if (xid is not null && yid is not null)
            {
                return xid == yid;
            }

            // Without the catalog: the same name, an acronym and its long form, or one name the start of the other.
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            var xf = (x.LongForm ?? x).NameKey;
            var yf = (y.LongForm ?? y).NameKey;
            if (xf == yf || xf.StartsWith(yf, StringComparison.Ordinal) || yf.StartsWith(xf, StringComparison.Ordinal))
            {
                return true;
            }

            // "Diálogo de Alto Nivel México-Canadá sobre Movilidad de Personas" and "… de Alto Nivel sobre Movilidad de
            // Personas": one name with and without its states (names with different states stay apart).
            var xs = WithoutStates(analysis, x.LongForm ?? x, out var xNamesStates);
            var ys = WithoutStates(analysis, y.LongForm ?? y, out var yNamesStates);
            return !(xNamesStates && yNamesStates) && xs.Length > 0 && xs == ys;
        }

        // The name's words without the states it names and the hyphens between them, folded.
        private static string WithoutStates(Analysis analysis, Found name, out bool namesStates)
        {
            namesStates = false;
            var words = new List<string>();
            for (var j = name.FirstToken; j < name.EndToken; j++)
            {
                analysis.Steps++;
                if (analysis.IsClaimed(j, j + 1, MentionKinds.Country))
                {
                    namesStates = true;
                    continue;
                }

                if (analysis.Tokens[j].Kind == TokenKind.Word)
                {
                    words.Add(Lexicon.Fold(analysis.Words(j, j)));
                }
            }

            return string.Join(' ', words);
        }
    }
}
