using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// The people of a draft: one record per person the draft's delegations name, with the fullest spelling the text uses
/// as the name and every other spelling it uses as other names (so that every participant's spelling is recorded), and
/// a citation quoting the name where the text gives it in full. Spellings are one person when they are equal ignoring
/// case and accents, or when one is the start of the other, word for word, two words at least ("Rosa Icela Rodríguez"
/// and "Rosa Icela Rodríguez Velázquez"). A one-word name ("el secretario Ebrard") is a reference to someone named
/// in full, never a person of its own; a person the catalog knows (under any recorded spelling) is referred to by its
/// identifier and not drafted again.
/// </summary>
internal sealed class PeopleDrafter
{
    // Names are short; a longer run of words has no shorter forms worth indexing.
    private const int MaxPrefixWords = 16;

    private readonly DraftContext _context;
    private readonly DraftIds _ids = new();
    private readonly Dictionary<string, Cluster> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cluster> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<Mention, Cluster> _byMention = new(ReferenceEqualityComparer.Instance);
    private readonly List<Cluster> _order = [];

    public PeopleDrafter(DraftContext context) => _context = context;

    /// <summary>Groups the spellings of every person the text names.</summary>
    public void Collect()
    {
        // A name written again joins the cluster its first writing found: its words, key and prefixes are not read again.
        var again = new Dictionary<string, (PersonName Spelling, string Key, int Words)>(StringComparer.Ordinal);
        foreach (var mention in _context.Reading.Mentions)
        {
            if (mention.Kind == MentionKind.Person && mention.Name is { } name && again.TryGetValue(name, out var known))
            {
                var same = _byKey[known.Key];
                same.Add(mention, known.Spelling, known.Words);
                _byMention[mention] = same;
                continue;
            }

            if (mention.Kind != MentionKind.Person || SpellingOf(mention) is not { } spelling)
            {
                continue;
            }

            var words = DraftWord.Of(spelling.Value, 0, spelling.Value.Length).Where(static w => char.IsAsciiLetterOrDigit(w.Key[0])).Select(static w => w.Key).ToList();
            if (words.Count < 2)
            {
                continue;
            }

            var key = string.Join(' ', words);
            var cluster = _byKey.GetValueOrDefault(key) ?? _byPrefix.GetValueOrDefault(key) ?? Longer(words);
            if (cluster is null)
            {
                cluster = new Cluster();
                _order.Add(cluster);
            }

            _byKey.TryAdd(key, cluster);
            for (var n = Math.Min(words.Count - 1, MaxPrefixWords); n >= 2; n--)
            {
                _byPrefix.TryAdd(string.Join(' ', words.Take(n)), cluster);
            }

            cluster.Add(mention, spelling, words.Count);
            _byMention[mention] = cluster;
            again[mention.Name!] = (spelling, key, words.Count);
        }
    }

    /// <summary>The name as written of a person mention, as a <see cref="PersonName"/>; null when it cannot be one.</summary>
    public static PersonName? SpellingOf(Mention mention)
    {
        if (mention.Name is not { } name)
        {
            return null;
        }

        // A text names the same people many times, and every part of the draft asks: each name is parsed once.
        var spellings = t_spellings ??= new Dictionary<string, PersonName?>(StringComparer.Ordinal);
        if (spellings.TryGetValue(name, out var known))
        {
            return known;
        }

        if (spellings.Count >= MaxSpellings)
        {
            spellings.Clear();
        }

        return spellings[name] = PersonName.TryParse(DraftContext.Clean(name), out var spelling) ? spelling : null;
    }

    /// <summary>How many names a thread keeps parsed (<see cref="SpellingOf"/>): bounded whatever the texts.</summary>
    private const int MaxSpellings = 4096;

    [ThreadStatic]
    private static Dictionary<string, PersonName?>? t_spellings;

    /// <summary>True when <paramref name="mention"/> names a person with a name of two words or more.</summary>
    public bool IsKnown(Mention mention) => _byMention.ContainsKey(mention);

    /// <summary>Marks the person of <paramref name="mention"/> as one the draft's delegations name.</summary>
    public void Use(Mention mention)
    {
        if (_byMention.TryGetValue(mention, out var cluster))
        {
            cluster.Used = true;
        }
    }

    /// <summary>Drafts the people used, giving each its identifier (or the catalog's, when the text's words were linked to it).</summary>
    public List<Person> Finish()
    {
        var people = new List<Person>();
        foreach (var cluster in _order.Where(static c => c.Used))
        {
            if (cluster.Linked is { } linked)
            {
                cluster.Id = linked;
                continue;
            }

            var name = cluster.Fullest;
            var fullest = cluster.FullestMention;
            var words = _context.PositionSpan(fullest) is { } position ? DraftContext.Join(position, fullest.Span) : fullest.Span;
            if ((_context.Cite(words) ?? _context.Cite(fullest.Span)) is not { } citation)
            {
                continue;
            }

            var slug = DraftIds.Words(name.Value, 8, keepAll: true) ?? "person";
            var id = PersonId.Parse(_ids.Claim(DraftIds.Compose(slug, null, "person"), candidate => _context.Catalog?.TryGetPerson(PersonId.Parse(candidate, CultureInfo.InvariantCulture), out _) == true), CultureInfo.InvariantCulture);
            var others = cluster.Spellings.Where(s => s != name).Distinct().ToImmutableArray();
            people.Add(new Person(id, name, others, citations: [citation]));
            cluster.Id = id;
        }

        return people;
    }

    /// <summary>What tells people apart before they have identifiers: the same object for every spelling of one person.</summary>
    public object KeyOf(Mention mention) => _byMention.TryGetValue(mention, out var cluster) ? cluster : (object?)mention.Person ?? mention;

    /// <summary>The person a mention names, once <see cref="Finish"/> has run: the drafted one or the catalog's; null for none.</summary>
    public PersonId? IdOf(Mention mention) => _byMention.TryGetValue(mention, out var cluster) ? cluster.Id : mention.Person;

    // A person named before with fewer words ("Rosa Icela Rodríguez" when "Rosa Icela Rodríguez Velázquez" comes).
    private Cluster? Longer(List<string> words)
    {
        for (var n = Math.Min(words.Count - 1, MaxPrefixWords); n >= 2; n--)
        {
            if (_byKey.TryGetValue(string.Join(' ', words.Take(n)), out var cluster))
            {
                return cluster;
            }
        }

        return null;
    }

    private sealed class Cluster
    {
        private int _fullestWords;

        public List<PersonName> Spellings { get; } = [];

        public PersonName Fullest { get; private set; }

        public Mention FullestMention { get; private set; } = null!;

        public PersonId? Linked { get; private set; }

        public PersonId? Id { get; set; }

        public bool Used { get; set; }

        public void Add(Mention mention, PersonName spelling, int words)
        {
            Linked ??= mention.Person;
            if (!Spellings.Contains(spelling))
            {
                Spellings.Add(spelling);
            }

            // The most words, then the longest: "Marcelo Ebrard Casaubon" over "Marcelo Ebrard".
            if (FullestMention is null || words > _fullestWords || (words == _fullestWords && spelling.Value.Length > Fullest.Value.Length))
            {
                Fullest = spelling;
                FullestMention = mention;
                _fullestWords = words;
            }
        }
    }
}
