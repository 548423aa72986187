using System;
using System.Linq;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>The custom rule example of docs/rules.md, as written there, and the rules for custom descriptors.</summary>
public class CustomRuleExampleTests
{
    private static ValidationReport RunTheExample(Language language)
    {
        // From docs/rules.md, "Your own rules".
        var descriptor = new RuleDescriptor
        {
            Id = "ACME0001",
            Title = "Held meeting without a venue",
            Category = RuleCategory.MeetingsAndOrdinals,
            DefaultSeverity = Severity.Info,
            EnglishMessage = "The meeting {0} was held but has no venue.", // SpanishMessage is optional
            Description = "A venue places the meeting for readers and for rule COOP4004.",
            Fix = "Add the venue the sources give, if they give one.",
            HelpUri = "https://example.org/rules#acme0001",
        };
        var rule = CatalogRule.Create(descriptor, context =>
        {
            var held = context.Catalog.Meetings.Where(m => m.Status == MeetingStatus.Held && m.Venues.IsEmpty
                && (context.AsOf is not { } asOf || m.Start.Earliest <= asOf));
            foreach (var meeting in held)
            {
                context.Report($"meetings[{meeting.Id}].venues", meeting.Id);
            }
        });
        var options = ValidationOptions.Default.WithRules(BuiltInRules.All.Add(rule)).WithSeverity("ACME0001", Severity.Warning);
        var report = Validator.Validate(ReferenceCatalog.Document, options.WithLanguage(language));
        return report;
    }

    [Fact]
    public void The_example_reports_the_held_meetings_without_a_venue()
    {
        var found = RunTheExample(Language.English).Diagnostics.Where(d => d.Id == "ACME0001").ToArray();
        var expected = ReferenceCatalog.Default.Meetings.Where(m => m.Status == MeetingStatus.Held && m.Venues.IsEmpty).Select(m => $"meetings[{m.Id}].venues");
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Select(d => d.Path));
        Assert.Contains(found, d => d.Path == "meetings[mx-us-2021-05-13].venues" && d.Message == "The meeting mx-us-2021-05-13 was held but has no venue.");
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.All(found, d => Assert.NotNull(d.Line));
    }

    [Fact]
    public void Without_a_Spanish_template_Spanish_reports_show_the_English_message_marked()
    {
        var spanish = RunTheExample(Language.Spanish).Diagnostics.First(d => d.Id == "ACME0001");
        Assert.StartsWith("(en) The meeting ", spanish.Message, StringComparison.Ordinal);
        var descriptor = spanish.Descriptor;
        Assert.False(descriptor.HasSpanishMessage);
        Assert.True(BuiltInRules.All.Descriptors.All(d => d.HasSpanishMessage));
    }

    [Fact]
    public void The_docs_show_the_example_as_the_test_runs_it()
    {
        var doc = System.IO.File.ReadAllText(System.IO.Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "docs", "rules.md"));
        Assert.Contains("var rule = CatalogRule.Create(descriptor, context =>", doc, StringComparison.Ordinal);
        Assert.Contains("    EnglishMessage = \"The meeting {0} was held but has no venue.\", // SpanishMessage is optional", doc, StringComparison.Ordinal);
        Assert.Contains("&& (context.AsOf is not { } asOf || m.Start.Earliest <= asOf));", doc, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("COOP9001")]
    [InlineData("COOPX0001")]
    public void The_built_in_prefix_is_refused_for_custom_rules(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => Mine(id));
        Assert.Contains("reserved for the built-in rules", error.Message, StringComparison.Ordinal);
        Assert.Equal("Id", error.ParamName);
        Assert.NotNull(Mine("ACME0001"));
        Assert.Throws<ArgumentNullException>(() => CatalogRule.Create(null!, _ => { }));
    }

    [Fact]
    public void Each_named_member_is_checked_as_it_is_set_and_the_error_names_it()
    {
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => Mine("acme1")).ParamName);
        Assert.Equal("Title", Assert.Throws<ArgumentException>(() => Mine("ACME0001", title: " ")).ParamName);
        var format = Assert.Throws<ArgumentException>(() => Mine("ACME0001", english: "The {0 meeting"));
        Assert.Equal("EnglishMessage", format.ParamName);
        Assert.Contains("\"The {0 meeting\"", format.Message, StringComparison.Ordinal);
        var counts = Assert.Throws<ArgumentException>(() => Mine("ACME0001", english: "A {0} {1}", spanish: "Una {0}"));
        Assert.Equal("SpanishMessage", counts.ParamName);
        Assert.Contains("takes 2 arguments and the Spanish one 1", counts.Message, StringComparison.Ordinal);
        Assert.Equal("Category", Assert.Throws<ArgumentException>(() => Mine("ACME0001", category: (RuleCategory)99)).ParamName);
        var withSpanish = Mine("ACME0001", english: "A {0}", spanish: "Una {0}");
        Assert.True(withSpanish.HasSpanishMessage);
        Assert.Equal("Una x", withSpanish.FormatMessage(Language.Spanish, "x"));
        var withoutSpanish = Mine("ACME0001", english: "A {0}");
        Assert.Equal("(en) A x", withoutSpanish.FormatMessage(Language.Spanish, "x"));
        Assert.Equal("(en) A {0}", withoutSpanish.SpanishMessage);
        Assert.False(withoutSpanish.NeedsAsOfDate);
        Assert.False(withoutSpanish.NeedsSourceTexts);
    }

    private static RuleDescriptor Mine(string id, string title = "Mine", string english = "x", string? spanish = null, RuleCategory category = RuleCategory.SourcesAndText) => new()
    {
        Id = id,
        Title = title,
        Category = category,
        DefaultSeverity = Severity.Info,
        EnglishMessage = english,
        SpanishMessage = spanish,
        Description = "Why.",
        Fix = "Fix.",
        HelpUri = "docs/x",
    };
}
