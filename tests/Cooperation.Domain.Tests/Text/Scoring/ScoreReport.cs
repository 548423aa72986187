using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// What <see cref="Scorer"/> found: a <see cref="Tally"/> per mention kind (with spans, and by value alone), one for
/// meetings, the side counts, and a line per false positive and false negative for reading.
/// </summary>
public sealed class ScoreReport
{
    /// <summary>The tallies with spans, by kind in score.py's order.</summary>
    public IReadOnlyDictionary<string, Tally> ByKind { get; } = PredictionReader.Kinds.ToDictionary(k => k, _ => new Tally(), StringComparer.Ordinal);

    /// <summary>The tallies by value alone (spans not compared), as score.py's last column.</summary>
    public IReadOnlyDictionary<string, Tally> ValueOnly { get; } = PredictionReader.Kinds.ToDictionary(k => k, _ => new Tally(), StringComparer.Ordinal);

    /// <summary>The meetings' tally.</summary>
    public Tally Meetings { get; } = new();

    /// <summary>The side counts.</summary>
    public ScoreCounters Counters { get; } = new();

    /// <summary>Per document, its false positives and false negatives.</summary>
    public List<string> Details { get; } = [];

    /// <summary>How many documents were scored.</summary>
    public int Documents { get; internal set; }

    /// <summary>The tally of a kind, or of "meetings".</summary>
    public Tally this[string kind] => kind == "meetings" ? Meetings : ByKind[kind];

    /// <summary>
    /// The report as score.py prints it after scoring (its table, counts and closing "extract:" line), so the two can
    /// be compared line by line.
    /// </summary>
    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Empty,
            string.Format(c, "{0,-12} {1,5} {2,5} {3,5} {4,5} {5,5} {6,4}  {7,6} {8,6} {9,6}   | value-only F1", "kind", "gold", "pred", "TP", "FP", "FN", "ign", "prec", "recall", "F1"),
        };
        foreach (var (kind, t) in ByKind)
        {
            lines.Add(Row(kind, t) + string.Format(c, "   | {0:F3}", ValueOnly[kind].F1));
        }

        lines.Add(Row("meetings", Meetings));
        lines.Add(string.Empty);
        lines.Add($"documents: {Documents}; scored with spans {Counters.DocumentsWithSpans}, by value only {Counters.DocumentsByValue}, no usable output {Counters.DocumentsFailed}");
        lines.Add($"spans repaired {Counters.SpansRepaired}, spans not matching their text {Counters.SpansMismatched}, predictions in the crawler date token ignored {Counters.IgnoredToken}, unknown kinds {Counters.UnknownKinds}");
        if (Counters.PositionsCompared > 0)
        {
            lines.Add($"person position agreement (matched, both given): {Counters.PositionsAgreeing}/{Counters.PositionsCompared}");
        }

        if (Counters.StatusesCompared > 0)
        {
            lines.Add($"meeting status agreement (matched): {Counters.StatusesAgreeing}/{Counters.StatusesCompared}");
        }

        lines.Add("extract: " + string.Join(", ", PredictionReader.Kinds.Append("meetings").Select(k => string.Format(c, "{0} F1={1:F3}", k, this[k].F1))));
        return string.Join('\n', lines);
    }

    private static string Row(string name, Tally t) => string.Format(CultureInfo.InvariantCulture,
        "{0,-12} {1,5} {2,5} {3,5} {4,5} {5,5} {6,4}  {7,6:F3} {8,6:F3} {9,6:F3}",
        name, t.Gold, t.Predicted, t.TruePositives, t.FalsePositives, t.FalseNegatives, t.Ignored, t.Precision, t.Recall, t.F1);

    /// <summary>
    /// The table for docs/: kind, gold, predicted, matched, precision, recall and F1 (three decimals), mention kinds
    /// then meetings.
    /// </summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("| Kind | Gold | Predicted | Matched | P | R | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var kind in PredictionReader.Kinds.Append("meetings"))
        {
            var t = this[kind];
            builder.Append(CultureInfo.InvariantCulture, $"| {kind} | {t.Gold} | {t.Predicted} | {t.TruePositives} | {t.Precision:F3} | {t.Recall:F3} | {t.F1:F3} |\n");
        }

        return builder.ToString();
    }
}
