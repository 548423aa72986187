using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Domain.Tests.Support;
using Cooperation.Domain.Tests.Text.Scoring;

namespace Cooperation.Domain.Tests.Text.Gold;

/// <summary>
/// Every annotation of the seeds' gold (and of the development set's, which follows the same conventions) is
/// consistent: its text is the document's text at its span, its span is the occurrence it names, its values parse with
/// the library's value types, no two mentions of one kind overlap, and the seeds' meetings are the reference catalog's.
/// </summary>
public class SeedGoldTests
{
    public static TheoryData<string> Sets() => ["seeds", "development"];

    private static IReadOnlyList<GoldDocument> Load(string set) => set == "seeds" ? GoldSets.Seeds() : GoldSets.DevelopmentSet();

    [Fact]
    public void There_is_a_gold_file_for_each_of_the_five_seeds()
    {
        var seeds = GoldSets.Seeds();
        Assert.Equal(["000", "001", "002", "003", "004"], seeds.Select(s => s.Id));
        Assert.Equal(seeds.Select(s => s.Id), seeds.Select(s => s.File[..3]));
        foreach (var seed in seeds)
        {
            Assert.True(seed.Mentions.Count(m => !m.Optional) >= 20 && seed.Meetings.Count >= 1, $"{seed.Id}: {seed.Mentions.Count} mentions, {seed.Meetings.Count} meetings");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_text_is_the_document_at_its_span(string set)
    {
        var wrong = Load(set).SelectMany(d => d.Mentions
                .Where(m => m.Start < 0 || m.End > d.Text.Length || m.Start >= m.End || d.Text[m.Start..m.End] != m.Text)
                .Select(m => $"{d.Id}: [{m.Start}, {m.End}) is not \"{m.Text}\""))
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_span_of_the_seeds_is_the_occurrence_it_names()
    {
        // tools/gold_spans.py places spans from (text, occurrence); the occurrences are counted at word boundaries.
        foreach (var document in GoldSets.Seeds())
        {
            foreach (var mention in document.Mentions)
            {
                Assert.True(mention.Occurrence is > 0, $"{document.Id}: \"{mention.Text}\" has no occurrence");
                var starts = WordBoundedOccurrences(document.Text, mention.Text).ToList();
                Assert.True(starts.Count >= mention.Occurrence, $"{document.Id}: \"{mention.Text}\" occurs {starts.Count} times");
                Assert.Equal(starts[mention.Occurrence!.Value - 1], mention.Start);
            }
        }
    }

    private static IEnumerable<int> WordBoundedOccurrences(string document, string text)
    {
        for (var at = document.IndexOf(text, StringComparison.Ordinal); at >= 0; at = document.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            var end = at + text.Length;
            var startsClean = !char.IsLetterOrDigit(text[0]) || at == 0 || !char.IsLetterOrDigit(document[at - 1]);
            var endsClean = !char.IsLetterOrDigit(text[^1]) || end == document.Length || !char.IsLetterOrDigit(document[end]);
            if (startsClean && endsClean)
            {
                yield return at;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_value_parses_with_the_library_value_types(string set)
    {
        var problems = new List<string>();
        foreach (var document in Load(set))
        {
            foreach (var m in document.Mentions)
            {
                var where = $"{document.Id} {m.Kind} \"{m.Text}\"@{m.Start}";
                switch (m.Kind)
                {
                    case "date":
                        foreach (var value in m.AcceptedValues.Where(v => v is not null))
                        {
                            if (!IsDateOrRange(value!.GetValue<string>()))
                            {
                                problems.Add($"{where}: {value} is neither a PartialDate nor a PartialDateRange");
                            }
                        }

                        break;
                    case "country":
                        if (!CountryCode.TryParse(m.Value?.GetValue<string>(), out _))
                        {
                            problems.Add($"{where}: {m.Value} is not a CountryCode");
                        }

                        break;
                    case "ordinal":
                        var number = m.Value?.GetValue<int>() ?? 0;
                        if (number < 1)
                        {
                            problems.Add($"{where}: {m.Value} is not an Ordinal");
                        }
                        else if (Ordinal.TryParse(m.Text.Split(' ')[0], out var written) && written != Ordinal.FromInt32(number))
                        {
                            problems.Add($"{where}: the text says {written}, the value {number}");
                        }

                        break;
                    case "person" or "institution" or "mechanism":
                        if (m.Value is not JsonValue name || name.GetValueKind() != JsonValueKind.String || name.GetValue<string>().Length == 0)
                        {
                            problems.Add($"{where}: a name is expected as the value");
                        }

                        break;
                    default:
                        problems.Add($"{where}: unknown kind");
                        break;
                }

                if (m.Country is string country && country != "int" && !CountryCode.TryParse(country, out _))
                {
                    problems.Add($"{where}: country {country} is neither a CountryCode nor \"int\"");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_ordinal_of_the_seeds_is_written_in_a_form_the_library_reads()
    {
        foreach (var m in GoldSets.Seeds().SelectMany(d => d.Mentions).Where(m => m.Kind == "ordinal"))
        {
            Assert.True(Ordinal.TryParse(m.Text.Split(' ')[0], out var ordinal), m.Text);
            Assert.Equal(m.Value!.GetValue<int>(), ordinal.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_meeting_has_dates_that_parse_sorted_country_codes_and_a_status(string set)
    {
        foreach (var document in Load(set))
        {
            foreach (var meeting in document.Meetings)
            {
                var where = $"{document.Id} meeting {meeting.Date} [{string.Join(", ", meeting.Countries)}]";
                Assert.All(meeting.AcceptedDates.Where(d => d is not null), d => Assert.True(IsDateOrRange(d!), $"{where}: date {d}"));
                Assert.Contains(meeting.Status, new[] { "held", "planned" });
                Assert.All(meeting.AcceptedCountries, set =>
                {
                    Assert.All(set, c => Assert.True(CountryCode.TryParse(c, out var code) && code.ToString() == c, $"{where}: {c}"));
                    Assert.Equal(set.Order(StringComparer.Ordinal).Distinct(), set);
                });
                Assert.True(meeting.Ordinal is null or > 0, where);
            }
        }
    }

    private static bool IsDateOrRange(string text) => PartialDate.TryParse(text, out _) || PartialDateRange.TryParse(text, out _);

    [Theory]
    [MemberData(nameof(Sets))]
    public void No_two_mentions_of_one_kind_overlap(string set)
    {
        var overlaps = new List<string>();
        foreach (var document in Load(set))
        {
            foreach (var group in document.Mentions.GroupBy(m => m.Kind))
            {
                var sorted = group.OrderBy(m => m.Start).ToList();
                for (var i = 1; i < sorted.Count; i++)
                {
                    if (sorted[i].Start < sorted[i - 1].End)
                    {
                        overlaps.Add($"{document.Id} {group.Key}: \"{sorted[i - 1].Text}\"@{sorted[i - 1].Start} and \"{sorted[i].Text}\"@{sorted[i].Start}");
                    }
                }
            }
        }

        Assert.Empty(overlaps);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_canonical_name_is_the_fullest_form_of_that_person_in_the_text(string set)
    {
        foreach (var document in Load(set))
        {
            var people = document.Mentions.Where(m => m.Kind == "person").Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
            foreach (var m in document.Mentions.Where(m => m.Canonical is not null))
            {
                Assert.Contains(m.Canonical!, people);
                Assert.True(m.Canonical!.Length > m.Text.Length, $"{document.Id}: {m.Text} → {m.Canonical}");
            }
        }
    }

    [Fact]
    public void The_seeds_meetings_are_the_meetings_the_reference_catalog_holds()
    {
        var catalog = ReferenceCatalog.Default;
        var fileOf = catalog.Sources.ToDictionary(s => s.Id, s => s.Archive!.File);
        foreach (var document in GoldSets.Seeds())
        {
            var held = catalog.Meetings.Where(m => m.Sources.Any(s => fileOf[s] == document.File)).ToList();
            var gold = document.Meetings.Where(m => !m.Optional).ToList();
            var owner = BipartiteMatching.Match(held.Count, gold.Count, (i, j) =>
                gold[j].AcceptedDates.Contains(DateOf(held[i]))
                && gold[j].Status == held[i].Status.Name
                && gold[j].Ordinal == held[i].Ordinal?.Value);
            Assert.True(held.Count == gold.Count && owner.Count == gold.Count,
                $"{document.Id}: the catalog holds {string.Join("; ", held.Select(m => $"{m.Id} {DateOf(m)} {m.Status.Name} {m.Ordinal}"))}, "
                + $"the gold {string.Join("; ", gold.Select(m => $"{m.Date} {m.Status} {m.Ordinal}"))}");
        }
    }

    private static string DateOf(Meeting meeting) => meeting.End is PartialDate end ? $"{meeting.Start}/{end}" : meeting.Start.ToString();

    [Fact]
    public void The_gold_is_summarised_in_the_docs()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            "| Seed | Language | Document date | Dates | Countries | People | Institutions | Ordinals | Mechanisms | Meetings |",
            "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        };
        var seeds = GoldSets.Seeds();
        string Count(IEnumerable<GoldDocument> documents, string kind)
        {
            var all = documents.SelectMany(d => d.Mentions).Where(m => m.Kind == kind).ToList();
            var optional = all.Count(m => m.Optional);
            return optional == 0 ? $"{all.Count}" : $"{all.Count - optional} (+{optional})";
        }

        string Meetings(IEnumerable<GoldDocument> documents) => documents.SelectMany(d => d.Meetings).Count().ToString(c);
        foreach (var seed in seeds)
        {
            lines.Add($"| {seed.Id} | {seed.Language} | {seed.Date?.ToString("uuuu-MM-dd", c) ?? "none"} | "
                + string.Join(" | ", PredictionReader.Kinds.Select(k => Count([seed], k))) + $" | {Meetings([seed])} |");
        }

        lines.Add("| all | | | " + string.Join(" | ", PredictionReader.Kinds.Select(k => Count(seeds, k))) + $" | {Meetings(seeds)} |");
        GeneratedSection.Check("docs/text-extraction.md", "seed-gold", string.Join('\n', lines) + "\n");
    }
}
