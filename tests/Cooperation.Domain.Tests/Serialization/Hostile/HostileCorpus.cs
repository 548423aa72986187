using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Cooperation.Domain.Tests.Rules;

namespace Cooperation.Domain.Tests.Serialization.Hostile;

/// <summary>
/// A generated corpus of damaged catalog documents, as an attacker or a careless exporter would make them: every
/// truncation of a small catalog, and single-byte edits (a byte replaced, deleted or inserted) at pseudo-random places,
/// with a fixed seed so that a failure names a document that can be made again.
/// </summary>
public static class HostileCorpus
{
    /// <summary>The bytes an edit puts in: JSON's structure, quotes and escapes, a comment, bytes that are not UTF-8, a BOM's first byte.</summary>
    private static readonly byte[] EditBytes = "{}[]\",:\\/ \n\r\t0-1eE.tfnux'"u8.ToArray().Concat(new byte[] { 0x00, 0x80, 0xB8, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF }).ToArray();

    /// <summary>The documents the corpus starts from: a clean catalog, the same with escaped names, CRLF line ends and a BOM, and one on a single line.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Seeds { get; } =
    [
        ("clean", Encoding.UTF8.GetBytes(RuleFixtures.CleanJson)),
        ("escaped names", Encoding.UTF8.GetBytes(RuleFixtures.CleanJson.Replace("\"format\"", "\"\\u0066ormat\"", StringComparison.Ordinal).Replace("\"parties\"", "\"part\\u0069es\"", StringComparison.Ordinal))),
        ("CRLF and BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(RuleFixtures.CleanJson.Replace("\n", "\r\n", StringComparison.Ordinal))]),
        ("one line", Encoding.UTF8.GetBytes(ValidatorTests.FaultyTree().ToJsonString())),
    ];

    /// <summary>Every truncation of every seed, at every byte (the empty document included).</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Truncations() => Truncations(Seeds);

    /// <summary>Every truncation of every one of <paramref name="seeds"/>, at every byte (the empty document included).</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Truncations(IReadOnlyList<(string Name, byte[] Bytes)> seeds)
    {
        foreach (var (name, bytes) in seeds)
        {
            for (var length = 0; length < bytes.Length; length++)
            {
                yield return ($"{name}, cut at {length}", bytes[..length]);
            }
        }
    }

    /// <summary><paramref name="perSeed"/> single-byte edits of each seed: replaced, deleted or inserted.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Edits(int perSeed) => Edits(Seeds, perSeed);

    /// <summary><paramref name="perSeed"/> single-byte edits of each of <paramref name="seeds"/>: replaced, deleted or inserted.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Edits(IReadOnlyList<(string Name, byte[] Bytes)> seeds, int perSeed)
    {
        var random = new Random(20261201);
        foreach (var (name, bytes) in seeds)
        {
            for (var i = 0; i < perSeed; i++)
            {
                var at = random.Next(bytes.Length);
                var value = EditBytes[random.Next(EditBytes.Length)];
                switch (random.Next(3))
                {
                    case 0:
                        var replaced = (byte[])bytes.Clone();
                        replaced[at] = value;
                        yield return ($"{name}, byte {at} replaced by 0x{value:X2}", replaced);
                        break;
                    case 1:
                        yield return ($"{name}, byte {at} deleted", [.. bytes[..at], .. bytes[(at + 1)..]]);
                        break;
                    default:
                        yield return ($"{name}, 0x{value:X2} inserted at {at}", [.. bytes[..at], value, .. bytes[at..]]);
                        break;
                }
            }
        }
    }
}
