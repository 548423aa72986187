using System;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Domain.Rules;
using Json.Schema;
using NodaTime;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>
/// The SARIF the library writes conforms to the SARIF 2.1.0 JSON Schema (OASIS), checked by JsonSchema.Net: a clean
/// run, runs with diagnostics in both languages, several documents, rules that did not run, custom rules. The schema
/// is the one Microsoft's SARIF Multitool ships (npm <c>@microsoft/sarif-multitool-linux</c>), which <c>.ci/run</c>
/// installs into a temporary folder and names in <c>COOPERATION_SARIF_SCHEMA</c>; the Multitool itself validates the
/// tool's SARIF in a later CI step.
/// </summary>
public class SarifSchemaTests
{
    private static JsonSchema? Schema()
    {
        var path = Environment.GetEnvironmentVariable("COOPERATION_SARIF_SCHEMA");
        if (string.IsNullOrEmpty(path))
        {
            // On CI the schema must be there; a developer's machine may not have it installed.
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "COOPERATION_SARIF_SCHEMA is not set: .ci/run installs the SARIF Multitool and sets it");
            return null;
        }

        Assert.True(File.Exists(path), $"COOPERATION_SARIF_SCHEMA names no file: {path}");
        return JsonSchema.FromText(File.ReadAllText(path));
    }

    private static void AssertConforms(JsonSchema schema, byte[] sarif)
    {
        var results = schema.Evaluate(System.Text.Json.JsonDocument.Parse(sarif).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));
        Assert.True(results.IsValid, errors);
    }

    public static TheoryData<string> Logs() => ["clean", "reference", "reference-es", "faulty-document", "several", "custom", "all-inputs", "suppressed", "against-a-baseline"];

    [Theory]
    [MemberData(nameof(Logs))]
    public void The_sarif_the_library_writes_conforms_to_the_sarif_2_1_0_schema(string log)
    {
        if (Schema() is not { } schema)
        {
            return;
        }

        var asOf = ValidationOptions.Default.WithAsOf(new LocalDate(2026, 12, 2));
        var faulty = CatalogDocument.Parse(Encoding.UTF8.GetBytes(ValidatorTests.FaultyTree().ToJsonString()), "data/faulty catalog.json");
        var sarif = log switch
        {
            "clean" => ReportOutput.Sarif(Validator.Validate(new CatalogBuilder().Build(), asOf.WithSourceTexts(SourceTexts.FromTexts([])))),
            "reference" => ReportOutput.Sarif(Validator.Validate(ReferenceCatalog.Document)),
            "reference-es" => ReportOutput.Sarif(Validator.Validate(ReferenceCatalog.Document, asOf.WithLanguage(Language.Spanish))),
            "faulty-document" => ReportOutput.Sarif(Validator.Validate(faulty, asOf)),
            "several" => ReportOutput.Sarif(Validator.Validate(faulty, asOf), Validator.Validate(ReferenceCatalog.Document, asOf.WithRuleDisabled("COOP2001").WithSeverity("COOP3006", Severity.Error).WithMinimumSeverity(Severity.Warning))),
            "custom" => ReportOutput.Sarif(Validator.Validate(faulty, asOf.WithRules(BuiltInRules.All.Add(CatalogRule.Create(new RuleDescriptor
            {
                Id = "ACME0001",
                Title = "Every meeting",
                Category = RuleCategory.MeetingsAndOrdinals,
                DefaultSeverity = Severity.Info,
                EnglishMessage = "Meeting {0}.",
                Description = "Lists meetings.",
                Fix = "Nothing to fix.",
                HelpUri = "docs/acme.md#acme0001",
            }, static context =>
            {
                foreach (var meeting in context.Catalog.Meetings)
                {
                    context.Report($"meetings[{meeting.Id}]", meeting.Id);
                }
            }))))),
            "suppressed" => Suppressed(faulty, asOf),
            "against-a-baseline" => AgainstABaseline(faulty, asOf),
            _ => ReportOutput.Sarif(Validator.Validate(ReferenceCatalog.Document, asOf.WithSourceTexts(SourceTexts.FromDirectory(Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "..", "shared", "seeds"))))),
        };
        AssertConforms(schema, sarif);
    }

    // In-source suppressions (the reference catalog's) and external ones (a file accepting the faulty document's first
    // finding, and one naming a meeting it does not have: COOP8001), in one log.
    internal static byte[] Suppressed(CatalogDocument faulty, ValidationOptions options)
    {
        var first = Validator.Validate(faulty, options).Diagnostics[0];
        var file = SuppressionFile.Parse(Encoding.UTF8.GetBytes($$"""
            {"format": "cooperation-suppressions/1", "suppressions": [
              {"rule": "{{first.Id}}", "path": "{{first.Path}}", "justification": "Known since the import."},
              {"rule": "COOP5001", "path": "meetings[nowhere]", "justification": "Stale."}]}
            """), "data/known.suppressions.json");
        var report = Validator.Validate(faulty, options.WithSuppressions(file));
        Assert.Contains(report.SuppressedDiagnostics, d => d.Suppression!.Kind == SuppressionKind.External);
        Assert.Contains(report.Diagnostics, d => d.Id == "COOP8001");
        return ReportOutput.Sarif(report, Validator.Validate(ReferenceCatalog.Document, options));
    }

    // A baseline of the faulty document; the new run turns one rule off (absent), raises another (updated), keeps
    // the rest (unchanged), and a second document's findings are all new.
    internal static byte[] AgainstABaseline(CatalogDocument faulty, ValidationOptions options)
    {
        var before = Validator.Validate(faulty, options);
        var ids = before.Diagnostics.Select(d => d.Id).Distinct().ToArray();
        var baseline = Baseline.Parse(ReportOutput.Sarif(before), "known.sarif");
        var raised = before.Diagnostics.First(d => d.Id != ids[0] && d.Severity != Severity.Error).Id;
        var after = Validator.Validate(faulty, options.WithRuleDisabled(ids[0]).WithSeverity(raised, Severity.Error));
        var other = Validator.Validate(ReferenceCatalog.Document, options.WithSuppressions(null));
        var comparison = baseline.Compare([after, other]);
        Assert.NotEmpty(comparison.Absent);
        Assert.True(comparison.UpdatedCount > 0 && comparison.UnchangedCount > 0);
        return ReportOutput.Bytes(new SarifReportWriter(new ReportWriterOptions { Baseline = comparison }), [after, other]);
    }

    [Fact]
    public void The_schema_check_refuses_a_log_that_breaks_the_schema()
    {
        if (Schema() is not { } schema)
        {
            return;
        }

        var sarif = Encoding.UTF8.GetString(ReportOutput.Sarif(Validator.Validate(ReferenceCatalog.Document)));
        var broken = sarif.Replace("\"level\": \"note\"", "\"level\": \"fatal\"", StringComparison.Ordinal);
        Assert.NotEqual(sarif, broken);
        Assert.ThrowsAny<Exception>(() => AssertConforms(schema, Encoding.UTF8.GetBytes(broken)));
    }
}
