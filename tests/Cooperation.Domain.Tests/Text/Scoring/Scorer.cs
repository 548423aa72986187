using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// Precision, recall and F1 of an extractor's output against gold, per mention kind and for meetings, with exactly
/// the matching rules of ../shared/extraction-dev/score.py (its <c>score_all</c>):
/// <list type="bullet">
/// <item>a predicted mention matches a gold mention of its kind when the spans overlap and the values agree after
/// normalisation (<see cref="ValueNormalization"/>; names ignoring case, accents and punctuation; a person also by the
/// last two words of the name or by the fullest form of that person's name in the text, <c>canonical</c>; gold
/// <c>alt_values</c> too);</item>
/// <item>matching is one to one (<see cref="BipartiteMatching"/>); an unmatched prediction on optional gold is
/// ignored, not a false positive, and optional gold is never a false negative;</item>
/// <item>a document whose output has no offsets is scored by value alone; predictions inside a crawler's date token
/// are ignored unless <c>strictToken</c>;</item>
/// <item>a meeting matches when its date and its set of countries equal the gold's (or an alternative), status
/// agreement preferred; an unmatched meeting on the date of an optional one that shares a country is ignored.</item>
/// </list>
/// </summary>
public static class Scorer
{
    /// <summary>Scores each document's output (null: the extractor gave none) against its gold.</summary>
    public static ScoreReport Score(IEnumerable<(GoldDocument Gold, JsonNode? Output)> documents, bool strictToken = false)
    {
        var report = new ScoreReport();
        foreach (var (gold, output) in documents)
        {
            report.Documents++;
            IReadOnlyList<PredictedMention> predictions = [];
            IReadOnlyList<PredictedMeeting> meetings = [];
            if (output is null)
            {
                report.Counters.DocumentsFailed++;
            }
            else
            {
                (predictions, meetings) = PredictionReader.Read(output, gold.Text, report.Counters);
            }

            var useSpans = predictions.Count > 0 && predictions.All(p => p.Start is not null);
            if (output is not null)
            {
                if (useSpans || predictions.Count == 0)
                {
                    report.Counters.DocumentsWithSpans++;
                }
                else
                {
                    report.Counters.DocumentsByValue++;
                }
            }

            var details = new List<string>();
            ScoreMentions(gold, predictions, useSpans, strictToken, report.ByKind, details, report.Counters);
            ScoreMentions(gold, predictions, false, strictToken, report.ValueOnly, null, new ScoreCounters());
            ScoreMeetings(gold, meetings, report.Meetings, details, report.Counters);
            if (details.Count > 0)
            {
                report.Details.Add($"== {gold.Id} ({gold.Language}, date {gold.Date?.ToString() ?? "None"}){(predictions.Count > 0 && !useSpans ? " [value only]" : string.Empty)}");
                report.Details.AddRange(details);
            }
        }

        return report;
    }

    /// <summary>score.py's <c>value_ok</c>: whether a predicted value agrees with a gold mention's values.</summary>
    public static bool ValueAgrees(string kind, JsonNode? predicted, GoldMention gold)
    {
        switch (kind)
        {
            case "date":
                return gold.AcceptedValues.Any(x => ValueNormalization.Date(predicted) == ValueNormalization.Date(x));
            case "country":
                return predicted is not null && gold.AcceptedValues.Any(x => ValueNormalization.Country(predicted) == ValueNormalization.Country(x));
            case "ordinal":
                return predicted is not null && gold.AcceptedValues.Any(x => ValueNormalization.Ordinal(predicted) == ValueNormalization.Ordinal(x));
        }

        if (predicted is null)
        {
            return false;
        }

        if (kind == "person")
        {
            var candidates = new HashSet<string>(StringComparer.Ordinal);
            IEnumerable<string?> names = gold.AcceptedValues.Select(x => x is null ? null : PythonText.Str(x));
            foreach (var name in gold.Canonical is { Length: > 0 } canonical ? names.Append(canonical) : names)
            {
                var normalised = ValueNormalization.Person(name);
                candidates.Add(normalised);
                candidates.Add(ValueNormalization.LastTwoWords(normalised));
            }

            return candidates.Contains(ValueNormalization.Person(PythonText.Str(predicted)));
        }

        var names2 = new HashSet<string>(gold.AcceptedValues.Select(ValueNormalization.Name).Append(ValueNormalization.Name(gold.Text)), StringComparer.Ordinal);
        var value = PythonText.Str(predicted);
        return names2.Contains(ValueNormalization.Name(value)) || names2.Contains(ValueNormalization.Name(ValueNormalization.StripFinalParenthesis(value)));
    }

    private static bool Overlap(PredictedMention p, GoldMention g) => p.Start is int s && p.End is int e && s < g.End && g.Start < e;

    private static void ScoreMentions(GoldDocument g, IReadOnlyList<PredictedMention> predictions, bool useSpans, bool strictToken,
        IReadOnlyDictionary<string, Tally> tallies, List<string>? details, ScoreCounters counters)
    {
        foreach (var kind in PredictionReader.Kinds)
        {
            var p = predictions.Where(m => m.Kind == kind).ToList();
            if (useSpans && !strictToken && g.DateTokenEnd > 0)
            {
                var kept = p.Where(m => !(m.Start is int s && s < g.DateTokenEnd)).ToList();
                counters.IgnoredToken += p.Count - kept.Count;
                p = kept;
            }

            var required = g.Mentions.Where(m => m.Kind == kind && !m.Optional).ToList();
            var optional = g.Mentions.Where(m => m.Kind == kind && m.Optional).ToList();
            var owner = BipartiteMatching.Match(p.Count, required.Count, useSpans
                ? (i, j) => Overlap(p[i], required[j]) && ValueAgrees(kind, p[i].Value, required[j])
                : (i, j) => ValueAgrees(kind, p[i].Value, required[j]));
            var matched = owner.Values.ToHashSet();
            var falsePositives = new List<PredictedMention>();
            var tally = tallies[kind];
            for (var i = 0; i < p.Count; i++)
            {
                if (matched.Contains(i))
                {
                    continue;
                }

                var onOptional = useSpans
                    ? optional.Any(o => Overlap(p[i], o))
                    : optional.Any(o => ValueAgrees(kind, p[i].Value, o) || (p[i].Text is JsonValue t && t.GetValueKind() == JsonValueKind.String && t.GetValue<string>() is { Length: > 0 } text && text == o.Text));
                if (onOptional)
                {
                    tally.Ignored++;
                    continue;
                }

                falsePositives.Add(p[i]);
            }

            tally.TruePositives += owner.Count;
            tally.FalsePositives += falsePositives.Count;
            tally.FalseNegatives += required.Count - owner.Count;
            tally.Gold += required.Count;
            tally.Predicted += p.Count;
            if (kind == "person")
            {
                foreach (var (j, i) in owner)
                {
                    var predictedPosition = p[i].Position;
                    if (required[j].Position is { Length: > 0 } goldPosition && PythonText.Truthy(predictedPosition))
                    {
                        counters.PositionsCompared++;
                        counters.PositionsAgreeing += ValueNormalization.Name(goldPosition) == ValueNormalization.Name(predictedPosition) ? 1 : 0;
                    }
                }
            }

            if (details is not null)
            {
                details.AddRange(falsePositives.Select(m => $"  FP {kind,-11} {Quote(m.Text)}@{m.Start?.ToString() ?? "None"} value={Quote(m.Value)}"));
                details.AddRange(required.Where((_, j) => !owner.ContainsKey(j)).Select(m => $"  FN {kind,-11} {Quote(JsonValue.Create(m.Text))}@{m.Start} value={Quote(m.Value)}"));
            }
        }
    }

    private static string Quote(JsonNode? value) => value is null ? "None" : value.ToJsonString();

    private static bool MeetingDateAgrees(string? predicted, GoldMeeting gold)
        => gold.AcceptedDates.Any(x => ValueNormalization.Date(predicted is null ? null : JsonValue.Create(predicted)) == ValueNormalization.Date(x is null ? null : JsonValue.Create(x)));

    private static bool MeetingCountriesAgree(IReadOnlySet<string> predicted, GoldMeeting gold)
        => gold.AcceptedCountries.Any(set => predicted.SetEquals(set));

    private static void ScoreMeetings(GoldDocument g, IReadOnlyList<PredictedMeeting> predictions, Tally tally, List<string> details, ScoreCounters counters)
    {
        var required = g.Meetings.Where(m => !m.Optional).ToList();
        var optional = g.Meetings.Where(m => m.Optional).ToList();
        var owner = BipartiteMatching.Match(predictions.Count, required.Count,
            (i, j) => MeetingDateAgrees(predictions[i].Date, required[j]) && MeetingCountriesAgree(predictions[i].Countries, required[j]),
            (i, j) => (predictions[i].Status ?? string.Empty).ToLowerInvariant() == required[j].Status);
        var matched = owner.Values.ToHashSet();
        var falsePositives = new List<PredictedMeeting>();
        for (var i = 0; i < predictions.Count; i++)
        {
            if (matched.Contains(i))
            {
                continue;
            }

            var p = predictions[i];
            if (optional.Any(o => MeetingDateAgrees(p.Date, o) && (o.Countries.Count == 0 || p.Countries.Overlaps(o.Countries))))
            {
                tally.Ignored++;
                continue;
            }

            falsePositives.Add(p);
        }

        tally.TruePositives += owner.Count;
        tally.FalsePositives += falsePositives.Count;
        tally.FalseNegatives += required.Count - owner.Count;
        tally.Gold += required.Count;
        tally.Predicted += predictions.Count;
        foreach (var (j, i) in owner)
        {
            if (predictions[i].Status is string status)
            {
                counters.StatusesCompared++;
                counters.StatusesAgreeing += status.ToLowerInvariant() == required[j].Status ? 1 : 0;
            }
        }

        details.AddRange(falsePositives.Select(p => $"  FP meeting     date={p.Date ?? "None"} countries=[{string.Join(", ", p.Countries.Order(StringComparer.Ordinal))}]"));
        details.AddRange(required.Where((_, j) => !owner.ContainsKey(j)).Select(m => $"  FN meeting     date={m.Date ?? "None"} countries=[{string.Join(", ", m.Countries)}]"));
    }
}
