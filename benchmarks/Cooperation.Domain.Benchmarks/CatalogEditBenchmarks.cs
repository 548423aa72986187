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

    private BilateralCatalogData _data = null!;
    private CooperationCatalog _catalog = CooperationCatalog.Empty;
    private Meeting _held = null!;
    private Meeting _added = null!;
    private MeetingId _removed;

    [GlobalSetup]
    public void Setup()
    {
        _data = new BilateralCatalogData(Mechanisms, MeetingsPerMechanism);
        _catalog = Build();
        var planned = _catalog.GetMeeting(MeetingId.Parse("meeting-5000-9"));
        _held = planned.WithStatus(MeetingStatus.Held);
        _added = planned.WithId(MeetingId.Parse("meeting-5000-9a"));
        _removed = planned.Id;
    }

    [Benchmark(Baseline = true)]
    public CooperationCatalog Build() => _data.Build();

    [Benchmark]
    public CooperationCatalog ReplaceOneMeeting() => _catalog.With(_held);

    [Benchmark]
    public CooperationCatalog AddOneMeeting() => _catalog.With(_added);

    [Benchmark]
    public CooperationCatalog RemoveOneMeeting() => _catalog.Without(_removed);

    [Benchmark]
    public CooperationCatalog ReplaceOneMeetingWithABuilder() => _catalog.ToBuilder().Replace(_held).Build();
}
