using System;
using System.Buffers;
using System.CommandLine;
using System.IO;
using System.Text;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation export</c>: the catalog as canonical JSON, iCalendar, CSV, a timeline page, or the JSON Schema.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: the catalog as canonical JSON; ics: the meetings as iCalendar; csv: one table (see --table); html: a self-contained timeline page; schema: the JSON Schema of catalog files.",
            HelpName = "FORMAT",
            Required = true,
        }.AcceptOnlyFromAmong("json", "ics", "csv", "html", "schema");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var catalogs = CommonOptions.Catalogs();
        var asOf = CommonOptions.AsOf("For ics and html: the date from which expected meetings are computed (and the events' DTSTAMP); YYYY-MM-DD, default today.");
        var language = CommonOptions.Language();
        var table = new Option<string>("--table", "-t")
        {
            Description = $"For csv: the table to export: {string.Join(", ", CatalogTables.Names)}.",
            HelpName = "TABLE",
            DefaultValueFactory = _ => "meetings",
        }.AcceptOnlyFromAmong(CatalogTables.Names);
        var command = new Command("export", "Export the catalog as canonical JSON, the meetings as an iCalendar file or a timeline page, a table as CSV, or the JSON Schema.")
        {
            format, output, catalogs, asOf, language, table,
        };
        command.SetAction(result =>
        {
            var kind = result.GetRequiredValue(format);
            var catalog = kind == "schema" ? CooperationCatalog.Empty : CatalogLoader.LoadMerged(result.GetValue(catalogs) ?? [], console);
            using var buffer = new MemoryStream();
            switch (kind)
            {
                case "json":
                    CooperationJson.WriteCatalog(catalog, buffer);
                    break;
                case "ics":
                    ICalendarWriter.Write(catalog, result.GetValue(asOf) ?? console.Today, result.LanguageOf(language), buffer);
                    break;
                case "html":
                    var page = new ArrayBufferWriter<byte>();
                    new Cooperation.Domain.Interop.TimelineWriter(result.GetValue(asOf) ?? console.Today, result.LanguageOf(language)).Write(catalog, page);
                    buffer.Write(page.WrittenSpan);
                    break;
                case "csv":
                    CatalogTables.Build(result.GetRequiredValue(table), catalog, null).WriteCsv(buffer);
                    break;
                default:
                    buffer.Write(Encoding.UTF8.GetBytes(CooperationJson.Schema));
                    break;
            }

            Deliver(buffer, result.GetValue(output), result.GetValue(catalogs) ?? [], console);
            return ExitCodes.Success;
        });
        return command;
    }

    // To standard output, or to the file named. The whole output is built first, so a failure while building it
    // writes nothing. The file is written as every file the tool writes (WriteTarget): a regular file, also through a
    // symbolic link (the link stays), by a safe replace; a device such as /dev/null or a FIFO in place; never one of the
    // catalogs read, a read-only file or a directory.
    private static void Deliver(MemoryStream buffer, string? path, string[] catalogs, CliConsole console)
    {
        if (path is null or "-")
        {
            buffer.Position = 0;
            buffer.CopyTo(console.StandardOutput);
            return;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliException("--output: the file name is empty; give a file name, or - for standard output.");
        }

        WriteTarget.Resolve(path, "--output: ", allowStreams: true, WriteTarget.Identify(catalogs))
            .Write(stream => stream.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        console.Error.WriteLine($"wrote {path} ({Suggestions.Count(buffer.Length, "byte")})");
    }
}
