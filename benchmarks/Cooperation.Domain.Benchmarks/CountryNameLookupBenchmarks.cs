using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Name look-ups, which fold case, accents, punctuation and articles, against an exact-match
/// <see cref="FrozenDictionary{TKey, TValue}"/> of the same names (which does none of that). Goal: at most 5x the
/// baseline and at most one allocation. "Korea, Rep." and "Nowhere Land (Republic of)" are not in the table: the
/// look-up tries their other forms (CountryNameForms), the first until "Rep. of Korea" is found, the second all of
/// them; the exact baseline simply misses.
/// </summary>
[MemoryDiagnoser]
public class CountryNameLookupBenchmarks
{
    private FrozenDictionary<string, Country> _names = null!;

    [Params("México", "Estados Unidos de América", "Korea, Rep.", "Nowhere Land (Republic of)")]
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
