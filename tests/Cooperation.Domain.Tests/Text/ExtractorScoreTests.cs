using System;
using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain.Tests.Support;
using Cooperation.Domain.Tests.Text.Scoring;
using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Domain.Tests.Text;

/// <summary>
/// The extractor measured with score.py's rules (the C# scorer of <c>Text/Scoring</c>): on the development set against
/// the goals of issue 22, and on the seeds; the tables in docs/text-extraction.md are written from these runs.
/// </summary>
public sealed class ExtractorScoreTests
{
    /// <summary>The goals of issue 22 on the development set (F1 by kind, and the precision of meetings).</summary>
    private static readonly Dictionary<string, double> DevelopmentGoals = new(StringComparer.Ordinal)
    {
        ["date"] = 0.90, ["country"] = 0.95, ["person"] = 0.88, ["institution"] = 0.80, ["ordinal"] = 0.90, ["mechanism"] = 0.75, ["meetings"] = 0.75,
    };

    private static readonly CommuniqueJsonLinesWriter Compact = new();

    private static Func<string, string, LocalDate?, string> Extractor(CooperationCatalog? catalog)
    {
        return (text, lang, date) => Compact.WriteToString(new CommuniqueReader(CommuniqueReaderOptions.Default
                .WithLanguage(lang == "en" ? Language.English : Language.Spanish)
                .WithDocumentDate(date)
                .WithCatalog(catalog))
            .Read(text));
    }

    [Fact]
    public void The_development_set_meets_the_goals()
    {
        // As the tool reads it by default (score.py runs the CLI): linked to the reference catalog.
        var scores = DevelopmentSetScores.Compute(Extractor(ReferenceCatalog.Default));
        GeneratedSection.Check("docs/text-extraction.md", "extract-dev", scores.ToMarkdown());
        foreach (var (kind, goal) in DevelopmentGoals)
        {
            Assert.True(scores[kind].F1 >= goal, $"{kind}: F1 {scores[kind].F1:F3} < {goal:F2}\n{string.Join('\n', scores.Details)}");
        }

        Assert.True(scores.Meetings.Precision >= 0.90, $"meeting precision {scores.Meetings.Precision:F3} < 0.90");
    }

    [Fact]
    public void The_development_set_without_a_catalog_still_meets_the_goals_of_dates_countries_and_meetings()
    {
        var scores = DevelopmentSetScores.Compute(Extractor(null));
        foreach (var kind in new[] { "date", "country", "meetings" })
        {
            Assert.True(scores[kind].F1 >= DevelopmentGoals[kind], $"{kind}: F1 {scores[kind].F1:F3}");
        }
    }

    [Fact]
    public void The_seeds_are_scored_with_and_without_the_reference_catalog()
    {
        // The reference catalog was drawn from the seeds: without it is the honest measure, with it what the tool does.
        var alone = SeedScores.Compute(Extractor(null));
        var linked = SeedScores.Compute(Extractor(ReferenceCatalog.Default));
        GeneratedSection.Check("docs/text-extraction.md", "extract-seeds", alone.ToMarkdown());
        GeneratedSection.Check("docs/text-extraction.md", "extract-seeds-catalog", linked.ToMarkdown());

        // Floors just under what is measured today, so that a regression fails (the aims are in the page; meetings
        // read alone now meet theirs, 0.85).
        foreach (var (kind, floor) in new[] { ("date", 0.95), ("country", 0.95), ("person", 0.95), ("institution", 0.92), ("ordinal", 0.95), ("mechanism", 0.92), ("meetings", 0.85) })
        {
            Assert.True(alone[kind].F1 >= floor, $"alone, {kind}: F1 {alone[kind].F1:F3} < {floor:F2}\n{alone.ToText()}");
        }

        Assert.True(linked.Meetings.F1 >= 0.85 && linked.Meetings.Precision >= 0.85, linked.ToText());
    }
}
