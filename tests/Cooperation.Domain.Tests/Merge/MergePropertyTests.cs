using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Cooperation.Domain.Diff;
using Cooperation.Domain.Merge;
using FsCheck;
using FsCheck.Fluent;

namespace Cooperation.Domain.Tests.Merge;

/// <summary>
/// "A merge never loses what the catalog had", for catalogs and drafts generated at random: two versions of one
/// world of entities (the same identifiers and references, other values, other subsets, some of the draft's under
/// other identifiers), merged; the diff of the catalog and the merge then holds only additions, or, when the draft
/// is preferred, changes under the conflicts the merge reports as settled for it.
/// </summary>
public sealed class MergePropertyTests
{
    private static readonly string[] Names = ["Ana Pérez", "Juan Ruiz", "Rosa Icela Rodríguez", "Ana Perez"];
    private static readonly string[] Titles = ["Reunión", "Diálogo", "Sesión plenaria"];
    private static readonly string[] Countries = ["MX", "CA", "US", "GT"];
    private static readonly string[] Quotes = ["el 3 de marzo", "en Ottawa", "la subsecretaria", "acordaron"];

    [Fact]
    public void A_merge_never_loses_what_the_catalog_had()
        => Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Select(seed => seed).ToArbitrary(),
            Gen.Elements(MergePreference.Catalog, MergePreference.Draft).ToArbitrary(),
            (seed, preference) => Holds(seed, preference)));

    [Fact]
    public void A_draft_merged_again_changes_nothing()
        => Check.QuickThrowOnFailure(Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            seed =>
            {
                var draft = Version(seed, 1);
                var once = CatalogMerge.Merge(Version(seed, 0), [draft]).Catalog;
                var again = CatalogMerge.Merge(once, [draft]);
                if (again.Added != 0 || !CooperationJson.WriteCatalog(once).AsSpan().SequenceEqual(CooperationJson.WriteCatalog(again.Catalog)))
                {
                    throw new InvalidOperationException($"seed {seed}: the second merge changed the catalog.\n{again}\n{CatalogDiff.Compare(once, again.Catalog)}");
                }

                return true;
            }));

    private static bool Holds(int seed, MergePreference preference)
    {
        var catalog = Version(seed, 0);
        var drafts = new[] { Version(seed, 1), Version(seed, 2) };
        var merge = CatalogMerge.Merge(catalog, drafts, preference);
        var settled = merge.Conflicts.Where(c => c.Resolution == MergeResolution.TookDraft).Select(c => c.Path).ToList();
        foreach (var change in CatalogDiff.Compare(catalog, merge.Catalog).Changes)
        {
            if (change.Kind == CatalogChangeKind.Added)
            {
                continue;
            }

            // A value removed or changed: only where a conflict settled for the draft says so.
            if (preference == MergePreference.Catalog || !settled.Any(path => Covers(path, change.Path)))
            {
                throw new InvalidOperationException($"seed {seed}, {preference}: {change} is neither an addition nor under a conflict settled for the draft.\n{merge}");
            }
        }

        // Every draft entity is in the merged catalog, under the identifier the report gives.
        var ids = new HashSet<string>(merge.Catalog.Sources.Select(s => "source " + s.Id)
            .Concat(merge.Catalog.Institutions.Select(i => "institution " + i.Id))
            .Concat(merge.Catalog.People.Select(p => "person " + p.Id))
            .Concat(merge.Catalog.Mechanisms.Select(m => "mechanism " + m.Id))
            .Concat(merge.Catalog.Meetings.Select(m => "meeting " + m.Id)));
        return merge.Entities.All(e => ids.Contains(CatalogDiff.NameOf(e.Kind) + " " + e.Id));
    }

    // "meetings[x].title" covers "meetings[x].title.es"; "meetings[x].venues" covers "meetings[x].venues[0]".
    private static bool Covers(string conflict, string change)
        => change == conflict || (change.StartsWith(conflict, StringComparison.Ordinal) && change[conflict.Length] is '.' or '[');

    /// <summary>
    /// One version of a small world: the same entities, identifiers and references for a seed; values, subsets and
    /// (in a draft, variant above 0) some identifiers drawn anew for each variant.
    /// </summary>
    internal static CooperationCatalog Version(int seed, int variant)
    {
        var shape = new Random(seed);
        var facts = new Random(HashCode.Combine(seed, variant));
        bool Coin() => facts.Next(2) == 0;
        T Pick<T>(T[] items) => items[facts.Next(items.Length)];
        bool Keep() => variant > 0 || facts.Next(10) < 7; // a catalog holds part of the world; a draft all but meetings
        string Alias(string id) => variant > 0 && facts.Next(3) == 0 ? "d" + variant + "-" + id : id;
        ImmutableArray<T> Some<T>(T[] pool) => [.. pool.Where(_ => Coin())];

        var builder = new CatalogBuilder();
        var sources = Enumerable.Range(0, shape.Next(1, 3)).Select(i => $"source-{i}").ToArray();
        var sourceIds = sources.ToDictionary(s => s, Alias);
        ImmutableArray<Citation> Cite() => [.. Some(Quotes).Select(q => new Citation(SourceId.Parse(sourceIds[Pick(sources)]), q)).Distinct()];
        foreach (var source in sources)
        {
            if (Keep())
            {
                builder.Add(new Source(SourceId.Parse(sourceIds[source]), LocalizedText.FromSpanish(Pick(Titles)), LocalizedText.FromSpanish("SRE"), null, Language.Spanish, SourceKind.PressRelease,
                    archive: new ArchivedCopy(source + ".txt", new string((char)('a' + Array.IndexOf(sources, source)), 64))));
            }
        }

        var institutions = Enumerable.Range(0, shape.Next(1, 4)).Select(i => (Id: $"inst-{i}", Country: Countries[shape.Next(2)], Acronym: "AC" + shape.Next(3))).ToArray();
        var institutionIds = institutions.ToDictionary(i => i.Id, i => Alias(i.Id));
        foreach (var (id, country, acronym) in institutions)
        {
            if (Keep())
            {
                builder.Add(new Institution(InstitutionId.Parse(institutionIds[id]), LocalizedText.FromSpanish(Pick(Titles)), InstitutionKind.Ministry, CountryCode.Parse(country),
                    Coin() ? Acronym.Parse(acronym) : null, Coin() ? Acronym.Parse("EN" + acronym) : null, citations: Cite()));
            }
        }

        var people = Enumerable.Range(0, shape.Next(1, 4)).Select(i => (Id: $"person-{i}", Name: Names[shape.Next(Names.Length)])).ToArray();
        var personIds = people.ToDictionary(p => p.Id, p => Alias(p.Id));
        foreach (var (id, name) in people)
        {
            if (Keep())
            {
                var others = Some(Names).Where(n => n != name).Select(PersonName.From).ToImmutableArray();
                builder.Add(new Person(PersonId.Parse(personIds[id]), PersonName.From(name), others, Coin() ? LocalizedText.FromSpanish("general") : null, Cite()));
            }
        }

        var mechanisms = Enumerable.Range(0, shape.Next(1, 3)).Select(i => (Id: $"mech-{i}", Other: Countries[1 + shape.Next(3)])).ToArray();
        var mechanismIds = mechanisms.ToDictionary(m => m.Id, m => Alias(m.Id));
        foreach (var (id, other) in mechanisms)
        {
            if (Keep())
            {
                builder.Add(new Mechanism(MechanismId.Parse(mechanismIds[id]), LocalizedText.FromSpanish(Pick(Titles)), MechanismKind.Talks, MechanismScope.Bilateral,
                    [new Membership(PartyRef.Parse("MX"), ParticipationStatus.Member), new Membership(PartyRef.Parse(other), ParticipationStatus.Member)],
                    Pick(new[] { MechanismStatus.Active, MechanismStatus.Dormant }), Some(Topic.All.Take(4).ToArray()), Coin() ? Acronym.Parse("PM" + id[^1]) : null, citations: Cite()));
            }
        }

        var meetings = Enumerable.Range(0, shape.Next(0, 4)).Select(i => (Id: $"meeting-{i}", Mechanism: mechanisms[shape.Next(mechanisms.Length)].Id, Ordinal: i + 1)).ToArray();
        foreach (var (id, mechanism, ordinal) in meetings)
        {
            if (facts.Next(10) >= 7)
            {
                continue;
            }

            var held = Coin();
            var start = PartialDate.FromDate(2020 + (ordinal % 2), 3, Coin() ? 3 : 4);
            var delegations = Some(Countries[..2]).Select(country => new Delegation(PartyRef.Parse(country),
                [.. people.Where(_ => Coin()).Select(p => new Participant(Pick(new[] { DelegationRole.HeadOfDelegation, DelegationRole.Member }), PersonName.From(p.Name),
                    Coin() ? InstitutionId.Parse(institutionIds[institutions[0].Id]) : null, Coin() ? LocalizedText.FromSpanish(Pick(Titles)) : null, PersonId.Parse(personIds[p.Id]), Cite()))
                    .DistinctBy(p => p.PersonId)],
                Coin() ? LocalizedText.FromSpanish(Pick(Titles)) : null, Cite()));
            builder.Add(new Meeting(MeetingId.Parse(Alias(id)), MeetingKind.Ordinary, held ? MeetingStatus.Held : MeetingStatus.Planned, start,
                MechanismId.Parse(mechanismIds[mechanism]), Coin() ? LocalizedText.Create(Pick(Titles), Pick(Titles)) : null, Ordinal.FromInt32(ordinal),
                Coin() ? start : null, [.. Some(Countries).Take(2).Select(c => new Venue(CountryCode.Parse(c)))], [.. delegations], Some(Topic.All.Take(4).ToArray()),
                held && Coin() ? [new Commitment(LocalizedText.FromSpanish(Pick(Quotes)), CommitmentKind.Agreement, CommitmentStatus.Agreed, citations: Cite())] : default,
                Cite(), approximateDates: Coin(), purpose: Coin() ? LocalizedText.FromSpanish(Pick(Titles)) : null));
        }

        return builder.Build();
    }
}
