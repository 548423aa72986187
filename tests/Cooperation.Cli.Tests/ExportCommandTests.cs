using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain;
using Cooperation.Domain.Interop;
using Cooperation.Domain.Tests.Support;
using NodaTime;

namespace Cooperation.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly ScratchFolder _files = new("export");

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Json_is_the_canonical_catalog()
    {
        var result = Tool.Run("export", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CooperationJson.WriteCatalog(ReferenceCatalog.Default), result.StandardOutput);

        var file = _files.Write("catalog.json", Catalogs.Clean);
        var own = Tool.Run("export", "--format", "json", "--catalog", file);
        Assert.Equal(CooperationJson.WriteCatalog(CatalogDocument.Load(file).Catalog), own.StandardOutput);
    }

    [Fact]
    public void A_catalog_that_checks_exports_to_one_that_checks_even_when_normalization_lengthens_its_text()
    {
        // U+FB2C becomes three characters in NFC: the limit is on the normalized text, so what is accepted is what is
        // written, and the exported file reads back (1,400 of them were accepted, written as 4,200 and refused).
        var text = new string('\uFB2C', 1333);
        var catalog = "{\"format\":\"cooperation-catalog/1\",\"institutions\":[{\"id\":\"mx-x\",\"name\":{\"es\":\"" + text + "\"},\"kind\":\"agency\",\"country\":\"MX\"}]}";
        var file = _files.Write("lengthening.json", catalog);
        var exported = Path.Combine(_files.Path, "exported.json");
        Assert.Equal(0, Tool.Run("check", file).ExitCode);
        Assert.Equal(0, Tool.Run("export", "--format", "json", "--catalog", file, "--output", exported).ExitCode);
        Assert.Equal(0, Tool.Run("check", exported).ExitCode);

        var tooLong = _files.Write("too-long.json", catalog.Replace(text, new string('\uFB2C', 1400), StringComparison.Ordinal));
        var refused = Tool.Run("check", tooLong);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("longer than 4000 characters in Unicode NFC", refused.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_the_timeline_page_written_through_the_safe_replace()
    {
        var path = Path.Combine(_files.Path, "timeline.html");
        File.WriteAllText(path, "an older page");
        var refused = Tool.Run("export", "--format", "html", "--output", path);
        Assert.Equal((2, $"cooperation: error: --output: {path}: exists; give --force to replace it.\n"), (refused.ExitCode, refused.StandardError));
        Assert.Equal("an older page", File.ReadAllText(path));
        var result = Tool.Run("export", "--format", "html", "--as-of", "2026-11-27", "--lang", "es", "--output", path, "--force");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        var expected = new ArrayBufferWriter<byte>();
        new TimelineWriter(new LocalDate(2026, 11, 27), Language.Spanish).Write(ReferenceCatalog.Default, expected);
        Assert.Equal(expected.WrittenSpan.ToArray(), File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_files.Path)); // replaced, nothing left beside it

        var directory = Tool.Run("export", "--format", "html", "--output", _files.Path);
        Assert.Equal((2, $"cooperation: error: --output: {_files.Path}: is a directory; give a file name.\n"), (directory.ExitCode, directory.StandardError));
    }

    [Fact]
    public void Schema_is_the_json_schema()
        => Assert.Equal(CooperationJson.Schema, Tool.Run("export", "--format", "schema").Output);

    [Fact]
    public void Csv_exports_each_table()
    {
        var participants = Csv.Parse(Tool.Run("export", "--format", "csv", "--table", "participants").Output);
        Assert.Equal(["meeting", "party", "role", "person", "person_id", "institution", "position_en", "position_es"], participants[0]);
        Assert.Equal(ReferenceCatalog.Default.Meetings.Sum(m => m.Delegations.Sum(d => d.Participants.Length)), participants.Count - 1);
        Assert.Contains(participants, r => r[3] == "Rosa Icela Rodríguez Velázquez" && r[1] == "MX" && r[2] == "co-chair");

        var meetings = Csv.Parse(Tool.Run("export", "--format", "csv").Output);
        Assert.Equal(ReferenceCatalog.Default.Meetings.Select(m => m.Id.ToString()), meetings.Skip(1).Select(r => r[0]));

        foreach (var table in new[] { "mechanisms", "institutions", "countries", "sources" })
        {
            var rows = Csv.Parse(Tool.Run("export", "--format", "csv", "--table", table).Output);
            Assert.True(rows.Count > 1, table);
            Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        }
    }

    [Fact]
    public void Output_goes_to_the_file_and_nothing_to_stdout()
    {
        var path = Path.Combine(_files.Path, "meetings.ics");
        var result = Tool.Run("export", "--format", "ics", "--as-of", "2026-11-27", "--output", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Equal(Tool.Run("export", "--format", "ics", "--as-of", "2026-11-27").StandardOutput, File.ReadAllBytes(path));
        Assert.StartsWith($"wrote {path} (", result.StandardError, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_files.Path)); // nothing left beside it

        var bad = Tool.Run("export", "--format", "json", "--output", Path.Combine(_files.Path, "no", "such", "folder", "x.json"));
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith($"cooperation: error: --output: {Path.Combine(_files.Path, "no", "such", "folder", "x.json")}: cannot be written: the folder ", bad.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, Tool.Run("export", "--format", "json", "--output", _files.Path).ExitCode);
        var blank = Tool.Run("export", "--format", "json", "--output", "");
        Assert.Equal((2, "cooperation: error: --output: the file name is empty; give a file name, or - for standard output.\n"), (blank.ExitCode, blank.StandardError));
        Assert.Equal(2, Tool.Run("export").ExitCode);
    }

    [Fact]
    public void Output_through_a_symbolic_link_writes_its_target_and_keeps_the_link()
    {
        var target = Path.Combine(_files.Path, "target.json");
        File.WriteAllText(target, "old");
        var link = Path.Combine(_files.Path, "link.json");
        File.CreateSymbolicLink(link, target);
        Assert.Equal(0, Tool.Run("export", "--format", "schema", "--output", link, "--force").ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(CooperationJson.Schema, File.ReadAllText(target));
    }

    [Fact]
    public void Merged_catalogs_keep_the_first_entity_of_each_id_so_calendar_uids_are_unique()
    {
        var file = _files.Write("catalog.json", Catalogs.Clean);
        var twice = ICalendar.Parse(Tool.Run("export", "--format", "ics", "--catalog", file, "--catalog", file, "--as-of", "2025-06-01").StandardOutput);
        Assert.Equal(["talks-1@cooperation-domain", "mx-ca-talks.expected@cooperation-domain"], twice.Children.Select(e => e["UID"]));
        Assert.Equal(2, Tool.Run("list", "meetings", "--catalog", file, "--catalog", file).OutputLines.Length);

        // Within one file, a repeated id (reported by check as COOP1001) is exported once.
        var repeated = _files.Write("repeated.json", Catalogs.Clean.Replace("\"meetings\": [", "\"meetings\": [" + MeetingOf(Catalogs.Clean) + ",", StringComparison.Ordinal));
        Assert.Equal(2, ICalendar.Parse(Tool.Run("export", "--format", "ics", "--catalog", repeated, "--as-of", "2025-06-01").StandardOutput).Children.Count);
        Assert.Contains("COOP1001", Tool.Run("check", repeated, "--as-of", "2025-06-01").Output, StringComparison.Ordinal);

        // Repeats within one file stay in listings, whether or not other files are merged with it.
        var empty = _files.Write("empty.json", "{\"format\": \"cooperation-catalog/1\"}");
        Assert.Equal(3, Tool.Run("list", "meetings", "--catalog", repeated).OutputLines.Length);
        Assert.Equal(3, Tool.Run("list", "meetings", "--catalog", repeated, "--catalog", empty).OutputLines.Length);
        Assert.Equal(3, Tool.Run("list", "meetings", "--catalog", repeated, "--catalog", repeated).OutputLines.Length);
    }

    [Fact]
    public void Merged_catalogs_keep_their_people()
    {
        // The reference catalog has people; merged with an empty catalog, every one of them is still exported.
        var reference = _files.Write("reference.json", System.Text.Encoding.UTF8.GetString(CooperationJson.WriteCatalog(ReferenceCatalog.Default)));
        var empty = _files.Write("empty-2.json", "{\"format\": \"cooperation-catalog/2\"}");
        var merged = Tool.Run("export", "--format", "json", "--catalog", reference, "--catalog", empty);
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(ReferenceCatalog.Default.People.Length, CooperationJson.ReadCatalog(merged.StandardOutput).People.Length);
        Assert.NotEmpty(ReferenceCatalog.Default.People);
    }

    [Fact]
    public void Popolo_and_followthemoney_are_the_interop_writers_bytes()
    {
        var catalog = ReferenceCatalog.Default;
        var popolo = Tool.Run("export", "--format", "popolo");
        Assert.Equal(0, popolo.ExitCode);
        Assert.Equal(Written(o => new PopoloWriter().Write(catalog, o)), popolo.StandardOutput);
        Assert.Equal(catalog.Meetings.Length, JsonNode.Parse(popolo.StandardOutput)!["events"]!.AsArray().Count);

        var ftm = Tool.Run("export", "--format", "ftm");
        Assert.Equal(0, ftm.ExitCode);
        Assert.Equal(Written(o => new FollowTheMoneyWriter().Write(catalog, o)), ftm.StandardOutput);
        Assert.All(ftm.OutputLines, l => Assert.NotNull(JsonNode.Parse(l)!["schema"]));

        var people = Csv.Parse(Tool.Run("export", "--format", "csv", "--table", "people").Output);
        Assert.Equal(catalog.People.Length, people.Count - 1);
    }

    [Fact]
    public void An_existing_output_file_is_replaced_only_with_force()
    {
        var path = _files.Write("existing.json", "keep me");
        var refused = Tool.Run("export", "--format", "popolo", "--output", path);
        Assert.Equal((2, $"cooperation: error: --output: {path}: exists; give --force to replace it.\n"), (refused.ExitCode, refused.StandardError));
        Assert.Equal("keep me", File.ReadAllText(path));

        Assert.Equal(0, Tool.Run("export", "--format", "popolo", "--output", path, "--force").ExitCode);
        Assert.Equal(Tool.Run("export", "--format", "popolo").StandardOutput, File.ReadAllBytes(path));
        Assert.Equal(0, Tool.Run("export", "--format", "ftm", "--output", "/dev/null").ExitCode); // a device is written in place, no --force needed
    }

    [Fact]
    public void Parquet_writes_a_folder_of_tables_whole_and_replaces_one_only_with_force()
    {
        var folder = Path.Combine(_files.Path, "tables");
        var written = Tool.Run("export", "--format", "parquet", "--output", folder);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal($"wrote {folder} (9 tables)\n", written.StandardError);
        Assert.Equal(ParquetExport.Tables.Select(t => t.Name + ".parquet").Order(StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([folder], Directory.GetFileSystemEntries(_files.Path)); // no temporary folder left beside it
        Assert.All(Directory.GetFiles(folder), f => Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(f)[..4]));

        var again = Tool.Run("export", "--format", "parquet", "--output", folder);
        Assert.Equal((2, $"cooperation: error: --output: {folder}: exists; give --force to replace it.\n"), (again.ExitCode, again.StandardError));
        var before = File.GetLastWriteTimeUtc(Path.Combine(folder, "meetings.parquet"));
        Assert.Equal(0, Tool.Run("export", "--format", "parquet", "--output", folder, "--force").ExitCode);
        Assert.Equal(9, Directory.GetFiles(folder).Length);
        Assert.Equal([folder], Directory.GetFileSystemEntries(_files.Path));
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(folder, "meetings.parquet")) >= before);

        // --force never empties a folder of other files, never a folder that holds an input, never a file.
        var mine = _files.Write("tables/notes.txt", "mine");
        var other = Tool.Run("export", "--format", "parquet", "--output", folder, "--force");
        Assert.Equal((2, $"cooperation: error: --output: {folder}: holds notes.txt, which this export does not write; the folder is not replaced (name a new folder, or one holding only .parquet files).\n"), (other.ExitCode, other.StandardError));
        Assert.Equal("mine", File.ReadAllText(mine));
        var input = _files.Write("tables/catalog.json", Catalogs.Clean);
        File.Delete(mine);
        var holdsInput = Tool.Run("export", "--format", "parquet", "--catalog", input, "--output", folder, "--force");
        Assert.Equal(2, holdsInput.ExitCode);
        Assert.Contains("an input of this run; it is not replaced", holdsInput.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(input));
        var file = _files.Write("a-file.parquet", "x");
        Assert.Contains("not a folder", Tool.Run("export", "--format", "parquet", "--output", file, "--force").StandardError, StringComparison.Ordinal);

        var stdout = Tool.Run("export", "--format", "parquet");
        Assert.Equal((2, "cooperation: error: --format parquet writes one file per table: give --output FOLDER.\n"), (stdout.ExitCode, stdout.StandardError));
        var missing = Tool.Run("export", "--format", "parquet", "--output", Path.Combine(_files.Path, "no", "such"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schema", "--catalog", "missing.json", "leave out --catalog")]
    [InlineData("json", "--table", "people", "--format json does not use it")]
    [InlineData("popolo", "--as-of", "2020-01-01", "--format popolo does not use it")]
    public void An_option_the_format_does_not_use_is_an_error(string format, string option, string value, string expected)
    {
        var result = Tool.Run("export", "--format", format, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "timeline.html")]
    [InlineData("popolo", "catalog.popolo.json")]
    [InlineData("ftm", "catalog.ftm.json")]
    [InlineData("ics", "meetings.ics")]
    [InlineData("parquet", "tables")]
    public void An_output_that_cannot_be_written_is_a_clear_error_and_nothing_is_written(string format, string name)
    {
        // A folder that is missing, and a "folder" that is a file: refused before a byte is written.
        var file = _files.Write("a-file", "x");
        foreach (var folder in new[] { Path.Combine(_files.Path, "missing"), file })
        {
            var output = Path.Combine(folder, name);
            var result = Tool.Run("export", "--format", format, "--output", output);
            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"cooperation: error: --output: {output}: cannot be written: ", result.StandardError, StringComparison.Ordinal);
            Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Empty(result.StandardOutput);
        }

        Assert.Equal([file], Directory.GetFileSystemEntries(_files.Path));
        Assert.Equal("x", File.ReadAllText(file));

        // A folder no one may create files in, not even root: the kernel's /proc.
        if (Directory.Exists("/proc"))
        {
            var output = Path.Combine("/proc", name);
            var result = Tool.Run("export", "--format", format, "--output", output);
            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"cooperation: error: --output: {output}: cannot be written: ", result.StandardError, StringComparison.Ordinal);
            Assert.False(Path.Exists(output));
        }
    }

    private static byte[] Written(Action<System.Buffers.IBufferWriter<byte>> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        write(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    // The text of the first meeting object of a catalog.
    private static string MeetingOf(string catalog)
    {
        var start = catalog.IndexOf("{", catalog.IndexOf("\"meetings\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var depth = 0;
        for (var i = start; ; i++)
        {
            depth += catalog[i] == '{' ? 1 : catalog[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return catalog[start..(i + 1)];
            }
        }
    }

    [Fact]
    public void The_icalendar_file_parses_back_with_one_event_per_meeting()
    {
        var calendar = ICalendar.Parse(Tool.Run("export", "--format", "ics", "--as-of", "2026-11-27").StandardOutput);
        Assert.Equal("VCALENDAR", calendar.Name);
        Assert.Equal("2.0", calendar["VERSION"]);
        Assert.Equal("GREGORIAN", calendar["CALSCALE"]);
        Assert.StartsWith("-//Cooperation.Domain//", calendar["PRODID"], StringComparison.Ordinal);

        var events = calendar.Children;
        Assert.All(events, e => Assert.Equal("VEVENT", e.Name));
        Assert.Equal(events.Count, events.Select(e => e["UID"]).Distinct().Count());
        Assert.All(events, e => Assert.Equal("20261127T000000Z", e["DTSTAMP"]));
        Assert.All(events, e =>
        {
            Assert.Equal("DATE", e.Property("DTSTART").Parameters["VALUE"]);
            Assert.True(string.CompareOrdinal(e["DTSTART"], e["DTEND"]) < 0, e["UID"]);
        });

        // Every meeting, held, planned or otherwise, is an event; none is dropped.
        var meetings = ReferenceCatalog.Default.Meetings;
        Assert.Equal(meetings.Select(m => $"{m.Id}@cooperation-domain"), events.Where(e => e["CATEGORIES"] != "expected").Select(e => e["UID"]));

        var danm = events.Single(e => e["UID"] == "mx-ca-danm-2017-04-25@cooperation-domain");
        Assert.Equal(("20170425", "20170426", "CONFIRMED"), (danm["DTSTART"], danm["DTEND"], danm["STATUS"]));
        Assert.Equal("Mid-term meeting, DANM", danm["SUMMARY"]);
        Assert.Equal("Ottawa, Canada", danm["LOCATION"]);
        Assert.Contains("MX: Mauricio Ibarra Ponce de León, Mario Madrazo, Gustavo Gutiérrez", danm["DESCRIPTION"], StringComparison.Ordinal);

        // A meeting known only to the month spans the month, and says so.
        var october = events.Single(e => e["UID"] == "mx-us-consular-dialogue-2023-10@cooperation-domain");
        Assert.Equal(("20231001", "20231101", "TENTATIVE"), (october["DTSTART"], october["DTEND"], october["STATUS"]));
        Assert.Contains("(only the month is known)", october["DESCRIPTION"], StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_meetings_come_from_the_cadence_as_of_the_date()
    {
        var file = _files.Write("catalog.json", Catalogs.Clean);
        var calendar = ICalendar.Parse(Tool.Run("export", "--format", "ics", "--catalog", file, "--as-of", "2025-06-01", "--lang", "es").StandardOutput);
        Assert.Equal(2, calendar.Children.Count);
        var held = calendar.Children[0];
        Assert.Equal(("20250303", "20250305"), (held["DTSTART"], held["DTEND"]));
        Assert.Equal("1ª reunión ordinaria, Pláticas México-Canadá", held["SUMMARY"]);
        Assert.Equal("Ottawa, Canadá", held["LOCATION"]);

        var expected = calendar.Children[1];
        Assert.Equal("mx-ca-talks.expected@cooperation-domain", expected["UID"]);
        Assert.Equal(("20260301", "20260401", "TENTATIVE", "expected"), (expected["DTSTART"], expected["DTEND"], expected["STATUS"], expected["CATEGORIES"]));
        Assert.Equal("Próxima reunión esperada: Pláticas México-Canadá", expected["SUMMARY"]);
    }

    [Fact]
    public void Long_values_fold_at_75_octets_without_splitting_a_character()
    {
        var title = string.Concat(Enumerable.Repeat("Reunión de cooperación ñandú; ", 12)).TrimEnd();
        var file = _files.Write("catalog.json", Catalogs.Clean.Replace("\"ordinal\": 1,", $"\"ordinal\": 1, \"title\": {{\"en\": \"{title}\"}},", StringComparison.Ordinal));
        var bytes = Tool.Run("export", "--format", "ics", "--catalog", file, "--as-of", "2025-06-01").StandardOutput;
        var calendar = ICalendar.Parse(bytes);
        Assert.Equal(title, calendar.Children[0]["SUMMARY"]);
        Assert.Contains("\r\n ", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
