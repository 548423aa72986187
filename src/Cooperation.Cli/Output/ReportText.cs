using System;
using Cooperation.Cli.Terminal;
using Cooperation.Domain.Rules;

namespace Cooperation.Cli.Output;

/// <summary>
/// A validation report as terminal text: the library's layout (<see cref="ReportWriter.ToText"/>: document, subjects
/// with their lines, diagnostics, summary) with messages wrapped to the console's width under a hanging indent, and
/// severities in colour when colour is on.
/// </summary>
internal static class ReportText
{
    private const string DiagnosticIndent = "    ";
    private const int HangingIndent = 6;

    public static void Write(ValidationReport report, CliConsole console)
    {
        var color = console.UseColor;
        var diagnostic = 0;
        var lines = ReportWriter.ToText(report).TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith(DiagnosticIndent, StringComparison.Ordinal) && diagnostic < report.Diagnostics.Length)
            {
                // "    error COOP2001: message": the severity word is painted, the message wrapped.
                var severity = report.Diagnostics[diagnostic++].Severity;
                var body = line[DiagnosticIndent.Length..];
                var space = body.IndexOf(' ', StringComparison.Ordinal);
                var first = true;
                foreach (var wrapped in TextWrap.Wrap(body, console.Width, DiagnosticIndent, HangingIndent))
                {
                    if (first && space > 0)
                    {
                        var word = body[..space];
                        console.Out.WriteLine(DiagnosticIndent + Ansi.ForSeverity(word, severity, color) + wrapped[(DiagnosticIndent.Length + word.Length)..]);
                    }
                    else
                    {
                        console.Out.WriteLine(wrapped);
                    }

                    first = false;
                }
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal))
            {
                console.Out.WriteLine(Ansi.Bold(line, color));
            }
            else if (i == lines.Length - 1)
            {
                console.Out.WriteLine(report.HasErrors ? Ansi.Paint(line, "31;1", color) : Ansi.Paint(line, "32", color));
            }
            else
            {
                console.Out.WriteLine(Ansi.Bold(line, color));
            }
        }
    }
}
