using System;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// The first validation of a fresh catalog, as <c>cooperation check</c> makes it once: a catalog built from the
/// entities of <see cref="ValidationData"/> and validated once, so that every fact the catalog keeps for the rules
/// engine (repeated identifiers, citations, the attendance table) is found in the measured time. The baseline builds
/// the same catalog and validates it with FluentValidation, which keeps nothing between validations; <see
/// cref="BuildOnly"/> is what the building alone costs.
/// </summary>
[MemoryDiagnoser]
public class FirstValidationBenchmarks
{
    private CooperationCatalog _entities = CooperationCatalog.Empty;
    private ValidationOptions _options = ValidationOptions.Default;
    private readonly FluentCatalogValidator _fluent = new();

    [Params(1_000, 10_000, 100_000)]
    public int Meetings { get; set; }

    [Params(0, 10)]
    public int ErrorPercent { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _entities = ValidationData.Create(Meetings, ErrorPercent);
        _options = ValidationOptions.Default.WithAsOf(ValidationData.AsOf);
        var engine = Validator.Validate(Fresh(), _options).Diagnostics.Length;
        var fluent = _fluent.Validate(Fresh(), ValidationData.AsOf).Errors.Count;
        if (engine != fluent)
        {
            throw new InvalidOperationException($"The validators disagree on {Meetings} meetings with {ErrorPercent}% errors: engine {engine}, FluentValidation {fluent}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int FluentValidation() => _fluent.Validate(Fresh(), ValidationData.AsOf).Errors.Count;

    [Benchmark]
    public int RulesEngine() => Validator.Validate(Fresh(), _options).Diagnostics.Length;

    [Benchmark]
    public int BuildOnly() => Fresh().Meetings.Length;

    // A new catalog of the same entities: nothing the catalog found for an earlier validation is kept.
    private CooperationCatalog Fresh() => new CatalogBuilder().AddRange(_entities).Build();
}
