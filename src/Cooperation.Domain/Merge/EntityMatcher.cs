using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Merge;

/// <summary>
/// Finds a draft's entity in the catalog, by identifier first and then as docs/merge.md says for each kind. The
/// indexes a kind needs beyond the catalog's own are built on first use, once per draft: linear in the catalog.
/// </summary>
internal sealed class EntityMatcher(CooperationCatalog catalog)
{
    private static readonly Language[] Languages = [Language.Spanish, Language.English];

    private Dictionary<string, List<Source>>? _sourcesByCopy;
    private Dictionary<string, List<Institution>>? _institutionsByKey;
    private Dictionary<string, List<Mechanism>>? _mechanismsByKey;

    public EntityMatch<Source> Find(Source draft)
    {
        if (catalog.TryGetSource(draft.Id, out var same))
        {
            return new(same, MergeMatch.Identifier);
        }

        _sourcesByCopy ??= Index(catalog.Sources, static s => CopyKeys(s));
        return Candidates(_sourcesByCopy, CopyKeys(draft), static s => s.Id.Value, MergeMatch.Archive);
    }

    public EntityMatch<Institution> Find(Institution draft)
    {
        if (catalog.TryGetInstitution(draft.Id, out var same))
        {
            return new(same, MergeMatch.Identifier);
        }

        _institutionsByKey ??= Index(catalog.Institutions, static i => InstitutionKeys(i));
        var byAcronym = Candidates(_institutionsByKey, InstitutionKeys(draft, names: false), static i => i.Id.Value, MergeMatch.Acronym);
        return byAcronym.Found is not null || byAcronym.IsAmbiguous
            ? byAcronym
            : Candidates(_institutionsByKey, InstitutionKeys(draft, acronyms: false), static i => i.Id.Value, MergeMatch.Name);
    }

    public EntityMatch<Person> Find(Person draft)
    {
        if (catalog.TryGetPerson(draft.Id, out var same))
        {
            return new(same, MergeMatch.Identifier);
        }

        var found = new List<Person>();
        string? what = null;
        foreach (var spelling in Spellings(draft))
        {
            foreach (var person in catalog.FindPeople(spelling))
            {
                what ??= spelling.Value;
                if (!found.Contains(person))
                {
                    found.Add(person);
                }
            }
        }

        return Of(found, MergeMatch.Spelling, what);
    }

    /// <summary>A mechanism by identifier, else by acronym or name among those that have every party of the draft's.</summary>
    public EntityMatch<Mechanism> Find(Mechanism draft, ImmutableArray<PartyRef> parties)
    {
        if (catalog.TryGetMechanism(draft.Id, out var same))
        {
            return new(same, MergeMatch.Identifier);
        }

        _mechanismsByKey ??= Index(catalog.Mechanisms, static m => MechanismKeys(m));
        bool HasParties(Mechanism m)
        {
            foreach (var party in parties)
            {
                if (!m.HasParty(party))
                {
                    return false;
                }
            }

            return true;
        }

        var byAcronym = Candidates(_mechanismsByKey, MechanismKeys(draft, names: false), static m => m.Id.Value, MergeMatch.Acronym, HasParties);
        return byAcronym.Found is not null || byAcronym.IsAmbiguous
            ? byAcronym
            : Candidates(_mechanismsByKey, MechanismKeys(draft, acronyms: false), static m => m.Id.Value, MergeMatch.Name, HasParties);
    }

    /// <summary>
    /// A meeting by identifier, else among the meetings of its mechanism (<paramref name="mechanism"/>, the draft's
    /// mechanism in the merged catalog): the one with its ordinal, else the unnumbered one of its kind whose dates may
    /// overlap its dates.
    /// </summary>
    public EntityMatch<Meeting> Find(Meeting draft, MechanismId? mechanism)
    {
        if (catalog.TryGetMeeting(draft.Id, out var same))
        {
            return new(same, MergeMatch.Identifier);
        }

        if (mechanism is not { } id)
        {
            return default;
        }

        var meetings = catalog.MeetingsOf(id);
        if (draft.Ordinal is { } ordinal)
        {
            var numbered = new List<Meeting>();
            foreach (var meeting in meetings)
            {
                if (meeting.Ordinal == ordinal)
                {
                    numbered.Add(meeting);
                }
            }

            if (numbered.Count > 0)
            {
                return Of(numbered, MergeMatch.Ordinal, ordinal.ToString());
            }
        }

        var dated = new List<Meeting>();
        foreach (var meeting in meetings)
        {
            if (meeting.Kind == draft.Kind && (meeting.Ordinal is null || draft.Ordinal is null) && MayOverlap(meeting, draft))
            {
                dated.Add(meeting);
            }
        }

        return Of(dated, MergeMatch.Dates, draft.Dates.ToString());
    }

    /// <summary>Every spelling of a person: the name, then the other names.</summary>
    public static IEnumerable<PersonName> Spellings(Person person)
    {
        yield return person.Name;
        foreach (var name in person.OtherNames)
        {
            yield return name;
        }
    }

    private static bool MayOverlap(Meeting a, Meeting b)
        => a.Start.Earliest <= (b.End ?? b.Start).Latest && b.Start.Earliest <= (a.End ?? a.Start).Latest;

    private static EntityMatch<T> Of<T>(List<T> found, MergeMatch by, string? what)
        where T : class
        => found.Count switch
        {
            0 => default,
            1 => new(found[0], by),
            _ => new(null, by, [.. found], what),
        };

    private static EntityMatch<T> Candidates<T>(Dictionary<string, List<T>> index, IEnumerable<(string Key, string Text)> keys, Func<T, string> id, MergeMatch by, Func<T, bool>? accept = null)
        where T : class
    {
        var found = new List<T>();
        string? what = null;
        foreach (var (key, text) in keys)
        {
            if (!index.TryGetValue(key, out var entities))
            {
                continue;
            }

            foreach (var entity in entities)
            {
                if ((accept is null || accept(entity)) && !found.Exists(f => string.Equals(id(f), id(entity), StringComparison.Ordinal)))
                {
                    what ??= text;
                    found.Add(entity);
                }
            }
        }

        return Of(found, by, what);
    }

    private static Dictionary<string, List<T>> Index<T>(ImmutableArray<T> entities, Func<T, IEnumerable<(string Key, string Text)>> keys)
    {
        var index = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var (key, _) in keys(entity))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], entity))
                {
                    list.Add(entity);
                }
            }
        }

        return index;
    }

    internal static IEnumerable<(string, string)> CopyKeys(Source source)
    {
        if (source.Archive?.Sha256 is { } sha)
        {
            yield return ("sha256:" + sha, source.Archive.File);
        }

        if (source.Url is { } url)
        {
            yield return ("url:" + url.AbsoluteUri, url.AbsoluteUri);
        }
    }

    internal static IEnumerable<(string, string)> InstitutionKeys(Institution institution, bool acronyms = true, bool names = true)
    {
        var country = institution.IsInternational ? "int" : institution.Country.ToString();
        return Keys(country, institution.SpanishAcronym, institution.EnglishAcronym, institution.OtherAcronyms, institution.Name, acronyms, names);
    }

    internal static IEnumerable<(string, string)> MechanismKeys(Mechanism mechanism, bool acronyms = true, bool names = true)
        => Keys(string.Empty, mechanism.SpanishAcronym, mechanism.EnglishAcronym, [], mechanism.Name, acronyms, names);

    private static IEnumerable<(string, string)> Keys(string scope, Acronym? spanish, Acronym? english, ImmutableArray<Acronym> others, LocalizedText name, bool acronyms, bool names)
    {
        if (acronyms)
        {
            foreach (var acronym in (Acronym?[])[spanish, english, .. others])
            {
                if (acronym is { } a)
                {
                    // Acronyms are Latin capitals and digits; the invariant upper case ignores the case of a stray lower-case letter.
                    yield return ($"{scope}|a|{a.Value.ToUpperInvariant()}", a.Value);
                }
            }
        }

        if (names)
        {
            foreach (var language in Languages)
            {
                if (name.Get(language) is { } text && Fold(text) is { } key)
                {
                    yield return ($"{scope}|n|{key}", text);
                }
            }
        }
    }

    // The name key (case, accents, spacing and punctuation ignored), or null for text too long or not foldable.
    private static string? Fold(string text)
    {
        if (text.Length > NameKey.MaxInputLength)
        {
            return null;
        }

        Span<char> key = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        return NameKey.TryFold(text, key, out var length) == NameKeyStatus.Success && length > 0 ? new string(key[..length]) : null;
    }
}

/// <summary>
/// The entity found, or the candidates when several were, or when another of the draft's entities goes by the same
/// (<see cref="SharedInDraft"/>); then <see cref="Found"/> is null. And what matched.
/// </summary>
internal readonly record struct EntityMatch<T>(T? Found, MergeMatch By, ImmutableArray<T> Candidates = default, string? What = null, bool SharedInDraft = false)
    where T : class
{
    public bool IsAmbiguous => !Candidates.IsDefaultOrEmpty;
}
