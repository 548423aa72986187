using System;
using System.IO;
using System.Text;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Serialization;

/// <summary>Reading catalog files: every failure is a typed error that names the file.</summary>
public sealed class CatalogDocumentTests : IDisposable
{
    private readonly ScratchFolder _scratch = new("documents");

    private string Folder => _scratch.Path;

    public void Dispose() => _scratch.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_valid_file_loads_with_its_name()
    {
        var path = Write("ok.json", Encoding.UTF8.GetBytes("{\"format\":\"cooperation-catalog/1\"}"));
        var document = CatalogDocument.Load(path);
        Assert.Equal(path, document.Name);
        Assert.Empty(document.Catalog.Mechanisms);
    }

    [Fact]
    public void A_missing_file_is_an_io_error_naming_it()
    {
        var path = Path.Combine(Folder, "absent.json");
        var error = Assert.Throws<FileNotFoundException>(() => CatalogDocument.Load(path));
        Assert.Contains("absent.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_an_io_error_naming_it()
    {
        var error = Assert.ThrowsAny<IOException>(() => CatalogDocument.Load(Folder));
        Assert.Equal($"\"{Folder}\" is a directory, not a catalog file.", error.Message);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\"meetings\":[", "$.meetings")]
    [InlineData("{\"format\":\"cooperation-catalog/1\",\"sources\":[{\"id\":3}]}", "$.sources[0].id")]
    public void Invalid_json_is_a_located_json_error(string text, string path)
    {
        var file = Write("bad.json", Encoding.UTF8.GetBytes(text));
        var error = Assert.Throws<CooperationJsonException>(() => CatalogDocument.Load(file));
        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
        Assert.StartsWith(file + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_and_oversized_files_are_json_errors()
    {
        var invalid = Write("latin1.json", [.. "{\"format\":\"cooperation-catalog/1\",\"sources\":[{\"id\":\"a\",\"title\":{\"es\":\""u8, 0xE9, .. "\"}}]}"u8]);
        Assert.StartsWith(invalid + ": ", Assert.Throws<CooperationJsonException>(() => CatalogDocument.Load(invalid)).Message, StringComparison.Ordinal);
        var large = Write("large.json", Encoding.UTF8.GetBytes("{\"format\":\"cooperation-catalog/1\"}" + new string(' ', 100)));
        var tooLarge = Assert.Throws<CooperationJsonException>(() => CatalogDocument.Load(large, maxBytes: 64)).Message;
        Assert.StartsWith(large + ": ", tooLarge, StringComparison.Ordinal);
        Assert.Contains("limit", tooLarge, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CatalogDocument.Load(large, maxBytes: 0));
        Assert.Throws<ArgumentException>(() => CatalogDocument.Load(""));
    }
}
