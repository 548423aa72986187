using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// The scorer gives 1.0 to the gold itself, and each controlled change to a prediction moves exactly the numbers it
/// should: a dropped mention costs recall of its kind, a span moved off or a changed value costs a false positive and
/// a false negative, an invented meeting costs meeting precision, and the leniencies of score.py (names, dates,
/// countries, ordinals, alternatives, optional gold, repaired spans) hold.
/// </summary>
public class ScorerTests
{
    private static GoldDocument Seed(string id) => GoldSets.Seeds().Single(d => d.Id == id);

    private static ScoreReport Score(GoldDocument gold, JsonNode? prediction, bool strictToken = false) => Scorer.Score([(gold, prediction)], strictToken);

    private static JsonObject MentionOf(JsonObject prediction, string kind, int index = 0)
        => prediction["mentions"]!.AsArray().OfType<JsonObject>().Where(m => (string?)m["kind"] == kind).ElementAt(index);

    private static void AssertPerfect(ScoreReport report, params string[] except)
    {
        foreach (var kind in PredictionReader.Kinds.Append("meetings").Except(except))
        {
            var t = report[kind];
            Assert.True(t.FalsePositives == 0 && t.FalseNegatives == 0 && t.TruePositives == t.Gold, $"{kind}: {t}");
        }
    }

    public static TheoryData<string> Sets() => ["seeds", "development"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_gold_scored_against_itself_is_perfect(string set)
    {
        var documents = set == "seeds" ? GoldSets.Seeds() : GoldSets.DevelopmentSet();
        foreach (var gold in documents)
        {
            var report = Score(gold, GoldAsPrediction.Of(gold));
            AssertPerfect(report);
            foreach (var kind in PredictionReader.Kinds.Append("meetings").Where(k => report[k].Gold > 0))
            {
                Assert.Equal((1.0, 1.0, 1.0), (report[kind].Precision, report[kind].Recall, report[kind].F1));
            }

            Assert.Equal(gold.Mentions.Count(m => !m.Optional), report.ByKind.Values.Sum(t => t.TruePositives));
        }

        var all = Scorer.Score(documents.Select(d => (d, (JsonNode?)GoldAsPrediction.Of(d))).ToList());
        Assert.All(PredictionReader.Kinds.Append("meetings"), k => Assert.Equal(1.0, all[k].F1));
        Assert.Empty(all.Details);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("country")]
    [InlineData("person")]
    [InlineData("institution")]
    [InlineData("ordinal")]
    [InlineData("mechanism")]
    public void A_dropped_mention_costs_recall_of_its_kind_only(string kind)
    {
        var gold = Seed("000");
        var prediction = GoldAsPrediction.Of(gold);
        prediction["mentions"]!.AsArray().Remove(MentionOf(prediction, kind));
        var report = Score(gold, prediction);
        var t = report[kind];
        Assert.Equal((t.Gold - 1, 0, 1), (t.TruePositives, t.FalsePositives, t.FalseNegatives));
        Assert.Equal(1.0, t.Precision);
        Assert.Equal((double)(t.Gold - 1) / t.Gold, t.Recall, 12);
        AssertPerfect(report, kind);
    }

    [Theory]
    [InlineData("date", "1999-01-01")]
    [InlineData("country", "FR")]
    [InlineData("person", "Zzz Zzz")]
    [InlineData("institution", "Zzz")]
    [InlineData("ordinal", 99)]
    [InlineData("mechanism", "Zzz")]
    public void A_changed_value_is_a_false_positive_and_a_false_negative(string kind, object value)
    {
        var gold = Seed("000");
        var prediction = GoldAsPrediction.Of(gold);
        MentionOf(prediction, kind)["value"] = value is int n ? JsonValue.Create(n) : JsonValue.Create((string)value);
        var report = Score(gold, prediction);
        Assert.Equal((report[kind].Gold - 1, 1, 1), (report[kind].TruePositives, report[kind].FalsePositives, report[kind].FalseNegatives));
        AssertPerfect(report, kind);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("country")]
    [InlineData("person")]
    [InlineData("institution")]
    [InlineData("mechanism")]
    public void A_span_moved_off_is_a_false_positive_and_a_false_negative_and_one_still_overlapping_still_matches(string kind)
    {
        var gold = Seed("000");
        var prediction = GoldAsPrediction.Of(gold);
        var mention = MentionOf(prediction, kind);
        var (start, end) = ((int)mention["start"]!, (int)mention["end"]!);

        // One character later still overlaps the gold span: a match.
        Move(mention, gold.Text, start + 1, end + 1);
        AssertPerfect(Score(gold, prediction));

        // A stretch of the text no gold mention of this kind touches: no match, and not on optional gold either.
        var free = Enumerable.Range(0, gold.Text.Length - 5).First(at => gold.Mentions.All(m => m.Kind != kind || at + 5 <= m.Start || m.End <= at) && !string.IsNullOrWhiteSpace(gold.Text.Substring(at, 5)));
        Move(mention, gold.Text, free, free + 5);
        var report = Score(gold, prediction);
        Assert.Equal((1, 1), (report[kind].FalsePositives, report[kind].FalseNegatives));
        AssertPerfect(report, kind);
    }

    private static void Move(JsonObject mention, string text, int start, int end)
    {
        // The text moves with the span: a span that no longer points at its text would be repaired back.
        mention["start"] = start;
        mention["end"] = end;
        mention["text"] = text[start..end];
    }

    [Fact]
    public void An_invented_meeting_lowers_meeting_precision_only_and_a_missed_one_recall_only()
    {
        var gold = Seed("004");
        var prediction = GoldAsPrediction.Of(gold);
        prediction["meetings"]!.AsArray().Add(new JsonObject { ["date"] = "1999", ["countries"] = new JsonArray("FR"), ["status"] = "held" });
        var invented = Score(gold, prediction);
        Assert.Equal((8, 1, 0), (invented.Meetings.TruePositives, invented.Meetings.FalsePositives, invented.Meetings.FalseNegatives));
        Assert.Equal(8.0 / 9.0, invented.Meetings.Precision, 12);
        Assert.Equal(1.0, invented.Meetings.Recall);
        AssertPerfect(invented, "meetings");

        prediction = GoldAsPrediction.Of(gold);
        prediction["meetings"]!.AsArray().RemoveAt(0);
        var missed = Score(gold, prediction);
        Assert.Equal((7, 0, 1), (missed.Meetings.TruePositives, missed.Meetings.FalsePositives, missed.Meetings.FalseNegatives));
        Assert.Equal(1.0, missed.Meetings.Precision);
        AssertPerfect(missed, "meetings");
    }

    [Fact]
    public void A_meeting_matches_by_date_and_set_of_countries_with_the_gold_alternatives()
    {
        var gold = Seed("002");
        var prediction = GoldAsPrediction.Of(gold);
        var meeting = prediction["meetings"]![0]!.AsObject();

        // The gold's date is null with the presidency's months as an alternative, and Mexico alone or all eleven members.
        meeting["date"] = "2020-12/2021-12";
        meeting["countries"] = new JsonArray("US", "MX", "CA", "BZ", "CR", "SV", "GT", "HN", "NI", "PA", "DO");
        AssertPerfect(Score(gold, prediction));

        meeting["countries"] = new JsonArray("MX", "US");
        var report = Score(gold, prediction);
        Assert.Equal((1, 1), (report.Meetings.FalsePositives, report.Meetings.FalseNegatives));
    }

    [Fact]
    public void Meeting_status_is_no_condition_of_a_match_but_its_agreement_is_reported()
    {
        var gold = Seed("003");
        var prediction = GoldAsPrediction.Of(gold);
        prediction["meetings"]![1]!["status"] = "held";
        var report = Score(gold, prediction);
        AssertPerfect(report);
        Assert.Equal((1, 2), (report.Counters.StatusesAgreeing, report.Counters.StatusesCompared));
    }

    [Fact]
    public void A_prediction_on_optional_gold_is_ignored_and_optional_gold_is_never_missed()
    {
        var gold = Seed("000");
        var optional = gold.Mentions.First(m => m.Optional && m.Kind == "country");
        var prediction = GoldAsPrediction.Of(gold);
        prediction["mentions"]!.AsArray().Add(new JsonObject { ["kind"] = "country", ["text"] = optional.Text, ["start"] = optional.Start, ["end"] = optional.End, ["value"] = "MX" });
        var report = Score(gold, prediction);
        AssertPerfect(report);
        Assert.Equal(1, report.ByKind["country"].Ignored);
    }

    [Theory]
    [InlineData("Marcelo Ebrard Casaubon", "Marcelo Ebrard Casaubon", true)]
    [InlineData("Marcelo Ebrard Casaubon", "EBRARD CASAUBON", true)]           // the last two words
    [InlineData("Marcelo Ebrard Casaubon", "Lic. Marcelo Ebrard Casaubon", true)] // an honorific
    [InlineData("Marcelo Ebrard Casaubon", "Marcelo Ebrard", false)]
    [InlineData("Ebrard", "Marcelo Ebrard Casaubon", true)]                   // the canonical name of a short mention
    [InlineData("Ebrard", "Ebrard", true)]
    [InlineData("Alfredo Hernández", "Alfredo Hernandez", true)]
    [InlineData("Alfredo Hernández", "vicealmirante Alfredo Hernández", false)] // not among score.py's honorifics
    public void People_match_by_name_last_two_words_or_canonical_name(string text, string value, bool matches)
    {
        var gold = Seed("001");
        var prediction = GoldAsPrediction.Of(gold);
        var mention = prediction["mentions"]!.AsArray().OfType<JsonObject>().First(m => (string?)m["text"] == text);
        mention["value"] = value;
        Assert.Equal(matches, Score(gold, prediction).ByKind["person"].FalseNegatives == 0);
    }

    [Theory]
    [InlineData("Secretaría de Relaciones Exteriores", "secretaria de relaciones exteriores", true)]
    [InlineData("Secretaría de Relaciones Exteriores", "la Secretaría de Relaciones Exteriores", true)]
    [InlineData("Secretaría de Relaciones Exteriores", "Secretaría de Relaciones Exteriores (SRE)", true)]
    [InlineData("Secretaría de Relaciones Exteriores", "Secretaría de Relaciones", false)]
    [InlineData("Embajada de EE.UU. en México", "Embajada de EEUU en Mexico", true)]
    public void Institutions_match_ignoring_case_accents_punctuation_and_a_final_parenthesis(string text, string value, bool matches)
    {
        var gold = Seed("001");
        var prediction = GoldAsPrediction.Of(gold);
        var mention = prediction["mentions"]!.AsArray().OfType<JsonObject>().First(m => (string?)m["text"] == text);
        mention["value"] = value;
        Assert.Equal(matches, Score(gold, prediction).ByKind["institution"].FalseNegatives == 0);
    }

    [Theory]
    [InlineData("date", "2017-04-26/2017-04-26", true)]
    [InlineData("date", "2017-04-26T09:00", true)]
    [InlineData("date", "2017-04", false)]
    [InlineData("country", "CAN", true)]
    [InlineData("country", "ca", true)]
    [InlineData("country", "Canadá", true)]
    [InlineData("country", "CAD", false)]
    [InlineData("ordinal", "VIII", true)]
    [InlineData("ordinal", "8ª", true)]
    [InlineData("ordinal", "octava", true)]
    [InlineData("ordinal", "IX", false)]
    public void Values_are_normalised_before_they_are_compared(string kind, string value, bool matches)
    {
        var gold = Seed("000");
        var target = kind switch { "date" => "miércoles 26 de abril", "country" => "canadiense", _ => "8ª Reunión" };
        var prediction = GoldAsPrediction.Of(gold);
        var mention = prediction["mentions"]!.AsArray().OfType<JsonObject>().First(m => (string?)m["text"] == target);
        mention["value"] = value;
        Assert.Equal(matches, Score(gold, prediction)[kind].FalseNegatives == 0);
    }

    [Fact]
    public void A_date_range_may_be_an_object_or_a_pair()
    {
        var gold = Seed("000");
        var prediction = GoldAsPrediction.Of(gold);
        var range = prediction["mentions"]!.AsArray().OfType<JsonObject>().First(m => (string?)m["text"] == "del 25 al 28 de abril");
        range["value"] = new JsonObject { ["start"] = "2017-04-25", ["end"] = "2017-04-28" };
        AssertPerfect(Score(gold, prediction));
        range["value"] = new JsonArray("2017-04-25", "2017-04-28");
        AssertPerfect(Score(gold, prediction));
    }

    [Fact]
    public void Spans_that_miss_their_text_are_repaired_as_score_py_repairs_them()
    {
        var gold = Seed("001");
        var prediction = GoldAsPrediction.Of(gold);
        var mentions = prediction["mentions"]!.AsArray().OfType<JsonObject>().ToList();
        mentions[0]["end"] = (int)mentions[0]["end"]! - 1;                        // an inclusive end
        var utf8 = Encoding.UTF8;
        var accented = mentions.First(m => ((string)m["text"]!).Any(c => c > 127) && gold.Text[..(int)m["start"]!].Any(c => c > 127));
        var s = (int)accented["start"]!;
        accented["start"] = utf8.GetByteCount(gold.Text[..s]);                  // UTF-8 byte offsets
        accented["end"] = utf8.GetByteCount(gold.Text[..(int)accented["end"]!]);
        mentions[5]["start"] = (int)mentions[5]["start"]! + 50;                    // off by a little: the nearest occurrence
        mentions[5]["end"] = (int)mentions[5]["end"]! + 50;
        var report = Score(gold, prediction);
        AssertPerfect(report);
        Assert.Equal((3, 0), (report.Counters.SpansRepaired, report.Counters.SpansMismatched));
    }

    [Fact]
    public void Output_without_offsets_is_scored_by_value_alone()
    {
        var gold = Seed("003");
        var prediction = GoldAsPrediction.Of(gold);
        foreach (var m in prediction["mentions"]!.AsArray().OfType<JsonObject>())
        {
            m.Remove("start");
            m.Remove("end");
        }

        var report = Score(gold, prediction);
        AssertPerfect(report);
        Assert.Equal((0, 1), (report.Counters.DocumentsWithSpans, report.Counters.DocumentsByValue));
    }

    [Fact]
    public void No_output_misses_everything_and_unknown_kinds_are_counted_not_scored()
    {
        var gold = Seed("002");
        var failed = Score(gold, null);
        Assert.Equal(1, failed.Counters.DocumentsFailed);
        Assert.All(PredictionReader.Kinds.Append("meetings"), k => Assert.Equal((0, failed[k].Gold, 0.0), (failed[k].TruePositives, failed[k].FalseNegatives, failed[k].F1)));

        var prediction = GoldAsPrediction.Of(gold);
        prediction["mentions"]!.AsArray().Add(new JsonObject { ["kind"] = "weather", ["text"] = "CRM", ["start"] = 96, ["end"] = 99, ["value"] = "sunny" });
        var report = Score(gold, prediction);
        AssertPerfect(report);
        Assert.Equal(1, report.Counters.UnknownKinds);
    }

    [Fact]
    public void Predictions_inside_a_crawlers_date_token_are_ignored_unless_strict()
    {
        const string Text = " date 2024-05-02 Reunión en México.";
        var gold = GoldDocument.Parse("t", """
            {"file": "t.txt", "lang": "es", "date": "2024-05-02", "date_token": {"start": 0, "end": 16, "text": " date 2024-05-02"},
             "mentions": [{"kind": "country", "text": "México", "start": 28, "end": 34, "value": "MX"}], "meetings": []}
            """, Text);
        var prediction = new JsonObject
        {
            ["mentions"] = new JsonArray(
                new JsonObject { ["kind"] = "date", ["text"] = "2024-05-02", ["start"] = 6, ["end"] = 16, ["value"] = "2024-05-02" },
                new JsonObject { ["kind"] = "country", ["text"] = "México", ["start"] = 28, ["end"] = 34, ["value"] = "MX" }),
        };
        var lenient = Score(gold, prediction);
        Assert.Equal((0, 1), (lenient.ByKind["date"].FalsePositives, lenient.Counters.IgnoredToken));
        Assert.Equal(1, Score(gold, prediction, strictToken: true).ByKind["date"].FalsePositives);
    }

    [Fact]
    public void Person_positions_are_compared_where_both_are_given()
    {
        var gold = Seed("003");
        var prediction = GoldAsPrediction.Of(gold);
        MentionOf(prediction, "person", 1)["position"] = "ministra";
        var report = Score(gold, prediction);
        AssertPerfect(report);
        Assert.Equal((1, 2), (report.Counters.PositionsAgreeing, report.Counters.PositionsCompared));
    }

    [Fact]
    public void The_markdown_table_gives_counts_and_three_decimals()
    {
        var gold = Seed("004");
        var prediction = GoldAsPrediction.Of(gold);
        prediction["meetings"]!.AsArray().Add(new JsonObject { ["date"] = "1999", ["countries"] = new JsonArray("FR") });
        var table = Score(gold, prediction).ToMarkdown().Split('\n');
        Assert.Equal("| Kind | Gold | Predicted | Matched | P | R | F1 |", table[0]);
        Assert.Equal("| date | 21 | 21 | 21 | 1.000 | 1.000 | 1.000 |", table[2]);
        Assert.Equal("| meetings | 8 | 9 | 8 | 0.889 | 1.000 | 0.941 |", table[8]);
    }

    [Theory]
    [InlineData("2025-12-11/2025-12-11", "2025-12-11")]
    [InlineData(" 2019-11-12 / 2019-11-14 ", "2019-11-12/2019-11-14")]
    [InlineData("unknown", null)]
    [InlineData("", null)]
    public void Dates_normalise_as_score_py_does(string value, string? expected)
        => Assert.Equal(expected, ValueNormalization.Date(JsonValue.Create(value)));

    [Theory]
    [InlineData("El Ministerio de Relaciones Exteriores.", "ministerio de relaciones exteriores")]
    [InlineData("“Me\u0301xico”", "mexico")]
    [InlineData("Ǆemal – ﬁrst", "dzemal - first")]
    [InlineData("Ø ß", "ø ß")]
    public void Names_normalise_as_score_py_does(string value, string expected) => Assert.Equal(expected, ValueNormalization.Name(value));

    [Theory]
    [InlineData("XXVI", 26)]
    [InlineData("8ª", 8)]
    [InlineData("décima", 10)]
    [InlineData("24th", 24)]
    [InlineData("primero", 1)]
    public void Ordinals_normalise_as_score_py_does(string value, int expected) => Assert.Equal(expected, (int)ValueNormalization.Ordinal(JsonValue.Create(value))!.Value);
}
