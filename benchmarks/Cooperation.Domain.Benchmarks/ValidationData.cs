using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Generated catalogs for the validation benchmark: <c>n</c> meetings in series of five (so n / 5 mechanisms,
/// bilateral and multilateral, with presidencies, cadences, delegations, institutions and sources), clean under
/// every rule as of <see cref="AsOf"/>, with a given share of entities broken in one of several ways.
/// </summary>
public static class ValidationData
{
    public static readonly LocalDate AsOf = new(2026, 6, 1);

    private static readonly CountryCode[] CountryPool = [.. "CA US GT HN SV BZ CR PA CO DO NI CU JM HT BR AR CL PE EC BO UY PY VE ES FR DE IT GB JP CN"
        .Split(' ').Select(CountryCode.Parse)];

    private static readonly CountryCode Mexico = CountryCode.Parse("MX");

    /// <summary>Builds a catalog of <paramref name="meetings"/> meetings, <paramref name="errorPercent"/>% of entities broken.</summary>
    public static CooperationCatalog Create(int meetings, int errorPercent, int seed = 20261127)
    {
        var random = new Random(seed);
        var builder = new CatalogBuilder();
        bool Broken() => random.Next(100) < errorPercent;
        string S(int i) => i.ToString(CultureInfo.InvariantCulture);

        // Person names have no digits: the mechanism's number spelt in letters ("Bcd").
        string W(int i)
        {
            var text = "";
            do
            {
                text = (char)('a' + (i % 26)) + text;
                i /= 26;
            }
            while (i > 0);

            return char.ToUpperInvariant(text[0]) + text[1..];
        }

        // Two institutions per country, one source per mechanism.
        var institutions = new Dictionary<CountryCode, InstitutionId[]>();
        foreach (var country in CountryPool.Append(Mexico))
        {
            var code = country.ToString().ToLowerInvariant();
            institutions[country] = [InstitutionId.Parse(code + "-ministry"), InstitutionId.Parse(code + "-agency")];
            builder.Add(new Institution(institutions[country][0], LocalizedText.Create("Ministerio " + code, "Ministry " + code), InstitutionKind.Ministry, country));
            builder.Add(new Institution(institutions[country][1], LocalizedText.Create("Agencia " + code, "Agency " + code), InstitutionKind.Agency, country, parent: institutions[country][0]));
        }

        var mechanismCount = Math.Max(1, meetings / 5);
        for (var m = 0; m < mechanismCount; m++)
        {
            var id = MechanismId.Parse("mechanism-" + S(m));
            var source = SourceId.Parse("source-" + S(m));
            builder.Add(new Source(source, LocalizedText.Create("Comunicado " + S(m), "Communiqué " + S(m)), LocalizedText.Create("SRE", "SRE"), PartialDate.FromDate(2026, 1, 15), Language.Spanish, SourceKind.PressRelease));

            var multilateral = m % 4 == 0;
            var countries = multilateral
                ? new[] { Mexico, CountryPool[m % CountryPool.Length], CountryPool[(m + 7) % CountryPool.Length], CountryPool[(m + 13) % CountryPool.Length] }
                : [Mexico, CountryPool[m % CountryPool.Length]];
            var parties = countries.Select(c => new Membership(PartyRef.ForCountry(c), ParticipationStatus.Member, since: PartialDate.FromYear(2015))).ToList();
            var presidencies = ImmutableArray<PresidencyTerm>.Empty;
            if (multilateral)
            {
                parties.Add(new Membership(PartyRef.ForCountry(CountryPool[(m + 3) % CountryPool.Length]), ParticipationStatus.Observer));
                presidencies = [.. Enumerable.Range(0, 4).Select(k => new PresidencyTerm(PartyRef.ForCountry(countries[k]), PartialDateRange.Closed(PartialDate.FromYearMonth(2021 + k, 1), PartialDate.FromYearMonth(2021 + k, 12))))];
            }

            var scope = multilateral ? MechanismScope.Multilateral : MechanismScope.Bilateral;
            var name = LocalizedText.Create("Mecanismo " + S(m), "Mechanism " + S(m));
            var sources = ImmutableArray.Create(source);
            if (Broken())
            {
                switch (random.Next(4))
                {
                    case 0: parties.Add(new Membership(PartyRef.ForCountry(CountryPool[(m + 5) % CountryPool.Length]), ParticipationStatus.Member)); scope = MechanismScope.Bilateral; break; // COOP2001
                    case 1: sources = []; break; // COOP7002
                    case 2: name = LocalizedText.FromSpanish("Mecanismo " + S(m)); break; // COOP7003
                    default: sources = [SourceId.Parse("missing-" + S(m))]; break; // COOP1004 (and COOP7005)
                }
            }

            builder.Add(new Mechanism(id, name, MechanismKind.HighLevelGroup, scope, [.. parties.DistinctBy(p => p.Party)], MechanismStatus.Active,
                topics: [Topic.Security, Topic.Migration], established: PartialDate.FromYear(2015), cadence: Cadence.Annual(), presidencies: presidencies, citations: [.. sources.Select(Citation.Of)]));

            for (var k = 0; k < 5; k++)
            {
                var year = 2021 + k;
                var start = PartialDate.FromDate(year, 11, 1 + (m % 28));
                PartialDate? end = null;
                var ordinal = Ordinal.FromInt32(k + 1);
                var venue = countries[k % countries.Length];
                var status = MeetingStatus.Held;
                var delegations = countries.Take(2).Select(c => new Delegation(PartyRef.ForCountry(c),
                [
                    new Participant(DelegationRole.HeadOfDelegation, PersonName.From($"Head {c} {W(m)}"), institutions[c][0]),
                    new Participant(DelegationRole.Member, PersonName.From($"Member {c} {W(m)}"), institutions[c][1]),
                    new Participant(DelegationRole.Adviser, institution: institutions[c][1]),
                ])).ToList();
                var meetingSources = ImmutableArray.Create(source);
                if (Broken())
                {
                    switch (random.Next(8))
                    {
                        case 0: delegations[1] = new Delegation(delegations[1].Party, [.. delegations[1].Participants.Select(p => new Participant(DelegationRole.Member, p.Person, p.Institution))]); break; // COOP5001
                        case 1: delegations[0] = new Delegation(delegations[0].Party, [.. delegations[0].Participants, new Participant(DelegationRole.HeadOfDelegation, PersonName.From("Second head " + W(m)))]); break; // COOP5002
                        case 2: venue = CountryCode.Parse("JP") == countries[^1] ? CountryCode.Parse("KR") : CountryCode.Parse("JP"); break; // COOP4004 when bilateral
                        case 3: end = PartialDate.FromDate(year, 10, 1); break; // COOP3001
                        case 4: start = PartialDate.FromDate(2026, 11, 1); break; // COOP3004 (and COOP4002 with the next ordinals absent: the 5th is last)
                        case 5: meetingSources = []; break; // COOP7001
                        case 6: delegations[1] = new Delegation(delegations[1].Party, [.. delegations[1].Participants, new Participant(DelegationRole.Member, PersonName.From($"Head {countries[0]} {W(m)}"))]); break; // COOP5006
                        default: ordinal = Ordinal.FromInt32(k == 0 ? 2 : k); break; // COOP4001 (and COOP4003 where it leaves a gap)
                    }
                }

                builder.Add(new Meeting(MeetingId.Parse($"meeting-{S(m)}-{S(k)}"), MeetingKind.Ordinary, status, start, id, ordinal: ordinal, end: end,
                    venues: [new Venue(venue)], delegations: [.. delegations], topics: [Topic.Security], citations: [.. meetingSources.Select(Citation.Of)]));
            }
        }

        return builder.Build();
    }
}
