using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cooperation.Domain.Tests.Documentation;
using Cooperation.Domain.Tests.Reference;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// The two annotated sets: the development set (../shared/extraction-dev, or COOPERATION_EXTRACTION_DEV), read in
/// place and never copied, and the gold of the five seed documents, which the repository holds
/// (tests/Cooperation.Domain.Tests/Text/Gold/Seeds/NNN.json) against the seeds in ../shared/seeds.
/// </summary>
public static partial class GoldSets
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The folder of the seeds' gold files.</summary>
    public static string SeedGoldFolder => Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Text", "Gold", "Seeds");

    /// <summary>The development set's folder; a missing folder fails the test that asks for it.</summary>
    public static string DevelopmentSetFolder()
    {
        var folder = Environment.GetEnvironmentVariable("COOPERATION_EXTRACTION_DEV")
            ?? Path.GetFullPath(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "..", "shared", "extraction-dev"));
        Assert.True(Directory.Exists(Path.Combine(folder, "gold")), $"The development set is not at {folder}. Set COOPERATION_EXTRACTION_DEV to its folder.");
        return folder;
    }

    /// <summary>
    /// The eleven development excerpts with their gold, in score.py's order. The document is the text after the
    /// first "\n-----\n" of communiques/NN.txt, byte for byte.
    /// </summary>
    public static IReadOnlyList<GoldDocument> DevelopmentSet()
    {
        var folder = DevelopmentSetFolder();
        return [.. Directory.GetFiles(Path.Combine(folder, "gold"))
            .Where(f => DevelopmentGoldName().IsMatch(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var id = Path.GetFileName(f)[..2];
                var file = JsonNode.Parse(File.ReadAllText(f, Encoding.UTF8))!["file"]!.GetValue<string>();
                var raw = StrictUtf8.GetString(File.ReadAllBytes(Path.Combine(folder, "communiques", file)));
                const string Separator = "\n-----\n";
                var excerpt = raw[(raw.IndexOf(Separator, StringComparison.Ordinal) + Separator.Length)..];
                return GoldDocument.Parse(id, File.ReadAllText(f, Encoding.UTF8), excerpt);
            })];
    }

    /// <summary>
    /// The five seeds with their gold. The document is the whole seed file decoded as UTF-8 with a BOM removed; its
    /// SHA-256 must be the one the gold records.
    /// </summary>
    public static IReadOnlyList<GoldDocument> Seeds()
    {
        var seeds = ReferenceQuoteTests.SeedsFolder();
        return [.. Directory.GetFiles(SeedGoldFolder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var gold = File.ReadAllText(f, Encoding.UTF8);
                var root = JsonNode.Parse(gold)!;
                var file = root["file"]!.GetValue<string>();
                var bytes = File.ReadAllBytes(Path.Combine(seeds, file));
                var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                Assert.True(sha == root["sha256"]?.GetValue<string>(), $"{Path.GetFileName(f)}: {file} has SHA-256 {sha}, not the {root["sha256"]} the gold was annotated on");
                var text = StrictUtf8.GetString(bytes);
                return GoldDocument.Parse(Path.GetFileNameWithoutExtension(f), gold, text.StartsWith('\uFEFF') ? text[1..] : text);
            })];
    }

    [GeneratedRegex(@"^\d\d\.json$")]
    private static partial Regex DevelopmentGoldName();
}
