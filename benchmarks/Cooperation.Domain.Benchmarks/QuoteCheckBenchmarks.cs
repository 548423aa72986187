using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Shapes;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Checking <see cref="Quotes"/> quotes against one archived copy that grows with them (the "quotes" shape of
/// <see cref="LargeEntityShapes"/>, every quote missing): the rule COOP7006, which finds all quotes of a copy in one
/// pass (Aho–Corasick), against the baseline of searching the copy once per quote with
/// <see cref="SourceTexts.Contains(string, string)"/>. The baseline grows with quotes × copy, the rule with
/// quotes + copy, so the ratio falls tenfold from 1,200 to 12,000 quotes.
/// </summary>
[MemoryDiagnoser]
public class QuoteCheckBenchmarks
{
    private CooperationCatalog _catalog = CooperationCatalog.Empty;
    private SourceTexts _texts = SourceTexts.FromTexts([]);
    private ValidationOptions _options = ValidationOptions.Default;
    private string[] _quotes = [];

    /// <summary>How many quotes (and words in the copy).</summary>
    [Params(1_200, 12_000)]
    public int Quotes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CooperationJson.ReadCatalog(LargeEntityShapes.Document("quotes", Quotes));
        _texts = SourceTexts.FromTexts([new KeyValuePair<string, string>(LargeEntityShapes.QuotedFile, LargeEntityShapes.ArchivedText("quotes", Quotes)!)]);
        _options = ValidationOptions.Default.WithSourceTexts(_texts).WithRules(BuiltInRules.All.Only("COOP7006"));
        _quotes = [.. _catalog.Meetings.SelectMany(m => m.Citations).Where(c => c.Quote is not null).Select(c => c.Quote!)];
    }

    /// <summary>Each quote searched for on its own.</summary>
    [Benchmark(Baseline = true)]
    public int EachQuoteSearchedAlone()
    {
        var missing = 0;
        foreach (var quote in _quotes)
        {
            missing += _texts.Contains(LargeEntityShapes.QuotedFile, quote) == false ? 1 : 0;
        }

        return missing;
    }

    /// <summary>The rule: every quote of the copy found in one pass.</summary>
    [Benchmark]
    public int AllQuotesInOnePass() => Validator.Validate(_catalog, _options).Diagnostics.Length;
}
