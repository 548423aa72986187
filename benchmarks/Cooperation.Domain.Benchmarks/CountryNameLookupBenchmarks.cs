using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Name look-ups, which fold case, accents, punctuation and articles, against an exact-match
/// <see cref="FrozenDictionary{TKey, TValue}"/> of the same names (which does none of that). Goal: at most 5x the
/// baseline and at most one allocation.
/// </summary>
[MemoryDiagnoser]
public class CountryNameLookupBenchmarks
{
    private FrozenDictionary<string, Country> _names = null!;

    [Params("México", "Estados Unidos de América")]
    public string Name { get; set; } = "México";

    [GlobalSetup]
    public void Setup()
    {
        var names = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in Countries.All)
        {
            names[country.Name.Spanish!] = country;
            names[country.Name.English!] = country;
            names[country.OfficialName.Spanish!] = country;
            names[country.OfficialName.English!] = country;
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true)]
    public Country? FrozenDictionaryExactLookup() => _names.GetValueOrDefault(Name);

    [Benchmark]
    public Country? CountriesTryFind() => Countries.TryFind(Name, out var country) ? country : null;

    [Benchmark]
    public Country? CountriesFind() => Countries.Find(Name).Country;
}
