using System;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Domain.Rules;
using NodaTime;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Configuration files beside the data: their format, precedence, the search upward, and errors with file and line.</summary>
public sealed class ValidationConfigurationTests : IDisposable
{
    private static readonly LocalDate Today = new(2026, 12, 2);

    private readonly string _root = Directory.CreateTempSubdirectory("coop-config-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static ValidationConfiguration Parse(string json) => ValidationConfiguration.Parse(Encoding.UTF8.GetBytes(json), "cooperation.config.json");

    [Fact]
    public void A_rule_beats_its_category_whatever_the_order_and_a_later_entry_beats_an_earlier_one()
    {
        var options = Parse("""
            {
              "severities": [
                { "rule": "COOP3006", "severity": "error" },
                { "category": "dates-and-cadence", "severity": "info" },
                { "rule": "COOP3005", "severity": "error" },
                { "rule": "COOP3005", "severity": "none" },
                { "category": "presidencies", "severity": "none" }
              ]
            }
            """).ApplyTo(ValidationOptions.Default.WithAsOf(Today).WithSourceTexts(SourceTexts.FromTexts([])), Today);
        Assert.Equal(Severity.Error, options.EffectiveSeverity(BuiltInRules.MechanismOverdue));
        Assert.Null(options.EffectiveSeverity(BuiltInRules.PlannedMeetingLongPast));
        Assert.Equal(Severity.Info, options.EffectiveSeverity(BuiltInRules.HeldMeetingInFuture));
        foreach (var descriptor in BuiltInRules.All.Descriptors)
        {
            if (descriptor.Category == RuleCategory.Presidencies)
            {
                Assert.Contains(options.RulesNotRun, r => r.Id == descriptor.Id && r.Reason == RuleNotRunReason.TurnedOff);
            }
            else if (descriptor.Category != RuleCategory.DatesAndCadence)
            {
                Assert.Equal(descriptor.DefaultSeverity, options.EffectiveSeverity(descriptor));
            }
        }
    }

    [Fact]
    public void Language_minimum_severity_and_the_as_of_choice_apply_and_options_set_after_them_win()
    {
        var configuration = Parse("""{"language": "es", "minimumSeverity": "warning", "asOf": "today"}""");
        var options = configuration.ApplyTo(ValidationOptions.Default, Today);
        Assert.Equal(Language.Spanish, options.Language);
        Assert.Equal(Severity.Warning, options.MinimumSeverity);
        Assert.Equal(Today, options.AsOf);
        Assert.Equal(Language.English, options.WithLanguage(Language.English).Language);

        Assert.Equal(new LocalDate(2026, 11, 27), Parse("""{"asOf": "2026-11-27"}""").ApplyTo(ValidationOptions.Default.WithAsOf(Today), Today).AsOf);
        Assert.Null(Parse("""{"asOf": "none"}""").ApplyTo(ValidationOptions.Default.WithAsOf(Today), Today).AsOf);
        Assert.Equal(Today, Parse("{}").ApplyTo(ValidationOptions.Default.WithAsOf(Today), new LocalDate(2000, 1, 1)).AsOf);
    }

    [Fact]
    public void Files_are_found_upward_nearer_ones_win_and_root_stops_the_search()
    {
        var outer = Directory.CreateDirectory(Path.Combine(_root, "outer")).FullName;
        var data = Directory.CreateDirectory(Path.Combine(outer, "data", "2026")).FullName;
        File.WriteAllText(Path.Combine(_root, ValidationConfiguration.FileName), """{"language": "es", "minimumSeverity": "error"}""");
        File.WriteAllText(Path.Combine(outer, ValidationConfiguration.FileName), """{"severities": [{"rule": "COOP3006", "severity": "none"}, {"rule": "COOP2001", "severity": "warning"}]}""");
        File.WriteAllText(Path.Combine(outer, "data", ValidationConfiguration.FileName), """{"severities": [{"rule": "COOP3006", "severity": "info"}]}""");

        var found = ValidationConfiguration.Find(data);
        Assert.Equal(3, found.Files.Length);
        Assert.EndsWith(Path.Combine("data", ValidationConfiguration.FileName), found.Files[^1], StringComparison.Ordinal);
        var options = found.ApplyTo(ValidationOptions.Default, Today);
        Assert.Equal(Language.Spanish, options.Language);
        Assert.Equal(Severity.Info, options.SeverityOverrides["COOP3006"]);
        Assert.Equal(Severity.Warning, options.SeverityOverrides["COOP2001"]);

        File.WriteAllText(Path.Combine(outer, ValidationConfiguration.FileName), """{"root": true, "severities": [{"rule": "COOP2001", "severity": "warning"}]}""");
        var rooted = ValidationConfiguration.Find(data);
        Assert.Equal(2, rooted.Files.Length);
        Assert.Equal(Language.English, rooted.ApplyTo(ValidationOptions.Default, Today).Language);
        var elsewhere = Directory.CreateTempSubdirectory("coop-none-").FullName;
        try
        {
            Assert.Empty(ValidationConfiguration.Find(elsewhere).Files);
        }
        finally
        {
            Directory.Delete(elsewhere);
        }
    }

    public static TheoryData<string, int, string> Errors() => new()
    {
        { "{\n  \"language\": \"fr\"\n}", 2, "\"fr\" is not a language" },
        { "{\n  \"minimumSeverity\": \"Warning\"\n}", 2, "is not a severity" },
        { "{\n  \"asOf\": \"2026-11\"\n}", 2, "is not an as-of choice" },
        { "{\n  \"severity\": []\n}", 2, "Unknown member \"severity\"" },
        { "{\n  \"root\": true,\n  \"root\": false\n}", 3, "given twice" },
        { "{\n  \"severities\": [\n    {\"rule\": \"COOP9999\", \"severity\": \"info\"}\n  ]\n}", 3, "There is no built-in rule COOP9999" },
        { "{\n  \"severities\": [\n    {\"category\": \"dates\", \"severity\": \"info\"}\n  ]\n}", 3, "\"dates\" is not a rule category: use identity-and-references" },
        { "{\n  \"severities\": [\n    {\"rule\": \"COOP3006\", \"category\": \"presidencies\", \"severity\": \"info\"}\n  ]\n}", 3, "exactly one of" },
        { "{\n  \"severities\": [\n    {\"rule\": \"COOP3006\"}\n  ]\n}", 3, "exactly one of" },
        { "{\n  \"severities\": [\n\n    {\"rule\": \"COOP3006\", \"severity\": \"fatal\"}\n  ]\n}", 4, "\"fatal\" is not a severity" },
        { "{\n  \"language\": \"es\",\n  // a comment\n}", 3, "Not valid JSON" },
        { "{\r\n  \"language\": 3\r\n}", 2, "\"language\" is a string" },
        { "[]", 1, "A configuration is a JSON object" },
        { "{\r  \"language\": \"es\",\r  \"root\": tru\r}", 3, "Not valid JSON" },
        { "{\n  \"severities\": [\n    {\"level\": 3, \"severity\": \"info\"}\n  ]\n}", 3, "Unknown member \"level\" in a severity entry" },
        { "{\n  \"severities\": [\n    {\"rule\": 3, \"severity\": \"info\"}\n  ]\n}", 3, "\"rule\" is a string" },
        { "{\n  \"\": 1\n}", 2, "Unknown member \"\" (empty)" },
        { "{} {}", 1, "Not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Every_error_names_the_file_and_the_line(string json, int line, string reason)
    {
        var error = Assert.Throws<ValidationConfigurationException>(() => Parse(json));
        Assert.Equal("cooperation.config.json", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"cooperation.config.json:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_thousand_entries_read_and_apply_with_the_last_one_winning_and_lines_counted_once()
    {
        // Each entry's line is counted forward from the previous one, and applying looks each rule up once: a
        // recount from the start per entry would scan this 2.6 MB document 50,000 times.
        var json = new StringBuilder("{\r\n\"severities\": [\r\n");
        for (var i = 0; i < 50_000; i++)
        {
            json.Append(i == 0 ? "" : ",\r\n").Append("{\"rule\": \"COOP3006\", \"severity\": \"").Append(i % 2 == 0 ? "info" : "warning").Append("\"}");
        }

        json.Append(",\r\n{\"rule\": \"ACME0001\", \"severity\": \"error\"}\r\n]}");
        var configuration = Parse(json.ToString());
        Assert.Equal(50_001, configuration.SeverityEntryCount);
        var error = Assert.Throws<ValidationConfigurationException>(() => configuration.ApplyTo(ValidationOptions.Default, Today));
        Assert.Equal(50_003, error.Line);
    }

    [Fact]
    public void A_custom_rule_id_is_checked_against_the_rule_set_when_applied()
    {
        var configuration = Parse("{\n\"severities\": [\n{\"rule\": \"ACME0001\", \"severity\": \"error\"}\n]\n}");
        var error = Assert.Throws<ValidationConfigurationException>(() => configuration.ApplyTo(ValidationOptions.Default, Today));
        Assert.Equal(3, error.Line);
        Assert.Contains("ACME0001 is neither built in nor in the rule set", error.Message, StringComparison.Ordinal);

        var rule = CatalogRule.Create(
            new RuleDescriptor { Id = "ACME0001", Title = "Mine", Category = RuleCategory.SourcesAndText, DefaultSeverity = Severity.Info, EnglishMessage = "x", Description = "Why.", Fix = "Fix.", HelpUri = "docs/x" },
            static _ => { });
        var options = configuration.ApplyTo(ValidationOptions.Default.WithRules(BuiltInRules.All.Add(rule)), Today);
        Assert.Equal(Severity.Error, options.SeverityOverrides["ACME0001"]);
    }

    [Fact]
    public void Files_that_cannot_be_read_are_io_errors_naming_them()
    {
        Assert.Contains("is a directory", Assert.ThrowsAny<IOException>(() => ValidationConfiguration.Load(_root)).Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => ValidationConfiguration.Load(Path.Combine(_root, "missing.json")));
        var path = Path.Combine(_root, ValidationConfiguration.FileName);
        File.WriteAllText(path, "{\"asOf\": 7}");
        var error = Assert.Throws<ValidationConfigurationException>(() => ValidationConfiguration.Load(path));
        Assert.Equal(path, error.File);
    }

    // Parsed once: JsonSchema.Net registers a schema by its $id and refuses to register it twice.
    private static readonly Lazy<Json.Schema.JsonSchema> Schema = new(() => Json.Schema.JsonSchema.FromText(File.ReadAllText(
        Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "docs", "schema", "cooperation-config.schema.json"))));

    private static Json.Schema.JsonSchema ConfigSchema() => Schema.Value;

    [Theory]
    [InlineData("""{"$schema": "docs/schema/cooperation-config.schema.json", "root": true, "language": "es", "minimumSeverity": "warning", "asOf": "today", "severities": [{"category": "dates-and-cadence", "severity": "warning"}, {"rule": "COOP3006", "severity": "none"}]}""", true)]
    [InlineData("""{"asOf": "2026-11-27"}""", true)]
    [InlineData("""{"language": "fr"}""", false)]
    [InlineData("""{"severity": []}""", false)]
    [InlineData("""{"severities": [{"rule": "COOP3006", "category": "presidencies", "severity": "info"}]}""", false)]
    [InlineData("""{"severities": [{"rule": "COOP3006"}]}""", false)]
    [InlineData("""{"severities": [{"category": "dates", "severity": "info"}]}""", false)]
    public void The_shipped_schema_and_the_reader_agree(string json, bool valid)
    {
        var results = ConfigSchema().Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement);
        Assert.Equal(valid, results.IsValid);
        if (valid)
        {
            Parse(json).ApplyTo(ValidationOptions.Default, Today);
        }
        else
        {
            Assert.Throws<ValidationConfigurationException>(() => Parse(json));
        }
    }

    [Fact]
    public void The_schema_lists_every_category()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(
            Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "docs", "schema", "cooperation-config.schema.json")))!;
        var listed = schema["properties"]!["severities"]!["items"]!["properties"]!["category"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(Enum.GetValues<RuleCategory>().Select(c => c.ToName()), listed);
    }
}
