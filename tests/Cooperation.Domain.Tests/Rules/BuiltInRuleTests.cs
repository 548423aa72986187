using System;
using System.Linq;
using Cooperation.Domain.Rules;
using static Cooperation.Domain.Tests.Rules.RuleFixtures;

namespace Cooperation.Domain.Tests.Rules;

public class BuiltInRuleTests
{
    private static RuleCase Find(RuleCase[] cases, string name) => cases.Single(c => c.ToString() == name);

    private static ValidationReport Run(RuleCase rule, RuleSet? rules = null, Language language = Language.English)
    {
        var tree = CleanTree();
        rule.Mutate(tree);
        var options = ValidationOptions.Default.WithAsOf(rule.AsOf ?? AsOf).WithLanguage(language).WithSourceTexts(Texts);
        return Validator.Validate(Read(tree), rules is null ? options : options.WithRules(rules));
    }

    [Fact]
    public void The_clean_fixture_is_clean_under_every_rule()
    {
        var report = Validator.Validate(Clean(), ValidationOptions.Default.WithAsOf(AsOf).WithSourceTexts(Texts));
        Assert.Empty(report.Diagnostics);
        Assert.True(report.IsClean);
    }

    [Theory]
    [MemberData(nameof(RuleCases.TriggerNames), MemberType = typeof(RuleCases))]
    public void Each_rule_reports_its_case_at_the_subject(string name)
    {
        var rule = Find(RuleCases.Triggers, name);
        var descriptor = BuiltInRules.All.Descriptors.Single(d => d.Id == rule.Id);

        var all = Run(rule);
        var found = all.Diagnostics.Where(d => d.Id == rule.Id).ToArray();
        Assert.Contains(found, d => d.Path == rule.Path);
        Assert.All(found, d => Assert.Equal(descriptor.DefaultSeverity, d.Severity));
        Assert.All(found, d => Assert.DoesNotContain("{", d.Message, StringComparison.Ordinal));

        // Alone, the rule reports the same diagnostics: rules do not depend on each other. (Rules about suppressions
        // judge the other rules' findings, so they run with them.)
        var set = descriptor.Category == RuleCategory.Suppressions ? BuiltInRules.All : BuiltInRules.All.Only(rule.Id);
        var alone = Run(rule, set);
        Assert.Equal(found, alone.Diagnostics.Where(d => d.Id == rule.Id).ToArray());

        // In Spanish the message is the Spanish template, filled in.
        var spanish = Run(rule, set, Language.Spanish).Diagnostics.Single(d => d.Id == rule.Id && d.Path == rule.Path);
        var english = found.First(d => d.Path == rule.Path);
        Assert.NotEqual(english.Message, spanish.Message);
        Assert.DoesNotContain("{", spanish.Message, StringComparison.Ordinal);
        Assert.Equal(english.Path, spanish.Path);
    }

    [Theory]
    [MemberData(nameof(RuleCases.NearMissNames), MemberType = typeof(RuleCases))]
    public void Each_rule_stays_silent_on_its_near_misses(string name)
    {
        var rule = Find(RuleCases.NearMisses, name);
        Assert.DoesNotContain(Run(rule).Diagnostics, d => d.Id == rule.Id);
    }

    public static TheoryData<string> RuleIds() => [.. BuiltInRules.All.Descriptors.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_has_a_trigger_case_and_is_silent_on_the_clean_fixture(string id)
    {
        Assert.Contains(RuleCases.Triggers, c => c.Id == id);
        var report = Validator.Validate(Clean(), ValidationOptions.Default.WithAsOf(AsOf).WithSourceTexts(Texts).WithRules(BuiltInRules.All.Only(id)));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void The_catalogue_has_at_least_thirty_rules_with_well_formed_unique_ids_in_their_category()
    {
        var descriptors = BuiltInRules.All.Descriptors.ToArray();
        Assert.True(descriptors.Length >= 30, $"{descriptors.Length} rules");
        Assert.Equal(descriptors.Length, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d =>
        {
            Assert.Matches("^COOP[1-8][0-9]{3}$", d.Id);
            Assert.Equal((int)d.Category, d.Id[4] - '0');
            Assert.Equal("docs/rules.md#" + d.Id.ToLowerInvariant(), d.HelpUri);
        });
        Assert.Equal(descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id), descriptors.Select(d => d.Id));
    }

    [Fact]
    public void Time_dependent_rules_need_an_as_of_date()
    {
        var rule = RuleCases.Triggers.First(c => c.Id == "COOP3006");
        var tree = CleanTree();
        rule.Mutate(tree);
        Assert.DoesNotContain(Validator.Validate(Read(tree)).Diagnostics, d => d.Id == "COOP3006");
        Assert.Equal(
            ["COOP3004", "COOP3005", "COOP3006", "COOP3007"],
            BuiltInRules.All.Descriptors.Where(d => d.NeedsAsOfDate).Select(d => d.Id).ToArray());
    }

    [Fact]
    public void A_cycle_is_reported_once_with_its_members()
    {
        var rule = RuleCases.Triggers.First(c => c.Id == "COOP1005");
        var cycle = Run(rule).Diagnostics.Single(d => d.Id == "COOP1005");
        Assert.Equal("The predecessors form a cycle: mx-ca-talks-wg → mx-gt-ganseg → mx-gt-gansef → mx-ca-talks-wg.", cycle.Message);
    }

    [Fact]
    public void Messages_read_as_sentences_in_both_languages()
    {
        var bilateral = Run(RuleCases.Triggers.First(c => c.Id == "COOP2001")).Diagnostics.First(d => d.Id == "COOP2001");
        Assert.Equal(
            "The bilateral mechanism mx-ca-talks has 3 member states and 0 other parties; a bilateral mechanism has exactly two member states and no other party.",
            bilateral.Message);
        var ordinal = Run(RuleCases.Triggers.First(c => c.Id == "COOP4001"), BuiltInRules.All.Only("COOP4001"), Language.Spanish).Diagnostics.Single();
        Assert.Equal("Las reuniones talks-2 y talks-3 de mx-ca-talks llevan ambas el número 2 de la serie «reunión ordinaria».", ordinal.Message);
    }
}
