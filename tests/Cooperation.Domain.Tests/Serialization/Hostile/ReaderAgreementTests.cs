using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Serialization.Hostile;

/// <summary>
/// The four ways to read a catalog (bytes, a stream in reads of any size, a file, a string) agree on every document
/// of the generated corpus: the same catalog, or the same error at the same path, line and column; and every document
/// accepted writes and reads back byte for byte.
/// </summary>
public sealed class ReaderAgreementTests : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private readonly ScratchFolder _scratch = new("agreement");

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Every_truncation_is_read_alike_by_every_reader()
        => AssertAgreement(HostileCorpus.Truncations(), fileEvery: 11, someAccepted: false);

    [Fact]
    public void Every_byte_edit_is_read_alike_by_every_reader()
        => AssertAgreement(HostileCorpus.Edits(perSeed: 1500), fileEvery: 5, someAccepted: true);

    private void AssertAgreement(IEnumerable<(string Name, byte[] Bytes)> corpus, int fileEvery, bool someAccepted)
    {
        var file = Path.Combine(_scratch.Path, "mutant.json");
        var disagreements = new List<string>();
        var (documents, accepted) = (0, 0);
        foreach (var (name, bytes) in corpus)
        {
            var expected = Outcome(() => CooperationJson.ReadCatalog(bytes));
            accepted += expected.StartsWith("ok", StringComparison.Ordinal) ? 1 : 0;
            var others = new List<(string Reader, string Outcome)>();
            foreach (var chunk in (ReadOnlySpan<int>)[1, 13, 65536])
            {
                others.Add(($"stream in reads of {chunk}", Outcome(() => CooperationJson.ReadCatalog(new TrickleStream(bytes, chunk)))));
            }

            if (documents % fileEvery == 0)
            {
                File.WriteAllBytes(file, bytes);
                others.Add(("file", Outcome(() => CatalogDocument.Load(file).Catalog, file + ": ")));
            }

            if (TryDecode(bytes) is { } text)
            {
                others.Add(("string", Outcome(() => CooperationJson.Read<CooperationCatalog>(text))));
            }

            foreach (var (reader, outcome) in others)
            {
                if (outcome != expected)
                {
                    disagreements.Add($"{name}: bytes give {expected}; {reader} gives {outcome}");
                }
            }

            documents++;
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {documents} documents read differently:\n{string.Join("\n", disagreements.Take(12))}");
        Assert.True(accepted < documents && (accepted > 0 || !someAccepted), $"the corpus has the documents it should ({accepted} of {documents} accepted)");
    }

    // "ok" and the canonical form (checked to read back byte for byte), or the error's reason, path, line and column.
    private static string Outcome(Func<CooperationCatalog> read, string reasonPrefix = "")
    {
        try
        {
            var written = CooperationJson.WriteCatalog(read());
            var again = CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(written));
            return written.AsSpan().SequenceEqual(again) ? "ok " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(written)) : "ok, but it does not read back the same";
        }
        catch (CooperationJsonException e)
        {
            Assert.StartsWith(reasonPrefix, e.Reason, StringComparison.Ordinal);
            return $"error \"{e.Reason[reasonPrefix.Length..]}\" at {e.Path}, line {e.LineNumber}, column {e.BytePositionInLine}";
        }
    }

    private static string? TryDecode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
