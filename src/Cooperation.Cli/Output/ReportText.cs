using System;
using System.Globalization;
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

    public static void Write(ValidationReport report, CliConsole console)
    {
        var color = console.UseColor;
        var spanish = report.Language == Language.Spanish;
        if (report.DocumentName is { } name)
        {
            console.Out.WriteLine(Ansi.Bold(name, color));
        }

        string? subject = null;
        foreach (var diagnostic in report.Diagnostics)
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

        var summary = ReportWriter.Summary(report);
        console.Out.WriteLine(report.HasErrors ? Ansi.Paint(summary, "31;1", color) : Ansi.Paint(summary, "32", color));
    }

    // The words of ReportWriter's text, so that both read the same.
    private static string SeverityWord(Severity severity, bool spanish) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => spanish ? "advertencia" : "warning",
        _ => "info",
    };
}
