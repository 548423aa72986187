using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Catalog look-ups by identifier in a catalog of 2,000 mechanisms and 10,000 meetings, against a plain
/// <see cref="Dictionary{TKey, TValue}"/> keyed by the identifier string. Goal: 0 bytes allocated.
/// </summary>
[MemoryDiagnoser]
public class CatalogLookupBenchmarks
{
    private CooperationCatalog _catalog = CooperationCatalog.Empty;
    private Dictionary<string, Mechanism> _byString = [];
    private MechanismId _mechanism;
    private MeetingId _meeting;
    private string _mechanismText = "";
    private CountryCode _country;

    [GlobalSetup]
    public void Setup()
    {
        var builder = new CatalogBuilder();
        var countries = Countries.All.Select(c => c.Code).Where(c => c != CountryCode.Parse("MX")).ToArray();
        var mx = PartyRef.ForCountry(CountryCode.Parse("MX"));
        for (var i = 0; i < 2000; i++)
        {
            var other = PartyRef.ForCountry(countries[i % countries.Length]);
            var id = MechanismId.Parse("mechanism-" + i.ToString(CultureInfo.InvariantCulture));
            builder.Add(new Mechanism(id, LocalizedText.FromEnglish("Mechanism " + i.ToString(CultureInfo.InvariantCulture)), MechanismKind.HighLevelGroup, MechanismScope.Bilateral,
                [new Membership(mx, ParticipationStatus.Member), new Membership(other, ParticipationStatus.Member)], MechanismStatus.Active, topics: [Topic.Security]));
            for (var k = 0; k < 5; k++)
            {
                builder.Add(new Meeting(MeetingId.Parse($"meeting-{i}-{k}"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.FromYear(2000 + k), mechanism: id, ordinal: Ordinal.FromInt32(k + 1)));
            }
        }

        _catalog = builder.Build();
        _byString = _catalog.Mechanisms.ToDictionary(m => m.Id.Value);
        _mechanism = MechanismId.Parse("mechanism-1234");
        _meeting = MeetingId.Parse("meeting-1234-3");
        _mechanismText = "mechanism-1234";
        _country = CountryCode.Parse("CA");
    }

    [Benchmark(Baseline = true)]
    public Mechanism? DictionaryOfStrings() => _byString.GetValueOrDefault(_mechanismText);

    [Benchmark]
    public Mechanism? TryGetMechanism() => _catalog.TryGetMechanism(_mechanism, out var m) ? m : null;

    [Benchmark]
    public Meeting? TryGetMeeting() => _catalog.TryGetMeeting(_meeting, out var m) ? m : null;

    [Benchmark]
    public ImmutableArray<Mechanism> MechanismsOfCountry() => _catalog.MechanismsOf(_country);

    [Benchmark]
    public ImmutableArray<Meeting> MeetingsOfMechanism() => _catalog.MeetingsOf(_mechanism);
}
