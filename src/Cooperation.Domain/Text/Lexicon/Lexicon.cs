using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Text;

/// <summary>
/// Every word the stages know, folded once into its name key (lowercase ASCII, accents removed: "Reunión" and
/// "REUNION" are "reunion"), with its classes (<see cref="LexClass"/>). Built from the word tables of this folder, each
/// the one source of its words; looked up by span, without allocating.
/// </summary>
internal static class Lexicon
{
    /// <summary>Words longer than this are in no table and are not looked up.</summary>
    public const int MaxWordLength = 24;

    private static readonly FrozenDictionary<string, LexEntry> Words = Build();
    private static readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> BySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<ulong, LexEntry> ByHash = BuildByHash(Words);

    /// <summary>The number of distinct folded words.</summary>
    public static int Count => Words.Count;

    /// <summary>The entry of a folded word, or an entry of no class.</summary>
    public static LexEntry Find(ReadOnlySpan<char> folded) => BySpan.TryGetValue(folded, out var entry) ? entry : default;

    /// <summary>
    /// The entry of a word by the hash of its folded form (<see cref="WordHash"/>), the way tokens look words up: no
    /// second hashing of the characters. No two words of the lexicon share a hash (checked when it is built).
    /// </summary>
    public static LexEntry FindByHash(ulong hash) => ByHash.TryGetValue(hash, out var entry) ? entry : default;

    /// <summary>The entry of a word as written (folded here), or an entry of no class.</summary>
    public static LexEntry FindWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength * NameKey.MaxExpansion];
        return word.Length <= MaxWordLength && NameKey.TryFold(word, buffer, out var length) == NameKeyStatus.Success
            ? Find(buffer[..length])
            : default;
    }

    /// <summary>The folded key of a word, as the lexicon stores it.</summary>
    public static string Fold(string word)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        return NameKey.TryFold(word, buffer, out var length) == NameKeyStatus.Success ? new string(buffer[..length]) : string.Empty;
    }

    private static FrozenDictionary<string, LexEntry> Build()
    {
        var words = new Dictionary<string, LexEntry>(StringComparer.Ordinal);
        void Add(string word, LexClass classes, int value = 0)
        {
            var key = Fold(word);
            if (key.Length == 0)
            {
                return;
            }

            if (words.TryGetValue(key, out var known))
            {
                // A word in two tables keeps both classes; a value (month, weekday, country) is set by one table only.
                words[key] = new LexEntry(known.Classes | classes, known.Value != 0 ? known.Value : value);
            }
            else
            {
                words[key] = new LexEntry(classes, value);
            }
        }

        foreach (var (word, month) in CalendarWords.Months)
        {
            Add(word, LexClass.Month, month);
        }

        foreach (var (word, day) in CalendarWords.Weekdays)
        {
            Add(word, LexClass.Weekday, day);
        }

        foreach (var (word, offset) in CalendarWords.RelativeDays)
        {
            // 0 is "today": stored as 100 + offset so that a value is always set.
            Add(word, LexClass.RelativeDay, 100 + offset);
        }

        foreach (var (word, unit) in CalendarWords.PeriodNouns)
        {
            Add(word, LexClass.PeriodNoun, (int)unit);
        }

        foreach (var (word, direction) in CalendarWords.RelativeModifiers)
        {
            Add(word, LexClass.RelativeModifier, 100 + direction);
        }

        foreach (var (stem, ending, country) in Demonyms.Spanish)
        {
            foreach (var form in Demonyms.SpanishForms(stem, ending))
            {
                Add(form, LexClass.Demonym, CountryRow(country));
            }
        }

        foreach (var (word, country) in Demonyms.English)
        {
            Add(word, LexClass.Demonym, CountryRow(country));
        }

        AddAll(Titles.Heads, LexClass.Title);
        AddAll(Titles.Modifiers, LexClass.TitleModifier);
        AddAll(Titles.Honorifics, LexClass.Honorific);
        AddAll(Titles.Portfolios, LexClass.Portfolio);
        AddAll(HeadNouns.Institutions, LexClass.InstitutionHead);
        AddAll(HeadNouns.Mechanisms, LexClass.MechanismHead);
        AddAll(HeadNouns.Bilateral, LexClass.Bilateral);
        AddAll(HeadNouns.Meetings, LexClass.MeetingNoun);
        AddAll(HeadNouns.MeetingAdjectives, LexClass.MeetingAdjective);
        AddAll(HeadNouns.StateNouns, LexClass.StateNoun);
        AddAll(HeadNouns.PeopleNouns, LexClass.PeopleNoun);
        AddAll(HeadNouns.OtherEvents, LexClass.OtherEvent);
        AddAll(HeadNouns.PlaceNouns, LexClass.PlaceNoun);
        AddAll(HeadNouns.Documents, LexClass.DocumentNoun);
        AddAll(FunctionWords.Spanish, LexClass.Function | LexClass.Spanish);
        AddAll(FunctionWords.English, LexClass.Function | LexClass.English);
        AddAll(FunctionWords.Connectors, LexClass.Connector);
        AddAll(FunctionWords.Determiners, LexClass.Determiner);
        AddAll(FunctionWords.PlacePrepositions, LexClass.PlacePreposition);
        AddAll(FunctionWords.Bylines, LexClass.Byline);
        AddAll(FunctionWords.Since, LexClass.Since);
        AddAll(TenseWords.Future, LexClass.Future);
        AddAll(TenseWords.Past, LexClass.Past);
        AddAll(TenseWords.MeetingVerbs, LexClass.MeetingVerb);
        AddAll(TenseWords.VisitVerbs, LexClass.VisitVerb);
        AddAll(GivenNames.All, LexClass.GivenName);
        return words.ToFrozenDictionary(StringComparer.Ordinal);

        void AddAll(string[] list, LexClass classes)
        {
            foreach (var word in list)
            {
                Add(word, classes);
            }
        }
    }

    private static FrozenDictionary<ulong, LexEntry> BuildByHash(FrozenDictionary<string, LexEntry> words)
    {
        var byHash = new Dictionary<ulong, LexEntry>();
        foreach (var (key, entry) in words)
        {
            if (!byHash.TryAdd(WordHash.OfFolded(key), entry))
            {
                throw new InvalidOperationException($"Two words of the lexicon have one hash (\"{key}\").");
            }
        }

        return byHash.ToFrozenDictionary();
    }

    /// <summary>The row of a country in the table, the value demonyms carry (plus one, so that 0 means none).</summary>
    private static int CountryRow(string alpha2) => Code(alpha2).RowIndex + 1;

    /// <summary>The code of an alpha-2 code written in a table.</summary>
    public static CountryCode Code(string alpha2) => CountryCode.Parse(alpha2, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The country a demonym's value stands for.</summary>
    public static CountryCode CountryOf(LexEntry entry) => CountryCode.FromRowIndex(entry.Value - 1);
}
