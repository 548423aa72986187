using System.CommandLine;
using System.Linq;
using System.Text.Json;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using NodaTime;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation due</c>: every mechanism's cadence status as of a date.</summary>
internal static class DueCommand
{
    public static Command Create(CliConsole console)
    {
        var asOf = CommonOptions.AsOf("The date to judge from; YYYY-MM-DD, default today.");
        var catalogs = CommonOptions.Catalogs();
        var format = CommonOptions.Format("text", "text", "json", "csv");
        var language = CommonOptions.Language();
        var status = VocabularyOption.Create<CadenceStatus>("--status", "mechanisms with this cadence status (of all mechanisms)");
        var all = new Option<bool>("--all") { Description = "Show every mechanism, also those without a cadence (by default only mechanisms with one are shown)." };
        var command = new Command("due", "Show the cadence status of each mechanism that has a cadence: when its next meeting is expected, and whether it is overdue.")
        {
            asOf, catalogs, format, language, status, all,
        };
        command.SetAction(result =>
        {
            var catalog = CatalogLoader.LoadMerged(result.GetValue(catalogs) ?? [], console);
            var date = result.GetValue(asOf) ?? console.Today;
            var wanted = result.GetValue(status);

            // What a reader of "due" asks for is the mechanisms meant to meet on a cadence; a status asked for, or
            // --all, looks at every mechanism.
            var every = result.GetValue(all) || wanted is not null;
            var rows = catalog.Mechanisms
                .Where(m => every || m.Cadence is not null)
                .Select(m => (mechanism: m, assessment: catalog.AssessCadence(m.Id, date)))
                .Where(r => wanted is null || r.assessment.Status == wanted)
                .ToList();
            var hidden = every ? 0 : catalog.Mechanisms.Length - rows.Count;
            var lang = result.LanguageOf(language);
            switch (result.GetRequiredValue(format))
            {
                case "json":
                    WriteJson(rows, date, console);
                    break;
                case "csv":
                    Table(rows, null).WriteCsv(console.StandardOutput);
                    break;
                default:
                    console.Out.WriteLine(Ansi.Dim($"as of {Describe.Date(date)}", console.UseColor));
                    Table(rows, lang).WriteText(console);
                    if (hidden > 0)
                    {
                        console.Out.WriteLine(Ansi.Dim(
                            $"{hidden.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(hidden == 1 ? "mechanism" : "mechanisms")} without a cadence not shown (--all shows them)", console.UseColor));
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Table Table(System.Collections.Generic.List<(Mechanism Mechanism, CadenceAssessment Assessment)> rows, Language? language)
    {
        var table = language is null
            ? new Table("mechanism", "status", "expected_window", "due_by", "last_held", "next_planned", "reason")
            : new Table("mechanism", "status", "last held", "next expected");
        foreach (var (mechanism, a) in rows)
        {
            if (language is null)
            {
                table.Add(mechanism.Id.ToString(), a.Status.Name, Describe.Interval(a.ExpectedWindow), Describe.Date(a.DueBy),
                    a.LastHeld?.Id.ToString() ?? string.Empty, a.NextPlanned?.Id.ToString() ?? string.Empty, a.Reason);
            }
            else
            {
                // On a terminal: the start of the last meeting and the window of the next, as short as they can be said.
                table.Add(mechanism.Id.ToString(), a.Status.Name, a.LastHeld?.Start.ToString() ?? string.Empty, Describe.Window(a.ExpectedWindow));
            }
        }

        return table;
    }

    private static void WriteJson(System.Collections.Generic.List<(Mechanism Mechanism, CadenceAssessment Assessment)> rows, LocalDate asOf, CliConsole console)
    {
        using (var w = new Utf8JsonWriter(console.StandardOutput, EntityJson.Options))
        {
            w.WriteStartObject();
            w.WriteString("asOf", Describe.Date(asOf));
            w.WriteStartArray("mechanisms");
            foreach (var (m, a) in rows)
            {
                w.WriteStartObject();
                w.WriteString("id", m.Id.ToString());
                w.WriteString("status", a.Status.Name);
                if (a.ExpectedWindow is { } window)
                {
                    w.WriteStartObject("expectedWindow");
                    w.WriteString("start", Describe.Date(window.Start));
                    w.WriteString("end", Describe.Date(window.End));
                    w.WriteEndObject();
                }

                if (a.DueBy is { } due)
                {
                    w.WriteString("dueBy", Describe.Date(due));
                }

                if (a.LastHeld is { } last)
                {
                    w.WriteString("lastHeld", last.Id.ToString());
                }

                if (a.NextPlanned is { } next)
                {
                    w.WriteString("nextPlanned", next.Id.ToString());
                }

                w.WriteString("reason", a.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        console.StandardOutput.Write("\n"u8);
    }
}
