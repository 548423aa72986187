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
/// The draft that <c>extract</c> writes inside its JSON, the way a user checks it: saved as a catalog file in a folder
/// with a copy of the text, then <c>cooperation check FILE --sources FOLDER</c>.
/// </summary>
public sealed class ExtractDraftTests : IDisposable
{
    private readonly ScratchFolder _files = new("extract-draft");

    public void Dispose() => _files.Dispose();

    private static string Seeds()
    {
        var root = typeof(ExtractDraftTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        Assert.True(Directory.Exists(seeds), $"The seed documents are not at {seeds}.");
        return seeds;
    }

    [Theory]
    [InlineData("000_775d0f8830f85ee8.txt")]
    [InlineData("001_7bfe599a9bc9299d.txt")]
    [InlineData("002_9599c37a90b3b06d.txt")]
    [InlineData("003_d352a4c521fecf60.txt")]
    [InlineData("004_095633980468141a.txt")]
    public void The_draft_of_a_seed_passes_check_sources_with_zero_errors(string seed)
    {
        var text = Path.Combine(_files.Path, seed);
        File.Copy(Path.Combine(Seeds(), seed), text);
        File.SetAttributes(text, FileAttributes.Normal);

        var extract = Tool.Run("extract", text, "--no-catalog", "--format", "json");
        Assert.True(extract.ExitCode == 0, extract.ToString());
        using var output = JsonDocument.Parse(extract.StandardOutput);
        var draft = output.RootElement.GetProperty("draft");
        Assert.Equal(JsonValueKind.Object, draft.ValueKind);
        var source = draft.GetProperty("sources")[0];
        Assert.Equal(seed, source.GetProperty("archive").GetProperty("file").GetString());
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(text))),
            source.GetProperty("archive").GetProperty("sha256").GetString());

        var file = Path.Combine(_files.Path, "draft.json");
        File.WriteAllText(file, draft.GetRawText(), new UTF8Encoding(false));
        var check = Tool.Run("check", file, "--sources", _files.Path);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.StartsWith("0 errors, ", check.OutputLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("COOP7006", check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("COOP7007", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void From_standard_input_the_draft_names_no_archived_copy()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Seeds(), "003_d352a4c521fecf60.txt"));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var console = new Cooperation.Cli.Terminal.CliConsole(stdout, stderr, false, false, static _ => null, Tool.Today, standardInput: () => new MemoryStream(bytes));
        Assert.Equal(0, CooperationCli.Run(["extract", "-", "--no-catalog", "--format", "json"], console));
        using var output = JsonDocument.Parse(stdout.ToArray());
        Assert.False(output.RootElement.GetProperty("draft").GetProperty("sources")[0].TryGetProperty("archive", out _));
    }

    [Fact]
    public void Draft_writes_the_draft_as_a_canonical_catalog_file_that_checks_against_its_text()
    {
        var text = Path.Combine(_files.Path, "003_d352a4c521fecf60.txt");
        File.Copy(Path.Combine(Seeds(), "003_d352a4c521fecf60.txt"), text);
        File.SetAttributes(text, FileAttributes.Normal);
        var file = Path.Combine(_files.Path, "draft.json");

        var extract = Tool.Run("extract", text, "--no-catalog", "--format", "json", "--draft", file);
        Assert.True(extract.ExitCode == 0, extract.ToString());
        using var output = JsonDocument.Parse(extract.StandardOutput);
        var written = File.ReadAllText(file);
        Assert.Equal(output.RootElement.GetProperty("draft").GetRawText(), written.TrimEnd('\n'));
        Assert.Equal(0, Tool.Run("fmt", "--check", file).ExitCode);
        var check = Tool.Run("check", file, "--sources", _files.Path);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.StartsWith("0 errors, ", check.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_is_refused_for_many_files_standard_input_or_an_input_and_not_written_when_there_is_no_draft()
    {
        var one = _files.Write("1.txt", "El 3 de marzo de 2020 se reunió el canciller de México con la canciller de Canadá.");
        var two = _files.Write("2.txt", "Nada que catalogar aquí.");
        var file = Path.Combine(_files.Path, "draft.json");

        var many = Tool.Run("extract", one, two, "--draft", file);
        Assert.Equal(2, many.ExitCode);
        Assert.Contains("--draft writes the draft of one file", many.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, Tool.Run("extract", "-", "--draft", file).ExitCode);

        // Never over an input: the text itself is refused, and left as it was.
        var over = Tool.Run("extract", one, "--draft", one);
        Assert.Equal(2, over.ExitCode);
        Assert.StartsWith("cooperation: error: --draft: ", over.StandardError, StringComparison.Ordinal);
        Assert.StartsWith("El 3 de marzo", File.ReadAllText(one), StringComparison.Ordinal);
        Assert.False(File.Exists(file));

        var none = Tool.Run("extract", two, "--no-catalog", "--draft", file);
        Assert.Equal(0, none.ExitCode);
        Assert.Contains("the text gives no draft", none.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
