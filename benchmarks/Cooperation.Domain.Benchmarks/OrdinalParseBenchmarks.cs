using BenchmarkDotNet.Attributes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Ordinal parsing of each accepted form against <c>int.TryParse</c> of the bare digits, in one class so that
/// every ratio is against the same baseline run. (Separate methods rather than [Arguments]: BenchmarkDotNet
/// only computes ratios within one argument group.)
/// </summary>
[MemoryDiagnoser]
public class OrdinalParseBenchmarks
{
    private string _digits = "";
    private string _spanish = "";
    private string _spanishPeriod = "";
    private string _english = "";
    private string _english111 = "";
    private string _roman = "";
    private string _spanishWord = "";
    private string _englishWord = "";
    private string _spanishWordPlain = "";
    private string _mismatch = "";

    [GlobalSetup]
    public void Setup()
    {
        _digits = "8";
        _spanish = "8ª";
        _spanishPeriod = "8.º";
        _english = "8th";
        _english111 = "111th";
        _roman = "VIII";
        _spanishWord = "décima";
        _englishWord = "eighth";
        _spanishWordPlain = "octava";
        _mismatch = "11st";
    }

    [Benchmark(Baseline = true)]
    public bool IntTryParse() => int.TryParse(_digits, out _);

    [Benchmark]
    public bool Digits() => Ordinal.TryParse(_digits, null, out _);

    [Benchmark]
    public bool SpanishIndicator() => Ordinal.TryParse(_spanish, null, out _);

    [Benchmark]
    public bool SpanishIndicatorWithPeriod() => Ordinal.TryParse(_spanishPeriod, null, out _);

    [Benchmark]
    public bool EnglishSuffix() => Ordinal.TryParse(_english, null, out _);

    [Benchmark]
    public bool EnglishSuffix111() => Ordinal.TryParse(_english111, null, out _);

    [Benchmark]
    public bool Roman() => Ordinal.TryParse(_roman, null, out _);

    [Benchmark]
    public bool SpanishWord() => Ordinal.TryParse(_spanishWord, null, out _);

    [Benchmark]
    public bool SpanishWordUnaccented() => Ordinal.TryParse(_spanishWordPlain, null, out _);

    [Benchmark]
    public bool EnglishWord() => Ordinal.TryParse(_englishWord, null, out _);

    [Benchmark]
    public bool RejectedSuffix() => Ordinal.TryParse(_mismatch, null, out _);
}
