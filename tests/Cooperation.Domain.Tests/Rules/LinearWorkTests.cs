using System;
using System.IO;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Shapes;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>
/// Reading, validating and locating the lines of diagnostics do work linear in the document, whatever its shape: the
/// steps counted for one entity grown a hundredfold are at most about ten times those for one grown tenfold. Counts,
/// not times, so that a quadratic step fails the test on any machine.
/// </summary>
public sealed class LinearWorkTests
{
    private const int Base = 120;

    /// <summary>Tenfold the elements may cost this much more than tenfold the work (fixed costs make it less).</summary>
    private const double Slack = 1.3;

    private static readonly ValidationOptions Options = ValidationOptions.Default.WithAsOf(new NodaTime.LocalDate(2026, 12, 1));

    public static TheoryData<string> Shapes() => [.. LargeEntityShapes.Names];

    // The "quotes" shape is checked against its archived copy.
    private static ValidationOptions OptionsFor(string shape, int n)
        => LargeEntityShapes.ArchivedText(shape, n) is { } text ? Options.WithSourceTexts(SourceTexts.FromTexts([new(LargeEntityShapes.QuotedFile, text)])) : Options;

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Validating_and_locating_lines_grows_linearly(string shape)
    {
        var (small, smallDiagnostics) = ValidationWork(shape, 10 * Base);
        var (large, largeDiagnostics) = ValidationWork(shape, 100 * Base);
        Assert.True(largeDiagnostics >= 100 * Base, $"{shape}: the shape makes a finding of every element ({largeDiagnostics} diagnostics)");
        Assert.True(large <= 10 * Slack * small, $"{shape}: {small} steps for {10 * Base} elements, {large} for {100 * Base} ({large / (double)small:F1} times), {smallDiagnostics} and {largeDiagnostics} diagnostics");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Locating_lines_in_a_loaded_file_grows_linearly(string shape)
    {
        using var scratch = new ScratchFolder("linear");
        var small = FileWork(scratch, shape, 10 * Base);
        var large = FileWork(scratch, shape, 100 * Base);
        Assert.True(large <= 10 * Slack * small, $"{shape}: {small} steps, then {large} ({large / (double)small:F1} times)");
    }

    [Theory]
    [InlineData("parties", 1)]
    [InlineData("participants", 7)]
    [InlineData("meeting-outcomes", 4096)]
    [InlineData("presidencies", 1 << 20)]
    public void Reading_a_stream_scans_each_byte_a_bounded_number_of_times_whatever_the_size_of_the_reads(string shape, int chunk)
    {
        // An entity larger than the buffer is scanned again once the buffer has doubled (a geometric sum), and each
        // element is read again when it is handed over: at most about four scans of each byte in all.
        foreach (var n in (ReadOnlySpan<int>)[10 * Base, 100 * Base])
        {
            var document = LargeEntityShapes.Document(shape, n);
            var scanned = ReadWork(document, chunk);
            Assert.True(scanned <= 4 * document.Length, $"{shape} in reads of {chunk}: {scanned} bytes scanned for {document.Length} ({scanned / (double)document.Length:F1} times)");
        }
    }

    [Fact]
    public void The_largest_shapes_are_a_fraction_of_a_megabyte_to_one_and_a_half()
    {
        // Large enough for quadratic work to show (a mechanism with 12,000 parties took seconds), small enough to run.
        foreach (var shape in LargeEntityShapes.Names)
        {
            var length = LargeEntityShapes.Document(shape, 100 * Base).Length;
            Assert.True(length is > 200_000 and < 1_500_000, $"{shape}: {length} bytes");
        }
    }

    private static (long Steps, int Diagnostics) ValidationWork(string shape, int n)
    {
        var document = CatalogDocument.Parse(LargeEntityShapes.Document(shape, n), "shape.json");
        var meter = new WorkMeter();
        var report = Validator.Validate(document, OptionsFor(shape, n), meter);
        Assert.All(report.Diagnostics, d => Assert.NotNull(d.Line));
        return (meter.Steps, report.Diagnostics.Length);
    }

    private static long FileWork(ScratchFolder scratch, string shape, int n)
    {
        var path = Path.Combine(scratch.Path, $"{shape}-{n}.json");
        File.WriteAllBytes(path, LargeEntityShapes.Document(shape, n));
        var meter = new WorkMeter();
        Validator.Validate(CatalogDocument.Load(path), OptionsFor(shape, n), meter);
        return meter.Steps;
    }

    private static long ReadWork(byte[] document, int chunk)
    {
        var meter = new WorkMeter();
        CooperationJson.ReadCatalog(new TrickleStream(document, chunk), CooperationJson.MaxDocumentBytes, progress: null, meter);
        return meter.Steps;
    }
}
