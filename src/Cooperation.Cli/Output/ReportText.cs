using System;
using System.Globalization;
using System.Linq;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using Cooperation.Domain.Rules;

namespace Cooperation.Cli.Output;

/// <summary>
/// A validation report as terminal text, in the layout of <see cref="ReportWriter.WriteText"/> (document, each subject
/// with its line, its diagnostics, a summary), with messages wrapped to the console's width under a hanging indent and
/// severities in colour when colour is on. Written one diagnostic at a time: a report of hundreds of thousands of
/// diagnostics is never held as one text.
/// </summary>
internal static class ReportText
{
    private const string DiagnosticIndent = "    ";
    private const int HangingIndent = 6;

    public static void Write(ValidationReport report, CliConsole console, BaselineComparison? baseline = null)
    {
        var color = console.UseColor;
        var spanish = report.Language == Language.Spanish;
        if (report.DocumentName is { } name)
        {
            console.Out.WriteLine(Ansi.Bold(name, color));
        }

        string? subject = null;
        // Against a baseline, only the findings it does not have.
        var shown = baseline is null ? report.Diagnostics : baseline.NewDiagnostics(report);
        foreach (var diagnostic in shown)
        {
            if (!string.Equals(diagnostic.Path, subject, StringComparison.Ordinal))
            {
                subject = diagnostic.Path;
                var line = diagnostic.Line is { } l
                    ? string.Create(CultureInfo.InvariantCulture, $"  {subject} ({(spanish ? "línea" : "line")} {l})")
                    : "  " + subject;
                console.Out.WriteLine(Ansi.Bold(line, color));
            }

            // "    error COOP2001: message": the severity word is painted, the message wrapped.
            var word = SeverityWord(diagnostic.Severity, spanish);
            var first = true;
            foreach (var wrapped in TextWrap.Wrap($"{word} {diagnostic.Id}: {diagnostic.Message}", console.Width, DiagnosticIndent, HangingIndent))
            {
                console.Out.WriteLine(first
                    ? DiagnosticIndent + Ansi.ForSeverity(word, diagnostic.Severity, color) + wrapped[(DiagnosticIndent.Length + word.Length)..]
                    : wrapped);
                first = false;
            }
        }

        // What the report did not check, before the summary, so that a clean summary is not read as "all checked".
        foreach (var notRun in ReportWriter.RulesNotRunLines(report))
        {
            foreach (var wrapped in TextWrap.Wrap(notRun, console.Width, "", 2))
            {
                console.Out.WriteLine(wrapped);
            }
        }

        if (baseline is null)
        {
            var summary = ReportWriter.Summary(report);
            console.Out.WriteLine(report.HasErrors ? Ansi.Paint(summary, "31;1", color) : Ansi.Paint(summary, "32", color));
            return;
        }

        var known = report.Diagnostics.Length - shown.Length;
        var absent = baseline.AbsentIn(report).Length;
        var errors = shown.Count(static d => d.Severity == Severity.Error);
        var warnings = shown.Count(static d => d.Severity == Severity.Warning);
        var infos = shown.Length - errors - warnings;
        var tally = spanish
            ? string.Create(CultureInfo.InvariantCulture, $"nuevos: {Count(errors, "error", "errores")}, {Count(warnings, "advertencia", "advertencias")}, {Count(infos, "aviso informativo", "avisos informativos")}; {known} en la línea de base {baseline.Baseline.Name}, {absent} ya no presentes; {report.SuppressedCount} suprimidos")
            : string.Create(CultureInfo.InvariantCulture, $"new: {Count(errors, "error", "errors")}, {Count(warnings, "warning", "warnings")}, {Count(infos, "info", "infos")}; {known} in the baseline {baseline.Baseline.Name}, {absent} absent; {report.SuppressedCount} suppressed");
        console.Out.WriteLine(errors > 0 ? Ansi.Paint(tally, "31;1", color) : Ansi.Paint(tally, "32", color));
    }

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    // The words of ReportWriter's text, so that both read the same.
    private static string SeverityWord(Severity severity, bool spanish) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => spanish ? "advertencia" : "warning",
        _ => "info",
    };
}
