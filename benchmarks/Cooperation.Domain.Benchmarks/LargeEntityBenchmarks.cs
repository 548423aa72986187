using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Shapes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// One entity grown in one direction (<see cref="LargeEntityShapes"/>: parties, presidency terms, outcomes,
/// delegations, participants, meetings on one day, statements, citations, a person's spellings, quotes), at <see cref="Scale"/> ×10 and ×100 of 120 elements, each element a
/// finding: reading the document, and validating it with every diagnostic located in it, against parsing the same
/// bytes into a <see cref="JsonDocument"/> (linear by construction). Linear work shows as ratios that stay the same from
/// ×10 to ×100; a quadratic step would make the ×100 ratios ten times the ×10 ones.
/// </summary>
/// <remarks>
/// Each measured call starts from a collected heap (one call per iteration, a full collection before it): otherwise the
/// tens of megabytes that the calls at ×100 leave behind are collected inside later calls, and the collector's work on
/// that backlog, not the call's own, decides the time.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(1)]
public class LargeEntityBenchmarks
{
    private const int Base = 120;

    private byte[] _document = [];
    private CatalogDocument? _parsed;
    private ValidationOptions _options = ValidationOptions.Default;

    /// <summary>The direction the entity grows in.</summary>
    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "parties";

    /// <summary>How many times 120 elements.</summary>
    [Params(10, 100)]
    public int Scale { get; set; }

    /// <summary>The shapes, for <see cref="Shape"/>.</summary>
    public static System.Collections.Generic.IEnumerable<string> Shapes => LargeEntityShapes.Names;

    [GlobalSetup]
    public void Setup()
    {
        _document = LargeEntityShapes.Document(Shape, Scale * Base);
        _parsed = CatalogDocument.Parse(_document, "shape.json");
        _options = ValidationOptions.Default.WithAsOf(new NodaTime.LocalDate(2026, 12, 1));
        if (LargeEntityShapes.ArchivedText(Shape, Scale * Base) is { } text)
        {
            _options = _options.WithSourceTexts(SourceTexts.FromTexts([new(LargeEntityShapes.QuotedFile, text)]));
        }

        var report = Validator.Validate(_parsed, _options);
        Console.WriteLine($"// {Shape} x{Scale}: {_document.Length} bytes, {report.Diagnostics.Length} diagnostics");
    }

    /// <summary>Every call starts from a collected heap.</summary>
    [IterationSetup]
    public void CollectBefore()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark(Baseline = true)]
    public int ParseJsonDocument()
    {
        using var document = JsonDocument.Parse(_document);
        return (int)document.RootElement.ValueKind;
    }

    [Benchmark]
    public int Read() => CatalogDocument.Parse(_document).Catalog.Meetings.Length;

    [Benchmark]
    public int ValidateWithLines() => Validator.Validate(_parsed!, _options).Diagnostics.Length;
}
