using System;
using NodaTime;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// Precision, recall and F1 of an extractor on the five seed documents, against their gold
/// (<see cref="GoldSets.Seeds"/>). <c>SeedScores.Compute((text, lang, date) => json)</c>; put the table in docs/ with
/// <c>GeneratedSection.Check("docs/text-extraction.md", "seed-scores", report.ToMarkdown())</c>.
/// </summary>
public static class SeedScores
{
    /// <summary>Runs <paramref name="extract"/> (text, language "es" or "en", document date or null → JSON output) on every seed and scores it.</summary>
    public static ScoreReport Compute(Func<string, string, LocalDate?, string> extract) => ExtractionRun.Score(GoldSets.Seeds(), extract);
}
