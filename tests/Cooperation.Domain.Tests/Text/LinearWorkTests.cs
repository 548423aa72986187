using System;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Shapes;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text;

/// <summary>
/// Reading a text does work linear in its length, whatever its shape: the steps counted for a shape grown a
/// hundredfold are at most about ten times those for one grown tenfold. Counts, not times.
/// </summary>
public sealed class LinearWorkTests
{
    private const int Base = 40;

    /// <summary>Tenfold the text may cost this much more than tenfold the work.</summary>
    private const double Slack = 1.3;

    public static TheoryData<string> Shapes() => [.. CommuniqueShapes.Names];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Reading_grows_linearly(string shape)
    {
        var small = Work(CommuniqueShapes.Text(shape, 10 * Base));
        var large = Work(CommuniqueShapes.Text(shape, 100 * Base));
        Assert.True(large <= 10 * Slack * small, $"{shape}: {small} steps, then {large} ({large / (double)small:F1} times)");
    }

    [Fact]
    public void Reading_a_communique_grows_linearly_with_and_without_a_catalog()
    {
        foreach (var catalog in new[] { null, ReferenceCatalog.Default })
        {
            var small = Work(CommuniqueShapes.Communique(20_000), catalog);
            var large = Work(CommuniqueShapes.Communique(200_000), catalog);
            Assert.True(large <= 10 * Slack * small, $"{small} steps, then {large} ({large / (double)small:F1} times)");
        }
    }

    private static long Work(string text, CooperationCatalog? catalog = null)
    {
        var meter = new WorkMeter();
        WorkMeter.Current = meter;
        try
        {
            var reading = new CommuniqueReader(CommuniqueReaderOptions.Default.WithCatalog(catalog)).Read(text);
            GC.KeepAlive(reading);
        }
        finally
        {
            WorkMeter.Current = null;
        }

        return meter.Steps;
    }
}
