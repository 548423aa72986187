using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Domain.Rules;
using NodaTime;
using static Cooperation.Domain.Tests.Rules.RuleFixtures;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Suppressions written on entities and in suppressions files: what they accept, what is reported about them, and their errors.</summary>
public sealed class SuppressionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("coop-suppressions-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static ValidationOptions Options() => ValidationOptions.Default.WithAsOf(AsOf).WithSourceTexts(Texts);

    private static JsonNode Json(string json) => JsonNode.Parse(json)!;

    private static void BilateralWithThirdMember(JsonObject tree)
        => Entity(tree, "mechanisms", "mx-ca-talks")["parties"]!.AsArray().Add(Json("""{ "party": "US", "status": "member" }"""));

    private static void UnknownInstitutionAtTalks1(JsonObject tree)
        => Entity(tree, "meetings", "talks-1")["delegations"]![1]!["participants"]![0]!["institution"] = "ca-nope";

    private static ValidationReport Run(Action<JsonObject> change, ValidationOptions? options = null)
    {
        var tree = CleanTree();
        change(tree);
        return Validator.Validate(Read(tree), options ?? Options());
    }

    private static SuppressionFile File(string json, string name = "suppressions.json") => SuppressionFile.Parse(Encoding.UTF8.GetBytes(json), name);

    private static string FileJson(params string[] entries)
        => "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n" + string.Join(",\n", entries.Select(e => "    " + e)) + "\n  ]\n}\n";

    // ----- In place -----

    [Fact]
    public void A_suppression_on_the_entity_moves_its_finding_to_the_suppressed_ones_and_out_of_the_counts()
    {
        var active = Run(BilateralWithThirdMember);
        var finding = active.Diagnostics.Single();
        Assert.Equal("COOP2001", finding.Id);
        Assert.Equal(1, active.ErrorCount);

        var report = Run(t =>
        {
            BilateralWithThirdMember(t);
            Entity(t, "mechanisms", "mx-ca-talks")["suppressions"] = Json("""[{ "rule": "COOP2001", "justification": "  The source lists the United States as a member.  " }]""");
        });
        Assert.Empty(report.Diagnostics);
        Assert.True(report.IsClean);
        Assert.False(report.HasErrors);
        Assert.Equal(0, report.ErrorCount);
        Assert.Equal(0, report.Count(Severity.Error));
        Assert.Equal(1, report.SuppressedCount);
        var suppressed = report.SuppressedDiagnostics.Single();
        Assert.True(suppressed.IsSuppressed);
        Assert.Equal((finding.Id, finding.Path, finding.Message, finding.Severity, finding.Fingerprint), (suppressed.Id, suppressed.Path, suppressed.Message, suppressed.Severity, suppressed.Fingerprint));
        Assert.Equal(new DiagnosticSuppression(SuppressionKind.InSource, "The source lists the United States as a member.", "mechanisms[mx-ca-talks].suppressions[0]"), suppressed.Suppression);
        Assert.Equal("inSource", suppressed.Suppression!.KindName);
        Assert.False(finding.IsSuppressed);
        Assert.Equal("0 errors, 0 warnings, 0 infos; 1 suppressed", report.ToString());
        Assert.EndsWith("; 1 suppressed", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_covers_paths_within_its_entity_but_not_another_rule_nor_a_neighbour_whose_id_starts_alike()
    {
        var report = Run(t =>
        {
            UnknownInstitutionAtTalks1(t);
            Entity(t, "meetings", "talks-1")["suppressions"] = Json("""[{ "rule": "COOP1003", "justification": "Known." }]""");

            // talks-10, whose identifier starts with talks-1, has the same finding; and talks-1 has one of another rule.
            var copy = Entity(t, "meetings", "talks-1").DeepClone().AsObject();
            copy["id"] = "talks-10";
            copy.Remove("ordinal");
            copy.Remove("suppressions");
            copy.Remove("statements");
            copy["start"] = "2019-04-11";
            copy["status"] = "held";
            t["meetings"]!.AsArray().Add(copy);
            Entity(t, "meetings", "talks-1")["mechanism"] = "mx-ca-nope";
        });
        var suppressed = report.SuppressedDiagnostics.Single();
        Assert.Equal(("COOP1003", "meetings[talks-1].delegations[CA].participants[0]"), (suppressed.Id, suppressed.Path));
        Assert.Contains(report.Diagnostics, d => d.Id == "COOP1003" && d.Path == "meetings[talks-10].delegations[CA].participants[0]");
        Assert.Contains(report.Diagnostics, d => d.Id == "COOP1002" && d.Path == "meetings[talks-1].mechanism");
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "COOP8001");
    }

    [Fact]
    public void Suppressions_set_on_the_model_apply_on_each_kind_of_entity()
    {
        var tree = CleanTree();
        BilateralWithThirdMember(tree);
        tree["sources"]!.AsArray().Add(Json("""{ "id": "s-unused", "title": { "es": "Nota", "en": "Note" }, "publisher": { "es": "SRE", "en": "SRE" }, "date": "2020", "language": "es", "kind": "press-release" }"""));
        var catalog = Read(tree);
        Assert.Equal(new[] { "COOP2001", "COOP7005" }, Validator.Validate(catalog, Options()).Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));

        Assert.True(catalog.TryGetMechanism(MechanismId.Parse("mx-ca-talks"), out var mechanism));
        Assert.True(catalog.TryGetSource(SourceId.Parse("s-unused"), out var source));
        var suppressed = catalog
            .With(mechanism.WithSuppressions([new Suppression("COOP2001", "As the source says.")]))
            .With(source.WithSuppressions([new Suppression("COOP7005", "Kept for later.")]));
        var report = Validator.Validate(suppressed, Options());
        Assert.Empty(report.Diagnostics);
        Assert.Equal(
            new[] { "mechanisms[mx-ca-talks].suppressions[0]", "sources[s-unused].suppressions[0]" },
            report.SuppressedDiagnostics.Select(d => d.Suppression!.Location).Order(StringComparer.Ordinal));
        Assert.Equal("0 errors, 0 warnings, 0 infos; 2 suppressed", report.ToString());
    }

    [Fact]
    public void A_suppression_that_accepts_nothing_is_a_warning_at_the_suppression()
    {
        var report = Run(t => Entity(t, "meetings", "talks-1")["suppressions"] = Json("""[{ "rule": "COOP7005", "justification": "x" }, { "rule": "COOP5001", "justification": "Thought to have no head." }]"""));
        var unused = report.Diagnostics.Where(d => d.Id == "COOP8001").OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        Assert.Equal(2, unused.Length);
        Assert.Equal("meetings[talks-1].suppressions[0]", unused[0].Path);
        Assert.Equal("meetings[talks-1].suppressions[1]", unused[1].Path);
        Assert.All(unused, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("The suppression of COOP5001 at meetings[talks-1].suppressions[1] matches no finding.", unused[1].Message);
        Assert.Equal(2, report.WarningCount);
        Assert.Empty(report.SuppressedDiagnostics);
    }

    [Theory]
    [InlineData("COOP9999")]
    [InlineData("ACME0001")]
    public void A_suppression_of_a_rule_that_does_not_exist_is_an_error(string rule)
    {
        var report = Run(t => Entity(t, "people", "ana-uno")["suppressions"] = Json($$"""[{ "rule": "{{rule}}", "justification": "A typo." }]"""));
        var error = report.Diagnostics.Single();
        Assert.Equal("COOP8002", error.Id);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("people[ana-uno].suppressions[0]", error.Path);
        Assert.Equal($"The suppression at people[ana-uno].suppressions[0] names {rule}, which is neither a built-in rule nor a rule of the rule set.", error.Message);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void A_suppression_of_a_custom_rule_in_the_rule_set_is_known()
    {
        var rule = CatalogRule.Create(
            new RuleDescriptor { Id = "ACME0001", Title = "Mine", Category = RuleCategory.SourcesAndText, DefaultSeverity = Severity.Error, EnglishMessage = "x", Description = "Why.", Fix = "Fix.", HelpUri = "docs/x" },
            static c => c.Report("people[ana-uno]"));
        var report = Run(t => Entity(t, "people", "ana-uno")["suppressions"] = Json("""[{ "rule": "ACME0001", "justification": "Ours." }]"""), Options().WithRules(BuiltInRules.All.Add(rule)));
        Assert.Empty(report.Diagnostics);
        Assert.Equal("ACME0001", report.SuppressedDiagnostics.Single().Id);
    }

    [Fact]
    public void A_suppression_of_a_rule_that_did_not_run_is_not_reported()
    {
        static void SuppressOnTalks5(JsonObject t, string rule) => Entity(t, "meetings", "talks-5")["suppressions"] = Json($$"""[{ "rule": "{{rule}}", "justification": "Known." }]""");

        // No as-of date: COOP3005 does not run.
        var noAsOf = Run(t => SuppressOnTalks5(t, "COOP3005"), ValidationOptions.Default.WithSourceTexts(Texts));
        Assert.True(noAsOf.IsClean, string.Join("\n", noAsOf.Diagnostics));

        // Turned off.
        var off = Run(t => SuppressOnTalks5(t, "COOP5001"), Options().WithRuleDisabled("COOP5001"));
        Assert.True(off.IsClean, string.Join("\n", off.Diagnostics));
        Assert.Contains(Run(t => SuppressOnTalks5(t, "COOP5001")).Diagnostics, d => d.Id == "COOP8001");

        // Below the minimum severity: COOP7003 is an info, COOP8001 a warning.
        var below = Run(t => SuppressOnTalks5(t, "COOP7003"), Options().WithMinimumSeverity(Severity.Warning));
        Assert.True(below.IsClean, string.Join("\n", below.Diagnostics));
        Assert.Contains(Run(t => SuppressOnTalks5(t, "COOP7003")).Diagnostics, d => d.Id == "COOP8001" && d.Path == "meetings[talks-5].suppressions[0]");

        // No archived copies: COOP7006 does not run.
        var noTexts = Run(t => SuppressOnTalks5(t, "COOP7006"), ValidationOptions.Default.WithAsOf(AsOf));
        Assert.True(noTexts.IsClean, string.Join("\n", noTexts.Diagnostics));

        // A built-in rule left out of a narrowed rule set is neither unknown nor unused.
        var narrowed = Run(t => SuppressOnTalks5(t, "COOP5001"), Options().WithRules(BuiltInRules.All.Only(RuleCategory.Suppressions)));
        Assert.True(narrowed.IsClean, string.Join("\n", narrowed.Diagnostics));
    }

    [Fact]
    public void A_time_dependent_rule_s_suppression_is_not_stale_while_its_subject_exists_and_accepts_its_finding_when_due()
    {
        static void Suppress(JsonObject t) => Entity(t, "meetings", "talks-5")["suppressions"] = Json("""[{ "rule": "COOP3005", "justification": "No source says what happened." }]""");
        var notYet = Run(Suppress);
        Assert.True(notYet.IsClean, string.Join("\n", notYet.Diagnostics));
        Assert.Empty(notYet.SuppressedDiagnostics);

        // (By then the talks are overdue too, which is COOP3006's finding, not this one's.)
        var due = Run(Suppress, Options().WithAsOf(new LocalDate(2024, 1, 1)).WithRuleDisabled("COOP3006"));
        Assert.True(due.IsClean, string.Join("\n", due.Diagnostics));
        Assert.Equal(("COOP3005", "meetings[talks-5].status"), (due.SuppressedDiagnostics.Single().Id, due.SuppressedDiagnostics.Single().Path));

        // In a file, for a meeting the catalog does not have, it is stale.
        var file = File(FileJson("""{"rule": "COOP3005", "path": "meetings[talks-99]", "justification": "Gone."}"""));
        var stale = Validator.Validate(Clean(), Options().WithSuppressions(file)).Diagnostics.Single();
        Assert.Equal(("COOP8001", "meetings[talks-99]"), (stale.Id, stale.Path));
        Assert.Equal("The suppression of COOP3005 at suppressions.json:4 matches no finding: the catalog has no meetings[talks-99].", stale.Message);
    }

    [Fact]
    public void Two_suppressions_of_one_rule_on_one_entity_are_refused()
    {
        var meeting = Clean().Meetings.Single(m => m.Id.ToString() == "talks-1");
        var error = Assert.Throws<ArgumentException>(() => meeting.WithSuppressions([new Suppression("COOP5001", "One."), new Suppression("COOP5001", "Two.")]));
        Assert.Contains("COOP5001", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => meeting.WithSuppressions([new Suppression("COOP5001", "One."), null!]));

        var tree = CleanTree();
        Entity(tree, "meetings", "talks-1")["suppressions"] = Json("""[{ "rule": "COOP5001", "justification": "One." }, { "rule": "COOP5001", "justification": "Two." }]""");
        Assert.Throws<CooperationJsonException>(() => Read(tree));
    }

    [Theory]
    [InlineData("COOP5001", "")]
    [InlineData("COOP5001", "   ")]
    [InlineData("COOP5001", "bad\u0007bell")]
    [InlineData("coop5001", "Lower case.")]
    [InlineData("COOP501", "Three digits.")]
    [InlineData("", "No rule.")]
    public void A_suppression_needs_a_rule_id_and_a_justification(string rule, string justification)
    {
        Assert.Throws<ArgumentException>(() => new Suppression(rule, justification));
        var tree = CleanTree();
        Entity(tree, "meetings", "talks-1")["suppressions"] = new JsonArray(new JsonObject { ["rule"] = rule, ["justification"] = justification });
        Assert.Throws<CooperationJsonException>(() => Read(tree));
    }

    [Fact]
    public void Justifications_are_trimmed_and_at_most_a_thousand_characters()
    {
        Assert.Equal("Why.", new Suppression("COOP5001", "  Why.  ").Justification);
        Assert.Equal(1000, new Suppression("COOP5001", new string('x', 1000)).Justification.Length);
        Assert.Throws<ArgumentException>(() => new Suppression("COOP5001", new string('x', 1001)));
        Assert.Equal(new Suppression("COOP5001", "Why."), new Suppression("COOP5001", " Why. "));
        Assert.NotEqual(new Suppression("COOP5001", "Why."), new Suppression("COOP5002", "Why."));
        Assert.Equal("COOP5001: Why.", new Suppression("COOP5001", "Why.").ToString());
    }

    [Fact]
    public void Suppressed_findings_and_unused_suppressions_carry_lines_when_validated_as_a_document()
    {
        var tree = CleanTree();
        BilateralWithThirdMember(tree);
        Entity(tree, "mechanisms", "mx-ca-talks")["suppressions"] = Json("""[{ "rule": "COOP2001", "justification": "As the source says." }]""");
        Entity(tree, "meetings", "talks-2")["suppressions"] = Json("""[{ "rule": "COOP5001", "justification": "Nothing to accept." }]""");
        var json = tree.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var lines = json.Split('\n');
        var report = Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(json), "catalog.json"), Options());

        var suppressed = report.SuppressedDiagnostics.Single();
        Assert.Equal("mechanisms[mx-ca-talks].parties", suppressed.Path);
        Assert.NotNull(suppressed.Line);
        Assert.Contains("\"parties\"", lines[suppressed.Line!.Value - 1], StringComparison.Ordinal);
        var plain = Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(json), "catalog.json"), Options().WithRuleDisabled("COOP8001"));
        Assert.Equal(suppressed.Line, plain.SuppressedDiagnostics.Single().Line);

        var unused = report.Diagnostics.Single();
        Assert.Equal(("COOP8001", "meetings[talks-2].suppressions[0]"), (unused.Id, unused.Path));
        Assert.NotNull(unused.Line);
        Assert.Contains("COOP5001", lines[unused.Line!.Value - 1] + lines[unused.Line.Value], StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_with_suppressions_writes_them_last_and_reads_back_equal()
    {
        var tree = CleanTree();
        Entity(tree, "meetings", "talks-2")["suppressions"] = Json("""[{ "rule": "COOP5001", "justification": "Uno." }, { "rule": "COOP3005", "justification": "Dos." }]""");
        Entity(tree, "institutions", "mx-inm")["suppressions"] = Json("""[{ "rule": "COOP1003", "justification": "Tres." }]""");
        Entity(tree, "people", "ana-uno")["suppressions"] = Json("""[{ "rule": "COOP1009", "justification": "Cuatro." }]""");
        Entity(tree, "sources", "s-old")["suppressions"] = Json("""[{ "rule": "COOP7005", "justification": "Cinco." }]""");
        Entity(tree, "mechanisms", "crm")["suppressions"] = Json("""[{ "rule": "COOP2001", "justification": "Seis." }]""");
        var catalog = Read(tree);

        var written = CooperationJson.WriteCatalog(catalog);
        var back = CooperationJson.ReadCatalog(written);
        // The catalog compares by reference; its entities by value.
        Assert.Equal(catalog.Sources.ToArray(), back.Sources.ToArray());
        Assert.Equal(catalog.Institutions.ToArray(), back.Institutions.ToArray());
        Assert.Equal(catalog.People.ToArray(), back.People.ToArray());
        Assert.Equal(catalog.Mechanisms.ToArray(), back.Mechanisms.ToArray());
        Assert.Equal(catalog.Meetings.ToArray(), back.Meetings.ToArray());
        Assert.Equal(written, CooperationJson.WriteCatalog(back));

        var writtenTree = JsonNode.Parse(written)!.AsObject();
        foreach (var (collection, id, count) in new[] { ("meetings", "talks-2", 2), ("institutions", "mx-inm", 1), ("people", "ana-uno", 1), ("sources", "s-old", 1), ("mechanisms", "crm", 1) })
        {
            var entity = Entity(writtenTree, collection, id);
            Assert.Equal("suppressions", entity.Last().Key);
            Assert.Equal(count, entity["suppressions"]!.AsArray().Count);
            Assert.Equal(new[] { "rule", "justification" }, entity["suppressions"]![0]!.AsObject().Select(p => p.Key));
        }

        var meeting = back.Meetings.Single(m => m.Id.ToString() == "talks-2");
        Assert.Equal(new[] { new Suppression("COOP5001", "Uno."), new Suppression("COOP3005", "Dos.") }, meeting.Suppressions.ToArray());

        // A single meeting, alone.
        var alone = CooperationJson.Write(meeting);
        Assert.Equal(meeting, CooperationJson.Read<Meeting>(alone));
        Assert.EndsWith("]}", Encoding.UTF8.GetString(alone).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // Without suppressions nothing is written, and an entity differing only by them is not equal.
        Assert.DoesNotContain("suppressions", Encoding.UTF8.GetString(CooperationJson.WriteCatalog(Clean())), StringComparison.Ordinal);
        Assert.NotEqual(meeting, meeting.WithSuppressions([]));
        Assert.Empty(Clean().Meetings[0].Suppressions);
    }

    public static TheoryData<string> EntityTypes() => ["Source", "Institution", "Person", "Mechanism", "Meeting"];

    [Theory]
    [MemberData(nameof(EntityTypes))]
    public void Every_other_With_method_keeps_the_suppressions(string typeName)
    {
        var tree = CleanTree();
        var (collection, id) = typeName switch
        {
            "Source" => ("sources", "s-talks-2022"),
            "Institution" => ("institutions", "mx-inm"),
            "Person" => ("people", "ana-uno"),
            "Mechanism" => ("mechanisms", "crm"),
            _ => ("meetings", "talks-1"),
        };
        Entity(tree, collection, id)["suppressions"] = Json("""[{ "rule": "COOP5001", "justification": "Kept." }]""");
        var catalog = Read(tree);
        object entity = typeName switch
        {
            "Source" => catalog.Sources.Single(e => e.Id.ToString() == id),
            "Institution" => catalog.Institutions.Single(e => e.Id.ToString() == id),
            "Person" => catalog.People.Single(e => e.Id.ToString() == id),
            "Mechanism" => catalog.Mechanisms.Single(e => e.Id.ToString() == id),
            _ => catalog.Meetings.Single(e => e.Id.ToString() == id),
        };
        var type = entity.GetType();
        Assert.Equal(typeName, type.Name);
        var expected = ImmutableArray.Create(new Suppression("COOP5001", "Kept."));
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("With", StringComparison.Ordinal) && m.Name != "WithSuppressions" && m.ReturnType == type && m.GetParameters().Length == 1)
            .ToArray();
        Assert.True(methods.Length >= 5, $"{methods.Length} With… methods on {typeName}");
        var tried = 0;
        foreach (var method in methods)
        {
            var property = type.GetProperty(method.Name["With".Length..]);
            if (property is null || property.PropertyType != method.GetParameters()[0].ParameterType)
            {
                continue;
            }

            var copy = method.Invoke(entity, [property.GetValue(entity)])!;
            var kept = (ImmutableArray<Suppression>)type.GetProperty("Suppressions")!.GetValue(copy)!;
            Assert.True(expected.SequenceEqual(kept), $"{typeName}.{method.Name} lost the suppressions.");
            Assert.Equal(entity, copy);
            tried++;
        }

        Assert.True(tried >= 5, $"Only {tried} With… methods of {typeName} were tried.");
    }

    // ----- Suppressions files -----

    [Fact]
    public void A_suppressions_file_accepts_findings_by_path_as_external_suppressions()
    {
        var json = FileJson(
            """{"rule": "COOP2001", "path": "mechanisms[mx-ca-talks]", "justification": "As the source says."}""",
            """{"rule": "COOP1003", "path": "meetings[talks-1].delegations[CA]", "justification": "The ministry is not in the catalog yet."}""");
        var file = File(json, "data/catalog.suppressions.json");
        Assert.Equal("data/catalog.suppressions.json", file.Name);
        Assert.Equal(2, file.Entries.Length);
        Assert.Equal(new ExternalSuppression("COOP2001", "mechanisms[mx-ca-talks]", "As the source says.", "data/catalog.suppressions.json", 4), file.Entries[0]);
        Assert.Equal("data/catalog.suppressions.json:5", file.Entries[1].Location);

        var options = Options().WithSuppressions(file);
        Assert.Same(file, options.Suppressions);
        Assert.Same(file, options.WithLanguage(Language.Spanish).WithAsOf(null).WithRuleDisabled("COOP7003").WithMinimumSeverity(Severity.Warning).Suppressions);
        var report = Run(t =>
        {
            BilateralWithThirdMember(t);
            UnknownInstitutionAtTalks1(t);
        }, options);
        Assert.True(report.IsClean, string.Join("\n", report.Diagnostics));
        Assert.Equal(2, report.SuppressedCount);
        var byRule = report.SuppressedDiagnostics.ToDictionary(d => d.Id);
        Assert.Equal(new DiagnosticSuppression(SuppressionKind.External, "As the source says.", "data/catalog.suppressions.json:4"), byRule["COOP2001"].Suppression);
        Assert.Equal("external", byRule["COOP2001"].Suppression!.KindName);
        Assert.Equal("meetings[talks-1].delegations[CA].participants[0]", byRule["COOP1003"].Path);
        Assert.Equal("data/catalog.suppressions.json:5", byRule["COOP1003"].Suppression!.Location);

        // Without the file, both are active again.
        Assert.Equal(2, Run(t =>
        {
            BilateralWithThirdMember(t);
            UnknownInstitutionAtTalks1(t);
        }, options.WithSuppressions(null)).ErrorCount);
    }

    [Fact]
    public void A_file_s_suppression_that_accepts_nothing_is_reported_at_its_path_naming_file_and_line()
    {
        var file = File(FileJson(
            """{"rule": "COOP5001", "path": "meetings[talks-1]", "justification": "Nothing."}""",
            """{"rule": "COOP2001", "path": "mechanisms[mx-nope].parties", "justification": "Gone."}"""));
        var report = Validator.Validate(Clean(), Options().WithSuppressions(file));
        var unused = report.Diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        Assert.Equal(2, unused.Length);
        Assert.All(unused, d => Assert.Equal(("COOP8001", Severity.Warning), (d.Id, d.Severity)));
        Assert.Equal("mechanisms[mx-nope].parties", unused[0].Path);
        Assert.EndsWith(": the catalog has no mechanisms[mx-nope].", unused[0].Message, StringComparison.Ordinal);
        Assert.Equal("The suppression of COOP2001 at suppressions.json:5 matches no finding: the catalog has no mechanisms[mx-nope].", unused[0].Message);
        Assert.Equal("meetings[talks-1]", unused[1].Path);
        Assert.Equal("The suppression of COOP5001 at suppressions.json:4 matches no finding.", unused[1].Message);

        var spanish = Validator.Validate(Clean(), Options().WithSuppressions(file).WithLanguage(Language.Spanish)).Diagnostics.Single(d => d.Path == "mechanisms[mx-nope].parties");
        Assert.EndsWith(": el catálogo no tiene mechanisms[mx-nope].", spanish.Message, StringComparison.Ordinal);
        Assert.Equal(unused[0].Fingerprint, spanish.Fingerprint);
    }

    [Fact]
    public void A_file_naming_a_rule_neither_built_in_nor_in_the_rule_set_is_refused_naming_file_and_line()
    {
        var file = File(FileJson(
            """{"rule": "COOP5001", "path": "meetings[talks-1]", "justification": "Nothing."}""",
            """{"rule": "ACME0001", "path": "meetings[talks-1]", "justification": "Ours."}"""), "team/suppressions.json");
        var error = Assert.Throws<ValidationConfigurationException>(() => Options().WithSuppressions(file));
        Assert.Equal("team/suppressions.json", error.File);
        Assert.Equal(5, error.Line);
        Assert.Equal("team/suppressions.json:5: The rule ACME0001 is neither built in nor in the rule set.", error.Message);

        var rule = CatalogRule.Create(
            new RuleDescriptor { Id = "ACME0001", Title = "Mine", Category = RuleCategory.SourcesAndText, DefaultSeverity = Severity.Warning, EnglishMessage = "x", Description = "Why.", Fix = "Fix.", HelpUri = "docs/x" },
            static c => c.Report("meetings[talks-1].venues[0]"));
        var report = Validator.Validate(Clean(), Options().WithRules(BuiltInRules.All.Add(rule)).WithSuppressions(file));
        Assert.Equal("ACME0001", report.SuppressedDiagnostics.Single().Id);
        Assert.Equal("team/suppressions.json:5", report.SuppressedDiagnostics.Single().Suppression!.Location);
        Assert.Equal("COOP8001", report.Diagnostics.Single().Id);
    }

    public static TheoryData<string, int, string> FileErrors() => new()
    {
        { "[]", 1, "A suppressions file is a JSON object: {\"format\": \"cooperation-suppressions/1\", \"suppressions\": [...]}." },
        { "{\n  \"format\": \"cooperation-suppressions/2\",\n  \"suppressions\": []\n}", 2, "\"cooperation-suppressions/2\" is not a format this library reads: expected \"cooperation-suppressions/1\"." },
        { "{\n  \"suppressions\": []\n}", 1, "A suppressions file has \"format\": \"cooperation-suppressions/1\" and \"suppressions\"." },
        { "{\n  \"format\": \"cooperation-suppressions/1\"\n}", 1, "A suppressions file has \"format\": \"cooperation-suppressions/1\" and \"suppressions\"." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"ignore\": []\n}", 3, "Unknown member \"ignore\": expected format, suppressions or $schema." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"format\": \"cooperation-suppressions/1\"\n}", 3, "The member \"format\" is given twice." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": {}\n}", 3, "\"suppressions\" is an array of {\"rule\", \"path\", \"justification\"} objects." },
        { "{\n  \"format\": 1,\n  \"suppressions\": []\n}", 2, "\"format\" is a string." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    \"COOP3005\"\n  ]\n}", 4, "A suppression is an object: {\"rule\": \"COOP3005\", \"path\": \"meetings[id]\", \"justification\": \"…\"}." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP9999\", \"path\": \"meetings[a]\", \"justification\": \"x\"}\n  ]\n}", 4, "There is no built-in rule COOP9999." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"coop3005\", \"path\": \"meetings[a]\", \"justification\": \"x\"}\n  ]\n}", 4, "\"coop3005\" is not a rule ID (such as COOP3005)." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": 3005, \"path\": \"meetings[a]\", \"justification\": \"x\"}\n  ]\n}", 4, "\"rule\" is a string." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\n      \"rule\": \"COOP3005\",\n      \"path\": \"meeting[a]\",\n      \"justification\": \"x\"\n    }\n  ]\n}", 6, "\"meeting[a]\" is not a subject path: expected sources, institutions, people, mechanisms or meetings, an identifier in brackets, then members, such as meetings[mx-us-2021-10-08].delegations[MX]." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP3005\", \"path\": \"meetings[]\", \"justification\": \"x\"}\n  ]\n}", 4, "is not a subject path" },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP3005\", \"path\": \"meetings[a]x\", \"justification\": \"x\"}\n  ]\n}", 4, "is not a subject path" },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP3005\", \"path\": \"meetings[a]\", \"justification\": \"x\"},\n    {\n      \"rule\": \"COOP3005\",\n      \"path\": \"meetings[a]\"\n    }\n  ]\n}", 5, "A suppression has a rule, a path and a justification; this one has no justification." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"path\": \"meetings[a]\", \"justification\": \"x\"}\n  ]\n}", 4, "A suppression has a rule, a path and a justification; this one has no rule." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP3005\", \"path\": \"meetings[a]\",\n     \"justification\": \"  \"}\n  ]\n}", 5, "The justification is not valid: " },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP3005\", \"path\": \"meetings[a]\", \"justification\": \"x\",\n     \"rule\": \"COOP3006\"}\n  ]\n}", 5, "The member \"rule\" is given twice in a suppression." },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP3005\", \"path\": \"meetings[a]\", \"why\": \"x\"}\n  ]\n}", 4, "Unknown member \"why\" in a suppression: expected rule, path and justification." },
        { "{\r\n  \"format\": \"cooperation-suppressions/1\",\r\n  \"suppressions\": [\r\n    {\"rule\": \"COOP3005\", \"path\": \"meetings[a]\", \"justification\": \"x\"},\r\n  ]\r\n}", 5, "Not valid JSON: " },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  // a comment\n  \"suppressions\": []\n}", 3, "Not valid JSON: " },
        { "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": []\n}\n{}", 5, "Not valid JSON: " },
    };

    [Theory]
    [MemberData(nameof(FileErrors))]
    public void Every_error_of_a_suppressions_file_names_the_file_and_the_line(string json, int line, string reason)
    {
        var error = Assert.Throws<ValidationConfigurationException>(() => File(json, "rules/known.json"));
        Assert.Equal("rules/known.json", error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"rules/known.json:{line}: ", error.Message, StringComparison.Ordinal);
        if (reason.EndsWith('.'))
        {
            Assert.Equal(reason, error.Reason);
            Assert.Equal($"rules/known.json:{line}: {reason}", error.Message);
        }
        else
        {
            Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_and_a_schema_reads()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""{"$schema": "docs/schema/cooperation-suppressions.schema.json", "format": "cooperation-suppressions/1", "suppressions": []}""")).ToArray();
        Assert.Empty(SuppressionFile.Parse(bytes, "s.json").Entries);
        Assert.Equal("cooperation-suppressions/1", SuppressionFile.FormatName);
    }

    [Fact]
    public void Loading_names_the_path_in_errors_and_a_missing_file_is_an_io_error()
    {
        var path = Path.Combine(_root, "known.json");
        System.IO.File.WriteAllText(path, "{\n  \"format\": \"cooperation-suppressions/1\",\n  \"suppressions\": [\n    {\"rule\": \"COOP9999\", \"path\": \"meetings[a]\", \"justification\": \"x\"}\n  ]\n}\n");
        var error = Assert.Throws<ValidationConfigurationException>(() => SuppressionFile.Load(path));
        Assert.StartsWith($"{path}:4: There is no built-in rule COOP9999.", error.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<IOException>(() => SuppressionFile.Load(Path.Combine(_root, "missing.json")));
        Assert.Contains("is a directory", Assert.ThrowsAny<IOException>(() => SuppressionFile.Load(_root)).Message, StringComparison.Ordinal);

        System.IO.File.WriteAllText(path, FileJson("""{"rule": "COOP5001", "path": "meetings[talks-1]", "justification": "Nothing."}"""));
        var loaded = SuppressionFile.Load(path);
        Assert.Equal(path, loaded.Name);
        Assert.Equal($"{path}:4", loaded.Entries.Single().Location);
    }

    [Fact]
    public void A_configuration_names_a_suppressions_file_relative_to_its_folder_and_a_missing_one_is_an_error_at_its_line()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "team")).FullName;
        var config = Path.Combine(folder, ValidationConfiguration.FileName);
        System.IO.File.WriteAllText(config, "{\n  \"language\": \"es\",\n  \"suppressions\": \"known.json\"\n}\n");
        System.IO.File.WriteAllText(Path.Combine(folder, "known.json"), FileJson("""{"rule": "COOP2001", "path": "mechanisms[mx-ca-talks]", "justification": "As the source says."}"""));

        var configuration = ValidationConfiguration.Load(config);
        Assert.Equal(Path.Combine(folder, "known.json"), configuration.SuppressionsFile);
        var options = configuration.ApplyTo(Options(), AsOf);
        Assert.NotNull(options.Suppressions);
        Assert.Equal("COOP2001", options.Suppressions.Entries.Single().Rule);
        var report = Run(BilateralWithThirdMember, options);
        Assert.True(report.IsClean);
        Assert.Equal($"{Path.Combine(folder, "known.json")}:4", report.SuppressedDiagnostics.Single().Suppression!.Location);
        Assert.Equal(Language.Spanish, report.Language);
        Assert.Equal("0 errores, 0 advertencias, 0 avisos informativos; 1 suprimido", report.Summary);
        Assert.Equal("0 errors, 0 warnings, 0 infos; 1 suppressed", report.ToString());

        // Found upward from the data, too.
        var data = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        Assert.Equal(Path.Combine(folder, "known.json"), ValidationConfiguration.Find(data).ApplyTo(Options(), AsOf).Suppressions!.Name);

        System.IO.File.Delete(Path.Combine(folder, "known.json"));
        var missing = Assert.Throws<ValidationConfigurationException>(() => ValidationConfiguration.Load(config).ApplyTo(Options(), AsOf));
        Assert.Equal(config, missing.File);
        Assert.Equal(3, missing.Line);
        Assert.StartsWith($"{config}:3: The suppressions file \"{Path.Combine(folder, "known.json")}\" cannot be read", missing.Message, StringComparison.Ordinal);

        System.IO.File.WriteAllText(config, "{\n  \"suppressions\": 3\n}\n");
        var notText = Assert.Throws<ValidationConfigurationException>(() => ValidationConfiguration.Load(config));
        Assert.Equal(2, notText.Line);
    }

    [Fact]
    public void A_stale_file_entry_has_one_fingerprint_whatever_the_file_is_called_and_wherever_the_entry_stands_in_it()
    {
        const string Entry = """{"rule": "COOP3005", "path": "meetings[talks-99]", "justification": "Gone."}""";
        var here = File(FileJson(Entry), "known.suppressions.json");

        // Another clone names the file absolutely (as a configuration does), and lines were added above the entry.
        var elsewhere = File(FileJson("""{"rule": "COOP5001", "path": "meetings[talks-98]", "justification": "Also gone."}""", Entry), Path.Combine(Path.GetTempPath(), "clone", "data", "known.suppressions.json"));
        var first = Validator.Validate(Clean(), Options().WithSuppressions(here)).Diagnostics.Single();
        var second = Validator.Validate(Clean(), Options().WithSuppressions(elsewhere)).Diagnostics.Single(d => d.Path == "meetings[talks-99]");
        Assert.Equal(("COOP8001", "COOP8001"), (first.Id, second.Id));
        Assert.NotEqual(first.Message, second.Message);
        Assert.Contains("known.suppressions.json:4", first.Message, StringComparison.Ordinal);
        Assert.Contains("known.suppressions.json:5", second.Message, StringComparison.Ordinal);
        Assert.Equal(first.Fingerprint, second.Fingerprint);

        // The entry's rule and subject are its facts: another rule or subject is another finding.
        var other = Validator.Validate(Clean(), Options().WithSuppressions(elsewhere)).Diagnostics.Single(d => d.Path == "meetings[talks-98]");
        Assert.NotEqual(first.Fingerprint, other.Fingerprint);
    }
}
