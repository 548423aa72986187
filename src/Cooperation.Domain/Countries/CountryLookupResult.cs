using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Cooperation.Domain;

/// <summary>
/// The result of <see cref="Countries.Find(string)"/>: the country found, or why none was, with the candidates of an
/// ambiguous name and the nearest names to a misspelt one.
/// </summary>
/// <remarks>
/// A successful lookup allocates nothing. A failed one computes its <see cref="Reason"/> and
/// <see cref="Suggestions"/> eagerly. <c>default(CountryLookupResult)</c> is an uninitialized result whose
/// <see cref="Status"/> is 0 (not a defined value) and <see cref="IsFound"/> false.
/// </remarks>
public readonly struct CountryLookupResult
{
    internal CountryLookupResult(
        CountryLookupStatus status,
        Country? country,
        CountryMatchKind matchKind,
        string? reason,
        ImmutableArray<Country> candidates,
        ImmutableArray<Country> suggestions)
    {
        Status = status;
        Country = country;
        MatchKind = matchKind;
        _reason = reason;
        _candidates = candidates;
        _suggestions = suggestions;
    }

    private readonly string? _reason;
    private readonly ImmutableArray<Country> _candidates;
    private readonly ImmutableArray<Country> _suggestions;

    /// <summary>Whether a country was found, and if not, why.</summary>
    public CountryLookupStatus Status { get; }

    /// <summary>True when exactly one country matched; <see cref="Country"/> is then not null.</summary>
    [MemberNotNullWhen(true, nameof(Country))]
    public bool IsFound => Status == CountryLookupStatus.Found;

    /// <summary>The country found, or null.</summary>
    public Country? Country { get; }

    /// <summary>Whether a code or a name matched.</summary>
    public CountryMatchKind MatchKind { get; }

    /// <summary>Why the lookup failed, as a sentence that names the input; empty when it succeeded.</summary>
    public string Reason => _reason ?? string.Empty;

    /// <summary>For <see cref="CountryLookupStatus.Ambiguous"/>: every country with that name, by code.</summary>
    public ImmutableArray<Country> Candidates => _candidates.IsDefault ? [] : _candidates;

    /// <summary>For <see cref="CountryLookupStatus.NotFound"/>: the countries with the nearest names, nearest first (at most five).</summary>
    public ImmutableArray<Country> Suggestions => _suggestions.IsDefault ? [] : _suggestions;

    /// <summary>The country, or an exception whose message is <see cref="Reason"/>.</summary>
    /// <exception cref="InvalidOperationException">The lookup did not find exactly one country.</exception>
    public Country GetCountryOrThrow()
        => IsFound ? Country : throw new InvalidOperationException(_reason ?? "The country lookup result is uninitialized.");

    /// <summary>The country's alpha-2 code and English name, or the reason the lookup failed.</summary>
    public override string ToString() => IsFound ? Country.ToString() : Reason;
}
