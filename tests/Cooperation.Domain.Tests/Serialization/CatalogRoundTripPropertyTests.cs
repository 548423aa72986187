using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cooperation.Domain.Tests.Serialization;

/// <summary>
/// read(write(catalog)) == catalog, and writing again gives the same bytes, for catalogs generated at random: FsCheck
/// draws the seed and size, and <see cref="RandomCatalog"/> builds a valid catalog that uses every optional member.
/// </summary>
public class CatalogRoundTripPropertyTests
{
    // Accents, quotes, backslashes, a character outside the Basic Multilingual Plane and a combining sequence.
    private static readonly string[] Spanish = ["Reunión de medio término", "Diálogo Consular", "Secretaría de Gobernación", "Conferencia Regional sobre Migración", "Año de la niñez", "Ciudad de México", "El \"Plan\" 2023 \\ anexo", "Nota 𝄞 musical", "Reunio\u0301n decomposed"];
    private static readonly string[] English = ["Mid-term meeting", "Consular Dialogue", "Ministry of the Interior", "Regional Conference on Migration", "Ottawa", "The \"21 initiatives\"", "Emoji 😀 test"];
    private static readonly string[] Names = ["Vanessa Calva Ruiz", "Rosa Icela Rodríguez Velázquez", "Mauricio Ibarra Ponce de León", "Daria Darnell", "O'Neill", "Rocío González Higuera"];
    private static readonly string[] CountryCodes = ["MX", "CA", "US", "GT", "HN", "SV", "BZ", "PA", "CO", "DO", "CR", "NI"];
    private static readonly ExternalIdentifier[] ExternalIdentifiers = [ExternalIdentifier.Parse("wikidata:Q96"), ExternalIdentifier.Parse("iso-3166:MX-CMX"), ExternalIdentifier.Of("popolo", "ocd-person/7d1d2a5a"), ExternalIdentifier.Parse("opensanctions:NK-a:b")];

    [Fact]
    public void Catalogs_round_trip_through_canonical_json()
        => Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => (Seed: seed, Size: Math.Min(size, 12)))).ToArbitrary(),
            input =>
            {
                var catalog = RandomCatalog(input.Seed, input.Size);
                var bytes = CooperationJson.WriteCatalog(catalog);
                var back = CooperationJson.ReadCatalog(bytes);
                return back.Sources.SequenceEqual(catalog.Sources)
                    && back.Institutions.SequenceEqual(catalog.Institutions)
                    && back.Mechanisms.SequenceEqual(catalog.Mechanisms)
                    && back.Meetings.SequenceEqual(catalog.Meetings)
                    && CooperationJson.WriteCatalog(back).AsSpan().SequenceEqual(bytes);
            }));

    internal static CooperationCatalog RandomCatalog(int seed, int size)
    {
        var random = new Random(seed);
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        bool Coin() => random.Next(2) == 0;
        LocalizedText Text() => random.Next(3) switch
        {
            0 => LocalizedText.FromSpanish(Pick(Spanish)),
            1 => LocalizedText.FromEnglish(Pick(English)),
            _ => LocalizedText.Create(Pick(Spanish), Pick(English)),
        };
        T? Maybe<T>(Func<T> make) where T : struct => Coin() ? make() : null;
        PartialDate Date() => random.Next(3) switch
        {
            0 => PartialDate.FromYear(random.Next(1990, 2030)),
            1 => PartialDate.FromYearMonth(random.Next(1990, 2030), random.Next(1, 13)),
            _ => PartialDate.FromDate(random.Next(1990, 2030), random.Next(1, 13), random.Next(1, 29)),
        };
        ImmutableArray<T> Some<T>(T[] pool, int max) => pool.Length == 0 ? [] : [.. Enumerable.Range(0, random.Next(max + 1)).Select(_ => Pick(pool)).Distinct()];
        ImmutableArray<ExternalIdentifier> Identifiers() => Some(ExternalIdentifiers, 3);

        var builder = new CatalogBuilder();
        var sourceIds = Enumerable.Range(0, random.Next(size + 1)).Select(i => SourceId.Parse($"source-{i}")).ToArray();
        ImmutableArray<Citation> Citations() => sourceIds.Length == 0 || !Coin()
            ? []
            : [.. Enumerable.Range(0, random.Next(1, 3)).Select(k => new Citation(Pick(sourceIds), Coin() ? $"cita {k} «{Pick(Names)}»" : null)).Distinct()];
        var outcomeCount = 0;
        Commitment Outcome(CommitmentKind kind, CommitmentStatus status, PartialDate? date, ImmutableArray<PartyRef> parties, int? count = null)
        {
            var n = outcomeCount++;
            return new Commitment(Text(), kind, status, count, date, parties, Coin() ? CommitmentId.Parse($"outcome-{n}") : null,
                Coin() ? [new InstitutionPart(InstitutionId.Parse("int-iachr"), Pick(InstitutionRole.All.ToArray()))] : default,
                n > 0 && Coin() ? [CommitmentId.Parse($"outcome-{random.Next(n)}")] : default, Citations());
        }

        foreach (var id in sourceIds)
        {
            builder.Add(new Source(id, Text(), Text(), Maybe(Date), Coin() ? Language.Spanish : Language.English, Pick(SourceKind.All.ToArray()),
                Coin() ? new Uri($"https://example.org/{id}") : null,
                Coin() ? new ArchivedCopy($"00{random.Next(5)}_seed.txt", Coin() ? new string('a', 64) : null) : null,
                Coin() ? [InstitutionId.Parse("mx-sre"), InstitutionId.Parse("mx-sspc")] : default,
                Maybe(Date), Coin() ? random.Next(1, 999).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                Coin() ? new Venue(CountryCode.Parse(Pick(CountryCodes)), Coin() ? Text() : null) : null,
                Coin() ? new ReportedSource(SourceKind.PressRelease, [InstitutionId.Parse("mx-sre")], Coin() ? id : null) : null,
                Coin() ? MeetingId.Parse("meeting-0") : null,
                Citations()));
        }

        foreach (var i in Enumerable.Range(0, random.Next(size + 1)))
        {
            var name = PersonName.From(Names[i % Names.Length] + (i >= Names.Length ? " Segundo" : string.Empty));
            builder.Add(new Person(PersonId.Parse($"person-{i}"), name, Coin() ? [PersonName.From(name.Value + " Tercero")] : default,
                Coin() ? Text() : null, Citations()).WithIdentifiers(Identifiers()));
        }

        var institutionIds = Enumerable.Range(0, random.Next(size + 1)).Select(i => InstitutionId.Parse($"inst-{i}")).ToArray();
        foreach (var (id, i) in institutionIds.Select((id, i) => (id, i)))
        {
            builder.Add(new Institution(id, Text(), Pick(InstitutionKind.All.ToArray()), Coin() ? CountryCode.Parse(Pick(CountryCodes)) : default,
                Maybe(() => Acronym.Parse("ES" + i)), Maybe(() => Acronym.Parse("EN" + i)), i > 0 && Coin() ? institutionIds[random.Next(i)] : null,
                Coin() ? [Acronym.Parse("OTHER" + i)] : default, Citations()).WithIdentifiers(Identifiers()));
        }

        var mechanismIds = Enumerable.Range(0, random.Next(size + 1)).Select(i => MechanismId.Parse($"mechanism-{i}")).ToArray();
        foreach (var id in mechanismIds)
        {
            var bilateral = Coin();
            var parties = bilateral
                ? [new Membership(PartyRef.Parse("MX"), ParticipationStatus.Member, Maybe(Date)), new Membership(PartyRef.Parse(Pick(CountryCodes[1..])), ParticipationStatus.Member, null, Coin() ? PartialDate.FromYear(2031) : null)]
                : Some(CountryCodes, 5).Append("int-iom").Select(code => new Membership(PartyRef.Parse(code), Pick(ParticipationStatus.All.ToArray()))).ToImmutableArray();
            var cadence = random.Next(8) switch
            {
                0 => null,
                1 => Cadence.Annual(random.Next(1, 7), random.Next(7, 13), Period.FromMonths(1)),
                2 => Cadence.EveryMonths(random.Next(2, 30), gracePeriod: Period.FromDays(random.Next(0, 40))),
                3 => Cadence.Ongoing,
                4 => Cadence.AdHoc,
                5 => Cadence.Semiannual(10, 1, Period.FromMonths(1) + Period.FromDays(10)),
                6 => Cadence.Annual(),
                _ => Cadence.Biennial(),
            };
            var holder = parties[0].Party;
            var superseded = Coin();
            builder.Add(new Mechanism(
                id, Text(), Pick(MechanismKind.All.ToArray()), bilateral ? MechanismScope.Bilateral : MechanismScope.Multilateral, parties,
                superseded ? MechanismStatus.Superseded : Pick(MechanismStatus.All.Where(s => s != MechanismStatus.Superseded).ToArray()),
                Some(Topic.All.ToArray(), 4), Maybe(() => Acronym.Parse("DANM")), Maybe(() => Acronym.Parse("HLD")), Maybe(Date), cadence,
                Coin() ? MechanismId.Parse("older") : null, superseded ? MechanismId.Parse("newer") : null, Coin() ? new Origin(Text(), Maybe(Date), Coin() ? MeetingId.Parse("meeting-1") : null) : null,
                Coin() ? [new PresidencyTerm(holder, PartialDateRange.Parse("2020-12/2021-12")), new PresidencyTerm(holder, PartialDateRange.Parse("2021-12/.."))] : default,
                Citations(),
                Coin() ? MechanismId.Parse("parent") : null,
                Coin() ? [Outcome(CommitmentKind.Report, CommitmentStatus.Fulfilled, Date(), [holder])] : default,
                superseded && Coin() ? Date() : null,
                Coin() ? Text() : null,
                Coin() ? [ParticipationStatus.Observer] : default).WithIdentifiers(Identifiers()));
        }

        var meetingCount = random.Next(size + 1);
        for (var i = 0; i < meetingCount; i++)
        {
            var kind = Pick(MeetingKind.All.ToArray());
            var status = Pick(MeetingStatus.All.ToArray());
            var mechanism = mechanismIds.Length > 0 && Coin() ? mechanismIds[random.Next(mechanismIds.Length)] : (MechanismId?)null;
            var start = PartialDate.FromLocalDate(new LocalDate(random.Next(1990, 2030), 1, 1).PlusDays(random.Next(365)));
            var parties = Some(CountryCodes, 3);
            builder.Add(new Meeting(
                MeetingId.Parse($"meeting-{i}"), kind, status, start, mechanism,
                mechanism is null || Coin() ? Text() : null,
                kind != MeetingKind.MidTerm && kind != MeetingKind.Mission && Coin() ? Ordinal.FromInt32(random.Next(1, 40)) : null,
                Coin() ? PartialDate.FromLocalDate(start.Earliest.PlusDays(random.Next(0, 5))) : null,
                [.. Some(CountryCodes, 2).Select(code => new Venue(CountryCode.Parse(code), Coin() ? Text() : null, Coin() ? Text() : null))],
                [.. parties.Select(code => new Delegation(PartyRef.Parse(code),
                    [.. Enumerable.Range(0, random.Next(3)).Select(_ => Coin()
                        ? new Participant(Pick(DelegationRole.All.ToArray()), PersonName.From(Pick(Names)), institutionIds.Length > 0 && Coin() ? Pick(institutionIds) : null, Coin() ? Text() : null, Coin() ? PersonId.Parse("someone") : null, Citations())
                        : new Participant(Pick(DelegationRole.All.ToArray()), institution: InstitutionId.Parse("mx-sre")))],
                    Coin() ? Text() : null, Citations()))],
                Some(Topic.All.ToArray(), 3),
                status == MeetingStatus.Held && Coin() ? [Outcome(Pick(CommitmentKind.All.ToArray()), Pick(CommitmentStatus.All.ToArray()), Maybe(Date), Coin() ? [PartyRef.Parse("MX")] : default, Coin() ? random.Next(1, 30) : null)] : default,
                Citations(),
                Coin(),
                Coin() ? Text() : null,
                status == MeetingStatus.Held && Coin()
                    ? [new Statement(Pick(StatementForm.All.ToArray()), Coin() ? Language.Spanish : Language.English, Text(), Coin() ? PersonId.Parse("person-0") : null,
                        Coin() ? InstitutionId.Parse("mx-sre") : null, PartyRef.Parse("MX"), Coin() ? [InstitutionId.Parse("mx-congress")] : default, Citations())]
                    : default,
                Coin() ? [new Relation(Pick(RelationKind.All.ToArray()), MeetingId.Parse($"meeting-{random.Next(5)}")), new Relation(RelationKind.Discussed, mechanism: MechanismId.Parse("mechanism-0"))] : default));
        }

        return builder.Build();
    }
}
