using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// Runs an extractor over annotated documents and scores what it writes: the call an extractor's test makes.
/// The extractor gets what <c>extract</c> gets from score.py (the document, <c>--lang</c>, and <c>--date</c> where
/// the gold has a document date) and returns its JSON output (<c>extract --format json</c>).
/// </summary>
public static class ExtractionRun
{
    /// <summary>Scores <paramref name="extract"/> on <paramref name="documents"/>; output that is not JSON fails, naming the document.</summary>
    public static ScoreReport Score(IEnumerable<GoldDocument> documents, Func<string, string, LocalDate?, string> extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        return Scorer.Score(documents.Select(gold => (gold, Parse(gold, extract(gold.Text, gold.Language, gold.Date)))).ToList());
    }

    private static JsonNode? Parse(GoldDocument gold, string output)
    {
        try
        {
            return JsonNode.Parse(output);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The extractor's output for {gold.Id} ({gold.File}) is not JSON: {e.Message}", e);
        }
    }
}
