using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Validation reports as JSON for programs (<c>json</c>, <c>application/json</c>, <c>.json</c>;
/// <c>docs/rules.md#json-output</c>): an array with one <c>cooperation-diagnostics/1</c> object per report, in the
/// order given (<c>[]</c> for none).
/// </summary>
/// <remarks>
/// Each object has <c>format</c> ("cooperation-diagnostics/1"), <c>document</c> and <c>documentKey</c> (when known:
/// the name as given, and <see cref="ValidationReport.DocumentKey"/>), <c>asOf</c> (when set), <c>language</c>,
/// <c>counts</c> by severity, and <c>diagnostics</c> with <c>id</c>, <c>severity</c>, <c>category</c>, <c>title</c>,
/// <c>message</c>, <c>path</c>, <c>line</c> (when known) and <c>helpUri</c> (the absolute address SARIF gives the rule;
/// omitted, as there, for a custom rule whose link is relative), each with its <c>fingerprint</c>
/// (<see cref="Diagnostic.Fingerprint"/>); <c>counts.suppressed</c> and <c>suppressed</c> give the findings
/// suppressions accept, each with <c>suppression</c>: <c>kind</c> ("inSource" or "external"), <c>justification</c> and
/// <c>location</c>; and <c>notRun</c>: the rules that did not run, each with <c>id</c> and <c>reason</c>
/// (<see cref="RuleNotRun.ReasonName"/>). With a baseline (<see cref="ReportWriterOptions.Baseline"/>), each finding has
/// its <c>baselineState</c> ("new", "unchanged", "updated") and <c>absent</c> lists the baseline's findings of the
/// document that are gone. A baseline read back (<see cref="Baseline"/>) takes this array, or one of its objects.
/// </remarks>
public sealed class ReportJsonWriter : DocumentWriter<IReadOnlyList<ValidationReport>>
{
    /// <summary>The <c>format</c> member of each report.</summary>
    public const string Format = "cooperation-diagnostics/1";

    /// <summary>A writer with no baseline, indented.</summary>
    public ReportJsonWriter()
        : this(ReportWriterOptions.Default)
    {
    }

    /// <summary>A writer with <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    public ReportJsonWriter(ReportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options.</summary>
    public ReportWriterOptions Options { get; }

    /// <inheritdoc/>
    public override string Name => "json";

    /// <inheritdoc/>
    public override string MediaType => "application/json";

    /// <inheritdoc/>
    public override string FileExtension => ".json";

    private protected override IEnumerable<DocumentPart> WriteParts(IReadOnlyList<ValidationReport> reports, IBufferWriter<byte> destination)
    {
        ReportFormats.CheckReports(reports);
        var baseline = Options.Baseline;
        using var w = new Utf8JsonWriter(destination, DocumentJson.Options(Options.Indented));
        w.WriteStartArray();
        foreach (var report in reports)
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            if (report.DocumentName is { } name)
            {
                w.WriteString("document", name);
                w.WriteString(DocumentKey.PropertyName, report.DocumentKey);
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
                WriteDiagnostic(w, d, baseline);
                w.Flush();
                yield return default;
            }

            w.WriteEndArray();
            w.WriteStartArray("suppressed");
            foreach (var d in report.SuppressedDiagnostics)
            {
                WriteDiagnostic(w, d, baseline);
                w.Flush();
                yield return default;
            }

            w.WriteEndArray();
            if (baseline is not null)
            {
                WriteAbsent(w, report, baseline);
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
            yield return default;
        }

        w.WriteEndArray();
        w.Flush();
        new Utf8Text(destination).Line();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d, BaselineComparison? baseline)
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

        if (d.Descriptor.AbsoluteHelpUri is { } helpUri)
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

    private static void WriteAbsent(Utf8JsonWriter w, ValidationReport report, BaselineComparison baseline)
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
}
