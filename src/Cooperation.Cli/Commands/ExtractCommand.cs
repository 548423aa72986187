using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Cli.Commands;

/// <summary>
/// <c>cooperation extract FILE...</c>: reads communiqués (UTF-8 text; "-" for standard input) with
/// <see cref="CommuniqueReader"/> and presents what it found: the text with its mentions marked and the meetings
/// (text), one JSON document per file (json), or one JSON line per file (jsonl, many files on all cores, in order).
/// Exit code 0 when every file was read, 2 when one could not be (the others are still read and written).
/// </summary>
internal static class ExtractCommand
{
    /// <summary>How many texts are read at once for each core, at most, while lines wait for their turn.</summary>
    private const int TextsPerCore = 2;

    /// <summary>The most bytes of text jsonl holds at once (one text of the largest size read alone).</summary>
    private const long MaxBytesHeld = TextInput.MaxBytes;

    private static readonly CommuniqueJsonLinesWriter JsonLines = new();

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Text files to read (UTF-8); - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var lang = new Option<string>("--lang")
        {
            Description = "The texts' language: es, en, or auto (the default: found from each text).",
            HelpName = "es|en|auto",
            CustomParser = ParseLanguage,
        };
        var date = new Option<LocalDate?>("--date")
        {
            Description = "The date the texts were written on (YYYY-MM-DD), against which \"hoy\", \"last week\" and dates without a year are read; it wins over a dateline (a warning says when they differ). Default: each text's crawler token or dateline.",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDate,
        };
        var catalogs = CommonOptions.Catalogs();
        catalogs.Description = "A catalog whose people, institutions and mechanisms mentions are linked to (repeatable; files are merged in order). Default: the reference catalog.";
        var noCatalog = new Option<bool>("--no-catalog") { Description = "Link to no catalog: read the texts on their own." };
        var format = CommonOptions.Format("text", [.. CommuniqueFormats.All.Select(static f => f.Name)]);
        var draft = new Option<string?>("--draft")
        {
            Description = "Also write the draft catalog of the one FILE to this file, in canonical form, for review and cooperation merge (never one of the inputs; a file is written beside and renamed over it). Nothing is written when the text gives no draft.",
            HelpName = "FILE",
        };
        var command = new Command("extract", "Read communiqués and news reports (Spanish or English): the dates, countries, people, institutions, meeting numbers and mechanisms they mention, and the meetings they report. Exit code 0: every file read; 2: a file could not be read.")
        {
            files, lang, date, catalogs, noCatalog, format, draft,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(noCatalog) && result.GetValue(catalogs) is { Length: > 0 })
            {
                throw new CliException("--no-catalog and --catalog cannot be given together.");
            }

            var catalog = result.GetValue(noCatalog) ? null : CatalogLoader.LoadMerged(result.GetValue(catalogs) ?? [], console);
            var options = CommuniqueReaderOptions.Default
                .WithLanguage(LanguageOf(result.GetValue(lang)))
                .WithDocumentDate(result.GetValue(date))
                .WithCatalog(catalog);
            var paths = result.GetRequiredValue(files);
            var draftTarget = DraftTarget(result.GetValue(draft), paths, catalog is null ? [] : result.GetValue(catalogs) ?? []);
            var exit = Run(paths, new CommuniqueReader(options), result.GetRequiredValue(format), console, draftTarget);
            return exit;
        });
        return command;
    }

    // The option's value is its word ("auto" is a value, not an absence), mapped to a language after parsing:
    // System.CommandLine cannot hand a custom parser's null back as the value of a given option.
    private static string ParseLanguage(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        var word = text.ToLowerInvariant();
        if (word is not ("es" or "en" or "auto"))
        {
            result.AddError($"--lang: \"{text}\" is not a language extract reads; use es, en or auto.");
        }

        return word;
    }

    private static Language? LanguageOf(string? word) => word switch
    {
        "es" => Language.Spanish,
        "en" => Language.English,
        _ => null,
    };

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (PartialDate.TryParse(text, out var date) && date.Precision == PartialDatePrecision.Day)
        {
            return date.Earliest;
        }

        result.AddError($"--date: \"{text}\" is not a date; use YYYY-MM-DD.");
        return null;
    }

    // --draft: looked at before anything is read, as every file the tool writes (WriteTarget): never an input (a text or
    // a catalog), a directory or a read-only file.
    private static (WriteTarget Target, string Path)? DraftTarget(string? draft, string[] paths, string[] catalogs)
    {
        if (draft is null)
        {
            return null;
        }

        if (paths.Length != 1 || paths[0] == TextInput.StandardInput)
        {
            throw new CliException("--draft writes the draft of one file: give exactly one FILE, not standard input.");
        }

        return (WriteTarget.Resolve(draft, "--draft: ", allowStreams: true, WriteTarget.Identify([.. paths, .. catalogs])), paths[0]);
    }

    private static int Run(string[] paths, CommuniqueReader reader, string format, CliConsole console, (WriteTarget Target, string Path)? draft = null)
    {
        if (Array.FindAll(paths, static p => p == TextInput.StandardInput).Length > 1)
        {
            throw new CliException("- (standard input) can be given once.");
        }

        return format == "jsonl" ? RunLines(paths, reader, console) : RunDocuments(paths, reader, format, console, draft?.Target);
    }

    // text and json: one file after the other, each written as soon as it is read.
    private static int RunDocuments(string[] paths, CommuniqueReader reader, string format, CliConsole console, WriteTarget? draft)
    {
        var exit = ExitCodes.Success;
        for (var i = 0; i < paths.Length; i++)
        {
            var path = paths[i];
            CommuniqueReading reading;
            try
            {
                reading = TextInput.ReadWith(reader, path, console);
            }
            catch (CliException e)
            {
                if (paths.Length == 1)
                {
                    throw;
                }

                console.Error.WriteLine($"cooperation: error: {e.Message}");
                exit = ExitCodes.CannotRun;
                continue;
            }

            Warn(path, reading, reader.Options, console);
            if (format == "text" && paths.Length > 1)
            {
                console.Out.Write(i == 0 ? string.Empty : "\n");
                console.Out.Write($"== {TextInput.DisplayName(path)}\n");
            }

            console.Out.Flush();
            CommuniqueFormats.Create(format).Write(reading, console.StandardOutput);
            console.StandardOutput.Flush();
            if (draft is not null)
            {
                WriteDraft(draft, reading, path, console);
            }
        }

        return exit;
    }

    private static void WriteDraft(WriteTarget target, CommuniqueReading reading, string path, CliConsole console)
    {
        if (reading.Draft is not { } catalog)
        {
            console.Error.WriteLine($"cooperation: warning: {TextInput.DisplayName(path)}: the text gives no draft (no dated meeting, no one at a meeting, nothing to catalog); --draft {target.Given} was not written.");
            return;
        }

        target.Write(stream => CooperationJson.WriteCatalog(catalog, stream));
    }

    // jsonl: the files are read on all cores, a few per core at a time and never more than MaxBytesHeld of text (the
    // memory of a reading is many times its text); each line is written when its file and every file before it are
    // done, so the lines keep the order of the arguments. A file that cannot be read is a line {"file": …, "error": …};
    // the others go on.
    private static int RunLines(string[] paths, CommuniqueReader reader, CliConsole console)
    {
        var window = new TextWindow(Environment.ProcessorCount * TextsPerCore, MaxBytesHeld);
        var pending = new Queue<(Task<Line> Line, long Bytes)>();
        var next = 0;
        var done = 0;
        var failed = false;
        using var progress = paths.Length > 1 ? Progress.For(console, Progress.Threshold) : Progress.For(console, 0);
        console.Out.Flush();
        while (done < paths.Length)
        {
            while (next < paths.Length && TextWindow.SizeOf(paths[next]) is var size && window.TryAdmit(size))
            {
                var path = paths[next++];
                pending.Enqueue((Task.Run(() => ReadLine(path, reader, console)), size));
            }

            var (task, bytes) = pending.Dequeue();
            var line = task.GetAwaiter().GetResult();
            failed |= line.Error;
            if (line.Warning is { } warning)
            {
                console.Error.WriteLine(warning);
            }

            console.StandardOutput.Write(line.Bytes);
            console.StandardOutput.Flush();
            window.Release(bytes);
            done++;
            progress.Report("Extracting", done, paths.Length);
        }

        return failed ? ExitCodes.CannotRun : ExitCodes.Success;
    }

    private sealed record Line(byte[] Bytes, bool Error, string? Warning);

    private static Line ReadLine(string path, CommuniqueReader reader, CliConsole console)
    {
        try
        {
            var reading = TextInput.ReadWith(reader, path, console);
            var line = new ArrayBufferWriter<byte>();
            JsonLines.Write(reading, line);
            return new Line(line.WrittenSpan.ToArray(), false, Warning(path, reading, reader.Options));
        }
        catch (CliException e)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("file", TextInput.DisplayName(path));
                json.WriteString("error", e.Message);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
            return new Line(stream.ToArray(), true, null);
        }
    }

    private static void Warn(string path, CommuniqueReading reading, CommuniqueReaderOptions options, CliConsole console)
    {
        if (Warning(path, reading, options) is { } warning)
        {
            console.Error.WriteLine(warning);
        }
    }

    // A dateline that disagrees with --date: the given date is used, and the reader is told.
    private static string? Warning(string path, CommuniqueReading reading, CommuniqueReaderOptions options)
        => options.DocumentDate is { } given && reading.DatelineDate is { } dateline && dateline != given
            ? string.Create(CultureInfo.InvariantCulture, $"cooperation: warning: {TextInput.DisplayName(path)}: the dateline says {dateline:yyyy-MM-dd}; --date {given:yyyy-MM-dd} is used.")
            : null;
}
