using BenchmarkDotNet.Attributes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Rejecting the shapes an attacker would send to the date parsers: white space, digits, garbage after a date, a
/// range's slash late in the text. The baseline is the same shape at 64 KiB; at 1 MiB a linear parser costs about
/// 16x (the unit tests check only that such input is rejected and the message shortened: time is measured here).
/// </summary>
[MemoryDiagnoser]
public class HostileParseBenchmarks
{
    private string _small = "";
    private string _large = "";

    /// <summary>The shape of the input.</summary>
    [Params("spaces", "digits", "date-then-garbage", "range-slash-late")]
    public string Shape { get; set; } = "spaces";

    [GlobalSetup]
    public void Setup()
    {
        _small = Make(Shape, 1 << 16);
        _large = Make(Shape, 1 << 20);
    }

    [Benchmark(Baseline = true)]
    public bool Reject64KiB() => Parse(_small);

    [Benchmark]
    public bool Reject1MiB() => Parse(_large);

    private bool Parse(string text) => Shape == "range-slash-late" ? PartialDateRange.TryParse(text, out _) : PartialDate.TryParse(text, out _);

    private static string Make(string shape, int size) => shape switch
    {
        "spaces" => new string(' ', size),
        "digits" => new string('9', size),
        "date-then-garbage" => "2024-01-01" + new string('x', size - 10),
        _ => new string('2', size - 5) + "/2014",
    };
}
