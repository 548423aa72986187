using System;
using System.Globalization;
using System.Linq;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using Cooperation.Domain.Rules;

namespace Cooperation.Cli.Output;

/// <summary>
/// A validation report as terminal text, in the layout and the words of <see cref="ReportTextWriter"/> (document, each subject
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
                    ? string.Create(CultureInfo.InvariantCulture, $"  {subject} ({(report.Language == Language.Spanish ? "línea" : "line")} {l})")
                    : "  " + subject;
                console.Out.WriteLine(Ansi.Bold(line, color));
            }

            // "    error COOP2001: message": the severity word is painted, the message wrapped.
            var word = ReportTextWriter.SeverityWord(diagnostic.Severity, report.Language);
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
        foreach (var notRun in ReportTextWriter.RulesNotRunLines(report))
        {
            foreach (var wrapped in TextWrap.Wrap(notRun, console.Width, "", 2))
            {
                console.Out.WriteLine(wrapped);
            }
        }

        var summary = ReportTextWriter.Summary(report, baseline);
        var failed = baseline is null ? report.HasErrors : shown.Any(static d => d.Severity == Severity.Error);
        console.Out.WriteLine(failed ? Ansi.Paint(summary, "31;1", color) : Ansi.Paint(summary, "32", color));
    }
}
