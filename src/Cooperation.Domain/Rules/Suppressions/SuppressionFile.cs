using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain.Rules;

/// <summary>
/// A separate file of suppressions by subject path, as a global suppressions file is in C#: findings accepted without
/// touching the catalog, each with its rule, subject and justification.
/// </summary>
/// <remarks>
/// <para>
/// The file is a JSON object: <c>{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP3005",
/// "path": "meetings[gan-mx-gt-2011-11]", "justification": "…"}]}</c> (<c>$schema</c> may name
/// <c>docs/schema/cooperation-suppressions.schema.json</c>). Every member of an entry is required; the path names a
/// source, institution, person, mechanism or meeting by its identifier, optionally followed by members within it.
/// </para>
/// <para>
/// Every error names the file and line (<see cref="ValidationConfigurationException"/>): malformed JSON, another
/// format, an unknown or repeated member, a rule ID of the wrong form or a built-in ID that does not exist, a path of
/// the wrong form, a missing justification. A rule that is not in the options' rule set is refused when the file is
/// given to <see cref="ValidationOptions.WithSuppressions"/>; a path the catalog does not have is a finding of
/// COOP8001 when the catalog is validated, since the same file may serve several catalogs.
/// </para>
/// </remarks>
public sealed class SuppressionFile
{
    /// <summary>The format name of suppressions files: <c>cooperation-suppressions/1</c>.</summary>
    public const string FormatName = "cooperation-suppressions/1";

    private const int MaxBytes = 16 << 20;

    private static readonly string[] Collections = ["sources", "institutions", "people", "mechanisms", "meetings"];

    private SuppressionFile(string name, ImmutableArray<ExternalSuppression> entries)
    {
        Name = name;
        Entries = entries;
    }

    /// <summary>The file's name, as errors and reports give it.</summary>
    public string Name { get; }

    /// <summary>The suppressions, in the file's order.</summary>
    public ImmutableArray<ExternalSuppression> Entries { get; }

    /// <summary>Reads a suppressions file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its suppressions.</returns>
    /// <exception cref="ValidationConfigurationException">The file is larger than 16 MiB, or not a valid suppressions file; the message names the file and line.</exception>
    /// <exception cref="IOException">The file is missing or cannot be read; the message names it.</exception>
    public static SuppressionFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new IOException($"\"{path}\" is a directory, not a suppressions file.");
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxBytes)
            {
                throw new ValidationConfigurationException(path, 1, $"A suppressions file is at most {MaxBytes >> 20} MiB.");
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"Cannot read \"{path}\": {e.Message}", e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Reads suppressions from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="name">The name errors and reports give it (its path).</param>
    /// <returns>Its suppressions.</returns>
    /// <exception cref="ValidationConfigurationException">The document is not a valid suppressions file.</exception>
    public static SuppressionFile Parse(ReadOnlySpan<byte> utf8Json, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        var bytes = utf8Json.ToArray();
        var lines = new ForwardLines(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 8, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            return new SuppressionFile(name, Read(ref reader, name, lines.At));
        }
        catch (JsonException e)
        {
            var offset = LineCounter.OffsetOf(bytes, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            throw new ValidationConfigurationException(name, lines.At(offset), $"Not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>True when <paramref name="path"/> has the form of a subject path: a collection, an identifier in brackets, then members.</summary>
    /// <param name="path">The text to test.</param>
    internal static bool IsSubjectPath(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0 || Array.IndexOf(Collections, path[..open]) < 0)
        {
            return false;
        }

        var close = path.IndexOf(']', open);
        if (close <= open + 1 || path.AsSpan(open + 1, close - open - 1).ContainsAny('[', ' ') || path.AsSpan().ContainsAnyInRange('\0', '\u001f'))
        {
            return false;
        }

        return close == path.Length - 1 || path[close + 1] is '.' or '[';
    }

    private static ImmutableArray<ExternalSuppression> Read(ref Utf8JsonReader reader, string name, Func<long, long> lineAt)
    {
        ValidationConfigurationException Error(long offset, string reason) => new(name, lineAt(offset), reason);

        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(reader.TokenStartIndex, $"A suppressions file is a JSON object: {{\"format\": \"{FormatName}\", \"suppressions\": [...]}}.");
        }

        string? format = null;
        var entries = ImmutableArray.CreateBuilder<ExternalSuppression>();
        var hasEntries = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var at = reader.TokenStartIndex;
            var key = reader.GetString()!;
            if (!seen.Add(key))
            {
                throw Error(at, $"The member {InputExcerpt.Describe(key)} is given twice.");
            }

            reader.Read();
            var valueAt = reader.TokenStartIndex;
            switch (key)
            {
                case "$schema":
                    _ = String(ref reader, key);
                    break;
                case "format":
                    format = String(ref reader, key);
                    if (format != FormatName)
                    {
                        throw Error(valueAt, $"{InputExcerpt.Describe(format)} is not a format this library reads: expected \"{FormatName}\".");
                    }

                    break;
                case "suppressions":
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw Error(valueAt, "\"suppressions\" is an array of {\"rule\", \"path\", \"justification\"} objects.");
                    }

                    hasEntries = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        entries.Add(ReadEntry(ref reader, name, lineAt));
                    }

                    break;
                default:
                    throw Error(at, $"Unknown member {InputExcerpt.Describe(key)}: expected format, suppressions or $schema.");
            }
        }

        if (reader.Read())
        {
            throw Error(reader.TokenStartIndex, "Nothing may follow the suppressions object.");
        }

        if (format is null || !hasEntries)
        {
            throw Error(0, $"A suppressions file has \"format\": \"{FormatName}\" and \"suppressions\".");
        }

        return entries.DrainToImmutable();

        string String(ref Utf8JsonReader r, string member)
            => r.TokenType == JsonTokenType.String ? r.GetString()! : throw Error(r.TokenStartIndex, $"\"{member}\" is a string.");
    }

    private static ExternalSuppression ReadEntry(ref Utf8JsonReader reader, string name, Func<long, long> lineAt)
    {
        var start = reader.TokenStartIndex;
        ValidationConfigurationException Error(long offset, string reason) => new(name, lineAt(offset), reason);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(start, "A suppression is an object: {\"rule\": \"COOP3005\", \"path\": \"meetings[id]\", \"justification\": \"…\"}.");
        }

        string? rule = null;
        string? path = null;
        string? justification = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var keyAt = reader.TokenStartIndex;
            var key = reader.GetString()!;
            if (key is not ("rule" or "path" or "justification"))
            {
                throw Error(keyAt, $"Unknown member {InputExcerpt.Describe(key)} in a suppression: expected rule, path and justification.");
            }

            reader.Read();
            var at = reader.TokenStartIndex;
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Error(at, $"\"{key}\" is a string.");
            switch (key)
            {
                case "rule" when rule is null:
                    rule = ConfiguredRuleId.ProblemWith(value, "COOP3005") is { } problem ? throw Error(at, problem) : value;

                    break;
                case "path" when path is null:
                    path = IsSubjectPath(value)
                        ? value
                        : throw Error(at, $"{InputExcerpt.Describe(value)} is not a subject path: expected sources, institutions, people, mechanisms or meetings, an identifier in brackets, then members, such as meetings[mx-us-2021-10-08].delegations[MX].");
                    break;
                case "justification" when justification is null:
                    if (!HumanText.TryCheck(value, Suppression.MaxJustificationLength, $"a justification is at most {Suppression.MaxJustificationLength} characters", out var trimmed, out var error))
                    {
                        throw Error(at, $"The justification is not valid: {error}.");
                    }

                    justification = HumanText.Normalize(trimmed, value);
                    break;
                default:
                    throw Error(keyAt, $"The member {InputExcerpt.Describe(key)} is given twice in a suppression.");
            }
        }

        if (rule is null || path is null || justification is null)
        {
            var missing = rule is null ? "rule" : path is null ? "path" : "justification";
            throw Error(start, $"A suppression has a rule, a path and a justification; this one has no {missing}.");
        }

        return new ExternalSuppression(rule, path, justification, name, lineAt(start));
    }
}
