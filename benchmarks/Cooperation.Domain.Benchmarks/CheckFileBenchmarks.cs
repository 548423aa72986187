using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// What <c>cooperation check FILE</c> does with a large file: read the catalog one entity at a time
/// (<see cref="CatalogDocument.Load(string, int)"/>), validate it with every rule, and find the lines of the
/// diagnostics by reading the file again. The baseline parses the same file into a <see cref="JsonDocument"/>, the
/// least any reader of the JSON must do. Files of 20, 60 and 200 MB (1% of entities broken): the ratio staying level
/// as the file grows tenfold shows that the time is linear in the size.
/// </summary>
[MemoryDiagnoser]
public class CheckFileBenchmarks
{
    private string _path = string.Empty;
    private ValidationOptions _options = ValidationOptions.Default;

    [Params(20, 60, 200)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // About 637 meetings per MB of canonical JSON.
        var catalog = ValidationData.Create(Megabytes * 637, errorPercent: 1);
        _path = Path.Combine(Path.GetTempPath(), $"cooperation-check-{Megabytes}mb-{Guid.NewGuid():N}.json");
        using (var file = File.Create(_path))
        {
            CooperationJson.WriteCatalog(catalog, file);
        }

        _options = ValidationOptions.Default.WithAsOf(ValidationData.AsOf);
        Console.WriteLine($"// {new FileInfo(_path).Length / 1e6:0.0} MB, {catalog.Meetings.Length} meetings");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public JsonValueKind ParseJsonDocument()
    {
        using var stream = File.OpenRead(_path);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.ValueKind;
    }

    [Benchmark]
    public int LoadAndValidate() => Validator.Validate(CatalogDocument.Load(_path, int.MaxValue), _options).Diagnostics.Length;
}
