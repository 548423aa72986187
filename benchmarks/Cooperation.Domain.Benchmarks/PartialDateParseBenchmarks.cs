using BenchmarkDotNet.Attributes;
using NodaTime.Text;

namespace Cooperation.Domain.Benchmarks;

/// <summary>PartialDate parsing against NodaTime's ISO date pattern, on valid and invalid day-precision text.</summary>
[MemoryDiagnoser]
public class PartialDateParseBenchmarks
{
    private string _valid = "";
    private string _invalid = "";

    [GlobalSetup]
    public void Setup()
    {
        _valid = "2017-04-25";
        _invalid = "2023-02-29";
    }

    [Benchmark(Baseline = true)]
    public bool NodaTimeIsoValid() => LocalDatePattern.Iso.Parse(_valid).Success;

    [Benchmark]
    public bool PartialDateValid() => PartialDate.TryParse(_valid, out _);

    [Benchmark]
    public bool NodaTimeIsoInvalid() => LocalDatePattern.Iso.Parse(_invalid).Success;

    [Benchmark]
    public bool PartialDateInvalid() => PartialDate.TryParse(_invalid, out _);

    [Benchmark]
    public bool PartialDateRangeValid() => PartialDateRange.TryParse("2017-04-25/2017-04-28", out _);
}
