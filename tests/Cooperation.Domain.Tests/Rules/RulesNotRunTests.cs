using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Rules;
using NodaTime;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>A report says which rules did not run and why, in the report and in its text, JSON and SARIF forms.</summary>
public class RulesNotRunTests
{
    private static readonly string[] AsOfRules = ["COOP3004", "COOP3005", "COOP3006", "COOP3007"];
    private static readonly string[] SourceTextRules = ["COOP7006", "COOP7007", "COOP7008"];

    [Fact]
    public void Default_options_name_the_rules_that_need_an_as_of_date_or_the_archived_sources()
    {
        var notRun = Validator.Validate(ReferenceCatalog.Default).RulesNotRun;
        Assert.Equal(AsOfRules, notRun.Where(r => r.Reason == RuleNotRunReason.NoAsOfDate).Select(r => r.Id));
        Assert.Equal(SourceTextRules, notRun.Where(r => r.Reason == RuleNotRunReason.NoSourceTexts).Select(r => r.Id));
        Assert.Equal(AsOfRules.Length + SourceTextRules.Length, notRun.Length);
        Assert.Equal(notRun.Select(r => r.Id).Order(StringComparer.Ordinal), notRun.Select(r => r.Id));
        Assert.True(BuiltInRules.All.Descriptors.Where(d => d.NeedsAsOfDate).Select(d => d.Id).SequenceEqual(AsOfRules));
        Assert.True(BuiltInRules.All.Descriptors.Where(d => d.NeedsSourceTexts).Select(d => d.Id).SequenceEqual(SourceTextRules));
    }

    [Fact]
    public void A_meeting_held_in_the_future_is_not_reported_without_an_as_of_date_and_the_report_says_why()
    {
        var catalog = ReferenceCatalog.Default;
        var meeting = catalog.Meetings.First(m => m.Status == MeetingStatus.Held && m.End is null);
        var json = Encoding.UTF8.GetString(CooperationJson.WriteCatalog(catalog))
            .Replace($"\"start\": \"{meeting.Start}\"", "\"start\": \"2099-01-01\"", StringComparison.Ordinal);
        var future = CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(json));
        var without = Validator.Validate(future);
        Assert.DoesNotContain(without.Diagnostics, d => d.Id == "COOP3004");
        Assert.Contains(without.RulesNotRun, r => r.Id == "COOP3004" && r.Reason == RuleNotRunReason.NoAsOfDate);
        Assert.Contains("not run, no as-of date: COOP3004, COOP3005, COOP3006, COOP3007\n", ReportOutput.Text(without), StringComparison.Ordinal);

        var with = Validator.Validate(future, ValidationOptions.Default.WithAsOf(new LocalDate(2026, 12, 2)));
        Assert.Contains(with.Diagnostics, d => d.Id == "COOP3004" && d.Path == $"meetings[{meeting.Id}].status");
        Assert.DoesNotContain(with.RulesNotRun, r => r.Reason == RuleNotRunReason.NoAsOfDate);
        Assert.DoesNotContain("no as-of date", ReportOutput.Text(with), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_turning_rules_off_or_raising_the_minimum_severity_are_reasons_too()
    {
        var options = ValidationOptions.Default.WithAsOf(new LocalDate(2026, 12, 2))
            .WithSourceTexts(SourceTexts.FromTexts([]))
            .WithRuleDisabled("COOP2001")
            .WithMinimumSeverity(Severity.Warning)
            .WithSeverity("COOP7003", Severity.Error);
        var notRun = options.RulesNotRun;
        Assert.Equal(RuleNotRunReason.TurnedOff, notRun.Single(r => r.Id == "COOP2001").Reason);
        var infos = BuiltInRules.All.Descriptors.Where(d => d.DefaultSeverity == Severity.Info && d.Id != "COOP7003").Select(d => d.Id).ToArray();
        Assert.NotEmpty(infos);
        Assert.Equal(infos, notRun.Where(r => r.Reason == RuleNotRunReason.BelowMinimumSeverity).Select(r => r.Id));
        Assert.DoesNotContain(notRun, r => r.Id == "COOP7003");
        Assert.DoesNotContain(notRun, r => r.Reason is RuleNotRunReason.NoAsOfDate or RuleNotRunReason.NoSourceTexts);
        Assert.Equal(notRun.Length, infos.Length + 1);

        // Every rule that does not run has no effective severity, and every other rule has one.
        foreach (var descriptor in BuiltInRules.All.Descriptors)
        {
            Assert.Equal(notRun.Any(r => r.Id == descriptor.Id), options.EffectiveSeverity(descriptor) is null);
        }

        // Computed once per options value.
        Assert.True(options.RulesNotRun == notRun);
    }

    [Fact]
    public void Json_lists_the_rules_not_run_with_stable_reason_names()
    {
        var report = Validator.Validate(ReferenceCatalog.Default, ValidationOptions.Default.WithRuleDisabled("COOP2001"));
        using var doc = JsonDocument.Parse(ReportOutput.Json(report));
        var notRun = doc.RootElement[0].GetProperty("notRun").EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString(), e.GetProperty("reason").GetString())).ToArray();
        Assert.Contains(("COOP2001", "turned-off"), notRun);
        Assert.Contains(("COOP3004", "no-as-of-date"), notRun);
        Assert.Contains(("COOP7008", "no-source-texts"), notRun);
        Assert.Equal(report.RulesNotRun.Length, notRun.Length);
    }

    [Fact]
    public void Sarif_gives_each_rule_not_run_as_a_configuration_notification_about_that_rule()
    {
        var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithLanguage(Language.Spanish));
        using var doc = JsonDocument.Parse(ReportOutput.Sarif(report));
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notifications = invocation.GetProperty("toolConfigurationNotifications").EnumerateArray().ToArray();
        Assert.Equal(report.RulesNotRun.Select(r => r.Id), notifications.Select(n => n.GetProperty("associatedRule").GetProperty("id").GetString()));
        foreach (var n in notifications)
        {
            var rule = n.GetProperty("associatedRule");
            Assert.Equal(rule.GetProperty("id").GetString(), rules[rule.GetProperty("index").GetInt32()]);
            Assert.Equal("note", n.GetProperty("level").GetString());
            Assert.StartsWith("rule-not-run/", n.GetProperty("descriptor").GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        var asOf = notifications.First(n => n.GetProperty("associatedRule").GetProperty("id").GetString() == "COOP3004");
        Assert.Equal("rule-not-run/no-as-of-date", asOf.GetProperty("descriptor").GetProperty("id").GetString());
        Assert.Equal("COOP3004 no se ejecutó: sin fecha de referencia.", asOf.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void With_every_input_given_nothing_is_listed_and_the_outputs_stay_quiet()
    {
        var options = ValidationOptions.Default.WithAsOf(new LocalDate(2026, 12, 2)).WithSourceTexts(SourceTexts.FromTexts([]));
        var report = Validator.Validate(ReferenceCatalog.Default, options);
        Assert.Empty(report.RulesNotRun);
        Assert.DoesNotContain("not run", ReportOutput.Text(report), StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(ReportOutput.Sarif(report));
        Assert.False(sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].TryGetProperty("toolConfigurationNotifications", out _));
    }

    [Fact]
    public void Sarif_gives_the_options_severity_changes_as_rule_configuration_overrides()
    {
        var options = ValidationOptions.Default.WithSeverity("COOP3006", Severity.Error).WithRuleDisabled("COOP2001").WithSeverity("COOP7003", Severity.Warning);
        using var doc = JsonDocument.Parse(ReportOutput.Sarif(Validator.Validate(ReferenceCatalog.Document, options)));
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        var overrides = run.GetProperty("invocations")[0].GetProperty("ruleConfigurationOverrides").EnumerateArray()
            .ToDictionary(o => o.GetProperty("descriptor").GetProperty("id").GetString()!, o => o);
        Assert.Equal(["COOP2001", "COOP3006", "COOP7003"], overrides.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, element) in overrides)
        {
            Assert.Equal(id, rules[element.GetProperty("descriptor").GetProperty("index").GetInt32()]);
        }

        Assert.False(overrides["COOP2001"].GetProperty("configuration").GetProperty("enabled").GetBoolean());
        Assert.Equal("error", overrides["COOP3006"].GetProperty("configuration").GetProperty("level").GetString());
        Assert.Equal("warning", overrides["COOP7003"].GetProperty("configuration").GetProperty("level").GetString());

        // A level equal to the default is no change.
        var same = ValidationOptions.Default.WithSeverity("COOP2001", BuiltInRules.All.Descriptors.Single(d => d.Id == "COOP2001").DefaultSeverity);
        using var unchanged = JsonDocument.Parse(ReportOutput.Sarif(Validator.Validate(ReferenceCatalog.Document, same)));
        Assert.False(unchanged.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].TryGetProperty("ruleConfigurationOverrides", out _));

        using var plain = JsonDocument.Parse(ReportOutput.Sarif(Validator.Validate(ReferenceCatalog.Document)));
        Assert.False(plain.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].TryGetProperty("ruleConfigurationOverrides", out _));
    }
}
