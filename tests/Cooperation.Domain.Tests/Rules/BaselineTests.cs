using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Domain.Rules;
using NodaTime;
using static Cooperation.Domain.Tests.Rules.RuleFixtures;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Baselines read from SARIF and JSON reports, and runs compared with them: new, unchanged, updated and absent findings.</summary>
public class BaselineTests
{
    private const string Name = "data/catalog.json";

    // COOP5007 (a speaker in no delegation) is off, so that an unknown speaker is one finding, COOP1008's.
    private static ValidationOptions Options() => ValidationOptions.Default.WithAsOf(AsOf).WithSourceTexts(Texts).WithRuleDisabled("COOP5007");

    private static JsonNode Json(string json) => JsonNode.Parse(json)!;

    private static void BilateralWithThirdMember(JsonObject t)
        => Entity(t, "mechanisms", "mx-ca-talks")["parties"]!.AsArray().Add(Json("""{ "party": "US", "status": "member" }"""));

    private static void UnknownInstitution(JsonObject t)
        => Entity(t, "meetings", "talks-1")["delegations"]![1]!["participants"]![0]!["institution"] = "ca-nope";

    // Planned for January 2022 without an ordinal (with one, it would be before the 4th, COOP4002).
    private static void TalksFiveLongPast(JsonObject t)
    {
        Entity(t, "meetings", "talks-5")["start"] = "2022-01";
        Entity(t, "meetings", "talks-5").Remove("ordinal");
    }

    private static void UnknownSpeaker(JsonObject t) => Entity(t, "meetings", "talks-1")["statements"]![0]!["speaker"] = "nadie";

    private static void Suppressed(JsonObject t)
    {
        UnknownInstitution(t);
        Entity(t, "meetings", "talks-1")["suppressions"] = Json("""[{ "rule": "COOP1003", "justification": "Known." }]""");
    }

    // Read as an indented document, so that diagnostics carry lines.
    private static ValidationReport Report(ValidationOptions options, string name, params Action<JsonObject>[] changes)
    {
        var tree = CleanTree();
        foreach (var change in changes)
        {
            change(tree);
        }

        var json = tree.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        return Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(json), name), options);
    }

    private static ValidationReport Report(params Action<JsonObject>[] changes) => Report(Options(), Name, changes);

    private static ValidationReport Faulty() => Report(BilateralWithThirdMember, UnknownInstitution, TalksFiveLongPast);

    private static byte[] Sarif(ValidationReport report, BaselineComparison? comparison = null)
        => ReportOutput.Bytes(new SarifReportWriter(new ReportWriterOptions { Baseline = comparison }), [report]);

    // The report's object, as the JSON format writes it within its array.
    private static byte[] JsonReport(ValidationReport report, BaselineComparison? comparison = null)
    {
        using var array = JsonDocument.Parse(ReportOutput.Bytes(new ReportJsonWriter(new ReportWriterOptions { Baseline = comparison }), [report]));
        return Encoding.UTF8.GetBytes(Assert.Single(array.RootElement.EnumerateArray()).GetRawText());
    }

    private static string[] Keys(Baseline baseline)
        => [.. baseline.Entries.Select(e => $"{e.Document}|{e.Fingerprint}|{e.RuleId}|{e.Path}|{e.Severity}|{e.Message}").Order(StringComparer.Ordinal)];

    [Fact]
    public void A_sarif_log_and_a_json_report_read_back_as_the_baseline_of_their_reports()
    {
        var report = Faulty();
        Assert.True(3 == report.Diagnostics.Length, string.Join("\n", report.Diagnostics));
        var direct = Baseline.From([report], "run");
        Assert.Equal("run", direct.Name);
        Assert.Equal(3, direct.Entries.Length);
        Assert.All(direct.Entries, e => Assert.Equal(Name, e.Document));

        var sarif = Baseline.Parse(ReportOutput.Sarif(report), "known.sarif");
        var json = Baseline.Parse(ReportOutput.Json(report), "known.json");
        var single = Baseline.Parse(JsonReport(report), "one.json");
        Assert.Equal("known.sarif", sarif.Name);
        Assert.Equal(Keys(direct), Keys(sarif));
        Assert.Equal(Keys(direct), Keys(json));
        Assert.Equal(Keys(direct), Keys(single));

        foreach (var baseline in new[] { direct, sarif, json, single })
        {
            var comparison = baseline.Compare([report]);
            Assert.Equal(0, comparison.NewCount);
            Assert.Equal(3, comparison.UnchangedCount);
            Assert.Equal(0, comparison.UpdatedCount);
            Assert.Empty(comparison.Absent);
            Assert.Empty(comparison.NewDiagnostics(report));
            Assert.All(report.Diagnostics, d => Assert.Equal(BaselineState.Unchanged, comparison.StateOf(d)));
            Assert.Same(baseline, comparison.Baseline);
        }
    }

    [Fact]
    public void The_command_line_s_json_array_of_reports_reads_as_one_baseline_keeping_documents_apart()
    {
        var first = Report(Options(), "a/one.json", BilateralWithThirdMember);
        var second = Report(Options(), "b/two.json", BilateralWithThirdMember, UnknownSpeaker);
        var baseline = Baseline.Parse(ReportOutput.Json(first, second), "run.json");
        Assert.Equal(3, baseline.Entries.Length);
        Assert.Equal(Keys(Baseline.From([first, second])), Keys(baseline));
        Assert.Equal(0, baseline.Compare([first, second]).NewCount);

        // The same finding in another document is new there; the document's own is absent.
        var swapped = Report(Options(), "b/two.json", BilateralWithThirdMember);
        var renamed = Report(Options(), "c/three.json", BilateralWithThirdMember);
        var comparison = baseline.Compare([swapped, renamed]);
        Assert.Equal(BaselineState.Unchanged, comparison.StateOf(swapped.Diagnostics.Single()));
        Assert.Equal(BaselineState.New, comparison.StateOf(renamed.Diagnostics.Single()));
        Assert.Equal("COOP1008", comparison.AbsentIn(swapped).Single().RuleId);
        Assert.Empty(comparison.AbsentIn(renamed));

        // a/one.json was not checked: its finding is neither absent nor dropped, but not checked.
        Assert.Equal("COOP1008", comparison.Absent.Single().RuleId);
        Assert.Equal(("a/one.json", "COOP2001"), (comparison.NotChecked.Single().Document, comparison.NotChecked.Single().RuleId));
        Assert.Equal("The baseline has 1 finding in a/one.json, which this run did not check: it is neither new nor absent.", comparison.NotCheckedLines(Language.English).Single());
    }

    [Fact]
    public void A_later_run_has_new_unchanged_updated_and_absent_findings()
    {
        var before = Faulty();
        var baseline = Baseline.Parse(ReportOutput.Sarif(before), "known.sarif");

        // COOP2001 fixed, COOP1003 now a warning, COOP3005 as it was, COOP1008 new.
        var after = Report(Options().WithSeverity("COOP1003", Severity.Warning), Name, UnknownInstitution, TalksFiveLongPast, UnknownSpeaker);
        var comparison = baseline.Compare([after]);
        Assert.True(after.Diagnostics.Length == 3, string.Join("\n", after.Diagnostics));
        var state = after.Diagnostics.ToDictionary(d => d.Id, comparison.StateOf);
        Assert.Equal(BaselineState.Updated, state["COOP1003"]);
        Assert.Equal(BaselineState.Unchanged, state["COOP3005"]);
        Assert.Equal(BaselineState.New, state["COOP1008"]);
        Assert.True(comparison.IsNew(after.Diagnostics.Single(d => d.Id == "COOP1008")));
        Assert.False(comparison.IsNew(after.Diagnostics.Single(d => d.Id == "COOP1003")));
        Assert.Equal((1, 1, 1), (comparison.NewCount, comparison.UnchangedCount, comparison.UpdatedCount));
        Assert.Equal("COOP1008", comparison.NewDiagnostics(after).Single().Id);
        var absent = comparison.Absent.Single();
        Assert.Equal(("COOP2001", "mechanisms[mx-ca-talks].parties", Severity.Error, Name), (absent.RuleId, absent.Path, absent.Severity, absent.Document));
        Assert.Equal(before.Diagnostics.Single(d => d.Id == "COOP2001").Message, absent.Message);
        Assert.Equal(comparison.Absent.ToArray(), comparison.AbsentIn(after).ToArray());

        var stranger = Faulty().Diagnostics[0];
        Assert.Throws<ArgumentException>(() => comparison.StateOf(stranger));
        Assert.Throws<ArgumentException>(() => comparison.IsNew(stranger));
    }

    [Fact]
    public void Switching_the_language_the_as_of_day_and_an_unrelated_edit_leave_the_findings_unchanged()
    {
        var baseline = Baseline.Parse(ReportOutput.Json(Faulty()), "known.json");
        var later = Report(
            Options().WithLanguage(Language.Spanish).WithAsOf(new LocalDate(2022, 9, 30)),
            Name,
            t => t["institutions"]!.AsArray().Insert(0, Json("""{ "id": "ca-aaa", "name": { "es": "Agencia", "en": "Agency" }, "kind": "agency", "country": "CA", "parent": "ca-gac" }""")),
            t => Entity(t, "mechanisms", "crm")["name"]!["en"] = "The Regional Conference on Migration",
            BilateralWithThirdMember,
            UnknownInstitution,
            TalksFiveLongPast);
        Assert.Equal(3, later.Diagnostics.Length);
        Assert.NotEqual(Faulty().Diagnostics.Select(d => d.Line), later.Diagnostics.Select(d => d.Line));
        var comparison = baseline.Compare([later]);
        Assert.Equal(3, comparison.UnchangedCount);
        Assert.Equal(0, comparison.NewCount);
        Assert.Empty(comparison.Absent);
        Assert.Empty(comparison.NewDiagnostics(later));
    }

    private static ICatalogRule Repeating(int times) => CatalogRule.Create(
        new RuleDescriptor { Id = "ACME0001", Title = "Twice", Category = RuleCategory.SourcesAndText, DefaultSeverity = Severity.Warning, EnglishMessage = "The meeting {0} again.", Description = "Why.", Fix = "Fix.", HelpUri = "docs/x" },
        context =>
        {
            for (var i = 0; i < times; i++)
            {
                context.Report("meetings[talks-1]", "talks-1");
            }
        });

    [Fact]
    public void The_same_finding_twice_is_matched_as_many_times_as_the_baseline_has_it()
    {
        ValidationReport Run(int times) => Report(Options().WithRules(BuiltInRules.All.Add(Repeating(times))), Name);
        var two = Run(2);
        Assert.Equal(2, two.Diagnostics.Length);
        Assert.Equal(two.Diagnostics[0].Fingerprint, two.Diagnostics[1].Fingerprint);
        Assert.Equal(2, two.WarningCount);

        var once = Baseline.Parse(ReportOutput.Sarif(Run(1)), "once.sarif");
        var moreNow = once.Compare([two]);
        Assert.Equal((1, 1), (moreNow.UnchangedCount, moreNow.NewCount));
        Assert.Single(moreNow.NewDiagnostics(two));
        Assert.Empty(moreNow.Absent);

        var twice = Baseline.Parse(ReportOutput.Json(two), "twice.json");
        Assert.Equal(2, twice.Entries.Length);
        var fewerNow = twice.Compare([Run(1)]);
        Assert.Equal((1, 0), (fewerNow.UnchangedCount, fewerNow.NewCount));
        Assert.Single(fewerNow.Absent);
        Assert.Equal((2, 0), (twice.Compare([two]).UnchangedCount, twice.Compare([two]).Absent.Length));
    }

    [Fact]
    public void Suppressed_findings_are_known_to_a_baseline()
    {
        var report = Report(Suppressed);
        Assert.Empty(report.Diagnostics);
        Assert.Single(report.SuppressedDiagnostics);
        var sarif = Baseline.Parse(ReportOutput.Sarif(report), "known.sarif");
        var json = Baseline.Parse(ReportOutput.Json(report), "known.json");
        Assert.Equal("COOP1003", sarif.Entries.Single().RuleId);
        Assert.Equal(Keys(sarif), Keys(json));

        // The suppression removed: the finding is active, and known.
        var active = Report(UnknownInstitution);
        var comparison = json.Compare([active]);
        Assert.Equal(BaselineState.Unchanged, comparison.StateOf(active.Diagnostics.Single()));
        Assert.Empty(comparison.NewDiagnostics(active));
        Assert.Equal(BaselineState.Unchanged, sarif.Compare([report]).StateOf(report.SuppressedDiagnostics.Single()));
    }

    [Fact]
    public void Sarif_against_a_baseline_gives_every_result_its_state_and_the_absent_ones_which_read_back_as_nothing()
    {
        var baseline = Baseline.Parse(ReportOutput.Sarif(Faulty()), "known.sarif");
        var after = Report(UnknownInstitution, TalksFiveLongPast, UnknownSpeaker, t =>
        {
            Entity(t, "meetings", "talks-5")["suppressions"] = Json("""[{ "rule": "COOP3005", "justification": "No source says." }]""");
        });
        Assert.Single(after.SuppressedDiagnostics);
        var comparison = baseline.Compare([after]);
        var bytes = Sarif(after, comparison);
        using var document = JsonDocument.Parse(bytes);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(4, results.Length);
        Assert.All(results, r => Assert.True(r.TryGetProperty("baselineState", out _), r.ToString()));
        string StateOf(string rule) => results.Single(r => r.GetProperty("ruleId").GetString() == rule).GetProperty("baselineState").GetString()!;
        Assert.Equal("unchanged", StateOf("COOP1003"));
        Assert.Equal("unchanged", StateOf("COOP3005"));
        Assert.Equal("new", StateOf("COOP1008"));
        Assert.Equal("absent", StateOf("COOP2001"));
        var absent = results.Single(r => r.GetProperty("ruleId").GetString() == "COOP2001");
        Assert.Equal(baseline.Entries.Single(e => e.RuleId == "COOP2001").Fingerprint, absent.GetProperty("partialFingerprints").GetProperty("cooperation/v1").GetString());
        Assert.Equal("mechanisms[mx-ca-talks].parties", absent.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.True(results.Single(r => r.GetProperty("ruleId").GetString() == "COOP3005").TryGetProperty("suppressions", out _));

        // Without a comparison, no state.
        using var plain = JsonDocument.Parse(Sarif(after));
        Assert.All(plain.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => Assert.False(r.TryGetProperty("baselineState", out _)));

        // Read back as a baseline, the absent result is not a finding of that run.
        var next = Baseline.Parse(bytes, "next.sarif");
        Assert.Equal(3, next.Entries.Length);
        Assert.DoesNotContain(next.Entries, e => e.RuleId == "COOP2001");
        Assert.Equal(0, next.Compare([after]).NewCount);
    }

    [Fact]
    public void Json_against_a_baseline_gives_every_diagnostic_its_state_and_lists_the_absent_ones()
    {
        var baseline = Baseline.Parse(ReportOutput.Json(Faulty()), "known.json");
        var after = Report(UnknownInstitution, UnknownSpeaker, t => TalksFiveLongPast(t), t => Entity(t, "meetings", "talks-5")["suppressions"] = Json("""[{ "rule": "COOP3005", "justification": "No source says." }]"""));
        var comparison = baseline.Compare([after]);
        using var document = JsonDocument.Parse(JsonReport(after, comparison));
        var root = document.RootElement;
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(2, diagnostics.Length);
        Assert.Equal("new", diagnostics.Single(d => d.GetProperty("id").GetString() == "COOP1008").GetProperty("baselineState").GetString());
        Assert.Equal("unchanged", diagnostics.Single(d => d.GetProperty("id").GetString() == "COOP1003").GetProperty("baselineState").GetString());
        Assert.Equal("unchanged", root.GetProperty("suppressed")[0].GetProperty("baselineState").GetString());
        var absent = root.GetProperty("absent").EnumerateArray().Single();
        Assert.Equal("absent", absent.GetProperty("baselineState").GetString());
        Assert.Equal(baseline.Entries.Single(e => e.RuleId == "COOP2001").Fingerprint, absent.GetProperty("fingerprint").GetString());

        using var plain = JsonDocument.Parse(JsonReport(after));
        Assert.False(plain.RootElement.TryGetProperty("absent", out _));
        Assert.False(plain.RootElement.GetProperty("diagnostics")[0].TryGetProperty("baselineState", out _));
    }

    [Fact]
    public void The_embedded_reference_catalog_matches_its_own_baseline_in_sarif_and_in_json()
    {
        var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithAsOf(new LocalDate(2026, 11, 27)));
        var findings = report.Diagnostics.Length + report.SuppressedDiagnostics.Length;
        Assert.True(findings > 0);

        var sarif = Baseline.Parse(ReportOutput.Sarif(report), "reference.sarif").Compare([report]);
        Assert.Equal((findings, 0), (sarif.UnchangedCount, sarif.NewCount));
        Assert.Empty(sarif.Absent);

        var json = Baseline.Parse(ReportOutput.Json(report), "reference.json").Compare([report]);
        Assert.Equal((findings, 0), (json.UnchangedCount, json.NewCount));
        Assert.Empty(json.Absent);
    }

    private static string SarifText(Action<JsonObject> change)
    {
        var log = JsonNode.Parse(ReportOutput.Sarif(Faulty()))!.AsObject();
        change(log);
        return log.ToJsonString();
    }

    public static TheoryData<string, string> BadBaselines() => new()
    {
        { "not json {", "Not valid JSON: " },
        { "", "Not valid JSON: " },
        { "{\"format\": \"cooperation-diagnostics/1\"} []", "Not valid JSON: " },
        { "{} []", "Neither a SARIF log (no \"version\" and \"runs\") nor a JSON report of this library (no \"format\")." },
        { "3", "Neither a SARIF log nor a JSON report: the document is not a JSON object." },
        { """{"hello": 1}""", "Neither a SARIF log (no \"version\" and \"runs\") nor a JSON report of this library (no \"format\")." },
        { SarifText(l => l["runs"]![0]!["tool"]!["driver"]!["name"] = "ESLint"), "runs[0] was written by \"ESLint\", not by Cooperation.Domain: its findings cannot be matched with this library's." },
        { SarifText(l => l["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name")), "runs[0] was written by an unnamed tool, not by Cooperation.Domain: its findings cannot be matched with this library's." },
        { SarifText(l => l["version"] = "2.0.0"), "A SARIF baseline is version 2.1.0 (this log says \"2.0.0\")." },
        { SarifText(l => l.Remove("version")), "A SARIF baseline is version 2.1.0 (this log says nothing)." },
        { SarifText(l => l["runs"] = new JsonObject()), "A SARIF log has \"runs\", an array." },
        { SarifText(l => l["runs"]![0]!["results"]![1]!.AsObject().Remove("partialFingerprints")), "runs[0].results[1] has no \"cooperation/v1\" partial fingerprint (a log from an older version, or edited?)" },
        { SarifText(l => l["runs"]![0]!["results"]![0]!["level"] = "fatal"), "runs[0].results[0].level is \"fatal\": expected error, warning or note." },
        { """{"format": "cooperation-diagnostics/2", "diagnostics": []}""", "\"cooperation-diagnostics/2\" is not a report format this version reads as a baseline: expected \"cooperation-diagnostics/1\"." },
        { """[{"format": "cooperation-diagnostics/2", "diagnostics": []}]""", "\"cooperation-diagnostics/2\" is not a report format this version reads as a baseline: expected \"cooperation-diagnostics/1\"." },
        { """[{"format": "cooperation-diagnostics/1", "diagnostics": []}, 7]""", "[1] is not a JSON report of this library (no \"format\")." },
        { """{"format": "cooperation-diagnostics/1", "diagnostics": [{"id": "COOP2001", "severity": "error", "path": "mechanisms[x]", "message": "m"}]}""", "diagnostics[0] has no \"fingerprint\" (a report from an older version, or edited?)" },
        { """{"format": "cooperation-diagnostics/1", "diagnostics": {}}""", "\"diagnostics\" is an array." },
        { """{"format": "cooperation-diagnostics/1", "suppressed": [{"id": "COOP2001", "severity": "Error", "path": "mechanisms[x]", "message": "m", "fingerprint": "0123"}]}""", "suppressed[0].severity is \"Error\": expected error, warning or info." },
        { """{"format": "cooperation-diagnostics/1", "diagnostics": [{"severity": "error", "path": "mechanisms[x]", "message": "m", "fingerprint": "0123"}]}""", "diagnostics[0].id is missing or not a string." },
    };

    [Theory]
    [MemberData(nameof(BadBaselines))]
    public void What_is_not_a_baseline_is_refused_naming_the_file(string text, string reason)
    {
        var error = Assert.Throws<BaselineFormatException>(() => Baseline.Parse(Encoding.UTF8.GetBytes(text), "ci/known.sarif"));
        Assert.Equal("ci/known.sarif", error.File);
        Assert.IsAssignableFrom<FormatException>(error);
        if (reason.EndsWith(": ", StringComparison.Ordinal))
        {
            Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(reason, error.Reason);
        }

        Assert.NotNull(error.Line);
        Assert.Equal($"ci/known.sarif:{error.Line}: {error.Reason}", error.Message);
    }

    [Fact]
    public void A_json_report_without_diagnostics_is_an_empty_baseline_and_a_byte_order_mark_is_allowed()
    {
        var empty = Baseline.Parse(Encoding.UTF8.GetBytes("""{"format": "cooperation-diagnostics/1"}"""), "empty.json");
        Assert.Empty(empty.Entries);
        var report = Faulty();
        var all = empty.Compare([report]);
        Assert.Equal(3, all.NewCount);
        Assert.Equal(report.Diagnostics.ToArray(), all.NewDiagnostics(report).ToArray());

        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(ReportOutput.Sarif(report)).ToArray();
        Assert.Equal(3, Baseline.Parse(bom, "bom.sarif").Entries.Length);
        Assert.Empty(Baseline.From([]).Entries);
    }

    [Fact]
    public void Loading_a_missing_file_is_a_baseline_format_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coop-missing-{Guid.NewGuid():N}.sarif");
        var error = Assert.Throws<BaselineFormatException>(() => Baseline.Load(path));
        Assert.Equal(path, error.File);
        Assert.StartsWith($"{path}: The baseline cannot be read: ", error.Message, StringComparison.Ordinal);

        var file = Path.Combine(Path.GetTempPath(), $"coop-baseline-{Guid.NewGuid():N}.sarif");
        File.WriteAllBytes(file, ReportOutput.Sarif(Faulty()));
        try
        {
            var loaded = Baseline.Load(file);
            Assert.Equal(file, loaded.Name);
            Assert.Equal(3, loaded.Entries.Length);
        }
        finally
        {
            File.Delete(file);
        }
    }
    // One file, named in every way a user or a script spells it.
    public static TheoryData<string> Spellings => new()
    {
        "data/c.json",
        "data/./c.json",
        "data//c.json",
        "data/../data/c.json",
        "./data/sub/../c.json",
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void A_document_is_keyed_by_its_normalised_path_relative_to_the_root_however_it_is_spelt(string spelling)
    {
        var root = Path.Combine(Path.GetTempPath(), "cooperation-keys", "clone");
        var absolute = Path.Combine(root, spelling);
        var options = Options().WithDocumentRoot(root);
        var written = Report(options, Path.Combine(root, "data", "c.json"), BilateralWithThirdMember);
        var checkedAgain = Report(options, absolute, BilateralWithThirdMember);
        Assert.Equal("data/c.json", written.DocumentKey);
        Assert.Equal("data/c.json", checkedAgain.DocumentKey);

        // With the root at the catalog's folder (as a configuration marked root there gives), the key is the file's name.
        Assert.Equal("c.json", Report(Options().WithDocumentRoot(Path.Combine(root, "data")), absolute, BilateralWithThirdMember).DocumentKey);

        var comparison = Baseline.Parse(ReportOutput.Sarif(written), "known.sarif").Compare([checkedAgain]);
        Assert.Equal(BaselineState.Unchanged, comparison.StateOf(checkedAgain.Diagnostics.Single()));
        Assert.Empty(comparison.Absent);
        Assert.Empty(comparison.NotChecked);
    }

    [Fact]
    public void A_baseline_written_in_one_clone_matches_the_same_document_in_another_clone()
    {
        // Two checkouts in different folders: the absolute paths differ, the keys relative to each clone do not.
        var first = Path.Combine(Path.GetTempPath(), "cooperation-keys", "one", "repository");
        var second = Path.Combine(Path.GetTempPath(), "elsewhere", "two");
        var written = Report(Options().WithDocumentRoot(first), Path.Combine(first, "data", "c.json"), BilateralWithThirdMember, UnknownInstitution);
        foreach (var baseline in new[] { Baseline.Parse(ReportOutput.Sarif(written), "known.sarif"), Baseline.Parse(ReportOutput.Json(written), "known.json") })
        {
            var again = Report(Options().WithDocumentRoot(second), Path.Combine(second, "data", "c.json"), BilateralWithThirdMember, UnknownInstitution);
            var comparison = baseline.Compare([again]);
            Assert.All(again.Diagnostics, d => Assert.Equal(BaselineState.Unchanged, comparison.StateOf(d)));
            Assert.Equal(2, comparison.UnchangedCount);
        }
    }

    [Fact]
    public void A_document_outside_the_root_keeps_a_relative_key_that_climbs_out_and_one_that_is_no_file_keeps_its_name()
    {
        var root = Path.Combine(Path.GetTempPath(), "cooperation-keys", "clone", "data");
        Assert.Equal("../shared/c.json", Report(Options().WithDocumentRoot(root), Path.Combine(root, "..", "shared", "c.json")).DocumentKey);

        // Relative to the working directory when no root is given.
        var relative = Report(Options(), "data/./c.json");
        Assert.Equal("data/c.json", relative.DocumentKey);
        Assert.Null(relative.Options.DocumentRoot);

        Assert.Equal(ReferenceCatalog.Document.Name, Validator.Validate(ReferenceCatalog.Document, Options()).DocumentKey);
        Assert.Null(Validator.Validate(Clean(), Options()).DocumentKey);
    }

    [Fact]
    public void A_configuration_marked_root_is_the_root_of_the_documents_it_applies_to()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cooperation-keys", "configured", "data");
        var name = Path.Combine(folder, ValidationConfiguration.FileName);
        var rooted = ValidationConfiguration.Parse("""{"root": true}"""u8, name);
        Assert.Equal(folder, rooted.RootDirectory);
        Assert.Equal(folder, rooted.ApplyTo(Options(), new LocalDate(2026, 1, 1)).DocumentRoot);

        // A nearer file without "root" keeps the root of the one above it; a configuration without one leaves the working directory.
        var nearer = ValidationConfiguration.Parse("""{"language": "es"}"""u8, Path.Combine(folder, "team", ValidationConfiguration.FileName));
        Assert.Equal(folder, rooted.Then(nearer).RootDirectory);
        Assert.Null(nearer.RootDirectory);
        Assert.Null(nearer.ApplyTo(Options(), new LocalDate(2026, 1, 1)).DocumentRoot);
    }
}
