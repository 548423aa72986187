using System;
using NodaTime;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// Precision, recall and F1 of an extractor on the development set's eleven excerpts (<see cref="GoldSets.DevelopmentSet"/>),
/// as score.py computes them, in process.
/// </summary>
public static class DevelopmentSetScores
{
    /// <summary>Runs <paramref name="extract"/> (text, language, document date or null → JSON output) on every excerpt and scores it.</summary>
    public static ScoreReport Compute(Func<string, string, LocalDate?, string> extract) => ExtractionRun.Score(GoldSets.DevelopmentSet(), extract);
}
