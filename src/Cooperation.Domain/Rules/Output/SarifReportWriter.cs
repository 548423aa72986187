using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Validation reports as one SARIF 2.1.0 log (<c>sarif</c>, <c>application/sarif+json</c>, <c>.sarif</c>), for CI
/// systems that show diagnostics (GitHub code scanning, Azure DevOps, IDE viewers): one run for the reports (one per
/// validated document).
/// </summary>
/// <remarks>
/// The run has the tool's rules (every rule of the reports' rule sets, with their default levels, categories and
/// help), and one result per diagnostic, located by the document and line when known (a relative path as a URI
/// relative to <c>%SRCROOT%</c>, an absolute one as a <c>file:</c> URI), and by its subject path as a logical location;
/// and one invocation whose tool configuration notifications name each rule that did not run and why. Every result has
/// <c>partialFingerprints</c> (<c>cooperation/v1</c>: <see cref="Diagnostic.Fingerprint"/>); a suppressed finding is a
/// result with <c>suppressions</c> (kind "inSource" or "external", status "accepted", the justification, and where the
/// suppression is written as the property <c>location</c>). With a baseline (<see cref="ReportWriterOptions.Baseline"/>),
/// every result has its <c>baselineState</c> ("new", "unchanged", "updated"), each finding of the baseline in a
/// document of the run that is gone is a result with the state "absent", and each document of the baseline the run did
/// not check is a tool execution notification.
/// </remarks>
public sealed class SarifReportWriter : DocumentWriter<IReadOnlyList<ValidationReport>>
{
    /// <summary>A writer with no baseline, indented.</summary>
    public SarifReportWriter()
        : this(ReportWriterOptions.Default)
    {
    }

    /// <summary>A writer with <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    public SarifReportWriter(ReportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options.</summary>
    public ReportWriterOptions Options { get; }

    /// <inheritdoc/>
    public override string Name => "sarif";

    /// <inheritdoc/>
    public override string MediaType => "application/sarif+json";

    /// <inheritdoc/>
    public override string FileExtension => ".sarif";

    // The package version (major.minor.patch), without the commit, so that output does not change between builds.
    private static string ToolVersion { get; } = typeof(SarifReportWriter).Assembly.GetName().Version is { } v
        ? string.Create(CultureInfo.InvariantCulture, $"{v.Major}.{v.Minor}.{v.Build}")
        : "0.0.0";

    private protected override IEnumerable<DocumentPart> WriteParts(IReadOnlyList<ValidationReport> reports, IBufferWriter<byte> destination)
    {
        ReportFormats.CheckReports(reports);
        var baseline = Options.Baseline;
        var rules = reports.SelectMany(r => r.Options.Rules.Descriptors).Concat(reports.SelectMany(r => r.Diagnostics).Select(d => d.Descriptor))
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        using var w = new Utf8JsonWriter(destination, DocumentJson.Options(Options.Indented));
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "Cooperation.Domain");
        w.WriteString("semanticVersion", ToolVersion);
        w.WriteString("informationUri", RuleDescriptor.RepositoryUrl);
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
            if (rule.AbsoluteHelpUri is { } helpUri)
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
        w.Flush();
        yield return default;
        w.WriteStartArray("results");
        foreach (var report in reports)
        {
            foreach (var d in report.Diagnostics.Concat(report.SuppressedDiagnostics))
            {
                WriteResult(w, report, ruleIndex, d.Id, d.Severity, d.Message, d.Path, d.Line, d.Fingerprint, d.Suppression, baseline is null ? null : baseline.StateOf(d));
                w.Flush();
                yield return default;
            }

            foreach (var entry in baseline?.AbsentIn(report) ?? [])
            {
                WriteResult(w, report, ruleIndex, entry.RuleId, entry.Severity, entry.Message, entry.Path, null, entry.Fingerprint, null, BaselineState.Absent);
                w.Flush();
                yield return default;
            }
        }

        w.WriteEndArray();
        WriteInvocation(w, reports, ruleIndex, baseline);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        new Utf8Text(destination).Line();
    }

    private static void WriteResult(
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
        w.WriteString(DocumentKey.PropertyName, report.DocumentKey);
        w.WriteEndObject();

        w.WriteEndObject();
    }

    // The options' changes to the rules, as SARIF says a run's configuration differs from the rules' defaults: a level
    // that replaces the default, or "enabled": false for a rule turned off. With several reports, each rule once (the
    // run has one configuration: a rule turned off in any report is given as off).
    private static void WriteRuleConfigurationOverrides(Utf8JsonWriter w, IReadOnlyList<ValidationReport> reports, Dictionary<string, int> ruleIndex)
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
    private static void WriteInvocation(Utf8JsonWriter w, IReadOnlyList<ValidationReport> reports, Dictionary<string, int> ruleIndex, BaselineComparison? baseline)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        WriteRuleConfigurationOverrides(w, reports, ruleIndex);
        var spanish = reports.Count > 0 && reports[0].Language == Language.Spanish;
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
            w.WriteString("text", BaselineComparison.NotCheckedText(document, findings, spanish ? Language.Spanish : Language.English));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString(DocumentKey.PropertyName, document);
            w.WriteNumber("findings", findings);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

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
