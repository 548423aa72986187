using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

/// <summary>
/// <c>cooperation extract</c>: the three formats, standard input, many files in order with a bad one among them, the
/// output against the shipped JSON Schema (JsonSchema.Net), and the bad inputs of issue 22, each with its outcome.
/// </summary>
public sealed class ExtractCommandTests : IDisposable
{
    private const string Communique = "Ciudad de México, 13 de mayo de 2021\n\n"
        + "Hoy se realizó la 8ª Reunión del Grupo de Alto Nivel de Seguridad (GANSEG) entre México y Guatemala. "
        + "La delegación mexicana estuvo encabezada por el canciller Marcelo Ebrard.\n";

    // Parsed once: JsonSchema.Net registers a schema by its $id and refuses to register it twice. The draft is a
    // catalog document, which the extract schema refers to the catalog's own schema for.
    private static readonly Lazy<Json.Schema.JsonSchema> Schema = new(() =>
    {
        var options = new Json.Schema.BuildOptions();
        Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(Root(), "docs", "schema", "cooperation.schema.json")), options);
        return Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(Root(), "docs", "schema", "cooperation-extract.schema.json")), options);
    });

    private readonly ScratchFolder _files = new("extract");

    public void Dispose() => _files.Dispose();

    private static string Root() => typeof(ExtractCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static void AssertSchemaValid(string json)
    {
        var results = Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(results.IsValid, json + "\n" + string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Json_has_exactly_mentions_meetings_and_draft_and_agrees_with_the_schema()
    {
        var file = _files.Write("c.txt", Communique);
        var result = Tool.Run("extract", file, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        AssertSchemaValid(result.Output);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["mentions", "meetings", "draft"], json.RootElement.EnumerateObject().Select(static p => p.Name));
        Assert.Equal("cooperation-catalog/2", json.RootElement.GetProperty("draft").GetProperty("format").GetString());

        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        foreach (var mention in mentions)
        {
            // Offsets count UTF-16 units into the text as read.
            var start = mention.GetProperty("start").GetInt32();
            var end = mention.GetProperty("end").GetInt32();
            Assert.Equal(Communique[start..end], mention.GetProperty("text").GetString());
        }

        Assert.Contains(mentions, static m => m.GetProperty("kind").GetString() == "ordinal" && m.GetProperty("value").GetInt32() == 8);
        Assert.Contains(mentions, static m => m.GetProperty("kind").GetString() == "country" && m.GetProperty("value").GetString() == "GT");
        var meeting = Assert.Single(json.RootElement.GetProperty("meetings").EnumerateArray());
        Assert.Equal("2021-05-13", meeting.GetProperty("date").GetString());
        Assert.Equal("held", meeting.GetProperty("status").GetString());
        Assert.Equal(8, meeting.GetProperty("ordinal").GetInt32());
        Assert.Equal(["GT", "MX"], meeting.GetProperty("countries").EnumerateArray().Select(static c => c.GetString()));
    }

    [Theory]
    [InlineData("""{"mentions": [], "meetings": []}""")]
    [InlineData("""{"mentions": [], "meetings": [], "draft": null, "extra": 1}""")]
    [InlineData("""{"mentions": [{"kind": "place", "text": "Ottawa", "start": 0, "end": 6, "value": "Ottawa"}], "meetings": [], "draft": null}""")]
    [InlineData("""{"mentions": [{"kind": "date", "text": "ayer", "start": 0, "end": 4, "value": "13 de mayo"}], "meetings": [], "draft": null}""")]
    [InlineData("""{"mentions": [{"kind": "ordinal", "text": "8ª", "start": 0, "end": 2, "value": "8"}], "meetings": [], "draft": null}""")]
    [InlineData("""{"mentions": [{"kind": "country", "text": "México", "start": 0, "end": 6, "value": "MX", "position": "x"}], "meetings": [], "draft": null}""")]
    [InlineData("""{"mentions": [], "meetings": [{"date": null, "status": "held", "countries": ["mx"], "mechanism": null, "ordinal": null, "place": null, "kind": null, "sentences": [{"start": 0, "end": 1}]}], "draft": null}""")]
    [InlineData("""{"mentions": [], "meetings": [{"date": null, "status": "held", "countries": [], "mechanism": null, "ordinal": null, "place": null, "kind": null, "sentences": []}], "draft": null}""")]
    [InlineData("""{"file": "x.txt"}""")]
    public void The_schema_refuses_what_extract_never_writes(string json)
        => Assert.False(Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid, json);

    [Fact]
    public void The_reference_catalog_is_linked_by_default_and_no_catalog_links_nothing()
    {
        var file = _files.Write("c.txt", Communique);
        static bool Linked(CliResult r) => JsonDocument.Parse(r.Output).RootElement.GetProperty("mentions").EnumerateArray().Any(static m => m.TryGetProperty("id", out _));
        Assert.True(Linked(Tool.Run("extract", file, "--format", "json")));
        Assert.False(Linked(Tool.Run("extract", file, "--format", "json", "--no-catalog")));
        Assert.Equal(2, Tool.Run("extract", file, "--no-catalog", "--catalog", file).ExitCode);
    }

    [Fact]
    public void Text_marks_the_mentions_then_lists_the_meetings()
    {
        var result = Tool.Run("extract", _files.Write("c.txt", Communique), "--no-catalog");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("[Guatemala]{country GT}", result.Output, StringComparison.Ordinal);
        Assert.Contains("[13 de mayo de 2021]{date 2021-05-13}", result.Output, StringComparison.Ordinal);
        Assert.Contains("Meetings", result.Output, StringComparison.Ordinal);
        Assert.Contains("2021-05-13", result.Output[result.Output.LastIndexOf("Meetings", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash_and_only_once()
    {
        var result = Tool.Run(new CliOptions(StandardInput: Encoding.UTF8.GetBytes("\uFEFFLa delegación mexicana viajó a Honduras.")), "extract", "-", "--format", "json", "--date", "2021-05-13");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var countries = json.RootElement.GetProperty("mentions").EnumerateArray().Where(static m => m.GetProperty("kind").GetString() == "country").ToList();
        Assert.Equal(["MX", "HN"], countries.Select(static m => m.GetProperty("value").GetString()));

        // The BOM is removed: "mexicana" starts where it does in the text without it.
        Assert.Equal("La delegación ".Length, countries[0].GetProperty("start").GetInt32());
        Assert.Equal(2, Tool.Run("extract", "-", "-").ExitCode);
    }

    [Fact]
    public void An_empty_standard_input_is_an_empty_reading()
    {
        var result = Tool.Run(new CliOptions(StandardInput: []), "extract", "-", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        AssertSchemaValid(result.Output);
        Assert.Equal("{\n  \"mentions\": [],\n  \"meetings\": [],\n  \"draft\": null\n}\n", result.Output);
    }

    [Fact]
    public void Jsonl_keeps_the_order_and_a_bad_file_is_an_error_line_while_the_others_go_on()
    {
        var paths = new[]
        {
            _files.Write("1.txt", "El 3 de marzo de 2020 se reunieron los cancilleres de México y Canadá."),
            _files.Write("2.txt", new byte[] { 0x4D, 0xE9, 0x78, 0x69, 0x63, 0x6F }),
            _files.Write("3.txt", Communique),
            _files.Write("4.txt", "The Secretary traveled to Guatemala on January 12, 2011."),
        };
        var result = Tool.Run(["extract", .. paths, "--format", "jsonl", "--no-catalog"]);
        Assert.Equal(2, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal(4, lines.Length);
        foreach (var line in lines)
        {
            AssertSchemaValid(line);
        }

        Assert.Contains("\"CA\"", lines[0], StringComparison.Ordinal);
        using (var error = JsonDocument.Parse(lines[1]))
        {
            Assert.Equal(paths[1], error.RootElement.GetProperty("file").GetString());
            Assert.Contains("not valid UTF-8 (at byte 1)", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains("\"GANSEG\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("2011-01-12", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_over_many_files_gives_each_its_own_line_in_order()
    {
        var paths = Enumerable.Range(1, 40).Select(i => _files.Write($"{i}.txt", $"El {(i % 28) + 1} de abril de 2021 se reunieron México y Guatemala.")).ToArray();
        var result = Tool.Run(["extract", .. paths, "--format", "jsonl", "--no-catalog"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(40, result.OutputLines.Length);
        for (var i = 0; i < 40; i++)
        {
            Assert.Contains($"\"2021-04-{(((i + 1) % 28) + 1):D2}\"", result.OutputLines[i], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("empty", "is empty")]
    [InlineData("binary", "is binary data, not text (a NUL byte at byte 2)")]
    [InlineData("latin-1", "is not valid UTF-8 (at byte 1)")]
    [InlineData("directory", "is a directory")]
    [InlineData("missing", "no such file")]
    public void A_file_that_is_not_a_text_is_a_clear_error_that_names_it(string shape, string expected)
    {
        var path = shape switch
        {
            "empty" => _files.Write("e.txt", []),
            "binary" => _files.Write("b.txt", new byte[] { 0x4D, 0x58, 0x00, 0x01 }),
            "latin-1" => _files.Write("l.txt", new byte[] { 0x4D, 0xE9, 0x78 }),
            "directory" => _files.Path,
            _ => Path.Combine(_files.Path, "none.txt"),
        };
        var result = Tool.Run("extract", path, "--format", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.StartsWith($"cooperation: error: {path}: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_by_its_size_before_it_is_read()
    {
        // 50 MB, the size: one line of it, with no end.
        var path = Path.Combine(_files.Path, "big.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = Tool.Run("extract", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains("is 50.0 MB; extract reads texts of up to 16.0 MB", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_line_and_a_name_of_ten_thousand_words_are_read_without_inventing_anything()
    {
        var name = string.Join(' ', Enumerable.Range(0, 10_000).Select(static i => (i % 3) switch { 0 => "Juan", 1 => "Pérez", _ => "García" }));
        var line = string.Concat(Enumerable.Repeat("y la cooperación sigue, ", 80_000));
        var result = Tool.Run("extract", _files.Write("n.txt", $"El embajador {name} llegó. {line}fin."), "--format", "json", "--no-catalog", "--date", "2021-05-13");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Empty(json.RootElement.GetProperty("meetings").EnumerateArray());
        foreach (var mention in json.RootElement.GetProperty("mentions").EnumerateArray())
        {
            // No mention swallows the whole name: names are bounded.
            Assert.True(mention.GetProperty("end").GetInt32() - mention.GetProperty("start").GetInt32() < 1000);
        }
    }

    [Fact]
    public void Another_language_gives_no_invented_facts()
    {
        var result = Tool.Run("extract", _files.Write("de.txt", "Die Außenminister trafen sich am 3. Mai 2021 in Berlin und vereinbarten ein neues Treffen.\n"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Empty(json.RootElement.GetProperty("meetings").EnumerateArray());
        Assert.DoesNotContain(json.RootElement.GetProperty("mentions").EnumerateArray(), static m => m.GetProperty("kind").GetString() == "date");
    }

    [Fact]
    public void Mixed_languages_are_read_sentence_by_sentence_words()
    {
        var text = "Ciudad de México, 13 de mayo de 2021\n\nMéxico y Guatemala firmaron un acuerdo. The United States welcomed it on May 14, 2021.\n";
        var result = Tool.Run("extract", _files.Write("m.txt", text), "--format", "json", "--no-catalog");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var values = json.RootElement.GetProperty("mentions").EnumerateArray().Select(static m => m.GetProperty("value").ToString()).ToList();
        Assert.Equal(["2021-05-13", "MX", "GT", "US", "2021-05-14"], values);
    }

    [Fact]
    public void Impossible_dates_and_backwards_ranges_are_not_dates()
    {
        var result = Tool.Run("extract", _files.Write("d.txt", "La reunión fue el 31 de abril de 2021. Otra, del 28 al 25 de abril de 2017.\n"), "--format", "json", "--no-catalog");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.DoesNotContain(json.RootElement.GetProperty("mentions").EnumerateArray(), static m => m.GetProperty("kind").GetString() == "date" && m.GetProperty("value").ValueKind != JsonValueKind.Null);
        Assert.DoesNotContain(json.RootElement.GetProperty("meetings").EnumerateArray(), static m => m.GetProperty("date").ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public void Date_wins_over_a_dateline_that_disagrees_and_a_warning_says_so()
    {
        var file = _files.Write("c.txt", "Ciudad de México, 13 de mayo de 2021\n\nHoy se reunió el canciller con su homólogo de Guatemala.\n");
        var result = Tool.Run("extract", file, "--format", "json", "--date", "2021-05-20", "--no-catalog");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"cooperation: warning: {file}: the dateline says 2021-05-13; --date 2021-05-20 is used.\n", result.StandardError);
        using var json = JsonDocument.Parse(result.Output);
        var hoy = json.RootElement.GetProperty("mentions").EnumerateArray().Single(static m => m.GetProperty("text").GetString() == "Hoy");
        Assert.Equal("2021-05-20", hoy.GetProperty("value").GetString());

        // Without --date the dateline dates the text, and nothing is said.
        var alone = Tool.Run("extract", file, "--format", "json", "--no-catalog");
        Assert.Empty(alone.StandardError);
        Assert.Contains("\"text\": \"Hoy\"", alone.Output, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"2021-05-13\"", alone.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("AUTO")]
    [InlineData("es")]
    public void Every_language_the_help_names_is_accepted(string lang)
    {
        var file = _files.Write("l.txt", Communique);
        var result = Tool.Run("extract", file, "--lang", lang, "--format", "json", "--no-catalog");
        Assert.True(result.ExitCode == 0, result.ToString());

        // auto finds the language from the text: the same reading as without --lang.
        var unstated = Tool.Run("extract", file, "--format", "json", "--no-catalog");
        Assert.Equal(unstated.Output, result.Output);
    }

    [Theory]
    [InlineData("--lang", "de", "--lang: \"de\" is not a language extract reads; use es, en or auto.")]
    [InlineData("--date", "2021-05", "--date: \"2021-05\" is not a date; use YYYY-MM-DD.")]
    [InlineData("--date", "2021-02-30", "--date: \"2021-02-30\" is not a date; use YYYY-MM-DD.")]
    public void Bad_options_are_argument_errors(string option, string value, string expected)
    {
        var result = Tool.Run("extract", _files.Write("c.txt", Communique), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
    }
}
