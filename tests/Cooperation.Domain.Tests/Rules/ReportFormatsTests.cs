using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;
using static Cooperation.Domain.Tests.Rules.RuleFixtures;

namespace Cooperation.Domain.Tests.Rules;

public class ReportFormatsTests
{
    // The faulty fixture, written indented and read as a document, so that diagnostics carry lines.
    private static ValidationReport FixedReport(Language language = Language.English)
    {
        var tree = ValidatorTests.FaultyTree();
        var json = tree.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        return Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(json), "data/fixture catalog.json"), ValidationOptions.Default.WithAsOf(AsOf).WithLanguage(language));
    }

    [Fact]
    public void Text_groups_diagnostics_by_subject()
    {
        var text = ReportOutput.Text(FixedReport());
        Snapshot.Verify(this, text);
        Assert.StartsWith("data/fixture catalog.json\n  mechanisms[crm].presidencies[1] (line ", text, StringComparison.Ordinal);
        Assert.EndsWith("2 errors, 1 warning, 1 info\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length == 0 || line[0] != ' ' || line.StartsWith("  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_speaks_the_report_language()
    {
        var text = ReportOutput.Text(FixedReport(Language.Spanish));
        Snapshot.Verify(this, text);
        Assert.Contains("(línea ", text, StringComparison.Ordinal);
        Assert.EndsWith("2 errores, 1 advertencia, 1 aviso informativo\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_documented_and_reads_back()
    {
        var report = FixedReport();
        var bytes = ReportOutput.Json(report);
        Snapshot.Verify(this, Encoding.UTF8.GetString(bytes), "json");
        using var doc = JsonDocument.Parse(bytes);
        var root = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("cooperation-diagnostics/1", root.GetProperty("format").GetString());
        Assert.Equal("2022-06-01", root.GetProperty("asOf").GetString());
        Assert.Equal(2, root.GetProperty("counts").GetProperty("error").GetInt32());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal(report.Diagnostics[0].Id, first.GetProperty("id").GetString());
        Assert.Equal(report.Diagnostics[0].Line, first.GetProperty("line").GetInt32());
        Assert.Equal("presidencies", first.GetProperty("category").GetString());
        Assert.Equal(report.Diagnostics.Length, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Sarif_is_a_valid_2_1_0_log_whose_results_point_at_their_rules()
    {
        var report = FixedReport();
        var bytes = ReportOutput.Sarif(report);
        Snapshot.Verify(this, Encoding.UTF8.GetString(bytes), "sarif");
        using var doc = JsonDocument.Parse(bytes);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("Cooperation.Domain", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", driver.GetProperty("semanticVersion").GetString()!);
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(BuiltInRules.All.Count, rules.Length);
        Assert.All(rules, r =>
        {
            Assert.True(Uri.IsWellFormedUriString(r.GetProperty("helpUri").GetString(), UriKind.Absolute));
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", r.GetProperty("name").GetString()!);
        });

        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(report.Diagnostics.Length, results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            var diagnostic = report.Diagnostics[i];
            Assert.Equal(diagnostic.Id, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(diagnostic.Id, result.GetProperty("ruleId").GetString());
            Assert.Equal(diagnostic.Severity == Severity.Info ? "note" : diagnostic.Severity.ToName(), result.GetProperty("level").GetString());
            var location = result.GetProperty("locations")[0];
            Assert.Equal("data/fixture%20catalog.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(diagnostic.Line, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(diagnostic.Path, location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        }
    }

    [Fact]
    public void Sarif_keeps_only_absolute_help_links_of_custom_rules_and_escapes_document_paths()
    {
        var relative = Custom("ACME0001", "docs/rules.md#acme0001");
        var absolute = Custom("ACME0002", "https://example.org/rules#acme0002");
        var rules = RuleSet.Create([new Reports(relative), new Reports(absolute)]);
        var catalog = Read(CleanTree());
        var json = Encoding.UTF8.GetBytes(CleanJson);
        var reports = new[] { "/tmp/x%41y.json", "data/a b.json", @"C:\data\c.json" }
            .Select(name => Validator.Validate(CatalogDocument.Parse(json, name), ValidationOptions.Default.WithRules(rules)))
            .ToArray();
        using var doc = JsonDocument.Parse(ReportOutput.Sarif(reports));
        var run = doc.RootElement.GetProperty("runs")[0];
        var ruleElements = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.False(ruleElements.Single(r => r.GetProperty("id").GetString() == "ACME0001").TryGetProperty("helpUri", out _));
        Assert.Equal("https://example.org/rules#acme0002", ruleElements.Single(r => r.GetProperty("id").GetString() == "ACME0002").GetProperty("helpUri").GetString());
        var artifacts = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .Select(a => (a.GetProperty("uri").GetString(), a.TryGetProperty("uriBaseId", out var b) ? b.GetString() : null))
            .Distinct().ToArray();
        Assert.Equal([("file:///tmp/x%2541y.json", null), ("data/a%20b.json", "%SRCROOT%"), ("file:///C:/data/c.json", null)], artifacts);
        Assert.All(artifacts, a => Assert.True(Uri.IsWellFormedUriString(a.Item1, a.Item2 is null ? UriKind.Absolute : UriKind.Relative)));
    }

    [Fact]
    public void Json_help_links_are_the_absolute_ones_of_sarif()
    {
        var relative = Custom("ACME0001", "docs/rules.md#acme0001");
        var absolute = Custom("ACME0002", "https://example.org/rules#acme0002");
        var reports = new[]
        {
            FixedReport(),
            Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(CleanJson), "custom.json"), ValidationOptions.Default.WithRules(RuleSet.Create([new Reports(relative), new Reports(absolute)]))),
        };
        using var sarif = JsonDocument.Parse(ReportOutput.Sarif(reports));
        var sarifLinks = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.TryGetProperty("helpUri", out var u) ? u.GetString() : null);
        var checkedLinks = 0;
        foreach (var report in reports)
        {
            using var json = JsonDocument.Parse(ReportOutput.Json(report));
            foreach (var diagnostic in json.RootElement[0].GetProperty("diagnostics").EnumerateArray())
            {
                var id = diagnostic.GetProperty("id").GetString()!;
                var link = diagnostic.TryGetProperty("helpUri", out var u) ? u.GetString() : null;
                Assert.Equal(sarifLinks[id], link);
                if (link is not null)
                {
                    Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == "https", link);
                    checkedLinks++;
                }
            }
        }

        Assert.True(checkedLinks >= 4);
        Assert.Equal(RuleDescriptor.RepositoryUrl + "/blob/main/docs/rules.md#" + reports[0].Diagnostics[0].Id.ToLowerInvariant(), sarifLinks[reports[0].Diagnostics[0].Id]);
        Assert.Null(sarifLinks["ACME0001"]);
    }

    [Theory]
    [InlineData("C:")]
    [InlineData("a:b/c.json")]
    [InlineData("dir/my file.json")]
    [InlineData("ñ.json")]
    [InlineData("data/x%41y #1?.json")]
    [InlineData("dir/C:/x.json")]
    [InlineData("/tmp/abs dir/ñ:1.json")]
    public void Sarif_artifact_uris_read_back_as_the_documents_they_name(string name)
    {
        var report = Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(CleanJson), name), ValidationOptions.Default.WithRules(
            RuleSet.Create([new Reports(Custom("ACME0001", "docs/x"))])));
        using var sarif = JsonDocument.Parse(ReportOutput.Sarif(report));
        var artifact = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        var text = artifact.GetProperty("uri").GetString()!;
        Assert.True(Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri), text);
        Assert.DoesNotContain(' ', text);
        Assert.All(text, c => Assert.True(c < 0x80, text));
        if (name.StartsWith('/'))
        {
            Assert.False(artifact.TryGetProperty("uriBaseId", out _));
            Assert.True(uri.IsAbsoluteUri && uri.IsFile, text);
            Assert.Equal(name, uri.LocalPath);
        }
        else
        {
            // RFC 3986: a relative reference, whose first segment has no ':' unless "./" comes first; resolved against
            // the source root, it is the file.
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            Assert.False(uri.IsAbsoluteUri, text);
            Assert.True(Uri.IsWellFormedUriString(text, UriKind.Relative), text);
            Assert.DoesNotContain(':', text.StartsWith("./", StringComparison.Ordinal) ? string.Empty : text.Split('/')[0]);
            var resolved = new Uri(new Uri("file:///src/"), uri);
            Assert.Equal("/src/" + name, resolved.LocalPath);
        }
    }

    [Fact]
    public void The_reference_catalog_is_named_as_such_and_given_no_file_uri()
    {
        var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithAsOf(AsOf));
        Assert.Equal(ReferenceCatalog.DocumentName, report.DocumentName);
        Assert.StartsWith("reference catalog (ReferenceCatalog.Default)\n", ReportOutput.Text(report), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ReportOutput.Json(report));
        Assert.Equal("reference catalog (ReferenceCatalog.Default)", json.RootElement[0].GetProperty("document").GetString());
        using var sarif = JsonDocument.Parse(ReportOutput.Sarif(report));
        var locations = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation")).ToArray();
        Assert.NotEmpty(locations);
        Assert.All(locations, l =>
        {
            var artifact = l.GetProperty("artifactLocation");
            Assert.False(artifact.TryGetProperty("uri", out _));
            Assert.False(artifact.TryGetProperty("uriBaseId", out _));
            Assert.Equal("reference catalog (ReferenceCatalog.Default)", artifact.GetProperty("description").GetProperty("text").GetString());
            Assert.True(l.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
        });
    }

    private sealed class Reports(RuleDescriptor descriptor) : ICatalogRule
    {
        public RuleDescriptor Descriptor { get; } = descriptor;

        public void Analyze(in RuleContext context) => context.Report("sources[s-old]", "s-old");
    }

    [Fact]
    public void A_catalog_validated_without_a_document_has_logical_locations_only()
    {
        var report = Validator.Validate(ValidatorTests.Faulty(), ValidationOptions.Default.WithAsOf(AsOf));
        using var doc = JsonDocument.Parse(ReportOutput.Sarif(report));
        var location = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0];
        Assert.False(location.TryGetProperty("physicalLocation", out _));
        Assert.StartsWith("  mechanisms[crm]", ReportOutput.Text(report), StringComparison.Ordinal);
        Assert.Equal("not run, no archived copies of the sources: COOP7006, COOP7007, COOP7008\n0 errors, 0 warnings, 0 infos\n", ReportOutput.Text(Validator.Validate(Clean(), ValidationOptions.Default.WithAsOf(AsOf))));
        using var empty = JsonDocument.Parse(ReportOutput.Sarif());
        Assert.Equal(0, empty.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    private static RuleDescriptor Custom(string id, string helpUri) => new()
    {
        Id = id,
        Title = "Custom",
        Category = RuleCategory.SourcesAndText,
        DefaultSeverity = Severity.Info,
        EnglishMessage = "x {0}",
        SpanishMessage = "x {0}",
        Description = "Why.",
        Fix = "Fix.",
        HelpUri = helpUri,
    };
}
