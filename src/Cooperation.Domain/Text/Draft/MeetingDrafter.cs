using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Text;

/// <summary>
/// The meetings of a draft, one per meeting of the reading whose date the text fixes: its date or range at the
/// precision the text gives (a "last week" as a Monday-to-Friday period marked approximate), status, kind (the one the
/// words say; else an ordinary meeting of its mechanism, or a working meeting), mechanism (the catalog's or the drafted
/// one), number, venue (<see cref="VenueFinder"/>) and delegations. A delegation is a side the text names: the states
/// of the meeting that its words name, and every person the meeting's sentences, or the delegation sentences after them
/// ("La delegación mexicana estuvo integrada por …", and "Además, …" after it), name, in the role their words give
/// (<see cref="RoleReader"/>). Every fact is cited: the meeting by the words of its date, number, mechanism and place;
/// a delegation by the words that name its side; a participant by its position and name, and the cue of its role.
/// </summary>
internal sealed class MeetingDrafter
{
    /// <summary>How far, in characters, a meeting's words reach into a very long sentence (<see cref="Window"/>).</summary>
    private const int Reach = 5000;

    private readonly DraftContext _context;
    private readonly InstitutionDrafter _institutions;
    private readonly MechanismDrafter _mechanisms;
    private readonly PeopleDrafter _people;
    private readonly VenueFinder _venues;
    private readonly DraftIds _ids = new();
    private readonly List<MeetingPlan> _plans = [];
    private readonly List<Mention> _persons;
    private readonly List<Mention> _countries;

    // The seats each sentence gives, by sentence and the side in force when it starts (SeatsOf).
    private readonly Dictionary<(int Sentence, CountryCode? Side), (List<RoleReader.Seat> Seats, CountryCode? EndSide)> _seats = [];

    public MeetingDrafter(DraftContext context, InstitutionDrafter institutions, MechanismDrafter mechanisms, PeopleDrafter people)
    {
        _context = context;
        _institutions = institutions;
        _mechanisms = mechanisms;
        _people = people;
        _venues = new VenueFinder(context);
        _persons = [.. context.Reading.Mentions.Where(static m => m.Kind == MentionKind.Person)];
        _countries = [.. context.Reading.Mentions.Where(static m => m.Kind == MentionKind.Country)];
    }

    /// <summary>
    /// Reads every meeting of the reading whose date the text fixes: its citations, venue and seats. Tells the
    /// mechanisms which meetings are theirs and the people which persons the delegations name.
    /// </summary>
    public void Plan()
    {
        var delegationSentences = DelegationSentences();
        for (var i = 0; i < _context.Reading.Meetings.Length; i++)
        {
            var meeting = _context.Reading.Meetings[i];
            if (PlanOf(meeting, delegationSentences.GetValueOrDefault(i) ?? []) is not { } plan)
            {
                continue;
            }

            // The people and the mechanism of a meeting the text does not date are drafted too: the text places the
            // people at a meeting of that mechanism, and its states take part in it.
            foreach (var seat in plan.Seats)
            {
                _people.Use(seat.Person);
            }

            _mechanisms.AddMeeting(meeting, plan.Citations.FirstOrDefault());
            if (plan.Start is not null && plan.Citations.Count > 0)
            {
                _plans.Add(plan);
            }
        }
    }

    /// <summary>Drafts the planned meetings, once the mechanisms and people have their identifiers.</summary>
    public List<Meeting> Draft()
    {
        var meetings = new List<Meeting>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        // The later readings of each meeting, combined with it once at the end: combining them one by one would build
        // the meeting again, and check its growing citations again, for every reading.
        var later = new Dictionary<int, List<Meeting>>();
        foreach (var plan in _plans)
        {
            var mechanism = _mechanisms.IdOf(plan.Meeting);
            var kind = plan.Meeting.Kind ?? (mechanism is not null ? MeetingKind.Ordinary : MeetingKind.WorkingMeeting);
            var ordinal = kind == MeetingKind.MidTerm || kind == MeetingKind.Mission ? null : plan.Meeting.Ordinal;
            var baseId = BaseId(plan, mechanism, kind);
            var meeting = Build(plan, baseId, mechanism, kind, ordinal);
            if (meeting is null)
            {
                continue;
            }

            // Two readings of one meeting (the same series or states, day and status) are one meeting.
            if (byId.TryGetValue(baseId, out var earlier) && meetings[earlier].Status == meeting.Status && meetings[earlier].End == meeting.End)
            {
                if (!later.TryGetValue(earlier, out var readings))
                {
                    later[earlier] = readings = [];
                }

                readings.Add(meeting);
                continue;
            }

            var id = _ids.Claim(baseId);
            byId.TryAdd(baseId, meetings.Count);
            meetings.Add(id == baseId ? meeting : meeting.WithId(MeetingId.Parse(id, CultureInfo.InvariantCulture)));
        }

        foreach (var (index, readings) in later)
        {
            meetings[index] = Combine(meetings[index], readings);
        }

        return KeepOrdinalsInOrder(meetings);
    }

    private MeetingPlan? PlanOf(ReportedMeeting meeting, List<int> delegationSentences)
    {
        PartialDate? start = null;
        PartialDate? end = null;
        if (meeting.DateRange is { } range)
        {
            // An open range ("desde 2013") says when something began, not when the meeting was.
            if (range.End is not { } last)
            {
                return null;
            }

            start = range.Start;
            end = last == range.Start ? null : last;
        }
        else if (meeting.Date is { } day)
        {
            start = day;
        }

        var plan = new MeetingPlan(meeting, start, end);
        WorkMeter.Current?.Add(3 * meeting.Mentions.Length);
        var date = meeting.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Date && ((meeting.DateRange is { } r && m.DateRange == r) || (meeting.Date is { } d && m.Date == d)));
        var ordinal = meeting.Ordinal is { } o ? meeting.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Ordinal && m.Ordinal == o) : null;
        var mechanism = meeting.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Mechanism && IsMechanismOf(m, meeting));
        var anchors = new List<TextSpan>();
        foreach (var anchor in new[] { date, ordinal, mechanism })
        {
            if (anchor is not null)
            {
                anchors.Add(anchor.Span);
            }
        }

        // "la semana pasada", "last week": a period the meeting fell in, not a meeting of five days.
        plan.Approximate = date is not null && DraftWord.Of(date.Text, 0, date.Text.Length).Any(static w => w.Key is "semana" or "week");

        var focus = anchors.Count > 0 ? anchors.MinBy(static a => a.Start) : (meeting.Sentences.IsEmpty ? (TextSpan?)null : meeting.Sentences[0]);
        if (meeting.Place is { } place && focus is { } near && _venues.Find(place, near.Length > 2000 ? new TextSpan(near.Start, near.Start) : near) is { } venue)
        {
            plan.Venue = venue.Venue;
            plan.VenueWords = venue.Words;
            anchors.Add(venue.Words);
        }

        plan.Citations.AddRange(CitationsOf(meeting, anchors));

        // The states the meeting's own words name (delegations even without people): in the sentences of its date,
        // number and mechanism; not the state it was held in, which the venue says ("realizó a Canadá" names the host,
        // not a side).
        foreach (var anchor in anchors.Where(a => a != plan.VenueWords))
        {
            if (_context.SentenceIndexAt(anchor.Start) is var index && index < 0)
            {
                continue;
            }

            foreach (var country in MentionsIn(_countries, Window(_context.Reading.Sentences[index], anchor)))
            {
                if (country.Country is { } code && meeting.Countries.Contains(code) && !(plan.VenueWords is { } venueWords && venueWords.Overlaps(country.Span)))
                {
                    plan.Sides.TryAdd(code, country.Span);
                }
            }
        }

        ReadSeats(plan, meeting, delegationSentences, anchors);
        return plan;
    }

    // The people of the meeting's sentences and of the delegation sentences after it, with their sides and roles.
    private void ReadSeats(MeetingPlan plan, ReportedMeeting meeting, List<int> delegationSentences, List<TextSpan> anchors)
    {
        // The sentences in order, each once; the delegation sentences are in order already (DelegationSentences).
        var sentences = new List<int>(meeting.Sentences.Length + delegationSentences.Count);
        foreach (var each in meeting.Sentences)
        {
            if (_context.SentenceIndexAt(each.Start) is var at && at >= 0)
            {
                sentences.Add(at);
            }
        }

        sentences.AddRange(delegationSentences);
        sentences.Sort();
        CountryCode? side = null;
        var previous = -2;
        var nextDelegation = 0;
        foreach (var index in sentences)
        {
            if (index == previous)
            {
                continue;
            }

            var sentence = _context.Reading.Sentences[index];
            if (index != previous + 1 || !StartsWithContinuation(sentence))
            {
                side = null;
            }

            previous = index;
            while (nextDelegation < delegationSentences.Count && delegationSentences[nextDelegation] < index)
            {
                nextDelegation++;
            }

            var delegationOnly = nextDelegation < delegationSentences.Count && delegationSentences[nextDelegation] == index;
            TextSpan? near = null;
            if (!delegationOnly)
            {
                foreach (var anchor in anchors)
                {
                    if (sentence.Contains(anchor))
                    {
                        near = anchor;
                        break;
                    }
                }
            }

            var window = Window(sentence, near);
            if (delegationOnly)
            {
                foreach (var country in MentionsIn(_countries, window))
                {
                    if (country.Country is { } code && IsSideWord(country))
                    {
                        plan.Sides.TryAdd(code, DraftContext.Join(country.Span, SideSpan(country)));
                    }
                }
            }

            // The seats of the whole sentence, read once for every meeting that reads it; this meeting takes those in
            // its window.
            var (seats, endSide) = SeatsOf(index, side);
            side = endSide;
            for (var i = FirstSeatFrom(seats, window.Start); i < seats.Count && seats[i].Person.Start < window.End; i++)
            {
                AddSeat(plan, seats[i]);
            }
        }
    }

    // The seats of one sentence, given the side in force when it starts, read once.
    private (List<RoleReader.Seat> Seats, CountryCode? EndSide) SeatsOf(int index, CountryCode? side)
    {
        if (_seats.TryGetValue((index, side), out var known))
        {
            return known;
        }

        var sentence = _context.Reading.Sentences[index];
        var people = MentionsIn(_persons, sentence);
        var seats = new List<RoleReader.Seat>();
        var end = side;
        if (people.Count > 0)
        {
            seats = RoleReader.Read(_context, sentence, people, MentionsIn(_countries, sentence), ref end);
            seats.Sort(static (x, y) => x.Person.Start.CompareTo(y.Person.Start));
        }

        _seats[(index, side)] = (seats, end);
        return (seats, end);
    }

    private static int FirstSeatFrom(List<RoleReader.Seat> seats, int offset)
    {
        int low = 0, high = seats.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (seats[mid].Person.Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>
    /// The words of a sentence read for a meeting: the whole sentence, or, in a sentence longer than twice
    /// <see cref="Reach"/> (a run of text with no sentence end), the stretch of that reach on either side of the
    /// meeting's words (<paramref name="near"/>) or from its start. What one meeting reads is bounded, whatever the text.
    /// </summary>
    private TextSpan Window(TextSpan sentence, TextSpan? near)
    {
        if (sentence.Length <= 2 * Reach)
        {
            return sentence;
        }

        var center = near ?? new TextSpan(sentence.Start, sentence.Start);
        var start = Math.Max(sentence.Start, center.Start - Reach);
        var end = Math.Min(sentence.End, near is null ? start + (2 * Reach) : center.End + Reach);

        // Whole words and names: the window starts and ends between words.
        while (start > sentence.Start && start < center.Start && !char.IsWhiteSpace(_context.Text[start - 1]))
        {
            start++;
        }

        while (end < sentence.End && end > center.End && !char.IsWhiteSpace(_context.Text[end]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private void AddSeat(MeetingPlan plan, RoleReader.Seat seat)
    {
        var person = seat.Person;
        if (!_people.IsKnown(person) && person.Person is null)
        {
            return;
        }

        var position = _context.PositionSpan(person);
        var institution = InstitutionIn(position);
        // The side the sentence's words give; else the person's own state; else the side the sentence before gave
        // ("Además, …"); else the state of the body in the position.
        var side = (seat.SideCarried ? null : seat.Side) ?? person.Country ?? seat.Side ?? (institution is { } i ? _institutions.CountryOf(i) : null);
        if (side is not { } country)
        {
            // The text does not make clear whom the person represents: no delegation is guessed.
            return;
        }

        if (institution is { } own && _institutions.CountryOf(own) is { } of && of != country)
        {
            institution = null;
        }

        var key = _people.KeyOf(person);
        var planned = new PlannedSeat(person, seat.Role, country, seat.Cue, position, institution);
        if (!plan.SeatOf.TryGetValue(key, out var existing))
        {
            plan.SeatOf[key] = plan.Seats.Count;
            plan.Seats.Add(planned);
            return;
        }

        // The same person twice ("encabezaron … Marcelo Ebrard Casaubon" and the list's "Marcelo Ebrard"): one seat,
        // with the strongest role the text gives and every quote.
        var first = plan.Seats[existing];
        plan.Seats[existing] = first with
        {
            Role = Strongest(first.Role, seat.Role),
            Cue = first.Cue ?? seat.Cue,
            Position = first.Position ?? position,
            Institution = first.Institution ?? institution,
            Also = first.Also ?? [],
        };
        plan.Seats[existing].Also!.Add(planned);
    }

    private Meeting? Build(MeetingPlan plan, string baseId, MechanismId? mechanism, MeetingKind kind, Ordinal? ordinal)
    {
        LocalizedText? title = null;
        if (mechanism is null)
        {
            var label = kind.Label.Get(_context.Language) ?? kind.Label.GetOrOther(_context.Language);
            var what = plan.Meeting.Mechanism is { } name
                ? DraftContext.Clean(name)
                : string.Join(", ", MechanismDrafter.InIdentifierOrder(plan.Meeting.Countries).Select(c => Countries.Get(c).Name.GetOrOther(_context.Language)));
            title = _context.Localized(what.Length == 0 ? label : label + ": " + what) ?? _context.Localized(label);
        }

        var delegations = Delegations(plan);
        return new Meeting(
            MeetingId.Parse(baseId, CultureInfo.InvariantCulture),
            kind,
            plan.Meeting.Status,
            plan.Start!.Value,
            mechanism,
            title,
            ordinal,
            plan.End,
            plan.Venue is { } venue ? [venue] : [],
            delegations,
            citations: DraftContext.Citations(plan.Citations),
            approximateDates: plan.Approximate);
    }

    private ImmutableArray<Delegation> Delegations(MeetingPlan plan)
    {
        // A meeting has a few sides: a list searched in order, not a dictionary and a sort per meeting.
        var sides = new List<(CountryCode Country, int First, List<Participant> Participants, List<Citation?> Citations)>(plan.Sides.Count + 1);
        foreach (var (country, words) in plan.Sides)
        {
            sides.Add((country, words.Start, [], [_context.Cite(_context.SentenceAt(words.Start), words)]));
        }

        foreach (var seat in plan.Seats)
        {
            if (Participant(seat) is not { } participant)
            {
                continue;
            }

            var at = 0;
            while (at < sides.Count && sides[at].Country != seat.Side)
            {
                at++;
            }

            if (at == sides.Count)
            {
                sides.Add((seat.Side, seat.Person.Start, [], []));
            }

            sides[at].Participants.Add(participant);
        }

        // In the order of their first words; a stable insertion sort, as the few sides are.
        for (var i = 1; i < sides.Count; i++)
        {
            for (var j = i; j > 0 && sides[j - 1].First > sides[j].First; j--)
            {
                (sides[j - 1], sides[j]) = (sides[j], sides[j - 1]);
            }
        }

        var delegations = ImmutableArray.CreateBuilder<Delegation>(sides.Count);
        foreach (var side in sides)
        {
            // A delegation has one head: two people the text says led it are its co-chairs.
            var participants = side.Participants;
            if (participants.Count(static p => p.Role == DelegationRole.HeadOfDelegation) > 1)
            {
                participants = [.. participants.Select(static p => p.Role == DelegationRole.HeadOfDelegation ? p.WithRole(DelegationRole.CoChair) : p)];
            }

            delegations.Add(new Delegation(PartyRef.ForCountry(side.Country), [.. participants], citations: DraftContext.Citations(side.Citations)));
        }

        return delegations.MoveToImmutable();
    }

    private Participant? Participant(PlannedSeat seat)
    {
        var person = seat.Person;
        if (PeopleDrafter.SpellingOf(person) is not { } spelling)
        {
            return null;
        }

        var citations = new List<Citation?>();
        AddCitations(citations, seat);
        foreach (var each in seat.Also ?? [])
        {
            AddCitations(citations, each);
        }

        var quoted = DraftContext.Citations(citations);
        if (quoted.IsEmpty)
        {
            return null;
        }

        var written = seat.Person.Position;
        for (var i = 0; written is null && seat.Also is { } also && i < also.Count; i++)
        {
            written = also[i].Person.Position;
        }

        var position = written is not null ? _context.Localized(written) : null;
        return new Participant(seat.Role, spelling, seat.Institution, position, _people.IdOf(person), quoted);
    }

    // The quotes of one seat: the name with its position, and the words that give its role.
    private void AddCitations(List<Citation?> citations, PlannedSeat each)
    {
        var words = each.Position is { } p ? DraftContext.Join(p, each.Person.Span) : each.Person.Span;
        citations.Add(_context.Cite(words) ?? _context.Cite(each.Person.Span));
        if (each.Cue is { } cue && each.Role != DelegationRole.Member)
        {
            citations.Add(_context.Cite(cue) ?? _context.Cite(_context.SentenceAt(cue.Start), cue));
        }
    }

    // The meeting's citations: for each sentence that holds its date, number, mechanism or place, those words and as
    // much of the sentence around them as a quote holds; the first sentence when none does.
    private List<Citation> CitationsOf(ReportedMeeting meeting, List<TextSpan> anchors)
    {
        var citations = new List<Citation>();

        // The anchors by sentence, the sentences in order, the anchors of each in their order (a meeting has at most
        // four: loops, not a grouping and a sort per meeting).
        Span<int> keys = stackalloc int[anchors.Count];
        var sentences = new List<int>(anchors.Count);
        for (var i = 0; i < anchors.Count; i++)
        {
            keys[i] = _context.SentenceIndexAt(anchors[i].Start);
            if (!sentences.Contains(keys[i]))
            {
                sentences.Add(keys[i]);
            }
        }

        sentences.Sort();
        foreach (var key in sentences)
        {
            TextSpan? first = null;
            var words = default(TextSpan);
            for (var i = 0; i < anchors.Count; i++)
            {
                if (keys[i] == key)
                {
                    words = first is null ? anchors[i] : DraftContext.Join(words, anchors[i]);
                    first ??= anchors[i];
                }
            }

            var sentence = key >= 0 ? _context.Reading.Sentences[key] : first!.Value;
            var citation = _context.Cite(sentence, words);
            if (citation is not null)
            {
                citations.Add(citation);
                continue;
            }

            for (var i = 0; i < anchors.Count; i++)
            {
                if (keys[i] == key && _context.Cite(sentence, anchors[i]) is { } each)
                {
                    citations.Add(each);
                }
            }
        }

        if (citations.Count == 0 && !meeting.Sentences.IsEmpty)
        {
            var first = meeting.Sentences[0];
            if (_context.Cite(first, new TextSpan(first.Start, Math.Min(first.End, first.Start + 200))) is { } citation)
            {
                citations.Add(citation);
            }
        }

        return citations;
    }

    // Sentences after a meeting, before the next one begins, that say who was on a side ("La delegación mexicana estuvo
    // integrada por …", "The U.S. delegation was led by …"), and the ones that continue them ("Además, …").
    private Dictionary<int, List<int>> DelegationSentences()
    {
        var sentences = _context.Reading.Sentences;
        var owners = new int[sentences.Length];
        Array.Fill(owners, -1);
        var own = new bool[sentences.Length];
        for (var m = 0; m < _context.Reading.Meetings.Length; m++)
        {
            foreach (var sentence in _context.Reading.Meetings[m].Sentences)
            {
                var index = _context.SentenceIndexAt(sentence.Start);
                if (index >= 0)
                {
                    own[index] = true;
                    owners[index] = owners[index] < 0 ? m : owners[index];
                }
            }
        }

        var assigned = new Dictionary<int, List<int>>();
        var current = -1;
        var previousWasDelegation = false;
        for (var s = 0; s < sentences.Length; s++)
        {
            if (own[s])
            {
                current = owners[s];
                previousWasDelegation = true;
                continue;
            }

            if (current < 0)
            {
                continue;
            }

            var words = _context.WordsIn(sentences[s].Start, sentences[s].End);
            var isDelegation = AnyOf(words, Cues) && (MentionsIn(_persons, sentences[s]).Count > 0 || AnyOf(words, DraftLexicon.Sides));
            var continues = previousWasDelegation && StartsWithContinuation(sentences[s]) && MentionsIn(_persons, sentences[s]).Count > 0;
            if (isDelegation || continues)
            {
                if (!assigned.TryGetValue(current, out var list))
                {
                    assigned[current] = list = [];
                }

                list.Add(s);
                previousWasDelegation = true;
            }
            else
            {
                previousWasDelegation = false;
            }
        }

        return assigned;
    }

    private static bool AnyOf(ArraySegment<DraftWord> words, IReadOnlySet<string> keys)
    {
        foreach (var word in words)
        {
            if (keys.Contains(word.Key))
            {
                return true;
            }
        }

        return false;
    }

    // The words of a delegation sentence, in one set: every word of every sentence after a meeting is looked up.
    private static readonly FrozenSet<string> Cues = DraftLexicon.Sides
        .Concat(DraftLexicon.HeadParticiples).Concat(DraftLexicon.CoChairParticiples).Concat(DraftLexicon.MemberParticiples)
        .Concat(DraftLexicon.HeadVerbs).Concat(DraftLexicon.CoChairVerbs)
        .ToFrozenSet(StringComparer.Ordinal);

    private bool StartsWithContinuation(TextSpan sentence)
    {
        var words = _context.WordsIn(sentence.Start, Math.Min(sentence.End, sentence.Start + 40));
        return words.Count > 0 && DraftLexicon.Continuations.Contains(words[0].Key);
    }

    // A demonym or name beside a noun of a side ("la delegación mexicana", "the U.S. delegation").
    private bool IsSideWord(Mention country) => SideNoun(country) is not null;

    private TextSpan SideSpan(Mention country) => SideNoun(country) ?? country.Span;

    private TextSpan? SideNoun(Mention country)
    {
        var around = _context.WordsIn(Math.Max(0, country.Start - 30), Math.Min(_context.Text.Length, country.End + 30));
        foreach (var word in around)
        {
            if (DraftLexicon.Sides.Contains(word.Key) && RoleReader.SideBeside(_context, [country], word) is not null)
            {
                return word.Start < country.Start ? new TextSpan(word.Start, country.End) : new TextSpan(country.Start, word.End);
            }
        }

        return null;
    }

    // The first body named in the position ("jefe de Unidad de Inteligencia Naval", "titular de la Secretaría de … (SRE)").
    private InstitutionId? InstitutionIn(TextSpan? position)
    {
        if (position is not { } span)
        {
            return null;
        }

        foreach (var mention in _context.MentionsIn(span, MentionKind.Institution))
        {
            if (mention.End <= span.End && _institutions.IdOf(mention) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    private static List<Mention> MentionsIn(List<Mention> mentions, TextSpan span)
    {
        var found = new List<Mention>();
        for (var i = DraftContext.FirstFrom(CollectionsMarshal.AsSpan(mentions), span.Start); i < mentions.Count && mentions[i].Start < span.End; i++)
        {
            found.Add(mentions[i]);
        }

        return found;
    }

    private static bool IsMechanismOf(Mention mention, ReportedMeeting meeting)
        => (meeting.MechanismId is { } id && mention.Mechanism == id)
            || (meeting.Mechanism is { } name && string.Equals(DraftContext.Clean(mention.Name ?? mention.Text), DraftContext.Clean(name), StringComparison.Ordinal));

    private static DelegationRole Strongest(DelegationRole a, DelegationRole b)
        => a == DelegationRole.HeadOfDelegation || b == DelegationRole.HeadOfDelegation ? DelegationRole.HeadOfDelegation
            : a == DelegationRole.CoChair || b == DelegationRole.CoChair ? DelegationRole.CoChair
            : a;

    // "mx-ca-danm-2017-04-25", "mx-us-2021-05-13", "working-meeting-2019-11": the series or the states, then the start.
    private static string BaseId(MeetingPlan plan, MechanismId? mechanism, MeetingKind kind)
    {
        var start = plan.Start!.Value.ToString();
        if (mechanism is { } id)
        {
            return DraftIds.Compose(id.ToString(), start);
        }

        var countries = plan.Meeting.Countries;
        return countries.Length is >= 1 and <= 3
            ? DraftIds.Compose(MechanismDrafter.CountryPrefix(countries), start)
            : DraftIds.Compose(kind.Name, start);
    }

    // Readings of one meeting, in text order: the delegations of all (one per state; a later one with participants
    // replaces an earlier one without), the citations of all, the first venue and number any gives.
    private static Meeting Combine(Meeting first, List<Meeting> readings)
    {
        var delegations = first.Delegations.ToList();
        var venues = first.Venues;
        var ordinal = first.Ordinal;
        foreach (var second in readings)
        {
            foreach (var delegation in second.Delegations)
            {
                var index = delegations.FindIndex(d => d.Party == delegation.Party);
                if (index < 0)
                {
                    delegations.Add(delegation);
                }
                else if (delegations[index].Participants.IsEmpty)
                {
                    delegations[index] = delegation;
                }
            }

            venues = venues.IsEmpty ? second.Venues : venues;
            ordinal ??= second.Ordinal;
        }

        var citations = DraftContext.Citations(first.Citations.Concat(readings.SelectMany(static m => m.Citations)));
        return first
            .WithDelegations([.. delegations])
            .WithCitations(citations)
            .WithVenues(venues)
            .WithOrdinal(ordinal);
    }

    // Numbers the text gives twice to one series, or out of order with the dates, are misreadings: the later number
    // in date order is left open rather than kept wrong.
    private static List<Meeting> KeepOrdinalsInOrder(List<Meeting> meetings)
    {
        var highest = new Dictionary<MechanismId, (Ordinal Ordinal, PartialDate Start)>();
        var order = Enumerable.Range(0, meetings.Count).OrderBy(i => meetings[i].Start.Earliest).ThenBy(static i => i).ToList();
        foreach (var i in order)
        {
            var meeting = meetings[i];
            if (meeting.Mechanism is not { } mechanism || meeting.Ordinal is not { } ordinal)
            {
                continue;
            }

            if (highest.TryGetValue(mechanism, out var seen) && (ordinal.Value <= seen.Ordinal.Value || seen.Start.Latest >= meeting.Start.Earliest))
            {
                meetings[i] = meeting.WithOrdinal(null);
                continue;
            }

            highest[mechanism] = (ordinal, meeting.Start);
        }

        return meetings;
    }

    /// <summary>A person's seat as planned: before the people and mechanisms have their identifiers.</summary>
    private sealed record PlannedSeat(Mention Person, DelegationRole Role, CountryCode Side, TextSpan? Cue, TextSpan? Position, InstitutionId? Institution)
    {
        /// <summary>The same person's other mentions in the meeting, whose words are quoted too.</summary>
        /// <remarks>Grown in place as the meeting's sentences name the person again (copying it each time would be quadratic); null until then.</remarks>
        public List<PlannedSeat>? Also { get; init; }
    }

    private sealed class MeetingPlan(ReportedMeeting meeting, PartialDate? start, PartialDate? end)
    {
        public ReportedMeeting Meeting { get; } = meeting;

        /// <summary>The start; null for a meeting the text does not date, which is not drafted (its people are).</summary>
        public PartialDate? Start { get; } = start;

        public PartialDate? End { get; } = end;

        public bool Approximate { get; set; }

        public Venue? Venue { get; set; }

        public TextSpan? VenueWords { get; set; }

        public List<Citation> Citations { get; } = [];

        public List<PlannedSeat> Seats { get; } = [];

        /// <summary>The index in <see cref="Seats"/> of each person's seat.</summary>
        public Dictionary<object, int> SeatOf { get; } = [];

        public Dictionary<CountryCode, TextSpan> Sides { get; } = [];
    }
}
