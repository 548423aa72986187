using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Two documents of 100,000 meetings (10,000 mechanisms of ten meetings each, every meeting with a venue, two
/// delegations, a participant and a citation, as in <see cref="CatalogEditBenchmarks"/>) that differ in 1% of their
/// meetings (1,000: a status, a venue or a participant's role each), read from their bytes so that no entity is
/// shared. Goal (issue "Catalogs in CI"): <see cref="Diff"/> of the two catalogs read takes at most 2x the time of
/// reading both documents (<see cref="ReadBoth"/>, the baseline).
/// </summary>
[MemoryDiagnoser]
public class CatalogDiffBenchmarks
{
    private const int Mechanisms = 10_000;
    private const int MeetingsPerMechanism = 10;

    private byte[] _old = [];
    private byte[] _new = [];
    private CooperationCatalog _oldCatalog = CooperationCatalog.Empty;
    private CooperationCatalog _newCatalog = CooperationCatalog.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var old = new BilateralCatalogData(Mechanisms, MeetingsPerMechanism).Build();

        // Every hundredth meeting changes in one of three ways.
        var changed = old.ToBuilder();
        for (var i = 0; i < old.Meetings.Length; i += 100)
        {
            var meeting = old.Meetings[i];
            changed.Replace((i / 100 % 3) switch
            {
                0 => meeting.WithStatus(meeting.Status == MeetingStatus.Held ? MeetingStatus.Cancelled : MeetingStatus.Held),
                1 => meeting.WithVenues([new Venue(CountryCode.Parse("CA"))]),
                _ => meeting.WithDelegations([meeting.Delegations[0].WithParticipants([meeting.Delegations[0].Participants[0].WithRole(DelegationRole.CoChair)]), meeting.Delegations[1]]),
            });
        }

        _old = CooperationJson.WriteCatalog(old);
        _new = CooperationJson.WriteCatalog(changed.Build());
        _oldCatalog = CooperationJson.ReadCatalog(_old, int.MaxValue);
        _newCatalog = CooperationJson.ReadCatalog(_new, int.MaxValue);
        var diff = CatalogDiff.Compare(_oldCatalog, _newCatalog);
        Console.WriteLine($"// documents: {_old.Length:N0} and {_new.Length:N0} bytes; {diff.ChangedEntities:N0} meetings changed, {diff.Changes.Length:N0} changes");
    }

    [Benchmark(Baseline = true)]
    public int ReadBoth() => CooperationJson.ReadCatalog(_old, int.MaxValue).Meetings.Length + CooperationJson.ReadCatalog(_new, int.MaxValue).Meetings.Length;

    [Benchmark]
    public int Diff() => CatalogDiff.Compare(_oldCatalog, _newCatalog).Changes.Length;

    [Benchmark]
    public int ReadBothAndDiff() => CatalogDiff.Compare(CooperationJson.ReadCatalog(_old, int.MaxValue), CooperationJson.ReadCatalog(_new, int.MaxValue)).Changes.Length;
}
