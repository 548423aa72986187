using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// One change to a catalog of 100,000 meetings (10,000 mechanisms of ten meetings each, every meeting with a venue, two
/// delegations, a participant and a citation), against building that catalog from its entities. Goal (issue
/// "Embedding the model in a service"): replacing one meeting (<see cref="CooperationCatalog.With(Meeting)"/>) costs
/// at most 0.1x of the build.
/// </summary>
[MemoryDiagnoser]
public class CatalogEditBenchmarks
{
    private const int Mechanisms = 10_000;
    private const int MeetingsPerMechanism = 10;

    private readonly List<Source> _sources = [];
    private readonly List<Person> _people = [];
    private readonly List<Mechanism> _mechanisms = [];
    private readonly List<Meeting> _meetings = [];
    private CooperationCatalog _catalog = CooperationCatalog.Empty;
    private Meeting _held = null!;
    private Meeting _added = null!;
    private MeetingId _removed;

    [GlobalSetup]
    public void Setup()
    {
        string S(int i) => i.ToString(CultureInfo.InvariantCulture);
        var countries = Countries.All.Select(c => c.Code).Where(c => c != CountryCode.Parse("MX")).ToArray();
        var mx = PartyRef.ForCountry(CountryCode.Parse("MX"));
        for (var m = 0; m < Mechanisms; m++)
        {
            var other = PartyRef.ForCountry(countries[m % countries.Length]);
            var id = MechanismId.Parse("mechanism-" + S(m));
            var source = SourceId.Parse("source-" + S(m));
            var person = PersonId.Parse("person-" + S(m));
            _sources.Add(new Source(source, LocalizedText.FromEnglish("Communiqué " + S(m)), LocalizedText.FromEnglish("Ministry"), PartialDate.FromYear(2020), Language.English, SourceKind.PressRelease));
            _people.Add(new Person(person, PersonName.From("Official " + new string((char)('a' + (m % 26)), 1 + (m % 7)) + " Number " + ((char)('A' + (m / 26 % 26))))));
            _mechanisms.Add(new Mechanism(id, LocalizedText.FromEnglish("Mechanism " + S(m)), MechanismKind.HighLevelGroup, MechanismScope.Bilateral,
                [new Membership(mx, ParticipationStatus.Member), new Membership(other, ParticipationStatus.Member)], MechanismStatus.Active, topics: [Topic.Security], citations: [source]));
            for (var k = 0; k < MeetingsPerMechanism; k++)
            {
                _meetings.Add(new Meeting(
                    MeetingId.Parse($"meeting-{S(m)}-{S(k)}"),
                    MeetingKind.Ordinary,
                    k == MeetingsPerMechanism - 1 ? MeetingStatus.Planned : MeetingStatus.Held,
                    PartialDate.FromYear(2000 + k),
                    mechanism: id,
                    ordinal: Ordinal.FromInt32(k + 1),
                    venues: [new Venue(k % 2 == 0 ? CountryCode.Parse("MX") : other.Country)],
                    delegations: [new Delegation(mx, [new Participant(DelegationRole.HeadOfDelegation, _people[^1].Name, personId: person)]), new Delegation(other)],
                    citations: [source]));
            }
        }

        _catalog = Build();
        var planned = _catalog.GetMeeting(MeetingId.Parse("meeting-5000-9"));
        _held = planned.WithStatus(MeetingStatus.Held);
        _added = planned.WithId(MeetingId.Parse("meeting-5000-9a"));
        _removed = planned.Id;
    }

    [Benchmark(Baseline = true)]
    public CooperationCatalog Build()
    {
        var builder = new CatalogBuilder();
        _sources.ForEach(s => builder.Add(s));
        _people.ForEach(p => builder.Add(p));
        _mechanisms.ForEach(m => builder.Add(m));
        _meetings.ForEach(m => builder.Add(m));
        return builder.Build();
    }

    [Benchmark]
    public CooperationCatalog ReplaceOneMeeting() => _catalog.With(_held);

    [Benchmark]
    public CooperationCatalog AddOneMeeting() => _catalog.With(_added);

    [Benchmark]
    public CooperationCatalog RemoveOneMeeting() => _catalog.Without(_removed);

    [Benchmark]
    public CooperationCatalog ReplaceOneMeetingWithABuilder() => _catalog.ToBuilder().Replace(_held).Build();
}
