using System;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Reading communiqués (<see cref="CommuniqueReader"/>: tokens, sentences, dates, countries, ordinals, bodies, people,
/// meetings) against the baseline of one pass of a compiled <see cref="Regex"/> that finds only day-month-year dates
/// ("13 de mayo de 2021", "October 8, 2010", "8 October 2010") over the same text. Inputs: the five seed documents
/// (read in place from ../shared/seeds) and a communiqué-like text of 1 MB; with no catalog, and with the reference
/// catalog the tool links to by default.
/// </summary>
[MemoryDiagnoser]
public class CommuniqueReaderBenchmarks
{
    private static readonly Regex DayMonthYear = new(
        @"\b(?:\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+de\s+\d{4}"
        + @"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}"
        + @"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private string[] _texts = [];
    private CommuniqueReader _reader = new();

    /// <summary>The seeds, or a text of 1 MB.</summary>
    [Params("seeds", "1MB")]
    public string Input { get; set; } = "seeds";

    /// <summary>Whether mentions are linked to the reference catalog.</summary>
    [Params(false, true)]
    public bool Catalog { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = Input == "seeds" ? CommuniqueTexts.Seeds() : [CommuniqueTexts.OneMegabyte()];
        if (_texts.Length == 0)
        {
            throw new InvalidOperationException("The seeds are not next to the repository (../shared/seeds).");
        }

        _reader = new CommuniqueReader(CommuniqueReaderOptions.Default.WithCatalog(Catalog ? ReferenceCatalog.Default : null));
        _reader.Read(_texts[0]);
    }

    /// <summary>One pass of a compiled regular expression that finds day-month-year dates only.</summary>
    [Benchmark(Baseline = true)]
    public int RegexDayMonthYearDates()
    {
        var found = 0;
        foreach (var text in _texts)
        {
            found += DayMonthYear.Count(text);
        }

        return found;
    }

    /// <summary>The whole extraction.</summary>
    [Benchmark]
    public int Extract()
    {
        var found = 0;
        foreach (var text in _texts)
        {
            found += _reader.Read(text).Mentions.Length;
        }

        return found;
    }
}
