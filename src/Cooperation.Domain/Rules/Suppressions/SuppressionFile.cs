using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
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
        return Load(path, FileOrigin.Named);
    }

    /// <summary>Reads a suppressions file named by the user (it may be a stream) or by a configuration (only a regular file).</summary>
    internal static SuppressionFile Load(string path, FileOrigin origin)
    {
        var bytes = InputFile.ReadAllBytes(path, origin, "a suppressions file", MaxBytes, _ => new ValidationConfigurationException(path, 1, $"A suppressions file is at most {MaxBytes >> 20} MiB."));
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
        return Parse(utf8Json.ToArray(), name);
    }

    private static SuppressionFile Parse(byte[] utf8Json, string name)
    {
        var reader = new StrictJsonReader(utf8Json, 8, (line, reason, inner) => new ValidationConfigurationException(name, line, reason, inner));
        return new SuppressionFile(name, Read(ref reader, name));
    }

    /// <summary>True when <paramref name="path"/> has the form of a subject path: a collection, an identifier in brackets, then members.</summary>
    /// <param name="path">The text to test.</param>
    internal static bool IsSubjectPath(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0 || !CatalogCollections.TryFind(path.AsSpan(0, open), out _))
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

    private static readonly string[] Members = ["$schema", "format", "suppressions"];

    private static readonly string[] EntryMembers = ["rule", "path", "justification"];

    private static ImmutableArray<ExternalSuppression> Read(ref StrictJsonReader reader, string name)
    {
        reader.ReadObjectStart($"A suppressions file is a JSON object: {{\"format\": \"{FormatName}\", \"suppressions\": [...]}}.");
        var entries = ImmutableArray.CreateBuilder<ExternalSuppression>();
        var members = new StrictJsonMembers(Members, string.Empty, "format, suppressions or $schema");
        while (reader.NextMember(ref members))
        {
            switch (members.Index)
            {
                case 0:
                    _ = reader.String(members.Name);
                    break;
                case 1:
                    var format = reader.String(members.Name);
                    if (format != FormatName)
                    {
                        throw reader.Fail($"{InputExcerpt.Describe(format)} is not a format this library reads: expected \"{FormatName}\".");
                    }

                    break;
                default:
                    reader.ExpectArray("\"suppressions\" is an array of {\"rule\", \"path\", \"justification\"} objects.");
                    while (reader.NextElement())
                    {
                        entries.Add(ReadEntry(ref reader, name));
                    }

                    break;
            }
        }

        reader.ReadEnd();
        if (!members.Has(1) || !members.Has(2))
        {
            throw reader.FailAt(0, $"A suppressions file has \"format\": \"{FormatName}\" and \"suppressions\".");
        }

        return entries.DrainToImmutable();
    }

    private static ExternalSuppression ReadEntry(ref StrictJsonReader reader, string name)
    {
        var start = reader.TokenStart;
        reader.ExpectObject("A suppression is an object: {\"rule\": \"COOP3005\", \"path\": \"meetings[id]\", \"justification\": \"…\"}.");
        string? rule = null;
        string? path = null;
        string? justification = null;
        var members = new StrictJsonMembers(EntryMembers, "a suppression", "rule, path and justification");
        while (reader.NextMember(ref members))
        {
            var value = reader.String(members.Name);
            switch (members.Index)
            {
                case 0:
                    rule = ConfiguredRuleId.ProblemWith(value, "COOP3005") is { } problem ? throw reader.Fail(problem) : value;
                    break;
                case 1:
                    path = IsSubjectPath(value)
                        ? value
                        : throw reader.Fail($"{InputExcerpt.Describe(value)} is not a subject path: expected sources, institutions, people, mechanisms or meetings, an identifier in brackets, then members, such as meetings[mx-us-2021-10-08].delegations[MX].");
                    break;
                default:
                    if (!HumanText.TryCheck(value, Suppression.MaxJustificationLength, $"a justification is at most {Suppression.MaxJustificationLength} characters", out var trimmed, out var error))
                    {
                        throw reader.Fail($"The justification is not valid: {error}.");
                    }

                    justification = HumanText.Normalize(trimmed, value);
                    break;
            }
        }

        if (rule is null || path is null || justification is null)
        {
            var missing = rule is null ? "rule" : path is null ? "path" : "justification";
            throw reader.FailAt(start, $"A suppression has a rule, a path and a justification; this one has no {missing}.");
        }

        return new ExternalSuppression(rule, path, justification, name, reader.LineAt(start));
    }
}
