using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// The C# scorer and score.py agree, line for line of score.py's report (counts, ignored predictions, repairs,
/// precision, recall, F1, value-only F1, agreement counts), on the same saved predictions of the development set: the
/// gold itself, perturbed copies, the other output shapes score.py reads, and empty or missing output.
/// </summary>
public class ScorePyAgreementTests
{
    [Python3Fact]
    public void The_gold_itself() => AssertAgreement(gold => GoldAsPrediction.Of(gold));

    [Python3Fact]
    public void Empty_output() => AssertAgreement(_ => new JsonObject { ["mentions"] = new JsonArray() });

    [Python3Fact]
    public void Perturbed_copies()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            AssertAgreement(gold => Perturb(gold, random));
        }
    }

    [Python3Fact]
    public void Other_shapes_missing_and_unusable_output()
    {
        AssertAgreement(gold => gold.Id switch
        {
            "09" => TopLevelList(gold),
            "10" => GroupedInADocument(gold),
            "11" => WithoutSpans(gold),
            "12" => null,
            "18" => JsonValue.Create("not an object"),
            "19" => Renamed(gold, "start", "offset", m => m["length"] = (int)m["end"]! - (int)m["offset"]!, "end"),
            "29" => Renamed(gold, "start", "begin", _ => { }),
            "30" => Renamed(gold, "start", "span", m => m["span"] = $"{m["span"]}-{m["end"]}", "end"),
            "34" => Renamed(gold, "kind", "label", m => m["label"] = ((string)m["label"]!).ToUpperInvariant() + "S"),
            _ => GoldAsPrediction.Of(gold),
        });
    }

    private static void AssertAgreement(Func<GoldDocument, JsonNode?> predict)
    {
        var documents = GoldSets.DevelopmentSet();
        using var folder = new ScratchFolder("score-py");
        var outputs = new List<(GoldDocument, JsonNode?)>();
        foreach (var gold in documents)
        {
            var output = predict(gold);
            if (output is not null)
            {
                File.WriteAllText(Path.Combine(folder.Path, gold.Id + ".json"), output.ToJsonString(), new UTF8Encoding(false));
            }

            outputs.Add((gold, output));
        }

        var expected = RunScorePy(folder.Path);
        var actual = Scorer.Score(outputs).ToText().Split('\n');
        Assert.Equal(expected, actual);
    }

    private static string[] RunScorePy(string predictions)
    {
        var start = new ProcessStartInfo(Python3FactAttribute.Python3 ?? "python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(GoldSets.DevelopmentSetFolder(), "score.py"));
        start.ArgumentList.Add("--score-dir");
        start.ArgumentList.Add(predictions);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "score.py did not finish in two minutes");
        // 0: thresholds hold, 1: some do not; 2 would be inconsistent gold.
        Assert.True(process.ExitCode is 0 or 1, $"score.py exited with {process.ExitCode}: {output}{error.Result}");
        return [.. output.TrimEnd('\n').Split('\n').Where(line => !line.StartsWith("thresholds:", StringComparison.Ordinal))];
    }

    // score.py's self-test perturbation, and more: every mention is kept, dropped, given another value, moved to the
    // start, given an inclusive end, UTF-8 offsets, a span off by a little, or another position; an invented country
    // and meeting, a dropped meeting, a flipped status, codes as alpha-3.
    private static JsonObject Perturb(GoldDocument gold, Random random)
    {
        var prediction = GoldAsPrediction.Of(gold);
        var mentions = new JsonArray();
        foreach (var m in prediction["mentions"]!.AsArray().OfType<JsonObject>().Select(m => m.DeepClone().AsObject()))
        {
            var (start, end) = ((int)m["start"]!, (int)m["end"]!);
            switch (random.Next(10))
            {
                case 0:
                    continue;
                case 1:
                    m["value"] = (string)m["kind"]! switch
                    {
                        "date" => "1999-01-01",
                        "country" => "FR",
                        "ordinal" => (int)m["value"]! + 1,
                        _ => "Zzz " + (string?)m["value"],
                    };
                    break;
                case 2:
                    m["start"] = 0;
                    m["end"] = 1;
                    m["text"] = gold.Text[..1];
                    break;
                case 3:
                    m["end"] = end - 1;
                    break;
                case 4:
                    m["start"] = Encoding.UTF8.GetByteCount(gold.Text[..start]);
                    m["end"] = Encoding.UTF8.GetByteCount(gold.Text[..end]);
                    break;
                case 5:
                    m["start"] = start + 40;
                    m["end"] = end + 40;
                    break;
                case 6 when (string?)m["kind"] == "person":
                    m["position"] = "Zzz";
                    break;
                case 6 when (string?)m["kind"] == "country" && (string?)m["value"] == "MX":
                    m["value"] = "MEX";
                    break;
            }

            mentions.Add(m);
        }

        foreach (var optional in gold.Mentions.Where(m => m.Optional && random.Next(2) == 0))
        {
            mentions.Add(new JsonObject { ["kind"] = optional.Kind, ["text"] = optional.Text, ["start"] = optional.Start, ["end"] = optional.End, ["value"] = optional.Value?.DeepClone() });
        }

        mentions.Add(new JsonObject { ["kind"] = "country", ["text"] = "x", ["start"] = gold.Text.Length - 1, ["end"] = gold.Text.Length, ["value"] = "ZZ" });
        var meetings = prediction["meetings"]!.AsArray();
        if (meetings.Count > 0 && random.Next(2) == 0)
        {
            meetings.RemoveAt(0);
        }

        foreach (var meeting in meetings.OfType<JsonObject>().Where(_ => random.Next(3) == 0))
        {
            meeting["status"] = (string?)meeting["status"] == "held" ? "planned" : "held";
            meeting["countries"] = string.Join(", ", meeting["countries"]!.AsArray().Select(c => (string)c! == "MX" ? "MEX" : (string)c!));
        }

        meetings.Add(new JsonObject { ["date"] = "1999", ["countries"] = new JsonArray("FR"), ["status"] = "held" });
        prediction["mentions"] = mentions;
        return prediction;
    }

    private static JsonArray TopLevelList(GoldDocument gold) => [.. GoldAsPrediction.Of(gold)["mentions"]!.AsArray().OfType<JsonObject>()
        .Select(m => (JsonNode?)new JsonObject
        {
            ["type"] = ((string)m["kind"]!).ToUpperInvariant(),
            ["span"] = new JsonArray((int)m["start"]!, (int)m["end"]!),
            ["text"] = m["text"]!.DeepClone(),
            ["normalized"] = m["value"]?.DeepClone(),
        })];

    private static JsonObject GroupedInADocument(GoldDocument gold)
    {
        var prediction = GoldAsPrediction.Of(gold);
        var grouped = new JsonObject { ["meetings"] = prediction["meetings"]!.DeepClone() };
        foreach (var m in prediction["mentions"]!.AsArray().OfType<JsonObject>())
        {
            var key = (string)m["kind"]! switch { "country" => "countries", "person" => "persons", var k => k + "s" };
            if (grouped[key] is not JsonArray list)
            {
                grouped[key] = list = [];
            }

            list.Add(new JsonObject { ["text"] = m["text"]!.DeepClone(), ["offset"] = (int)m["start"]!, ["length"] = (int)m["end"]! - (int)m["start"]!, ["value"] = m["value"]?.DeepClone() });
        }

        return new JsonObject { ["document"] = grouped };
    }

    private static JsonObject WithoutSpans(GoldDocument gold)
    {
        var prediction = GoldAsPrediction.Of(gold);
        foreach (var m in prediction["mentions"]!.AsArray().OfType<JsonObject>())
        {
            m.Remove("start");
            m.Remove("end");
        }

        return prediction;
    }

    private static JsonObject Renamed(GoldDocument gold, string from, string to, Action<JsonObject> then, string? remove = null)
    {
        var prediction = GoldAsPrediction.Of(gold);
        foreach (var m in prediction["mentions"]!.AsArray().OfType<JsonObject>())
        {
            var value = m[from]?.DeepClone();
            m.Remove(from);
            m[to] = value;
            then(m);
            if (remove is not null)
            {
                m.Remove(remove);
            }
        }

        return prediction;
    }
}
