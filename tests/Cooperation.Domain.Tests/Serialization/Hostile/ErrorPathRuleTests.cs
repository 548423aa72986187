using System;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Serialization.Hostile;

/// <summary>
/// The path rule of docs/json-format.md on the cases the hostile-input sweep found: an error's path is the innermost
/// container or member the reader had entered, never a member after the error; names are shown decoded; and no
/// message quotes unbounded input.
/// </summary>
public sealed class ErrorPathRuleTests
{
    [Theory]
    [InlineData("{\"format\":\"cooperation-catalog/1\"", "$")]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\"institutions\":[{\"id\":\"mx-sre\",\"name\":{\"es\":\"SRE\"},\"kind\":\"ministry\"}", "$.institutions")]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\"institutions\":[{\"id\":\"mx-sre\",\"name\":{\"es\":\"SRE\"},\"kind\":\"ministry\"},", "$.institutions")]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\"institutions\":[{\"id\":\"mx-sre\"", "$.institutions[0]")]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\"institutions\":[{\"id\":", "$.institutions[0].id")]
    [InlineData("{\"format\":", "$.format")]
    [InlineData("{\"format\":\"cooperation-catalog/1\" \"meetings\":[]}", "$")]
    [InlineData("{//\n\"format\":\"cooperation-catalog/1\"}", "$")]
    [InlineData("{\"\\u0066ormat\":\"cooperation-catalog/1\",\"meetings\":7}", "$.meetings")]
    [InlineData("{\"\\u0066ormat\":\"cooperation-catalog/3\"}", "$.format")]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\"a\\u0020b\":1}", "$['a b']")]
    public void Every_reader_names_the_innermost_container_or_member_entered(string json, string path)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var fromBytes = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(bytes));
        Assert.Equal(path, fromBytes.Path);
        foreach (var chunk in (ReadOnlySpan<int>)[1, 4096])
        {
            var fromStream = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new TrickleStream(bytes, chunk)));
            Assert.Equal((fromBytes.Reason, fromBytes.Path, fromBytes.LineNumber), (fromStream.Reason, fromStream.Path, fromStream.LineNumber));
        }

        var fromString = Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<CooperationCatalog>(json));
        Assert.Equal((fromBytes.Reason, fromBytes.Path), (fromString.Reason, fromString.Path));
    }

    [Fact]
    public void A_member_after_a_syntax_error_is_never_named()
    {
        // A comment is not allowed: the error is at byte 1, before the name that is not UTF-8.
        byte[] bytes = [.. "{//\n\"forma"u8, 0xB8, .. "t\":1}"u8];
        var fromBytes = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(bytes));
        var fromStream = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new MemoryStream(bytes)));
        Assert.Equal("$", fromBytes.Path);
        Assert.Equal((fromBytes.Reason, fromBytes.Path, fromBytes.LineNumber), (fromStream.Reason, fromStream.Path, fromStream.LineNumber));
    }

    [Fact]
    public void A_lone_surrogate_in_a_name_is_shown_escaped_by_every_reader()
    {
        var bytes = "{\"format\":\"cooperation-catalog/1\",\"\\uD800\":1}"u8.ToArray();
        var fromBytes = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(bytes));
        var fromStream = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new MemoryStream(bytes)));
        Assert.Equal("$['\\uD800']", fromBytes.Path);
        Assert.Equal((fromBytes.Reason, fromBytes.Path, fromBytes.LineNumber), (fromStream.Reason, fromStream.Path, fromStream.LineNumber));
    }

    [Fact]
    public void A_truncated_document_is_said_once_in_the_librarys_words()
    {
        var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog("{\"format\":\"cooperation-catalog/1\""u8));
        Assert.Equal("The document ends before its JSON is complete: an object, array or value is still open (is the file truncated?).", error.Reason);
    }

    [Fact]
    public void An_unknown_member_of_ten_megabytes_gets_a_short_message_and_path()
    {
        var name = new string('m', 10_000_000);
        var bytes = Encoding.UTF8.GetBytes("{\"format\":\"cooperation-catalog/1\",\"" + name + "\":1}");
        foreach (var error in new[]
        {
            Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(bytes)),
            Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new MemoryStream(bytes))),
        })
        {
            Assert.StartsWith("Unknown member \"mmmm", error.Reason, StringComparison.Ordinal);
            Assert.Contains("(10000000 characters)", error.Reason, StringComparison.Ordinal);
            Assert.True(error.Message.Length < 400, error.Message[..Math.Min(400, error.Message.Length)]);
            Assert.Equal("$['" + new string('m', 64) + "…']", error.Path);
        }
    }

    [Fact]
    public void An_invalid_literal_on_a_long_line_is_quoted_short()
    {
        // The reader quotes the rest of the line after an invalid literal: 3.8 MB on one line.
        var bytes = Encoding.UTF8.GetBytes("{\"format\":\"cooperation-catalog/1\",\"meetings\":[tr" + new string('x', 3_800_000) + "]}");
        foreach (var error in new[]
        {
            Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(bytes)),
            Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new MemoryStream(bytes))),
        })
        {
            Assert.Contains("invalid JSON literal", error.Reason, StringComparison.Ordinal);
            Assert.True(error.Message.Length < 400, error.Message[..Math.Min(400, error.Message.Length)]);
        }
    }

    [Fact]
    public void No_message_of_the_corpus_is_long()
    {
        var longest = HostileCorpus.Edits(perSeed: 300)
            .Select(document => Record.Exception(() => CooperationJson.ReadCatalog(document.Bytes)))
            .OfType<CooperationJsonException>()
            .Max(e => e.Message.Length);
        Assert.InRange(longest, 1, 1200);
    }
}
