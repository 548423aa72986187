using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Text;

/// <summary>
/// What every part of the draft stage shares while one reading is drafted: the reading and its text, the options'
/// catalog, the draft's source (which every citation cites), and the sentence each offset falls in.
/// </summary>
internal sealed class DraftContext
{
    private readonly int[] _sentenceStarts;
    private DraftWord[]?[]? _sentenceWords;
    private readonly Dictionary<string, LocalizedText?> _localized;

    public DraftContext(CommuniqueReading reading, CooperationCatalog? catalog, SourceId source)
    {
        Reading = reading;
        Text = reading.Text;
        Catalog = catalog;
        Source = source;
        _sentenceStarts = new int[reading.Sentences.Length];
        for (var i = 0; i < _sentenceStarts.Length; i++)
        {
            _sentenceStarts[i] = reading.Sentences[i].Start;
        }

        _localized = new(StringComparer.Ordinal);
        _quotes = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// A context for the same reading and catalog as <paramref name="first"/> that cites another source: the sentences'
    /// words, the quotes and the texts already made are shared (the source's head is read before its identifier is
    /// known, and its words are not folded again); the citations, which name the source, are not.
    /// </summary>
    public DraftContext(DraftContext first, SourceId source)
    {
        Reading = first.Reading;
        Text = first.Text;
        Catalog = first.Catalog;
        Source = source;
        _sentenceStarts = first._sentenceStarts;
        _sentenceWords = first._sentenceWords ??= new DraftWord[]?[Reading.Sentences.Length];
        _localized = first._localized;
        _quotes = first._quotes;
    }

    public CommuniqueReading Reading { get; }

    /// <summary>
    /// The draft words of the text from <paramref name="start"/> to <paramref name="end"/>, as
    /// <see cref="DraftWord.Of"/> gives them: each sentence's words are folded once per reading, when first read, and
    /// every part of the draft stage reads slices of them instead of folding the same sentence again. A stretch that is
    /// not inside one sentence is folded on its own.
    /// </summary>
    public ArraySegment<DraftWord> WordsIn(int start, int end)
    {
        if (SentenceIndexAt(start) is var index && index >= 0 && end <= Reading.Sentences[index].End)
        {
            _sentenceWords ??= new DraftWord[]?[Reading.Sentences.Length];
            var sentence = Reading.Sentences[index];
            var words = _sentenceWords[index] ??= DraftWord.ArrayOf(Text, sentence.Start, sentence.End);
            return DraftWord.Slice(words, Text, start, end);
        }

        return new ArraySegment<DraftWord>(DraftWord.ArrayOf(Text, start, end));
    }

    public string Text { get; }

    /// <summary>The catalog mentions were linked to, or null.</summary>
    public CooperationCatalog? Catalog { get; }

    /// <summary>The draft's one source, cited by every citation.</summary>
    public SourceId Source { get; }

    public Language Language => Reading.Language;

    /// <summary>The sentence that holds <paramref name="offset"/>, or the whole text when the reading has no sentences.</summary>
    public TextSpan SentenceAt(int offset)
    {
        var index = Array.BinarySearch(_sentenceStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0 || index >= _sentenceStarts.Length)
        {
            return new TextSpan(0, Text.Length);
        }

        var sentence = Reading.Sentences[index];
        return offset <= sentence.End ? sentence : new TextSpan(0, Text.Length);
    }

    /// <summary>The index of the sentence that holds <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        var index = Array.BinarySearch(_sentenceStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && index < _sentenceStarts.Length && offset <= Reading.Sentences[index].End ? index : -1;
    }

    /// <summary>The index of the first mention of the reading (in text order) that starts at or after <paramref name="offset"/>.</summary>
    public int FirstMentionFrom(int offset) => FirstFrom(Reading.Mentions.AsSpan(), offset);

    /// <summary>The index of the first of <paramref name="mentions"/> (in text order) that starts at or after <paramref name="offset"/>.</summary>
    public static int FirstFrom(IReadOnlyList<Mention> mentions, int offset)
    {
        if (mentions is List<Mention> list)
        {
            return FirstFrom(CollectionsMarshal.AsSpan(list), offset);
        }

        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].Start < offset)
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
    /// The index of the first of <paramref name="mentions"/> (in text order) that starts at or after
    /// <paramref name="offset"/>: the search without an interface call (or a boxed array) per step.
    /// </summary>
    public static int FirstFrom(ReadOnlySpan<Mention> mentions, int offset)
    {
        int low = 0, high = mentions.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].Start < offset)
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
    /// The words of the states named inside <paramref name="mentions"/> (a name's "México-Canadá", "de EE.UU."), folded,
    /// each with what an identifier writes for it: nothing for <paramref name="own"/> (or for every state when it is
    /// null: they lead the identifier already), the state's code for the others, once ("Estados Unidos" gives "us").
    /// </summary>
    public Dictionary<string, string> StateWords(IEnumerable<Mention> mentions, CountryCode? own)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            foreach (var country in MentionsIn(mention.Span, MentionKind.Country))
            {
                if (country.End > mention.End || country.Country is not { } code)
                {
                    continue;
                }

                var instead = own is null || code == own ? string.Empty : code.Alpha2.ToLowerInvariant();
                foreach (var word in DraftWord.Of(country.Text, 0, country.Text.Length))
                {
                    words.TryAdd(word.Key, instead);
                }
            }
        }

        return words;
    }

    /// <summary>The mentions of one kind that start within <paramref name="span"/>, in text order.</summary>
    public List<Mention> MentionsIn(TextSpan span, MentionKind kind)
    {
        var found = new List<Mention>();
        var mentions = Reading.Mentions;
        var work = WorkMeter.Current;
        for (var i = FirstMentionFrom(span.Start); i < mentions.Length && mentions[i].Start < span.End; i++)
        {
            work?.Add();
            if (mentions[i].Kind == kind)
            {
                found.Add(mentions[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// Where a person's position is written: before the name ("el director general …, Mauricio Ibarra"; "los directores
    /// generales de …, Mario Madrazo y Gustavo Gutiérrez") or right after it ("Eugenio Imaz Gispert, Director General of
    /// …"); null when the text does not write it near the name.
    /// </summary>
    public TextSpan? PositionSpan(Mention person)
    {
        // The reach a list of names between a plural position and one of its names may take.
        const int Reach = 80;
        if (person.Position is not { Length: > 0 } position)
        {
            return null;
        }

        var before = Math.Max(0, person.Start - position.Length - Reach);
        WorkMeter.Current?.Add(2 * (position.Length + Reach));
        if (person.Start > 0)
        {
            var index = Text.LastIndexOf(position, person.Start - 1, person.Start - before, StringComparison.Ordinal);
            if (index >= 0 && index + position.Length <= person.Start)
            {
                return new TextSpan(index, index + position.Length);
            }
        }

        var after = Math.Min(Text.Length, person.End + position.Length + Reach);
        var next = Text.IndexOf(position, person.End, after - person.End, StringComparison.Ordinal);
        return next >= 0 ? new TextSpan(next, next + position.Length) : null;
    }

    /// <summary>A citation of the draft's source quoting <paramref name="span"/>, or null when the words cannot be quoted.</summary>
    public Citation? Cite(TextSpan span) => CitationOf(DraftQuotes.Of(Text, span, _quotes));

    /// <summary>A citation quoting the sentence <paramref name="outer"/>, or as much of it around <paramref name="focus"/> as a quote holds.</summary>
    public Citation? Cite(TextSpan outer, TextSpan focus) => CitationOf(DraftQuotes.Around(Text, outer, focus, _quotes));

    // A text quotes the same words many times over (a name in every list, a position in every paragraph): each quote is
    // made, checked and cited once.
    private readonly Dictionary<string, string> _quotes;
    private readonly Dictionary<string, Citation> _citations = new(StringComparer.Ordinal);

    private Citation? CitationOf(string? quote)
    {
        if (quote is null)
        {
            return null;
        }

        if (!_citations.TryGetValue(quote, out var citation))
        {
            _citations[quote] = citation = new Citation(Source, quote);
        }

        return citation;
    }

    /// <summary>The citations given, without nulls and repeats, in order.</summary>
    public static ImmutableArray<Citation> Citations(IEnumerable<Citation?> citations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<Citation>();
        foreach (var citation in citations)
        {
            if (citation is not null && seen.Add(citation.Quote!))
            {
                builder.Add(citation);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The citations of a list, without nulls and repeats, in order: as <see cref="Citations(IEnumerable{Citation?})"/>,
    /// without a set or an enumerator for the few citations a meeting, a delegation or a participant has.
    /// </summary>
    public static ImmutableArray<Citation> Citations(IReadOnlyList<Citation?> citations)
    {
        const int Few = 16;
        if (citations.Count > Few)
        {
            return Citations((IEnumerable<Citation?>)citations);
        }

        var builder = ImmutableArray.CreateBuilder<Citation>(citations.Count);
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i] is { } citation && !HasQuote(builder, citation.Quote!))
            {
                builder.Add(citation);
            }
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    private static bool HasQuote(ImmutableArray<Citation>.Builder builder, string quote)
    {
        for (var i = 0; i < builder.Count; i++)
        {
            if (string.Equals(builder[i].Quote, quote, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="text"/> as a text of the reading's language, its white space runs made one space; null when it is
    /// not a valid text (empty, too long, control characters).
    /// </summary>
    public LocalizedText? Localized(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // The same position is written for many participants: checked once per reading.
        if (_localized.TryGetValue(text, out var known))
        {
            return known;
        }

        var clean = Clean(text);
        var ok = Language == Language.English
            ? LocalizedText.TryCreate(null, clean, out var result)
            : LocalizedText.TryCreate(clean, null, out result);
        return _localized[text] = ok ? result : null;
    }

    /// <summary><paramref name="text"/> with every run of white space as one space, trimmed.</summary>
    public static string Clean(string text)
    {
        // Most names and positions are clean already: the text itself, not a copy of it.
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pending = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pending = builder.Length > 0;
                continue;
            }

            if (pending)
            {
                builder.Append(' ');
                pending = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // No white space but single plain spaces between other characters.
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The span from the start of one span to the end of another.</summary>
    public static TextSpan Join(TextSpan first, TextSpan last) => new(Math.Min(first.Start, last.Start), Math.Max(first.End, last.End));

    /// <summary>
    /// True when the text between <paramref name="end"/> and <paramref name="start"/> is only white space and
    /// <paramref name="between"/> (one character, or none when it is '\0').
    /// </summary>
    public bool OnlyBetween(int end, int start, char between)
    {
        var seen = false;
        for (var i = end; i < start; i++)
        {
            var c = Text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == between && !seen)
            {
                seen = true;
                continue;
            }

            return false;
        }

        return between == '\0' || seen;
    }

    /// <summary>The offset after the next ")" that follows <paramref name="end"/> with only white space before it, or -1.</summary>
    public int ClosingParenthesisAfter(int end)
    {
        for (var i = end; i < Text.Length && i < end + 8; i++)
        {
            if (Text[i] == ')')
            {
                return i + 1;
            }

            if (!char.IsWhiteSpace(Text[i]))
            {
                return -1;
            }
        }

        return -1;
    }
}
