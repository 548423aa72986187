using System;
using System.Buffers;
using System.CommandLine;
using System.Linq;
using System.Text;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using Cooperation.Domain.Interop;

namespace Cooperation.Cli.Commands;

/// <summary>
/// <c>cooperation export</c>: the catalog as canonical JSON, Popolo, FollowTheMoney, Parquet tables, iCalendar, CSV,
/// a timeline page, or the JSON Schema. The formats are the writers of Cooperation.Domain.Interop; the command only chooses one and
/// writes its bytes where <c>--output</c> says.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["json", "popolo", "ftm", "parquet", "ics", "csv", "html", "schema"];

    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: the catalog as canonical JSON; popolo: Popolo JSON; ftm: FollowTheMoney entities, one a line; parquet: one Parquet file per table, into the folder --output names; ics: the meetings as iCalendar; csv: one table (see --table); html: a self-contained timeline page; schema: the JSON Schema of catalog files.",
            HelpName = "FORMAT",
            Required = true,
        }.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (for parquet: the folder, required).", HelpName = "PATH" };
        var force = new Option<bool>("--force") { Description = "Replace an existing output file (or, for parquet, a folder of Parquet files)." };
        var catalogs = CommonOptions.Catalogs();
        var asOf = CommonOptions.AsOf("For ics and html: the date from which expected meetings are computed (and the events' DTSTAMP); YYYY-MM-DD, default today.");
        var language = CommonOptions.Language();
        var tables = CsvExport.Tables.Select(t => t.Table).ToArray();
        var table = new Option<string>("--table", "-t")
        {
            Description = $"For csv: the table to export: {string.Join(", ", tables)}.",
            HelpName = "TABLE",
            DefaultValueFactory = _ => "meetings",
        }.AcceptOnlyFromAmong(tables);
        var command = new Command("export", "Export the catalog as canonical JSON, Popolo, FollowTheMoney, Parquet tables, the meetings as an iCalendar file or a timeline page, a table as CSV, or the JSON Schema.")
        {
            format, output, force, catalogs, asOf, language, table,
        };
        command.SetAction(result =>
        {
            var kind = result.GetRequiredValue(format);
            var path = result.GetValue(output);
            var inputs = result.GetValue(catalogs) ?? [];

            // An option the format does not use is an error, not silently ignored: the user meant something by it.
            if (kind == "schema" && inputs.Length > 0)
            {
                throw new CliException("--format schema writes the JSON Schema of catalog files and reads no catalog: leave out --catalog.");
            }

            if (kind != "csv" && result.GetResult(table) is { Implicit: false })
            {
                throw new CliException($"--table chooses the table of --format csv; --format {kind} does not use it.");
            }

            if (kind is not ("ics" or "html") && result.GetValue(asOf) is not null)
            {
                throw new CliException($"--as-of dates the expected meetings of --format ics and html; --format {kind} does not use it.");
            }

            if (kind == "parquet" && path is null or "-")
            {
                throw new CliException("--format parquet writes one file per table: give --output FOLDER.");
            }

            var catalog = kind == "schema" ? CooperationCatalog.Empty : CatalogLoader.LoadMerged(inputs, console);
            if (kind == "parquet")
            {
                FolderReplacement.Write(path!, result.GetValue(force), ".parquet", inputs, folder => ParquetExport.WriteFolderAsync(catalog, folder).GetAwaiter().GetResult());
                console.Error.WriteLine($"wrote {path} ({ParquetExport.Tables.Count} tables)");
                return ExitCodes.Success;
            }

            // The whole output is built first, so a failure while building it writes nothing.
            var buffer = new ArrayBufferWriter<byte>();
            switch (kind)
            {
                case "json":
                    buffer.Write(CooperationJson.WriteCatalog(catalog));
                    break;
                case "popolo":
                    new PopoloWriter().Write(catalog, buffer);
                    break;
                case "ftm":
                    new FollowTheMoneyWriter().Write(catalog, buffer);
                    break;
                case "ics":
                    new ICalendarWriter(result.GetValue(asOf) ?? console.Today, result.LanguageOf(language)).Write(catalog, buffer);
                    break;
                case "html":
                    new TimelineWriter(result.GetValue(asOf) ?? console.Today, result.LanguageOf(language)).Write(catalog, buffer);
                    break;
                case "csv":
                    CsvExport.Tables.Single(t => t.Table == result.GetRequiredValue(table)).Write(catalog, buffer);
                    break;
                default:
                    buffer.Write(Encoding.UTF8.GetBytes(CooperationJson.Schema));
                    break;
            }

            Deliver(buffer.WrittenMemory, path, result.GetValue(force), inputs, console);
            return ExitCodes.Success;
        });
        return command;
    }

    // To standard output, or to the file named. The file is written as every file the tool writes (WriteTarget): a
    // regular file, also through a symbolic link (the link stays), by a safe replace, and only with --force when it
    // exists; a device such as /dev/null or a FIFO in place; never one of the catalogs read, a read-only file or a
    // directory.
    private static void Deliver(ReadOnlyMemory<byte> bytes, string? path, bool force, string[] catalogs, CliConsole console)
    {
        if (path is null or "-")
        {
            console.StandardOutput.Write(bytes.Span);
            return;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliException("--output: the file name is empty; give a file name, or - for standard output.");
        }

        var target = WriteTarget.Resolve(path, "--output: ", allowStreams: true, WriteTarget.Identify(catalogs));
        if (target.Kind == WriteTargetKind.RegularFile && !force)
        {
            throw new CliException($"--output: {path}: exists; give --force to replace it.");
        }

        target.Write(stream => stream.Write(bytes.Span));
        console.Error.WriteLine($"wrote {path} ({Suggestions.Count(bytes.Length, "byte")})");
    }
}
