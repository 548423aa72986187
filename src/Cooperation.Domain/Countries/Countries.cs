using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain;

/// <summary>
/// The ISO 3166-1 table (every officially assigned code) and look-ups of countries by code or by name in English or
/// Spanish.
/// </summary>
/// <remarks>
/// <para>
/// Name look-ups ignore case, accents (composed or decomposed), punctuation, spacing and a leading article, so
/// "México", "MEXICO", "Estados Unidos de América", "EE.UU.", "EUA", "the Netherlands" and "la República Dominicana"
/// all resolve. A name not in the table is tried in the other forms lists write it: a qualifier in parentheses or
/// after a comma moved before the name or dropped when it is only an article ("Netherlands (Kingdom of the)",
/// "Gambia, The", "Korea, Rep."), abbreviations spelt out ("St. Lucia", "Czech Rep."), a saint named another way
/// ("Sao Tomé y Príncipe"), and "y" or "e" for "and" ("Saint Kitts y Nevis"). Names are matched through ASCII keys folded when the table was generated; the input is folded with
/// the same generated tables, so answers are identical under every culture and with invariant globalization on.
/// </para>
/// <para>The table is immutable and safe to read from any number of threads.</para>
/// </remarks>
public static class Countries
{
    /// <summary>The most countries suggested for a name that was not found.</summary>
    public const int MaxSuggestions = 5;

    private static readonly ImmutableArray<Country> AllCountries =
        [.. CountryData.Rows.Select(static (row, index) => new Country(index, row))];

    // Name key -> row index, or ~group for a key shared by several countries.
    private static readonly FrozenDictionary<string, int> ByNameKey = BuildNameIndex(out AmbiguousGroups);
    private static readonly ImmutableArray<Country>[] AmbiguousGroups;
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByNameKeySpan =
        ByNameKey.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every officially assigned country, ordered by alpha-2 code.</summary>
    public static ImmutableArray<Country> All => AllCountries;

    /// <summary>The version of Debian's iso-codes data the table was generated from.</summary>
    public static string DataVersion => CountryData.IsoCodesVersion;

    /// <summary>The country with this code.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the uninitialized default value.</exception>
    public static Country Get(CountryCode code)
    {
        Guard.Against.Uninitialized(code);
        return AllCountries[code.RowIndex];
    }

    /// <summary>
    /// Resolves an ISO 3166-1 code (alpha-2, alpha-3 or numeric) or a name or alias in English or Spanish.
    /// Codes are tried first, so "US" and "USA" are codes while "EUA" and "UK" are aliases.
    /// </summary>
    /// <param name="text">The code or name; null gives an <see cref="CountryLookupStatus.Invalid"/> result.</param>
    /// <returns>The country, or a result that says why none was found and suggests the nearest names.</returns>
    public static CountryLookupResult Find(string? text)
        => text is null
            ? Failure(CountryLookupStatus.Invalid, "No text was given: expected a country name or an ISO 3166-1 code.")
            : Find(text.AsSpan());

    /// <inheritdoc cref="Find(string)"/>
    public static CountryLookupResult Find(ReadOnlySpan<char> text)
    {
        if (CountryCode.TryParse(text, out var code))
        {
            return new CountryLookupResult(CountryLookupStatus.Found, AllCountries[code.RowIndex], CountryMatchKind.Code, null, default, default);
        }

        Span<char> key = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        var status = NameKey.TryFold(text, key, out var length);
        if (status != NameKeyStatus.Success)
        {
            return Failure(CountryLookupStatus.Invalid, InvalidReason(text, status));
        }

        key = key[..length];
        if (!ByNameKeySpan.TryGetValue(key, out var entry) && !CountryNameForms.TryResolve(text, ByNameKeySpan, out entry))
        {
            var suggestions = SuggestByKey(key, MaxSuggestions);
            var reason = $"No country has the name or code {InputExcerpt.Describe(text)}."
                + (HasNonAsciiDigit(text) ? " Codes are written with ASCII digits 0-9." : string.Empty)
                + (suggestions.IsEmpty ? string.Empty : " Did you mean " + string.Join(", ", suggestions.Select(Describe)) + "?");
            return new CountryLookupResult(CountryLookupStatus.NotFound, null, CountryMatchKind.None, reason, default, suggestions);
        }

        if (entry >= 0)
        {
            return new CountryLookupResult(CountryLookupStatus.Found, AllCountries[entry], CountryMatchKind.Name, null, default, default);
        }

        var candidates = AmbiguousGroups[~entry];
        var ambiguity = $"{InputExcerpt.Describe(text)} names more than one country: {string.Join(", ", candidates.Select(Describe))}.";
        return new CountryLookupResult(CountryLookupStatus.Ambiguous, null, CountryMatchKind.None, ambiguity, candidates, default);
    }

    /// <summary>
    /// Resolves a code or a name like <see cref="Find(ReadOnlySpan{char})"/>, but only reports whether exactly one
    /// country matched. Never throws and never allocates.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> text, [NotNullWhen(true)] out Country? country)
    {
        if (CountryCode.TryParse(text, out var code))
        {
            country = AllCountries[code.RowIndex];
            return true;
        }

        Span<char> key = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        if (NameKey.TryFold(text, key, out var length) == NameKeyStatus.Success
            && (ByNameKeySpan.TryGetValue(key[..length], out var entry) || CountryNameForms.TryResolve(text, ByNameKeySpan, out entry))
            && entry >= 0)
        {
            country = AllCountries[entry];
            return true;
        }

        country = null;
        return false;
    }

    /// <inheritdoc cref="TryFind(ReadOnlySpan{char}, out Country)"/>
    public static bool TryFind([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Country? country)
    {
        if (text is null)
        {
            country = null;
            return false;
        }

        return TryFind(text.AsSpan(), out country);
    }

    /// <summary>
    /// The countries whose names or aliases are nearest to <paramref name="text"/> (edit distance on name keys, with
    /// names that start with the text counted as near), nearest first.
    /// </summary>
    /// <param name="text">A name, possibly misspelt or cut short.</param>
    /// <param name="max">How many countries at most, 1 to 20.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is outside 1 to 20.</exception>
    public static ImmutableArray<Country> Suggest(ReadOnlySpan<char> text, int max = MaxSuggestions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, 20);
        Span<char> key = stackalloc char[NameKey.MaxInputLength * NameKey.MaxExpansion];
        return NameKey.TryFold(text, key, out var length) == NameKeyStatus.Success ? SuggestByKey(key[..length], max) : [];
    }

    private static ImmutableArray<Country> SuggestByKey(ReadOnlySpan<char> key, int max)
    {
        // One or two letters say too little to suggest anything ("s" is one edit from "us").
        if (key.Length < 3)
        {
            return [];
        }

        // Accept roughly one typo per three characters.
        var threshold = Math.Max(1, key.Length / 3);
        var best = new Dictionary<int, int>();
        foreach (var row in CountryData.NameKeys)
        {
            var distance = key.Length >= 3 && row.Key.AsSpan().StartsWith(key)
                ? 0
                : EditDistance.Bounded(key, row.Key, threshold);
            if (distance <= threshold && (!best.TryGetValue(row.Row, out var known) || distance < known))
            {
                best[row.Row] = distance;
            }
        }

        return [.. best.OrderBy(static pair => pair.Value).ThenBy(static pair => pair.Key).Take(max).Select(static pair => AllCountries[pair.Key])];
    }

    private static FrozenDictionary<string, int> BuildNameIndex(out ImmutableArray<Country>[] groups)
    {
        var rowsByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var row in CountryData.NameKeys)
        {
            if (!rowsByKey.TryGetValue(row.Key, out var rows))
            {
                rowsByKey[row.Key] = rows = [];
            }

            rows.Add(row.Row);
        }

        var groupList = new List<ImmutableArray<Country>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, rows) in rowsByKey)
        {
            if (rows.Count == 1)
            {
                index[key] = rows[0];
            }
            else
            {
                index[key] = ~groupList.Count;
                groupList.Add([.. rows.Order().Select(static row => AllCountries[row])]);
            }
        }

        groups = [.. groupList];
        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static CountryLookupResult Failure(CountryLookupStatus status, string reason)
        => new(status, null, CountryMatchKind.None, reason, default, default);

    private static string InvalidReason(ReadOnlySpan<char> text, NameKeyStatus status)
    {
        var input = InputExcerpt.Describe(text);
        return status switch
        {
            NameKeyStatus.Empty => $"{input} is not a country name or code: it has no letters or digits.",
            NameKeyStatus.TooLong => $"{input} is too long to be a country name (the limit is {NameKey.MaxInputLength} characters).",
            NameKeyStatus.ControlCharacter => $"{input} is not a country name: it holds a control character.",
            _ => $"{input} is not a country name: it holds letters or digits outside the Latin script, and names are matched in English and Spanish.",
        };
    }

    private static bool HasNonAsciiDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) && !char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(Country country) => $"{country.Name.English} ({country.Alpha2})";
}
