using System;
using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain.Rules;
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
        Assert.Same(ValidationOptions.Default, ValidationOptions.FromConfiguration([]));
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
        var error = Assert.Throws<ArgumentException>(() => ValidationOptions.FromConfiguration([E(key, value)]));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_key_or_value_is_quoted_shortened()
    {
        var error = Assert.Throws<ArgumentException>(() => ValidationOptions.FromConfiguration([E(new string('k', 100_000), "x")]));
        Assert.True(error.Message.Length < 400, $"{error.Message.Length} characters");
        error = Assert.Throws<ArgumentException>(() => ValidationOptions.FromConfiguration([E("Language", new string('x', 100_000))]));
        Assert.True(error.Message.Length < 400, $"{error.Message.Length} characters");
    }
}
