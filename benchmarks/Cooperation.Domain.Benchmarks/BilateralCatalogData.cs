using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// The entities of a large catalog of bilateral mechanisms for the catalog benchmarks: per mechanism a source, a
/// person and the mechanism (Mexico and another country), and its meetings, each with a venue, two delegations (the
/// person heading Mexico's), an ordinal and a citation; the last meeting of each mechanism is planned.
/// </summary>
internal sealed class BilateralCatalogData
{
    public BilateralCatalogData(int mechanisms, int meetingsPerMechanism)
    {
        static string S(int i) => i.ToString(CultureInfo.InvariantCulture);
        var countries = Countries.All.Select(c => c.Code).Where(c => c != CountryCode.Parse("MX")).ToArray();
        var mx = PartyRef.ForCountry(CountryCode.Parse("MX"));
        for (var m = 0; m < mechanisms; m++)
        {
            var other = PartyRef.ForCountry(countries[m % countries.Length]);
            var id = MechanismId.Parse("mechanism-" + S(m));
            var source = SourceId.Parse("source-" + S(m));
            var person = PersonId.Parse("person-" + S(m));
            var name = PersonName.From("Official " + new string((char)('a' + (m % 26)), 1 + (m % 7)) + " Number " + ((char)('A' + (m / 26 % 26))));
            Sources.Add(new Source(source, LocalizedText.FromEnglish("Communiqué " + S(m)), LocalizedText.FromEnglish("Ministry"), PartialDate.FromYear(2020), Language.English, SourceKind.PressRelease));
            People.Add(new Person(person, name));
            Mechanisms.Add(new Mechanism(id, LocalizedText.FromEnglish("Mechanism " + S(m)), MechanismKind.HighLevelGroup, MechanismScope.Bilateral,
                [new Membership(mx, ParticipationStatus.Member), new Membership(other, ParticipationStatus.Member)], MechanismStatus.Active, topics: [Topic.Security], citations: [source]));
            for (var k = 0; k < meetingsPerMechanism; k++)
            {
                Meetings.Add(new Meeting(
                    MeetingId.Parse($"meeting-{S(m)}-{S(k)}"),
                    MeetingKind.Ordinary,
                    k == meetingsPerMechanism - 1 ? MeetingStatus.Planned : MeetingStatus.Held,
                    PartialDate.FromYear(2000 + k),
                    mechanism: id,
                    ordinal: Ordinal.FromInt32(k + 1),
                    venues: [new Venue(k % 2 == 0 ? CountryCode.Parse("MX") : other.Country)],
                    delegations: [new Delegation(mx, [new Participant(DelegationRole.HeadOfDelegation, name, personId: person)]), new Delegation(other)],
                    citations: [source]));
            }
        }
    }

    public List<Source> Sources { get; } = [];

    public List<Person> People { get; } = [];

    public List<Mechanism> Mechanisms { get; } = [];

    public List<Meeting> Meetings { get; } = [];

    /// <summary>The catalog of these entities.</summary>
    public CooperationCatalog Build()
    {
        var builder = new CatalogBuilder();
        Sources.ForEach(s => builder.Add(s));
        People.ForEach(p => builder.Add(p));
        Mechanisms.ForEach(m => builder.Add(m));
        Meetings.ForEach(m => builder.Add(m));
        return builder.Build();
    }
}
