using System;
using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain.Rules;
using Microsoft.Extensions.Configuration;
using NodaTime;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Options built from configuration entries, as a service's settings give them.</summary>
public class ValidationOptionsConfigurationTests
{
    private static KeyValuePair<string, string?> E(string key, string? value) => new(key, value);

    [Fact]
    public void Every_setting_is_read_from_its_key_ignoring_case_and_other_sections()
    {
        var options = ValidationOptions.FromConfiguration(
        [
            E("Cooperation:Validation", null),
            E("Cooperation:Validation:AsOf", "2026-11-27"),
            E("cooperation:validation:language", "es"),
            E("Cooperation:Validation:MinimumSeverity", "warning"),
            E("Cooperation:Validation:Severities:COOP3006", "error"),
            E("Cooperation:Validation:Severities:coop7005", "none"),
            E("Logging:LogLevel:Default", "Information"),
        ], "Cooperation:Validation");
        Assert.Equal(new LocalDate(2026, 11, 27), options.AsOf);
        Assert.Equal(Language.Spanish, options.Language);
        Assert.Equal(Severity.Warning, options.MinimumSeverity);
        Assert.Equal(Severity.Error, options.SeverityOverrides["COOP3006"]);
        Assert.Contains("COOP7005", options.DisabledRules);

        // The same options validate the same way as options built in code.
        var inCode = ValidationOptions.Default.WithAsOf(new LocalDate(2026, 11, 27)).WithLanguage(Language.Spanish).WithMinimumSeverity(Severity.Warning)
            .WithSeverity("COOP3006", Severity.Error).WithRuleDisabled("COOP7005");
        Assert.Equal(Validator.Validate(ReferenceCatalog.Default, inCode).Diagnostics.ToArray(), Validator.Validate(ReferenceCatalog.Default, options).Diagnostics.ToArray());
        Assert.Same(ValidationOptions.Default, ValidationOptions.FromConfiguration(Array.Empty<KeyValuePair<string, string?>>()));
    }

    [Theory]
    [InlineData("AsOf", "2026-11", "\"AsOf\" = \"2026-11\" is not a day")]
    [InlineData("AsOf", "27/11/2026", "is not a day (YYYY-MM-DD)")]
    [InlineData("Language", "fr", "is not a language: use en or es")]
    [InlineData("MinimumSeverity", "fatal", "is not a severity: use error, warning or info")]
    [InlineData("Severities:COOP3006", "loud", "is not a severity: use error, warning, info or none")]
    [InlineData("Severities:COOP9999", "error", "\"Severities:COOP9999\" names no rule")]
    [InlineData("Severity:COOP3006", "error", "Unknown configuration key \"Severity:COOP3006\"")]
    public void A_bad_entry_is_an_error_that_names_the_key_and_the_value(string key, string value, string reason)
    {
        var error = Assert.Throws<ValidationConfigurationException>(() => ValidationOptions.FromConfiguration([E(key, value)]));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(key, error.Key);
        Assert.Equal((string.Empty, 0L), (error.File, error.Line));
    }

    [Fact]
    public void A_huge_key_or_value_is_quoted_shortened()
    {
        var error = Assert.Throws<ValidationConfigurationException>(() => ValidationOptions.FromConfiguration([E(new string('k', 100_000), "x")]));
        Assert.True(error.Message.Length < 400, $"{error.Message.Length} characters");
        error = Assert.Throws<ValidationConfigurationException>(() => ValidationOptions.FromConfiguration([E("Language", new string('x', 100_000))]));
        Assert.True(error.Message.Length < 400, $"{error.Message.Length} characters");
        error = Assert.Throws<ValidationConfigurationException>(() => ValidationOptions.FromConfiguration([E("Severities:" + new string('X', 100_000), "error")]));
        Assert.True(error.Message.Length < 400, $"{error.Message.Length} characters");
    }

    [Fact]
    public void A_custom_rule_of_the_rule_set_given_takes_its_severity_from_configuration()
    {
        var rules = BuiltInRules.All.Add(CatalogRule.Create(Acme("ACME0101"), _ => { }));
        var options = ValidationOptions.FromConfiguration(
            [E("Cooperation:Validation:Severities:ACME0101", "error"), E("Cooperation:Validation:Severities:acme0101", "warning")],
            "Cooperation:Validation",
            rules);
        Assert.Same(rules, options.Rules);
        Assert.Equal(Severity.Warning, options.SeverityOverrides["ACME0101"]);
        Assert.Contains("ACME0101", ValidationOptions.FromConfiguration([E("Severities:ACME0101", "none")], rules: rules).DisabledRules);

        // Without the rule set, or with one that lacks the rule, the key names no rule.
        var error = Assert.Throws<ValidationConfigurationException>(() => ValidationOptions.FromConfiguration([E("Cooperation:Validation:Severities:ACME0101", "error")], "Cooperation:Validation"));
        Assert.Equal("Cooperation:Validation:Severities:ACME0101", error.Key);
        Assert.Equal("The configuration key \"Cooperation:Validation:Severities:ACME0101\" names no rule: ACME0101 is neither a built-in rule nor in the rule set given.", error.Message);
        error = Assert.Throws<ValidationConfigurationException>(() => ValidationOptions.FromConfiguration([E("Severities:ACME0102", "error")], rules: rules));
        Assert.Contains("ACME0102 is neither a built-in rule nor in the rule set given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dictionary_of_non_null_strings_and_an_IConfiguration_are_both_taken_as_they_are()
    {
        // This file compiles with warnings as errors and nullable annotations on: neither call may warn CS8620.
        var settings = new Dictionary<string, string> { ["Cooperation:Validation:Language"] = "es", ["Cooperation:Validation:Severities:COOP3006"] = "error" };
        var fromDictionary = ValidationOptions.FromConfiguration(settings, "Cooperation:Validation");

        Microsoft.Extensions.Configuration.IConfiguration configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(p => p.Key, p => (string?)p.Value))
            .Build();
        IEnumerable<KeyValuePair<string, string?>> entries = Microsoft.Extensions.Configuration.ConfigurationExtensions.AsEnumerable(configuration);
        var fromConfiguration = ValidationOptions.FromConfiguration(entries, "Cooperation:Validation");

        IEnumerable<KeyValuePair<string, string>> pairs = [KeyValuePair.Create("Language", "es")];
        Assert.Equal(Language.Spanish, ValidationOptions.FromConfiguration(pairs).Language);
        foreach (var options in new[] { fromDictionary, fromConfiguration })
        {
            Assert.Equal(Language.Spanish, options.Language);
            Assert.Equal(Severity.Error, options.SeverityOverrides["COOP3006"]);
        }
    }

    [Fact]
    public void The_example_of_docs_service_md_runs()
    {
        var acmeDescriptor = Acme("ACME0101");

        // From docs/service.md, "Settings".
        var rules = BuiltInRules.All.Add(CatalogRule.Create(acmeDescriptor, context => { }));   // ACME0101
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cooperation:Validation:AsOf"] = "2026-11-27",
            ["Cooperation:Validation:Severities:ACME0101"] = "error",
            ["Cooperation:Validation:Severities:COOP7003"] = "none",
        }).Build();
        var options = ValidationOptions.FromConfiguration(configuration.AsEnumerable(), "Cooperation:Validation", rules);

        Assert.Equal(new LocalDate(2026, 11, 27), options.AsOf);
        Assert.Equal(Severity.Error, options.EffectiveSeverity(acmeDescriptor));
        Assert.Contains("COOP7003", options.DisabledRules);
        var doc = System.IO.File.ReadAllText(System.IO.Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "docs", "service.md"));
        var source = System.IO.File.ReadAllText(System.IO.Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Rules", "ValidationOptionsConfigurationTests.cs"));
        var start = source.IndexOf("        var rules = BuiltInRules.All.Add(CatalogRule.Create(acmeDescriptor", StringComparison.Ordinal);
        var end = source.IndexOf("\"Cooperation:Validation\", rules);", start, StringComparison.Ordinal);
        var example = string.Join("\n", source[start..end].Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.TrimStart()));
        Assert.Contains(example, doc.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    internal static RuleDescriptor Acme(string id) => new()
    {
        Id = id,
        Title = "A service's own rule",
        Category = RuleCategory.MeetingsAndOrdinals,
        DefaultSeverity = Severity.Info,
        EnglishMessage = "Found {0}.",
        Description = "A rule of the service's own.",
        Fix = "Nothing to fix.",
        HelpUri = "https://example.org/rules#" + id,
    };
}
