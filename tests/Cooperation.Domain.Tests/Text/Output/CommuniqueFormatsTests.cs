using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Tests.Support;
using Cooperation.Domain.Tests.Text.Draft;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text.Output;

/// <summary>
/// The formats of a reading in the library's idiom (<see cref="DocumentWriter{T}"/>, <see cref="CommuniqueFormats"/>):
/// the same bytes every way, chosen by name, JSON Lines one line with the same content as JSON, the draft in JSON the
/// catalog's canonical document.
/// </summary>
public sealed class CommuniqueFormatsTests
{
    private static readonly Lazy<CommuniqueReading> Seed = new(() => DraftTexts.Read(DraftTexts.Seed("003_d352a4c521fecf60.txt"), ReferenceCatalog.Default));

    [Fact]
    public void The_family_lists_text_json_and_jsonl_with_their_media_types_and_extensions()
    {
        Assert.Equal(["text", "json", "jsonl"], CommuniqueFormats.All.Select(static f => f.Name));
        Assert.Equal(
            [("text/plain; charset=utf-8", ".txt"), ("application/json", ".json"), ("application/jsonl", ".jsonl")],
            CommuniqueFormats.All.Select(static f => (f.MediaType, f.FileExtension)));
        Assert.IsType<CommuniqueJsonLinesWriter>(CommuniqueFormats.Create("jsonl"));
        Assert.Same(CommuniqueFormats.Create("json"), CommuniqueFormats.Create("json", DocumentWriterOptions.Default));
        Assert.False(Assert.IsType<CommuniqueJsonWriter>(CommuniqueFormats.Create("json", new DocumentWriterOptions { Indented = false })).Options.Indented);
        var error = Assert.Throws<ArgumentException>(() => CommuniqueFormats.Create("xml"));
        Assert.StartsWith("There is no reading format named \"xml\"; the formats are text, json, jsonl.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_format_writes_the_same_bytes_to_a_buffer_a_stream_asynchronously_and_a_string()
    {
        var reading = Seed.Value;
        Assert.NotNull(reading.Draft);
        foreach (var writer in CommuniqueFormats.All)
        {
            var buffer = new ArrayBufferWriter<byte>();
            writer.Write(reading, buffer);
            var expected = buffer.WrittenSpan.ToArray();
            using var stream = new MemoryStream();
            writer.Write(reading, stream);
            Assert.Equal(expected, stream.ToArray());
            using var inner = new MemoryStream();
            await writer.WriteAsync(reading, new AsyncOnlyStream(inner), CancellationToken.None);
            Assert.Equal(expected, inner.ToArray());
            Assert.Equal(Encoding.UTF8.GetString(expected), writer.WriteToString(reading));
            Assert.DoesNotContain((byte)'\r', expected);
            Assert.Equal((byte)'\n', expected[^1]);
        }
    }

    [Fact]
    public void Json_lines_is_the_json_document_on_one_line_the_draft_included()
    {
        var reading = Seed.Value;
        var json = new CommuniqueJsonWriter().WriteToString(reading);
        var line = new CommuniqueJsonLinesWriter().WriteToString(reading);
        Assert.Equal(line.Length - 1, line.IndexOf('\n', StringComparison.Ordinal));
        using var indented = JsonDocument.Parse(json);
        using var compact = JsonDocument.Parse(line);
        Assert.True(JsonElement.DeepEquals(indented.RootElement, compact.RootElement));

        // Indented, the draft is the catalog's own document: it reads back through the strict reader to the same catalog.
        var draft = CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(indented.RootElement.GetProperty("draft").GetRawText()));
        Assert.Equal(CooperationJson.WriteCatalog(reading.Draft!), CooperationJson.WriteCatalog(draft));
        Assert.Contains(Encoding.UTF8.GetString(CooperationJson.WriteCatalog(reading.Draft!)), json, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_marks_each_mention_in_the_text_and_lists_the_meetings()
    {
        var reading = new CommuniqueReader(CommuniqueReaderOptions.Default.WithLanguage(Language.Spanish))
            .Read("El 3 de marzo de 2020 se reunieron los cancilleres de México y Canadá en Ottawa.");
        var text = new CommuniqueTextWriter().WriteToString(reading);
        Assert.StartsWith("El [3 de marzo de 2020]{date 2020-03-03} se reunieron los cancilleres de [México]{country MX} y [Canadá]{country CA}", text, StringComparison.Ordinal);
        Assert.Contains("\nMeetings:\n  held 2020-03-03 CA MX", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Equal("\nMeetings: none.\n", new CommuniqueTextWriter().WriteToString(new CommuniqueReader().Read(string.Empty)));
    }
}
