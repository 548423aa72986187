using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Writes validation reports as text for people, as JSON for programs (<c>docs/rules.md#json-output</c>), and as
/// SARIF 2.1.0 for CI systems that show diagnostics (GitHub code scanning, Azure DevOps, IDE viewers).
/// </summary>
/// <remarks>
/// Output is deterministic: the report's order, invariant formatting, UTF-8 without a byte-order mark, LF line ends.
/// Text and JSON use the report's language for words that are not data (severities and the summary in text).
/// </remarks>
public static class ReportWriter
{
    /// <summary>Where the built-in rules are documented, for SARIF's absolute help links.</summary>
    public const string RepositoryUrl = "https://github.com/cooperation-domain/Cooperation.Domain";

    // The member of a JSON report, and the property of a SARIF artifact location, that gives ValidationReport.DocumentKey.
    internal const string DocumentKeyProperty = "documentKey";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes the report as text, grouped by subject: the document, then each subject path (with its line) and its
    /// diagnostics, then a summary line.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteText(ValidationReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);

        // Written as it goes: a report of many diagnostics is never held as one text.
        var spanish = report.Language == Language.Spanish;
        if (report.DocumentName is { } name)
        {
            writer.Write(name);
            writer.Write('\n');
        }

        string? subject = null;
        foreach (var d in report.Diagnostics)
        {
            if (!string.Equals(d.Path, subject, StringComparison.Ordinal))
            {
                subject = d.Path;
                writer.Write("  ");
                writer.Write(d.Path);
                if (d.Line is { } line)
                {
                    writer.Write(spanish ? " (línea " : " (line ");
                    writer.Write(line.ToString(CultureInfo.InvariantCulture));
                    writer.Write(')');
                }

                writer.Write('\n');
            }

            writer.Write("    ");
            writer.Write(SeverityWord(d.Severity, spanish));
            writer.Write(' ');
            writer.Write(d.Id);
            writer.Write(": ");
            writer.Write(d.Message);
            writer.Write('\n');
        }

        WriteRulesNotRun(report, writer);
        writer.Write(Summary(report, spanish));
        writer.Write('\n');
    }

    private static void WriteRulesNotRun(ValidationReport report, TextWriter writer)
    {
        foreach (var line in RulesNotRunLines(report))
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>
    /// The lines the text report gives the rules that did not run, one per reason in the order of
    /// <see cref="RuleNotRunReason"/>, in the report's language: "not run, no as-of date: COOP3004, COOP3005,
    /// COOP3006, COOP3007". Empty when every rule ran.
    /// </summary>
    /// <param name="report">The report.</param>
    public static ImmutableArray<string> RulesNotRunLines(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var notRun = report.RulesNotRun;
        if (notRun.IsEmpty)
        {
            return [];
        }

        var spanish = report.Language == Language.Spanish;
        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var reason in Enum.GetValues<RuleNotRunReason>())
        {
            var ids = string.Join(", ", notRun.Where(r => r.Reason == reason).Select(static r => r.Id));
            if (ids.Length > 0)
            {
                lines.Add($"{(spanish ? "no ejecutadas" : "not run")}, {RuleNotRun.Explain(reason, report.Language)}: {ids}");
            }
        }

        return lines.DrainToImmutable();
    }

    /// <summary>The report as text (see <see cref="WriteText(ValidationReport, TextWriter)"/>).</summary>
    /// <param name="report">The report.</param>
    public static string ToText(ValidationReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteText(report, writer);
        return writer.ToString();
    }

    /// <summary>"2 errors, 1 warning, 0 infos" in the report's language, followed by "; 44 suppressed" when suppressions accepted findings.</summary>
    /// <param name="report">The report.</param>
    public static string Summary(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Summary(report, report.Language == Language.Spanish);
    }

    /// <summary>
    /// Writes the report as JSON: <c>format</c> ("cooperation-diagnostics/1"), <c>document</c> and
    /// <c>documentKey</c> (when known: the name as given, and <see cref="ValidationReport.DocumentKey"/>),
    /// <c>asOf</c> (when set), <c>language</c>, <c>counts</c> by severity, and <c>diagnostics</c> with
    /// <c>id</c>, <c>severity</c>, <c>category</c>, <c>title</c>, <c>message</c>, <c>path</c>, <c>line</c> (when
    /// known) and <c>helpUri</c> (the absolute address SARIF gives the rule; omitted, as there, for a custom rule whose
    /// link is relative), and <c>notRun</c>: the rules that did not run, each with <c>id</c> and <c>reason</c>
    /// (<see cref="RuleNotRun.ReasonName"/>). Each diagnostic also has its <c>fingerprint</c>
    /// (<see cref="Diagnostic.Fingerprint"/>); <c>counts.suppressed</c> and <c>suppressed</c> give the findings
    /// suppressions accept, each with <c>suppression</c>: <c>kind</c> ("inSource" or "external"),
    /// <c>justification</c> and <c>location</c>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8">Where to write UTF-8.</param>
    public static void WriteJson(ValidationReport report, Stream utf8) => WriteJson(report, utf8, baseline: null);

    /// <summary>
    /// Writes the report as JSON, as <see cref="WriteJson(ValidationReport, Stream)"/> does, with each finding's
    /// <c>baselineState</c> ("new", "unchanged", "updated") and the baseline's findings of this document that are
    /// gone (<c>absent</c>), when <paramref name="baseline"/> is given.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8">Where to write UTF-8.</param>
    /// <param name="baseline">The comparison of the run that made <paramref name="report"/> with a baseline, or null.</param>
    public static void WriteJson(ValidationReport report, Stream utf8, BaselineComparison? baseline)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8);
        using var w = new Utf8JsonWriter(utf8, JsonOptions);
        w.WriteStartObject();
        w.WriteString("format", "cooperation-diagnostics/1");
        if (report.DocumentName is { } name)
        {
            w.WriteString("document", name);
            w.WriteString(DocumentKeyProperty, report.DocumentKey);
        }

        if (report.AsOf is { } asOf)
        {
            w.WriteString("asOf", asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        w.WriteString("language", report.Language == Language.Spanish ? "es" : "en");
        w.WriteStartObject("counts");
        w.WriteNumber("error", report.ErrorCount);
        w.WriteNumber("warning", report.WarningCount);
        w.WriteNumber("info", report.InfoCount);
        w.WriteNumber("suppressed", report.SuppressedCount);
        w.WriteEndObject();
        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            WriteJsonDiagnostic(w, d, baseline);
        }

        w.WriteEndArray();
        w.WriteStartArray("suppressed");
        foreach (var d in report.SuppressedDiagnostics)
        {
            WriteJsonDiagnostic(w, d, baseline);
        }

        w.WriteEndArray();
        if (baseline is not null)
        {
            WriteJsonAbsent(w, report, baseline);
        }

        w.WriteStartArray("notRun");
        foreach (var rule in report.RulesNotRun)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("reason", rule.ReasonName);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        utf8.WriteByte((byte)'\n');
    }

    private static void WriteJsonDiagnostic(Utf8JsonWriter w, Diagnostic d, BaselineComparison? baseline)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("severity", d.Severity.ToName());
        w.WriteString("category", d.Descriptor.Category.ToName());
        w.WriteString("title", d.Descriptor.Title);
        w.WriteString("message", d.Message);
        w.WriteString("path", d.Path);
        if (d.Line is { } line)
        {
            w.WriteNumber("line", line);
        }

        if (AbsoluteHelpUri(d.Descriptor) is { } helpUri)
        {
            w.WriteString("helpUri", helpUri);
        }

        w.WriteString("fingerprint", d.Fingerprint);
        if (baseline is not null)
        {
            w.WriteString("baselineState", BaselineComparison.Name(baseline.StateOf(d)));
        }

        if (d.Suppression is { } suppression)
        {
            w.WriteStartObject("suppression");
            w.WriteString("kind", suppression.KindName);
            w.WriteString("justification", suppression.Justification);
            w.WriteString("location", suppression.Location);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteJsonAbsent(Utf8JsonWriter w, ValidationReport report, BaselineComparison baseline)
    {
        w.WriteStartArray("absent");
        foreach (var entry in baseline.AbsentIn(report))
        {
            w.WriteStartObject();
            w.WriteString("id", entry.RuleId);
            w.WriteString("severity", entry.Severity.ToName());
            w.WriteString("message", entry.Message);
            w.WriteString("path", entry.Path);
            w.WriteString("fingerprint", entry.Fingerprint);
            w.WriteString("baselineState", "absent");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The report as JSON (see <see cref="WriteJson(ValidationReport, Stream)"/>).</summary>
    /// <param name="report">The report.</param>
    public static byte[] ToJson(ValidationReport report)
    {
        using var stream = new MemoryStream();
        WriteJson(report, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes one SARIF 2.1.0 log with one run for the reports (one per validated document): the tool's rules (every
    /// rule of the reports' rule sets, with their default levels, categories and help), and one result per
    /// diagnostic, located by the document and line when known (a relative path as a URI relative to
    /// <c>%SRCROOT%</c>, an absolute one as a <c>file:</c> URI), and by its subject path as a logical location; and
    /// one invocation whose tool configuration notifications name each rule that did not run and why. Every result has
    /// <c>partialFingerprints</c> (<c>cooperation/v1</c>: <see cref="Diagnostic.Fingerprint"/>); a suppressed finding is
    /// a result with <c>suppressions</c> (kind "inSource" or "external", status "accepted", the justification, and
    /// where the suppression is written as the property <c>location</c>).
    /// </summary>
    /// <param name="reports">The reports; all share the tool run.</param>
    /// <param name="utf8">Where to write UTF-8.</param>
    public static void WriteSarif(IEnumerable<ValidationReport> reports, Stream utf8) => WriteSarif(reports, utf8, baseline: null);

    /// <summary>
    /// Writes the reports as one SARIF 2.1.0 log, as <see cref="WriteSarif(IEnumerable{ValidationReport}, Stream)"/>
    /// does, with <c>baselineState</c> on every result when <paramref name="baseline"/> is given ("new", "unchanged",
    /// "updated"), a result with the state "absent" for each finding of the baseline, in a document of the run,
    /// that is gone, and a tool execution notification for each document of the baseline the run did not check.
    /// </summary>
    /// <param name="reports">The reports; all share the tool run.</param>
    /// <param name="utf8">Where to write UTF-8.</param>
    /// <param name="baseline">The comparison of these reports with a baseline, or null.</param>
    public static void WriteSarif(IEnumerable<ValidationReport> reports, Stream utf8, BaselineComparison? baseline)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(utf8);
        var all = reports.ToArray();
        foreach (var report in all)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
        }

        var rules = all.SelectMany(r => r.Options.Rules.Descriptors).Concat(all.SelectMany(r => r.Diagnostics).Select(d => d.Descriptor))
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        using var w = new Utf8JsonWriter(utf8, JsonOptions);
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "Cooperation.Domain");
        w.WriteString("semanticVersion", ToolVersion);
        w.WriteString("informationUri", RepositoryUrl);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", PascalCase(rule.Title));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Description);
            w.WriteEndObject();
            w.WriteStartObject("help");
            w.WriteString("text", rule.Fix);
            w.WriteEndObject();
            if (AbsoluteHelpUri(rule) is { } helpUri)
            {
                w.WriteString("helpUri", helpUri);
            }

            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("category", rule.Category.ToName());
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var report in all)
        {
            foreach (var d in report.Diagnostics.Concat(report.SuppressedDiagnostics))
            {
                WriteSarifResult(w, report, ruleIndex, d.Id, d.Severity, d.Message, d.Path, d.Line, d.Fingerprint, d.Suppression, baseline is null ? null : baseline.StateOf(d));
            }

            foreach (var entry in baseline?.AbsentIn(report) ?? [])
            {
                WriteSarifResult(w, report, ruleIndex, entry.RuleId, entry.Severity, entry.Message, entry.Path, null, entry.Fingerprint, null, BaselineState.Absent);
            }
        }

        w.WriteEndArray();
        WriteInvocation(w, all, ruleIndex, baseline);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        utf8.WriteByte((byte)'\n');
    }

    private static void WriteSarifResult(
        Utf8JsonWriter w, ValidationReport report, Dictionary<string, int> ruleIndex, string ruleId, Severity severity, string message, string path, int? line,
        string fingerprint, DiagnosticSuppression? suppression, BaselineState? baselineState)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", ruleId);
        if (ruleIndex.TryGetValue(ruleId, out var index))
        {
            w.WriteNumber("ruleIndex", index);
        }

        w.WriteString("level", Level(severity));
        w.WriteStartObject("message");
        w.WriteString("text", message);
        w.WriteEndObject();
        // Without a line (a finding gone from the document, a subject it does not have) there is no region to point
        // at: the document is then the result's analysis target rather than a physical location without a region.
        if (report.DocumentName is { } target && line is null)
        {
            w.WritePropertyName("analysisTarget");
            WriteArtifactLocation(w, report, target);
        }

        w.WriteStartArray("locations");
        w.WriteStartObject();
        if (report.DocumentName is { } name && line is { } startLine)
        {
            w.WriteStartObject("physicalLocation");
            w.WritePropertyName("artifactLocation");
            WriteArtifactLocation(w, report, name);
            w.WriteStartObject("region");
            w.WriteNumber("startLine", startLine);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("fullyQualifiedName", path);
        w.WriteString("kind", "object");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        // Code scanning matches results across runs by these, not by line or wording.
        w.WriteStartObject("partialFingerprints");
        w.WriteString(DiagnosticFingerprint.Name, fingerprint);
        w.WriteEndObject();
        if (baselineState is { } state)
        {
            w.WriteString("baselineState", BaselineComparison.Name(state));
        }

        if (suppression is not null)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", suppression.KindName);
            w.WriteString("status", "accepted");
            w.WriteString("justification", suppression.Justification);
            w.WriteStartObject("properties");
            w.WriteString("location", suppression.Location);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter w, ValidationReport report, string name)
    {
        w.WriteStartObject();
        if (!report.DocumentIsFile)
        {
            // Embedded in the assembly: no file anyone can open, so a description instead of a URI.
            w.WriteStartObject("description");
            w.WriteString("text", name);
            w.WriteEndObject();
        }
        else
        {
            var (uri, relative) = ArtifactUri(name);
            w.WriteString("uri", uri);
            if (relative)
            {
                w.WriteString("uriBaseId", "%SRCROOT%");
            }
        }

        // The key a baseline matches the document by, whatever its URI (the working directory and spelling it had).
        w.WriteStartObject("properties");
        w.WriteString(DocumentKeyProperty, report.DocumentKey);
        w.WriteEndObject();

        w.WriteEndObject();
    }

    // The options' changes to the rules, as SARIF says a run's configuration differs from the rules' defaults: a level
    // that replaces the default, or "enabled": false for a rule turned off. With several reports, each rule once (the
    // run has one configuration: a rule turned off in any report is given as off).
    private static void WriteRuleConfigurationOverrides(Utf8JsonWriter w, ValidationReport[] reports, Dictionary<string, int> ruleIndex)
    {
        var overrides = new SortedDictionary<string, (bool Enabled, Severity? Level)>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            foreach (var (id, severity) in report.Options.SeverityOverrides)
            {
                // A level equal to the rule's default changes nothing; of reports that disagree, the first one's is given.
                if (ruleIndex.ContainsKey(id) && report.Options.Rules.TryGetRule(id, out var rule) && rule.Descriptor.DefaultSeverity != severity)
                {
                    overrides.TryAdd(id, (true, severity));
                }
            }

            foreach (var id in report.Options.DisabledRules)
            {
                if (ruleIndex.ContainsKey(id))
                {
                    overrides[id] = (false, null);
                }
            }
        }

        if (overrides.Count == 0)
        {
            return;
        }

        w.WriteStartArray("ruleConfigurationOverrides");
        foreach (var (id, (enabled, level)) in overrides)
        {
            w.WriteStartObject();
            w.WriteStartObject("descriptor");
            w.WriteString("id", id);
            w.WriteNumber("index", ruleIndex[id]);
            w.WriteEndObject();
            w.WriteStartObject("configuration");
            if (!enabled)
            {
                w.WriteBoolean("enabled", false);
            }
            else
            {
                w.WriteString("level", Level(level!.Value));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // One invocation; each rule that did not run (in any of the reports) is a configuration notification about it,
    // at level "note", so that viewers show what was not checked next to what was found.
    private static void WriteInvocation(Utf8JsonWriter w, ValidationReport[] reports, Dictionary<string, int> ruleIndex, BaselineComparison? baseline)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        WriteRuleConfigurationOverrides(w, reports, ruleIndex);
        var spanish = reports.Length > 0 && reports[0].Language == Language.Spanish;
        WriteDocumentsNotChecked(w, baseline, spanish);
        var notRun = reports.SelectMany(static r => r.RulesNotRun).Distinct().OrderBy(static r => r.Id, StringComparer.Ordinal).ThenBy(static r => r.Reason).ToArray();
        if (notRun.Length > 0)
        {
            w.WriteStartArray("toolConfigurationNotifications");
            foreach (var rule in notRun)
            {
                w.WriteStartObject();
                w.WriteStartObject("descriptor");
                w.WriteString("id", "rule-not-run/" + rule.ReasonName);
                w.WriteEndObject();
                w.WriteStartObject("associatedRule");
                w.WriteString("id", rule.Id);
                w.WriteNumber("index", ruleIndex[rule.Id]);
                w.WriteEndObject();
                w.WriteString("level", "note");
                w.WriteStartObject("message");
                w.WriteString("text", spanish ? $"{rule.Id} no se ejecutó: {rule.Explain(Language.Spanish)}." : $"{rule.Id} did not run: {rule.Explain(Language.English)}.");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    // The baseline's documents this run did not check: a notification each, since their findings are neither
    // results of this run nor absent from it.
    private static void WriteDocumentsNotChecked(Utf8JsonWriter w, BaselineComparison? baseline, bool spanish)
    {
        if (baseline is null || baseline.NotChecked.IsEmpty)
        {
            return;
        }

        w.WriteStartArray("toolExecutionNotifications");
        foreach (var (document, findings) in baseline.NotCheckedDocuments)
        {
            w.WriteStartObject();
            w.WriteStartObject("descriptor");
            w.WriteString("id", "baseline-document-not-checked");
            w.WriteEndObject();
            w.WriteString("level", "note");
            w.WriteStartObject("message");
            w.WriteString("text", NotCheckedText(document, findings, spanish));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString(DocumentKeyProperty, document);
            w.WriteNumber("findings", findings);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// One line per document of <see cref="BaselineComparison.NotChecked"/>, in <paramref name="language"/>: "The
    /// baseline has 2 findings in old.json, which this run did not check: they are neither new nor absent." Empty
    /// when the run checked every document of the baseline. SARIF gives the same as notifications.
    /// </summary>
    /// <param name="comparison">A run compared with a baseline.</param>
    /// <param name="language">English or Spanish.</param>
    public static ImmutableArray<string> NotCheckedLines(BaselineComparison comparison, Language language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return [.. comparison.NotCheckedDocuments.Select(d => NotCheckedText(d.Document, d.Findings, language == Language.Spanish))];
    }

    private static string NotCheckedText(string document, int findings, bool spanish)
    {
        var count = findings.ToString(CultureInfo.InvariantCulture);
        var name = document.Length == 0 ? (spanish ? "un documento sin nombre" : "a document without a name") : document;
        var one = findings == 1;
        return spanish
            ? $"La línea de base tiene {count} {(one ? "hallazgo" : "hallazgos")} en {name}, que esta ejecución no comprobó: {(one ? "no es nuevo ni ausente" : "no son nuevos ni ausentes")}."
            : $"The baseline has {count} {(one ? "finding" : "findings")} in {name}, which this run did not check: {(one ? "it is" : "they are")} neither new nor absent.";
    }

    /// <summary>The reports as a SARIF 2.1.0 log (see <see cref="WriteSarif(IEnumerable{ValidationReport}, Stream)"/>).</summary>
    /// <param name="reports">The reports.</param>
    public static byte[] ToSarif(params IEnumerable<ValidationReport> reports)
    {
        using var stream = new MemoryStream();
        WriteSarif(reports, stream);
        return stream.ToArray();
    }

    // The package version (major.minor.patch), without the commit, so that output does not change between builds.
    private static string ToolVersion { get; } = typeof(ReportWriter).Assembly.GetName().Version is { } v
        ? string.Create(CultureInfo.InvariantCulture, $"{v.Major}.{v.Minor}.{v.Build}")
        : "0.0.0";

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string SeverityWord(Severity severity, bool spanish) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => spanish ? "advertencia" : "warning",
        _ => "info",
    };

    internal static string Summary(ValidationReport report, bool spanish)
    {
        static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
        var counts = spanish
            ? $"{Count(report.ErrorCount, "error", "errores")}, {Count(report.WarningCount, "advertencia", "advertencias")}, {Count(report.InfoCount, "aviso informativo", "avisos informativos")}"
            : $"{Count(report.ErrorCount, "error", "errors")}, {Count(report.WarningCount, "warning", "warnings")}, {Count(report.InfoCount, "info", "infos")}";

        // Suppressed findings are not counted by severity; their number is given when there are any.
        return report.SuppressedCount == 0 ? counts
            : spanish ? $"{counts}; {Count(report.SuppressedCount, "suprimido", "suprimidos")}"
            : $"{counts}; {report.SuppressedCount.ToString(CultureInfo.InvariantCulture)} suppressed";
    }

    // SARIF wants an absolute address. Built-in rules' relative anchors point into this repository's docs; a
    // custom rule's relative reference cannot be resolved here, so it is left out rather than pointed elsewhere.
    private static string? AbsoluteHelpUri(RuleDescriptor rule)
    {
        if (Uri.TryCreate(rule.HelpUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        return rule.Id.StartsWith(RuleDescriptor.BuiltInPrefix, StringComparison.Ordinal) && !rule.HelpUri.StartsWith('/')
            ? $"{RepositoryUrl}/blob/main/{rule.HelpUri}"
            : null;
    }

    // A file path as a URI reference: segments percent-escaped as UTF-8 (a literal "%41" stays "%2541", a space is
    // "%20"), separators '/', ':' kept. A relative path is relative to the source root (uriBaseId %SRCROOT%), and one
    // whose first segment has a ':' starts with "./", which RFC 3986 (section 4.2) requires so that "C:" or "a:b/c"
    // is not read as a scheme; a rooted one ("/x", or a Windows drive "C:/x") becomes a file URI.
    internal static (string Uri, bool Relative) ArtifactUri(string name)
    {
        var path = name.Replace('\\', '/');
        // Rooted on any system: "/x", or a Windows drive "C:/x" (which Path does not recognise on Linux).
        var rooted = path.StartsWith('/') || (path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] == '/');
        var escaped = string.Join('/', path.Split('/').Select(segment => Uri.EscapeDataString(segment).Replace("%3A", ":", StringComparison.Ordinal)));
        if (rooted)
        {
            return ("file://" + (escaped.StartsWith('/') ? escaped : "/" + escaped), false);
        }

        return (escaped.Split('/')[0].Contains(':', StringComparison.Ordinal) ? "./" + escaped : escaped, true);
    }

    // "Duplicate identifier" → "DuplicateIdentifier"; SARIF's rule name is an identifier-like word.
    private static string PascalCase(string title)
    {
        var result = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                result.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return result.ToString();
    }
}
