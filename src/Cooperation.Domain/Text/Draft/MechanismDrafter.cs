using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// The mechanisms of a draft: every named mechanism the text mentions that the options' catalog does not hold, one per
/// name (its acronym in parentheses after it joins it). Its kind comes from its head noun and the words beside it
/// ("Grupo de Alto Nivel" a high-level group, "Diálogo Consular" a consular dialogue, "Conferencia Regional" a regional
/// conference); its parties are the states its name names ("Diálogo … México-Canadá"), else the states of the meetings
/// the text reports of it; its scope is what its words say ("binacional", "regional"), else what the number of its
/// parties says. Parties the text does not name are recorded as unlisted members, never guessed. Its status is active:
/// the text reports it or its meetings as current. A mechanism whose kind or scope the words do not give is not drafted
/// (its meetings then carry its name in their title).
/// </summary>
internal sealed class MechanismDrafter
{
    private readonly DraftContext _context;
    private readonly DraftIds _ids = new();
    // The mechanisms by the words of their name without the states it names; several when the texts tells apart
    // mechanisms of one name by their states or acronyms.
    private readonly Dictionary<string, List<Group>> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _byAcronym = new(StringComparer.Ordinal);

    private readonly List<Group> _order = [];
    private readonly Dictionary<Mention, Group> _byMention = new(ReferenceEqualityComparer.Instance);

    public MechanismDrafter(DraftContext context) => _context = context;

    /// <summary>The drafted mechanisms, in the order the text first names them.</summary>
    public List<Mechanism> Drafted { get; } = [];

    /// <summary>Collects the mechanism mentions of the text.</summary>
    public void Collect()
    {
        var mentions = _context.Reading.Mentions.Where(static m => m.Kind == MentionKind.Mechanism).ToList();
        var acronyms = AcronymPairs.Find(_context, mentions);
        var paired = new HashSet<Mention>(acronyms.Values.Select(static a => a.Mention), ReferenceEqualityComparer.Instance);
        foreach (var mention in mentions)
        {
            if (paired.Contains(mention) || mention.Mechanism is not null)
            {
                continue;
            }

            var name = mention.Name ?? mention.Text;
            if (AcronymPairs.IsAcronymText(name, out var alone) && !acronyms.ContainsKey(mention))
            {
                if (_byAcronym.TryGetValue(alone.Value, out var known))
                {
                    known.Mentions.Add(mention);
                    _byMention[mention] = known;
                }

                continue;
            }

            var (key, states) = KeyOf(mention);
            if (key.Length == 0)
            {
                continue;
            }

            // One mechanism under a name with and without its states ("Diálogo de Alto Nivel México-Canadá sobre
            // Movilidad de Personas", "Diálogo de Alto Nivel sobre Movilidad de Personas (DANM)"), unless the text tells
            // them apart by their states ("Mexico-Honduras …", "Mexico-Guatemala …") or acronyms ("(GANSEG)", "(GANS)");
            // a name that fits more than one of them is a mechanism of its own.
            Acronym? own = acronyms.TryGetValue(mention, out var pair) ? pair.Acronym : null;
            var candidates = _groups.TryGetValue(key, out var list)
                ? list.Where(g => (own is null || g.Acronym is null || g.Acronym == own) && (states.Count == 0 || g.States.Count == 0 || g.States.SetEquals(states))).Take(2).ToList()
                : [];
            var group = candidates.Count == 1 ? candidates[0] : null;
            if (group is null)
            {
                group = new Group(mention, name);
                _order.Add(group);
                if (list is null)
                {
                    _groups[key] = list = [];
                }

                list.Add(group);
            }

            group.States.UnionWith(states);
            group.Add(mention, name);
            _byMention[mention] = group;
            if (acronyms.TryGetValue(mention, out var acronym))
            {
                group.Acronym ??= acronym.Acronym;
                group.LongForm ??= mention;
                group.AcronymMention ??= acronym.Mention;
                _byAcronym.TryAdd(acronym.Acronym.Value, group);
            }
        }
    }

    /// <summary>
    /// Records that <paramref name="meeting"/> is of the mechanism it names (when the catalog does not know it), with
    /// its states and the words that say so.
    /// </summary>
    public void AddMeeting(ReportedMeeting meeting, Citation? citation)
    {
        if (meeting.MechanismId is null && Find(meeting) is { } group)
        {
            group.MeetingCountries.UnionWith(meeting.Countries);
            if (citation is not null)
            {
                group.MeetingCitations.Add(citation);
            }
        }
    }

    /// <summary>The mechanism of a meeting: the catalog's, else the drafted one; null when there is none.</summary>
    public MechanismId? IdOf(ReportedMeeting meeting)
        => meeting.MechanismId ?? Find(meeting)?.Id;

    /// <summary>Drafts the collected mechanisms.</summary>
    public void Run()
    {
        foreach (var group in _order)
        {
            Draft(group);
        }
    }

    // The mechanism of the mention the meeting was read from, else the one its name gives.
    private Group? Find(ReportedMeeting meeting)
    {
        if (meeting.Mechanism is not { } name)
        {
            return null;
        }

        var clean = DraftContext.Clean(name);
        foreach (var mention in meeting.Mentions)
        {
            if (mention.Kind == MentionKind.Mechanism && _byMention.TryGetValue(mention, out var group)
                && string.Equals(DraftContext.Clean(mention.Name ?? mention.Text), clean, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return Find(name);
    }

    // A mechanism by the name a meeting gives, or by its acronym: the one group of that name, when there is one.
    private Group? Find(string name)
    {
        if (_groups.TryGetValue(Key(name, []), out var list) && list.Count == 1)
        {
            return list[0];
        }

        return AcronymPairs.IsAcronymText(name, out var acronym) && _byAcronym.TryGetValue(acronym.Value, out var group) ? group : null;
    }

    private void Draft(Group group)
    {
        var words = DraftWord.Of(group.Name, 0, group.Name.Length);
        if (KindOf(words) is not { } kind || _context.Localized(group.Name) is not { } name)
        {
            return;
        }

        // The states the name names ("Diálogo de Alto Nivel México-Canadá") say who the parties are.
        var named = InIdentifierOrder(group.States).ToList();
        var countries = named.Count > 0 ? named : [.. InIdentifierOrder(group.MeetingCountries)];
        var scope = ScopeOf(words, kind, named.Count > 0 ? named.Count : countries.Count);
        if (scope is null)
        {
            return;
        }

        var fits = scope == MechanismScope.Bilateral ? countries.Count == 2
            : scope == MechanismScope.Unilateral ? countries.Count == 1
            : countries.Count >= 1;
        var parties = fits ? countries.Select(static c => new Membership(PartyRef.ForCountry(c), ParticipationStatus.Member)).ToImmutableArray() : [];
        var unlisted = !fits || (scope == MechanismScope.Multilateral && countries.Count < 3)
            ? ImmutableArray.Create(ParticipationStatus.Member)
            : [];

        // The name with its acronym as the text defines it ("Grupo de Alto Nivel de Seguridad (GANSEG)").
        var span = group.AcronymMention is { } acronymMention && group.LongForm is { } longForm && _context.ClosingParenthesisAfter(acronymMention.End) is > 0 and var close
            ? new TextSpan(longForm.Start, close)
            : group.First.Span;
        var citations = DraftContext.Citations([_context.Cite(group.First.Span), _context.Cite(span), .. named.Count > 0 ? [] : group.MeetingCitations]);
        if (citations.IsEmpty)
        {
            return;
        }

        var id = MechanismId.Parse(_ids.Claim(IdFor(group, scope, countries, _context.StateWords(group.Mentions, null)), candidate => _context.Catalog?.TryGetMechanism(MechanismId.Parse(candidate, CultureInfo.InvariantCulture), out _) == true), CultureInfo.InvariantCulture);
        var english = _context.Language == Language.English;
        var mechanism = new Mechanism(
            id,
            name,
            kind,
            scope,
            parties,
            MechanismStatus.Active,
            spanishAcronym: english ? null : group.Acronym,
            englishAcronym: english ? group.Acronym : null,
            citations: citations,
            unlistedParties: unlisted);
        Drafted.Add(mechanism);
        group.Id = id;
    }

    // "mx-gt-ganseg" for a bilateral group with an acronym, "crm" for a multilateral one, else the name's words.
    private static string IdFor(Group group, MechanismScope scope, List<CountryCode> countries, IReadOnlyDictionary<string, string> states)
    {
        // The states its name names lead the identifier already: "mx-hn-high-level-group-security".
        var head = group.Acronym is { } acronym ? acronym.Value.ToLowerInvariant() : DraftIds.Words(group.Name, 6, replace: states) ?? "mechanism";
        var prefix = scope == MechanismScope.Multilateral || countries.Count == 0 ? null : CountryPrefix(countries);
        return DraftIds.Compose(prefix is null ? head : prefix + "-" + head, null, "mechanism");
    }

    /// <summary>The states of a bilateral or national thing as the reference catalog writes them: Mexico first, then by code ("mx-ca", "mx-us").</summary>
    public static string CountryPrefix(IEnumerable<CountryCode> countries)
        => string.Join('-', InIdentifierOrder(countries).Select(static c => c.Alpha2.ToLowerInvariant()));

    /// <summary>The states in the order identifiers and titles give them: Mexico first, then by code.</summary>
    public static IEnumerable<CountryCode> InIdentifierOrder(IEnumerable<CountryCode> countries)
        => countries.Distinct().OrderBy(static c => c.Alpha2 == "MX" ? 0 : 1).ThenBy(static c => c.Alpha2, StringComparer.Ordinal);

    /// <summary>The kind the words of a mechanism's name give, or null.</summary>
    public static MechanismKind? KindOf(List<DraftWord> words)
    {
        bool Has(IReadOnlySet<string> set) => words.Any(w => set.Contains(w.Key));
        bool HighLevel() => Has(DraftLexicon.HighLevel) && (words.Any(static w => w.Key is "nivel" or "level") || Has(DraftLexicon.Bilateral));

        if (Has(DraftLexicon.Dialogues))
        {
            return Has(DraftLexicon.Consular) ? MechanismKind.ConsularDialogue
                : HighLevel() ? MechanismKind.HighLevelDialogue
                : MechanismKind.Dialogue;
        }

        if (Has(DraftLexicon.Groups))
        {
            return Has(DraftLexicon.Work) ? MechanismKind.WorkingGroup
                : Has(DraftLexicon.FollowUp) ? MechanismKind.FollowUpGroup
                : HighLevel() ? MechanismKind.HighLevelGroup
                : null;
        }

        if (Has(DraftLexicon.Mechanisms) && Has(DraftLexicon.Consultations))
        {
            return MechanismKind.ConsultationMechanism;
        }

        if (Has(DraftLexicon.Talks))
        {
            return MechanismKind.Talks;
        }

        if (Has(DraftLexicon.Conferences) && words.Any(static w => w.Key == "regional"))
        {
            return MechanismKind.RegionalConference;
        }

        if (Has(DraftLexicon.Summits))
        {
            return MechanismKind.Summit;
        }

        if (Has(DraftLexicon.Programmes) && Has(DraftLexicon.Training))
        {
            return MechanismKind.TrainingProgramme;
        }

        if (Has(DraftLexicon.Strategies))
        {
            return MechanismKind.NationalStrategy;
        }

        if (Has(DraftLexicon.Integration) && words.Any(static w => w.Key is "sistema" or "system"))
        {
            return MechanismKind.IntegrationSystem;
        }

        return Has(DraftLexicon.Ministerial) && Has(DraftLexicon.Meetings) ? MechanismKind.MinisterialMeeting : null;
    }

    /// <summary>The scope the words say, else the one the number of states says; null when neither says.</summary>
    public static MechanismScope? ScopeOf(List<DraftWord> words, MechanismKind kind, int countries)
    {
        if (words.Any(static w => DraftLexicon.Bilateral.Contains(w.Key)))
        {
            return MechanismScope.Bilateral;
        }

        if (words.Any(static w => DraftLexicon.Multilateral.Contains(w.Key)) || kind == MechanismKind.RegionalConference || kind == MechanismKind.IntegrationSystem)
        {
            return MechanismScope.Multilateral;
        }

        return countries switch
        {
            2 => MechanismScope.Bilateral,
            > 2 => MechanismScope.Multilateral,
            1 when kind == MechanismKind.NationalStrategy => MechanismScope.Unilateral,
            _ => null,
        };
    }

    // The words of a mechanism's name, folded, without the states it names and without articles: "Diálogo de Alto
    // Nivel México-Canadá sobre Movilidad de Personas" and "Diálogo de Alto Nivel sobre Movilidad de Personas" are one.
    private (string Key, HashSet<CountryCode> States) KeyOf(Mention mention)
    {
        var words = new List<string>();
        var states = new HashSet<CountryCode>();
        foreach (var country in _context.MentionsIn(mention.Span, MentionKind.Country))
        {
            if (country.End <= mention.End && country.Country is { } code)
            {
                words.AddRange(DraftWord.Of(country.Text, 0, country.Text.Length).Select(static w => w.Key));
                states.Add(code);
            }
        }

        return (Key(mention.Name ?? mention.Text, words), states);
    }

    private static string Key(string name, List<string> states)
        => string.Join(' ', DraftWord.Of(name, 0, name.Length)
            .Where(w => char.IsAsciiLetterOrDigit(w.Key[0]) && !DraftIds.IsSkipped(w.Key) && !states.Contains(w.Key))
            .Select(static w => w.Key));

    private sealed class Group(Mention first, string name)
    {
        private int _words = DraftWord.Of(name, 0, name.Length).Count;

        /// <summary>The mention with the fullest name, quoted for the mechanism.</summary>
        public Mention First { get; private set; } = first;

        /// <summary>The fullest name the text gives.</summary>
        public string Name { get; private set; } = name;

        public void Add(Mention mention, string name)
        {
            Mentions.Add(mention);
            var words = DraftWord.Of(name, 0, name.Length).Count;
            if (words > _words)
            {
                (First, Name, _words) = (mention, name, words);
            }
        }

        public Acronym? Acronym { get; set; }

        public Mention? AcronymMention { get; set; }

        /// <summary>The mention the acronym follows in parentheses.</summary>
        public Mention? LongForm { get; set; }

        public MechanismId? Id { get; set; }

        public List<Mention> Mentions { get; } = [];

        /// <summary>The states its names name.</summary>
        public HashSet<CountryCode> States { get; } = [];

        public HashSet<CountryCode> MeetingCountries { get; } = [];

        public List<Citation> MeetingCitations { get; } = [];
    }
}
