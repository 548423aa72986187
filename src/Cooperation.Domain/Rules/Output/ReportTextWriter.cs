using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Validation reports as text for people (<c>text</c>, <c>text/plain</c>, <c>.txt</c>): per report, the document's
/// name, then each subject path (with its line) and its diagnostics, the rules that did not run, and a summary; reports
/// are separated by a blank line. Words that are not data (severities, the summary) are in each report's language.
/// </summary>
/// <remarks>
/// The tool's <c>check</c> writes the same layout, wrapped to the terminal and in colour, with the words of
/// <see cref="SeverityWord"/>, <see cref="RulesNotRunLines"/> and <see cref="Summary"/>.
/// </remarks>
public sealed class ReportTextWriter : DocumentWriter<IReadOnlyList<ValidationReport>>
{
    /// <summary>A writer with no baseline.</summary>
    public ReportTextWriter()
        : this(ReportWriterOptions.Default)
    {
    }

    /// <summary>A writer with <paramref name="options"/> (with a baseline, only the new findings are listed).</summary>
    /// <param name="options">The options.</param>
    public ReportTextWriter(ReportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options.</summary>
    public ReportWriterOptions Options { get; }

    /// <inheritdoc/>
    public override string Name => "text";

    /// <inheritdoc/>
    public override string MediaType => "text/plain; charset=utf-8";

    /// <inheritdoc/>
    public override string FileExtension => ".txt";

    /// <summary>"error", "warning" ("advertencia") or "info": how text names a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="language">English or Spanish.</param>
    public static string SeverityWord(Severity severity, Language language) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => language == Language.Spanish ? "advertencia" : "warning",
        _ => "info",
    };

    /// <summary>
    /// The lines text gives the rules that did not run, one per reason in the order of <see cref="RuleNotRunReason"/>,
    /// in the report's language: "not run, no as-of date: COOP3004, COOP3005, COOP3006, COOP3007". Empty when every
    /// rule ran.
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

    /// <summary>
    /// The last line of a report in text: <see cref="ValidationReport.Summary"/>, or against a baseline the tally of
    /// new findings by severity, the known ones, the absent ones and the suppressed ones ("new: 1 error, 0 warnings,
    /// 0 infos; 3 in the baseline known.sarif, 1 absent; 2 suppressed").
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="baseline">The comparison of the run that made <paramref name="report"/> with a baseline, or null.</param>
    public static string Summary(ValidationReport report, BaselineComparison? baseline)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (baseline is null)
        {
            return report.Summary;
        }

        var shown = baseline.NewDiagnostics(report);
        var known = report.Diagnostics.Length - shown.Length;
        var absent = baseline.AbsentIn(report).Length;
        var errors = shown.Count(static d => d.Severity == Severity.Error);
        var warnings = shown.Count(static d => d.Severity == Severity.Warning);
        var infos = shown.Length - errors - warnings;
        static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
        return report.Language == Language.Spanish
            ? string.Create(CultureInfo.InvariantCulture, $"nuevos: {Count(errors, "error", "errores")}, {Count(warnings, "advertencia", "advertencias")}, {Count(infos, "aviso informativo", "avisos informativos")}; {known} en la línea de base {baseline.Baseline.Name}, {absent} ya no presentes; {report.SuppressedCount} suprimidos")
            : string.Create(CultureInfo.InvariantCulture, $"new: {Count(errors, "error", "errors")}, {Count(warnings, "warning", "warnings")}, {Count(infos, "info", "infos")}; {known} in the baseline {baseline.Baseline.Name}, {absent} absent; {report.SuppressedCount} suppressed");
    }

    private protected override IEnumerable<DocumentPart> WriteParts(IReadOnlyList<ValidationReport> reports, IBufferWriter<byte> destination)
    {
        ReportFormats.CheckReports(reports);
        var text = new Utf8Text(destination);
        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0)
            {
                text.Line();
            }

            var report = reports[i];
            if (report.DocumentName is { } name)
            {
                text.Line(name);
            }

            string? subject = null;
            // Against a baseline, only the findings it does not have.
            var shown = Options.Baseline is { } baseline ? baseline.NewDiagnostics(report) : report.Diagnostics;
            foreach (var d in shown)
            {
                if (!string.Equals(d.Path, subject, StringComparison.Ordinal))
                {
                    subject = d.Path;
                    text.Write("  ");
                    text.Write(d.Path);
                    if (d.Line is { } line)
                    {
                        text.Write(report.Language == Language.Spanish ? " (línea " : " (line ");
                        text.Write(line);
                        text.Write(')');
                    }

                    text.Line();
                }

                text.Write("    ");
                text.Write(SeverityWord(d.Severity, report.Language));
                text.Write(' ');
                text.Write(d.Id);
                text.Write(": ");
                text.Line(d.Message);
                yield return default;
            }

            // What the report did not check, before the summary, so that a clean summary is not read as "all checked".
            foreach (var line in RulesNotRunLines(report))
            {
                text.Line(line);
            }

            text.Line(Summary(report, Options.Baseline));
            yield return default;
        }
    }
}
