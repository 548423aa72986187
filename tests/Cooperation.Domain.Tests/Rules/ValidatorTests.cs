using System;
using System.Linq;
using System.Text;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;
using static Cooperation.Domain.Tests.Rules.RuleFixtures;

namespace Cooperation.Domain.Tests.Rules;

public class ValidatorTests
{
    // Two errors, a warning and an info, in different subjects.
    internal static System.Text.Json.Nodes.JsonObject FaultyTree()
    {
        var tree = CleanTree();
        foreach (var name in new[]
        {
            "COOP2001: the bilateral talks list the United States as a third member",
            "COOP5001: Canada's delegation without a head",
            "COOP4003: the catalog has the 1st and 3rd meetings but not the 2nd",
            "COOP6001: Guatemala's term starts in June 2021, during Mexico's",
        })
        {
            RuleCases.Triggers.Single(c => c.ToString() == name).Mutate(tree);
        }

        return tree;
    }

    internal static CooperationCatalog Faulty() => Read(FaultyTree());

    private static ValidationOptions Options => ValidationOptions.Default.WithAsOf(AsOf);

    [Fact]
    public void A_report_counts_by_severity_in_a_deterministic_order()
    {
        var report = Validator.Validate(Faulty(), Options);
        Assert.Equal(
            [
                ("COOP2001", "mechanisms[mx-ca-talks].parties"),
                ("COOP4003", "meetings[talks-3].ordinal"),
                ("COOP5001", "meetings[talks-1].delegations[CA]"),
                ("COOP6001", "mechanisms[crm].presidencies[1]"),
            ],
            report.Diagnostics.Select(d => (d.Id, d.Path)).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray());
        Assert.Equal(report.Diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray(), report.Diagnostics.ToArray());
        Assert.Equal((2, 1, 1), (report.ErrorCount, report.WarningCount, report.InfoCount));
        Assert.True(report.HasErrors);
        Assert.Equal(2, report.Count(Severity.Error));
        Assert.Equal("2 errors, 1 warning, 1 info", report.ToString());

        // The same catalog built in another order gives the same report.
        var shuffled = new CatalogBuilder();
        var catalog = Faulty();
        foreach (var m in catalog.Meetings.Reverse())
        {
            shuffled.Add(m);
        }

        foreach (var m in catalog.Mechanisms.Reverse())
        {
            shuffled.Add(m);
        }

        foreach (var i in catalog.Institutions.Reverse())
        {
            shuffled.Add(i);
        }

        foreach (var s in catalog.Sources.Reverse())
        {
            shuffled.Add(s);
        }

        foreach (var p in catalog.People.Reverse())
        {
            shuffled.Add(p);
        }

        Assert.Equal(report.Diagnostics.ToArray(), Validator.Validate(shuffled.Build(), Options).Diagnostics.ToArray());
    }

    [Fact]
    public void Options_override_disable_and_filter_by_severity()
    {
        var catalog = Faulty();
        var raised = Validator.Validate(catalog, Options.WithSeverity("COOP5001", Severity.Error));
        Assert.Equal(Severity.Error, raised.Diagnostics.Single(d => d.Id == "COOP5001").Severity);
        Assert.Equal(3, raised.ErrorCount);

        var disabled = Validator.Validate(catalog, Options.WithRuleDisabled("COOP2001"));
        Assert.DoesNotContain(disabled.Diagnostics, d => d.Id == "COOP2001");
        Assert.Contains(Validator.Validate(catalog, Options.WithRuleDisabled("COOP2001").WithRuleEnabled("COOP2001")).Diagnostics, d => d.Id == "COOP2001");

        var errorsOnly = Validator.Validate(catalog, Options.WithMinimumSeverity(Severity.Error));
        Assert.All(errorsOnly.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal(2, errorsOnly.Diagnostics.Length);

        // An override raises an info above the minimum; the default severity is back after WithDefaultSeverity.
        var raisedGap = Options.WithMinimumSeverity(Severity.Warning).WithSeverity("COOP4003", Severity.Warning);
        Assert.Contains(Validator.Validate(catalog, raisedGap).Diagnostics, d => d.Id == "COOP4003");
        Assert.DoesNotContain(Validator.Validate(catalog, raisedGap.WithDefaultSeverity("COOP4003")).Diagnostics, d => d.Id == "COOP4003");

        // Options are values: the originals do not change.
        Assert.Empty(ValidationOptions.Default.SeverityOverrides);
        Assert.Empty(ValidationOptions.Default.DisabledRules);
        Assert.Null(ValidationOptions.Default.AsOf);
    }

    [Fact]
    public void Unknown_or_malformed_rule_ids_in_options_are_errors_not_ignored()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Options.WithSeverity("COOP9999", Severity.Error));
        Assert.Contains("COOP9999 is neither a built-in rule nor a rule in the rule set", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("COOP9998", Assert.Throws<ArgumentException>(() => Options.WithRuleDisabled("COOP9998")).Message, StringComparison.Ordinal);
        var custom = Options.WithRules(BuiltInRules.All.Add(new MeetingsNeedVenues("ACME0001"))).WithSeverity("ACME0001", Severity.Error);
        Assert.Contains("ACME0001", Assert.Throws<ArgumentException>(() => custom.WithRules(BuiltInRules.All)).Message, StringComparison.Ordinal);
        Assert.Contains("\"coop2001\" is not a rule ID", Assert.Throws<ArgumentException>(() => Options.WithSeverity("coop2001", Severity.Error)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Options.WithSeverity("COOP2001", (Severity)7));
        Assert.Throws<ArgumentException>(() => Options.WithAsOf(new NodaTime.LocalDate(2020, 1, 1, NodaTime.CalendarSystem.Julian)));

        // Overrides of built-in rules stay valid when the rule set is narrowed.
        var narrowed = Options.WithSeverity("COOP5001", Severity.Error).WithRules(BuiltInRules.All.Only(RuleCategory.Presidencies));
        Assert.Equal(["COOP6001"], Validator.Validate(Faulty(), narrowed).Diagnostics.Select(d => d.Id).ToArray());
    }

    [Fact]
    public void Rule_sets_select_a_category_a_rule_or_add_custom_rules()
    {
        Assert.All(BuiltInRules.All.Only(RuleCategory.DelegationsAndRoles).Descriptors, d => Assert.StartsWith("COOP5", d.Id, StringComparison.Ordinal));
        Assert.Equal(["COOP1001", "COOP7005"], BuiltInRules.All.Only("COOP7005", "COOP1001").Descriptors.Select(d => d.Id).ToArray());
        Assert.Equal(BuiltInRules.All.Count - 1, BuiltInRules.All.Without("COOP3007").Count);
        Assert.Contains("COOP0000", Assert.Throws<ArgumentException>(() => BuiltInRules.All.Only("COOP0000")).Message, StringComparison.Ordinal);
        Assert.Contains("COOP1001", Assert.Throws<ArgumentException>(() => BuiltInRules.All.Add(new MeetingsNeedVenues("COOP1001"))).Message, StringComparison.Ordinal);
        Assert.Same(BuiltInRules.All, RuleSet.Default);
        Assert.Empty(RuleSet.Empty.Rules);

        var withCustom = BuiltInRules.All.Add(new MeetingsNeedVenues("ACME0001"));
        var report = Validator.Validate(Clean(), Options.WithRules(withCustom).WithSeverity("ACME0001", Severity.Error));
        var custom = report.Diagnostics.Where(d => d.Id == "ACME0001").ToArray();
        Assert.Equal(["meetings[talks-2]", "meetings[talks-3]", "meetings[talks-4]", "meetings[talks-5]"], custom.Select(d => d.Path).ToArray());
        Assert.All(custom, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal("The meeting talks-2 has no venue.", custom[0].Message);
        Assert.Equal("La reunión talks-2 no tiene sede.", Validator.Validate(Clean(), Options.WithRules(withCustom).WithLanguage(Language.Spanish)).Diagnostics.First(d => d.Id == "ACME0001").Message);
    }

    [Fact]
    public void A_failing_custom_rule_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Validator.Validate(Clean(), Options.WithRules(RuleSet.Create([new Throwing()]))));
        Assert.Contains("ACME0002", error.Message, StringComparison.Ordinal);
        Assert.IsType<NotImplementedException>(error.InnerException);
        Assert.Throws<InvalidOperationException>(() => default(RuleContext).Report("x"));
    }

    [Fact]
    public void Descriptors_validate_their_ids_and_templates()
    {
        RuleDescriptor Make(string id, string en = "A {0}.", string es = "Un {0}.")
            => new() { Id = id, Title = "Title", Category = RuleCategory.SourcesAndText, DefaultSeverity = Severity.Info, EnglishMessage = en, SpanishMessage = es, Description = "Why.", Fix = "Fix.", HelpUri = "https://example.org/acme#1" };
        Assert.Equal(1, Make("ACME0001").ArgumentCount);
        Assert.Contains("not a rule ID", Assert.Throws<ArgumentException>(() => Make("ACME001")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Make("A0001"));
        Assert.Throws<ArgumentException>(() => Make("acme0001"));
        Assert.Throws<ArgumentNullException>(() => Make(null!));
        Assert.Contains("takes 1 argument and the Spanish one 2", Assert.Throws<ArgumentException>(() => Make("ACME0001", es: "{0} {1}")).Message, StringComparison.Ordinal);
        Assert.Contains("not a valid composite format", Assert.Throws<ArgumentException>(() => Make("ACME0001", en: "A {0")).Message, StringComparison.Ordinal);
        Assert.Contains("takes 1 argument; 0 were given", Assert.Throws<ArgumentException>(() => Make("ACME0001").FormatMessage(Language.English)).Message, StringComparison.Ordinal);
        Assert.True(RuleDescriptor.IsWellFormedId("COOP1001"));
        Assert.False(RuleDescriptor.IsWellFormedId("COOP１００１"));
    }

    [Fact]
    public void Severity_and_category_names_parse_without_culture()
    {
        Assert.True(SeverityNames.TryParse("WARNING", out var warning));
        Assert.Equal(Severity.Warning, warning);
        Assert.False(SeverityNames.TryParse("warn", out _));
        Assert.Contains("\"fatal\" is not a severity", Assert.Throws<FormatException>(() => SeverityNames.Parse("fatal")).Message, StringComparison.Ordinal);
        Assert.Equal("info", Severity.Info.ToName());
        Assert.True(SeverityNames.TryParseCategory("Presidencies", out var category));
        Assert.Equal(RuleCategory.Presidencies, category);
        Assert.All(Enum.GetValues<RuleCategory>(), c => Assert.True(SeverityNames.TryParseCategory(c.ToName(), out var back) && back == c));
    }

    [Fact]
    public void Validating_a_clean_catalog_allocates_only_the_report()
    {
        var catalog = Clean();
        var options = Options;
        var perValidation = Allocations.Measure(() => Validator.Validate(catalog, options)) / 100;
        Assert.True(ReportSize > 0);
        Assert.Equal(ReportSize, perValidation);
    }

    [Fact]
    public void A_broken_catalog_s_findings_cost_their_arguments_and_their_messages_are_made_when_read()
    {
        var catalog = Faulty();
        var options = Options;
        var english = Allocations.Measure(() => Validator.Validate(catalog, options)) / 100;

        // Messages are formatted when read, so the language of messages (Spanish ones are longer) costs nothing here.
        var spanish = Options.WithLanguage(Language.Spanish);
        Assert.Equal(english, Allocations.Measure(() => Validator.Validate(catalog, spanish)) / 100);

        // Four findings: each is its diagnostic (its subject path and arguments kept inside it, two presidency terms
        // boxed) and its share of the report's array, not a path, a message or a fingerprint (260 bytes; 640 when every
        // finding wrote its path and boxed its arguments).
        var report = Validator.Validate(catalog, Options);
        Assert.Equal(4, report.Diagnostics.Length);
        var perFinding = (english - ReportSize) / report.Diagnostics.Length;
        Assert.True(perFinding is > 0 and <= 300, $"{perFinding} bytes per finding");

        // The first read formats; later reads give the same strings without allocating.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = report.Diagnostics.Select(d => (d.Message, d.Fingerprint)).ToArray();
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0);
        Assert.Equal(0, Allocations.Measure(() =>
        {
            foreach (var d in report.Diagnostics)
            {
                _ = d.Message;
                _ = d.Fingerprint;
            }
        }));
        Assert.All(report.Diagnostics.Zip(read), p => Assert.Same(p.Second.Message, p.First.Message));
    }

    private static readonly ValidationOptions NoRules = ValidationOptions.Default.WithRules(RuleSet.Empty);

    private static readonly long ReportSize = Allocations.Measure(() => Validator.Validate(CooperationCatalog.Empty, NoRules)) / 100;

    [Fact]
    public void A_validation_whose_rules_need_no_facts_of_the_whole_catalog_does_not_build_them()
    {
        // The facts (repeated identifiers, uncited sources, countries, ...) are found for the built-in rules; the
        // suppression matcher runs on every validation and must not make an empty or custom rule set pay for them.
        var facts = typeof(CooperationCatalog).GetField("_facts", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var catalog = Faulty();
        Validator.Validate(catalog, NoRules);
        Assert.Null(facts.GetValue(catalog));

        Validator.Validate(catalog, Options);
        Assert.NotNull(facts.GetValue(catalog));
    }

    [Fact]
    public void Overrides_do_not_allocate_during_validation()
    {
        var catalog = Clean();
        var options = Options.WithSeverity("COOP5001", Severity.Error).WithRuleDisabled("COOP7003").WithMinimumSeverity(Severity.Warning);
        Assert.Equal(ReportSize, Allocations.Measure(() => Validator.Validate(catalog, options)) / 100);
    }

    [Fact]
    public void Validations_run_concurrently_give_the_same_reports()
    {
        var catalog = Faulty();
        var expected = Validator.Validate(catalog, Options).Diagnostics.ToArray();
        var results = new System.Collections.Concurrent.ConcurrentBag<Diagnostic[]>();
        System.Threading.Tasks.Parallel.For(0, 64, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results.Add(Validator.Validate(catalog, i % 2 == 0 ? Options : Options.WithLanguage(Language.Spanish)).Diagnostics.ToArray()));
        Assert.Equal(64, results.Count);
        Assert.All(results, r => Assert.Equal(expected.Select(d => (d.Id, d.Path)), r.Select(d => (d.Id, d.Path))));
    }

    [Fact]
    public void Default_contexts_fail_clearly()
    {
        Assert.Contains("default value", Assert.Throws<InvalidOperationException>(() => default(RuleContext).RequiredAsOf).Message, StringComparison.Ordinal);
        Assert.Contains("default value", Assert.Throws<InvalidOperationException>(() => default(RuleContext).Report("x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_with_a_byte_order_mark_or_other_line_ends_get_the_right_lines()
    {
        var lf = "{\"format\":\"cooperation-catalog/1\",\n\"institutions\":[\n{\"id\":\"a1\",\"name\":{\"es\":\"A\"},\"kind\":\"agency\"},\n{\"id\":\"a2\",\"name\":{\"es\":\"B\"},\"kind\":\"agency\",\"parent\":\"nope\"}]}";
        var only = ValidationOptions.Default.WithRules(BuiltInRules.All.Only("COOP1003"));
        foreach (var (text, bom) in new[] { (lf, false), (lf, true), (lf.Replace("\n", "\r\n", StringComparison.Ordinal), false), (lf.Replace("\n", "\r", StringComparison.Ordinal), true) })
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            if (bom)
            {
                bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            }

            var diagnostic = Validator.Validate(CatalogDocument.Parse(bytes), only).Diagnostics.Single();
            Assert.Equal("institutions[a2].parent", diagnostic.Path);
            Assert.Equal(4, diagnostic.Line);
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInRuleTests.RuleIds), MemberType = typeof(BuiltInRuleTests))]
    public void Each_rule_allocates_nothing_on_a_clean_catalog(string id)
    {
        var catalog = Clean();
        var options = Options.WithRules(BuiltInRules.All.Only(id));
        Assert.Equal(ReportSize, Allocations.Measure(() => Validator.Validate(catalog, options)) / 100);
    }

    [Fact]
    public void Lines_come_from_the_document_when_validating_a_document()
    {
        var tree = CleanTree();
        RuleCases.Triggers.Single(c => c.ToString() == "COOP5005: Canada's head of delegation from Mexico's foreign ministry").Mutate(tree);
        RuleCases.Triggers.Single(c => c.ToString() == "COOP1004: a mechanism citing the source s-nope, which the catalog does not have").Mutate(tree);
        RuleCases.Triggers.Single(c => c.ToString() == "COOP7001: the 2nd meeting is held but cites no source").Mutate(tree);
        var json = tree.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var lines = json.Split('\n');
        int LineOf(string text, int after = 0) => Array.FindIndex(lines, after, l => l.Contains(text, StringComparison.Ordinal)) + 1;

        var document = CatalogDocument.Parse(Encoding.UTF8.GetBytes(json), "catalogs/fixture.json");
        var report = Validator.Validate(document, Options);
        Assert.Equal("catalogs/fixture.json", report.DocumentName);
        var participant = report.Diagnostics.Single(d => d.Id == "COOP5005");
        // The participant object starts on the line of its opening brace, just before its "role".
        var talks1 = LineOf("\"id\": \"talks-1\"");
        var ca = LineOf("\"party\": \"CA\"", talks1);
        Assert.Equal(LineOf("\"role\": \"head-of-delegation\"", ca) - 1, participant.Line);
        // The citation object starts on the line of its opening brace, just before its "source".
        Assert.Equal(LineOf("\"s-nope\"") - 1, report.Diagnostics.Single(d => d.Id == "COOP1004").Line);
        // A member that is absent (no "sources") is located at its entity.
        Assert.Equal(LineOf("\"id\": \"talks-2\"") - 1, report.Diagnostics.Single(d => d.Id == "COOP7001").Line);
        Assert.Null(document.LineOf("meetings[nope]"));
        Assert.Equal(LineOf("\"id\": \"crm\"") - 1, document.LineOf("mechanisms[crm]"));
        Assert.Equal(LineOf("\"presidencies\""), document.LineOf("mechanisms[crm].presidencies[99]"));
        Assert.Equal(LineOf("\"holder\": \"GT\"") - 1, document.LineOf("mechanisms[crm].presidencies[1]"));
        Assert.Equal(LineOf("\"holder\": \"MX\"") - 1, document.LineOf("mechanisms[crm].presidencies[0]"));
        Assert.Equal(LineOf("\"party\": \"int-iom\"") - 1, document.LineOf("mechanisms[crm].parties[int-iom]"));

        // Validating the catalog alone gives the same diagnostics without lines.
        Assert.Equal(
            report.Diagnostics.Select(d => d.WithLine(null)).ToArray(),
            Validator.Validate(document.Catalog, Options).Diagnostics.ToArray());
    }

    [Fact]
    public void Duplicate_identifiers_are_located_at_the_first_entry()
    {
        var json = "{\"format\":\"cooperation-catalog/1\",\n\"institutions\":[\n{\"id\":\"a1\",\"name\":{\"es\":\"A\"},\"kind\":\"agency\"},\n{\"id\":\"a1\",\"name\":{\"es\":\"B\"},\"kind\":\"agency\"}]}";
        var report = Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(json)), ValidationOptions.Default.WithRules(BuiltInRules.All.Only("COOP1001")));
        Assert.Equal(3, report.Diagnostics.Single().Line);
        Assert.Equal("The institution identifier a1 is used 2 times; look-ups find only the first.", report.Diagnostics.Single().Message);
    }

    private sealed class MeetingsNeedVenues(string id) : ICatalogRule
    {
        public RuleDescriptor Descriptor { get; } = new()
        {
            Id = id,
            Title = "Meeting without a venue",
            Category = RuleCategory.MeetingsAndOrdinals,
            DefaultSeverity = Severity.Info,
            EnglishMessage = "The meeting {0} has no venue.",
            SpanishMessage = "La reunión {0} no tiene sede.",
            Description = "Venues matter.",
            Fix = "Add the venue.",
            HelpUri = "https://example.org/rules#" + id,
        };

        public void Analyze(in RuleContext context)
        {
            foreach (var meeting in context.Catalog.Meetings)
            {
                if (meeting.Venues.IsEmpty)
                {
                    context.Report($"meetings[{meeting.Id}]", meeting.Id);
                }
            }
        }
    }

    private sealed class Throwing : ICatalogRule
    {
        public RuleDescriptor Descriptor { get; } = new()
        {
            Id = "ACME0002",
            Title = "Throws",
            Category = RuleCategory.SourcesAndText,
            DefaultSeverity = Severity.Info,
            EnglishMessage = "x",
            Description = "x",
            Fix = "x",
            HelpUri = "https://example.org",
        };

        public void Analyze(in RuleContext context) => throw new NotImplementedException();
    }
}
