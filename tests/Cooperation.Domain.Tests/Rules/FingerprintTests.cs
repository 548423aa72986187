using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Domain.Rules;
using NodaTime;
using static Cooperation.Domain.Tests.Rules.RuleFixtures;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Diagnostic.Fingerprint: made from the rule, the subject's path and the facts, never from the language, the as-of day or lines.</summary>
public class FingerprintTests
{
    private static ValidationOptions Options(LocalDate? asOf = null, Language language = Language.English)
        => ValidationOptions.Default.WithAsOf(asOf ?? AsOf).WithLanguage(language).WithSourceTexts(Texts);

    private static ValidationReport Run(Action<JsonObject> change, ValidationOptions options)
    {
        var tree = CleanTree();
        change(tree);
        return Validator.Validate(Read(tree), options);
    }

    private static void BilateralWithThirdMember(JsonObject tree)
        => Entity(tree, "mechanisms", "mx-ca-talks")["parties"]!.AsArray().Add(JsonNode.Parse("""{ "party": "US", "status": "member" }"""));

    private static void TalksFivePlannedFor(JsonObject tree, string start) => Entity(tree, "meetings", "talks-5")["start"] = start;

    private static Diagnostic Single(ValidationReport report, string id) => report.Diagnostics.Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(RuleCases.TriggerNames), MemberType = typeof(RuleCases))]
    public void Every_finding_of_every_trigger_case_has_the_same_fingerprint_in_spanish(string name)
    {
        var rule = RuleCases.Triggers.Single(c => c.ToString() == name);
        var english = Run(rule.Mutate, Options(rule.AsOf));
        var spanish = Run(rule.Mutate, Options(rule.AsOf, Language.Spanish));
        Assert.NotEmpty(english.Diagnostics);
        Assert.All(english.Diagnostics, d => Assert.Matches("^[0-9a-f]{32}$", d.Fingerprint));

        // Diagnostics are ordered by message too, which differs by language: compare them as sorted lists.
        static string[] Keys(ValidationReport report) => [.. report.Diagnostics.Select(d => $"{d.Id} {d.Path} {d.Fingerprint}").Order(StringComparer.Ordinal)];
        Assert.Equal(Keys(english), Keys(spanish));
        var differentWording = english.Diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal)
            .SequenceEqual(spanish.Diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal)) is false;
        Assert.True(differentWording);
    }

    [Fact]
    public void A_planned_meeting_long_past_keeps_its_fingerprint_on_later_days_but_not_its_message()
    {
        var june = Single(Run(t => TalksFivePlannedFor(t, "2022-01"), Options(new LocalDate(2022, 6, 1))), "COOP3005");
        var december = Single(Run(t => TalksFivePlannedFor(t, "2022-01"), Options(new LocalDate(2023, 12, 31))), "COOP3005");
        Assert.Equal("meetings[talks-5].status", june.Path);
        Assert.Contains("2022-06-01", june.Message, StringComparison.Ordinal);
        Assert.Contains("2023-12-31", december.Message, StringComparison.Ordinal);
        Assert.NotEqual(june.Message, december.Message);
        Assert.Equal(june.Fingerprint, december.Fingerprint);

        // In Spanish on yet another day, still the same finding.
        var spanish = Single(Run(t => TalksFivePlannedFor(t, "2022-01"), Options(new LocalDate(2022, 9, 9), Language.Spanish)), "COOP3005");
        Assert.Equal(june.Fingerprint, spanish.Fingerprint);
    }

    [Fact]
    public void A_changed_fact_changes_the_fingerprint()
    {
        // The meeting's last possible day is a fact of the finding: planned for January or for February 2022.
        var january = Single(Run(t => TalksFivePlannedFor(t, "2022-01"), Options()), "COOP3005");
        var february = Single(Run(t => TalksFivePlannedFor(t, "2022-02"), Options()), "COOP3005");
        Assert.Equal(january.Path, february.Path);
        Assert.NotEqual(january.Fingerprint, february.Fingerprint);

        // A reference to another missing institution at the same path.
        var nope = Single(Run(t => Entity(t, "institutions", "mx-inm")["parent"] = "mx-nope", Options()), "COOP1003");
        var other = Single(Run(t => Entity(t, "institutions", "mx-inm")["parent"] = "mx-other", Options()), "COOP1003");
        Assert.Equal(nope.Path, other.Path);
        Assert.NotEqual(nope.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void Another_path_or_another_rule_changes_the_fingerprint()
    {
        var talks = Single(Run(t => Entity(t, "meetings", "talks-2")["mechanism"] = "mx-ca-nope", Options()), "COOP1002");
        var talks3 = Single(Run(t => Entity(t, "meetings", "talks-3")["mechanism"] = "mx-ca-nope", Options()), "COOP1002");
        Assert.NotEqual(talks.Path, talks3.Path);
        Assert.NotEqual(talks.Fingerprint, talks3.Fingerprint);

        // Two diagnostics made by hand with one path and message differ by rule.
        var first = new Diagnostic(BuiltInRules.All.Descriptors.Single(d => d.Id == "COOP2001"), Severity.Error, "Same words.", "mechanisms[crm]");
        var second = new Diagnostic(BuiltInRules.All.Descriptors.Single(d => d.Id == "COOP2002"), Severity.Error, "Same words.", "mechanisms[crm]");
        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
        Assert.NotEqual(first.Fingerprint, new Diagnostic(first.Descriptor, Severity.Error, "Same words.", "mechanisms[mx-ca-talks]").Fingerprint);
        Assert.NotEqual(first.Fingerprint, new Diagnostic(first.Descriptor, Severity.Error, "Other words.", "mechanisms[crm]").Fingerprint);

        // Neither the severity nor the line is part of it.
        Assert.Equal(first.Fingerprint, new Diagnostic(first.Descriptor, Severity.Info, "Same words.", "mechanisms[crm]", 40).Fingerprint);
        Assert.Equal(first.Fingerprint, first.WithLine(7).Fingerprint);
        Assert.Matches("^[0-9a-f]{32}$", first.Fingerprint);
    }

    [Fact]
    public void Severity_overrides_and_a_narrowed_rule_set_leave_the_fingerprint()
    {
        var all = Single(Run(BilateralWithThirdMember, Options()), "COOP2001");
        var warning = Single(Run(BilateralWithThirdMember, Options().WithSeverity("COOP2001", Severity.Warning)), "COOP2001");
        var alone = Single(Run(BilateralWithThirdMember, Options().WithRules(BuiltInRules.All.Only("COOP2001"))), "COOP2001");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(all.Fingerprint, warning.Fingerprint);
        Assert.Equal(all.Fingerprint, alone.Fingerprint);
    }

    [Fact]
    public void An_unrelated_entity_added_or_edited_and_lines_moved_leave_the_fingerprint()
    {
        var before = Single(Run(BilateralWithThirdMember, Options()), "COOP2001");
        var after = Single(Run(t =>
        {
            BilateralWithThirdMember(t);
            t["institutions"]!.AsArray().Insert(0, JsonNode.Parse("""{ "id": "ca-aaa", "name": { "es": "Agencia", "en": "Agency" }, "kind": "agency", "country": "CA", "parent": "ca-gac" }"""));
            Entity(t, "meetings", "talks-2")["venues"] = JsonNode.Parse("""[ { "country": "CA" } ]""");
            Entity(t, "mechanisms", "crm")["name"]!["en"] = "The Regional Conference on Migration";
        }, Options()), "COOP2001");
        Assert.Equal(before.Path, after.Path);
        Assert.Equal(before.Fingerprint, after.Fingerprint);

        // Read as documents, one compact and one indented: the lines differ, the fingerprint does not.
        var tree = CleanTree();
        BilateralWithThirdMember(tree);
        var compact = Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(tree.ToJsonString()), "a.json"), Options());
        var indented = Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes("\n\n\n" + tree.ToJsonString(new JsonSerializerOptions { WriteIndented = true })), "a.json"), Options());
        var c = Single(compact, "COOP2001");
        var i = Single(indented, "COOP2001");
        Assert.NotEqual(c.Line, i.Line);
        Assert.Equal(c.Fingerprint, i.Fingerprint);
        Assert.Equal(before.Fingerprint, c.Fingerprint);
    }

    [Fact]
    public void Message_arguments_render_words_in_the_language_and_circumstances_as_they_are()
    {
        var words = MessageArgument.Words("held", "celebrada");
        Assert.False(words.IsCircumstance);
        Assert.Equal("held", words.Render(Language.English));
        Assert.Equal("celebrada", words.Render(Language.Spanish));
        Assert.Equal("held", words.ToString());
        var day = MessageArgument.Circumstance("2022-06-01");
        Assert.True(day.IsCircumstance);
        Assert.Equal("2022-06-01", day.Render(Language.Spanish));
        Assert.Throws<ArgumentException>(() => MessageArgument.Words("", "x"));
        Assert.Throws<ArgumentException>(() => MessageArgument.Words("x", ""));
    }

    [Fact]
    public void A_custom_rule_using_message_arguments_gets_fingerprints_that_ignore_language_and_circumstances()
    {
        var descriptor = new RuleDescriptor
        {
            Id = "ACME0001", Title = "Mine", Category = RuleCategory.SourcesAndText, DefaultSeverity = Severity.Info,
            EnglishMessage = "The meeting {0} is {1} as of {2}.", SpanishMessage = "La reunión {0} está {1} al {2}.", Description = "Why.", Fix = "Fix.", HelpUri = "docs/x",
        };
        var day = 1;
        var rule = CatalogRule.Create(descriptor, context => context.Report("meetings[talks-1]", "talks-1", MessageArgument.Words("held", "celebrada"), MessageArgument.Circumstance($"2022-06-0{day}")));
        var options = Options().WithRules(BuiltInRules.All.Add(rule));
        var english = Validator.Validate(Clean(), options).Diagnostics.Single();
        day = 2;
        var spanish = Validator.Validate(Clean(), options.WithLanguage(Language.Spanish)).Diagnostics.Single();
        Assert.Equal("The meeting talks-1 is held as of 2022-06-01.", english.Message);
        Assert.Equal("La reunión talks-1 está celebrada al 2022-06-02.", spanish.Message);
        Assert.Equal(english.Fingerprint, spanish.Fingerprint);

        var otherFact = CatalogRule.Create(descriptor, static context => context.Report("meetings[talks-1]", "talks-2", MessageArgument.Words("held", "celebrada"), MessageArgument.Circumstance("2022-06-01")));
        Assert.NotEqual(english.Fingerprint, Validator.Validate(Clean(), Options().WithRules(BuiltInRules.All.Add(otherFact))).Diagnostics.Single().Fingerprint);
    }
}
