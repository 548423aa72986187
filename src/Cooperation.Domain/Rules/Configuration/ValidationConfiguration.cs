using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;
using NodaTime;

namespace Cooperation.Domain.Rules;

/// <summary>
/// The settings of <see cref="FileName"/> files beside the data: severities by rule ID and by category, the minimum
/// severity, the language of messages and how the as-of date is chosen; read from one file, or from every file found
/// from a catalog's folder upward (as <c>.editorconfig</c> files are), and applied to <see cref="ValidationOptions"/>.
/// </summary>
/// <remarks>
/// <para>
/// A file is a JSON object: <c>{"root": true, "language": "es", "minimumSeverity": "warning", "asOf": "today",
/// "severities": [{"category": "dates-and-cadence", "severity": "warning"}, {"rule": "COOP3006", "severity": "none"}]}</c>
/// (every member optional; <c>$schema</c> may name <c>docs/schema/cooperation-config.schema.json</c>;
/// <c>"suppressions": "file.json"</c> names a <see cref="SuppressionFile"/> relative to the file's folder). A severity is
/// <c>error</c>, <c>warning</c>, <c>info</c> or <c>none</c> (the rule does not run).
/// </para>
/// <para>
/// Precedence: a rule's own entry beats its category's, which beats the rule's default; of two entries of one kind
/// the later wins, and a file nearer the catalog comes later than one above it. A search upward stops at a file with
/// <c>"root": true</c>. Options set after applying (a command line's) beat the file. Every error names the file and
/// line: malformed JSON, an unknown member, rule ID or category, a bad value.
/// </para>
/// </remarks>
public sealed class ValidationConfiguration
{
    /// <summary>The name of configuration files: <c>cooperation.config.json</c>.</summary>
    public const string FileName = "cooperation.config.json";

    private const int MaxBytes = 1 << 20;

    private readonly ImmutableArray<Entry> _entries;

    private readonly FileReference? _suppressions;

    private ValidationConfiguration(ImmutableArray<string> files, bool isRoot, Language? language, Severity? minimum, AsOfChoice asOf, LocalDate? asOfDate, ImmutableArray<Entry> entries, FileReference? suppressions = null, string? rootDirectory = null)
    {
        RootDirectory = rootDirectory;
        _suppressions = suppressions;
        Files = files;
        IsRoot = isRoot;
        Language = language;
        MinimumSeverity = minimum;
        AsOf = asOf;
        AsOfDate = asOfDate;
        _entries = entries;
    }

    /// <summary>No settings: applying it changes nothing.</summary>
    public static ValidationConfiguration Empty { get; } = new([], false, null, null, AsOfChoice.Unset, null, []);

    /// <summary>The files read, farthest from the data first (empty for <see cref="Empty"/>).</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>True when the nearest file says <c>"root": true</c>, which stops a search upward.</summary>
    public bool IsRoot { get; }

    /// <summary>
    /// The folder of the file that says <c>"root": true</c> (where a search upward stops), as a full path; null when no
    /// file read says so. Baselines key documents relative to it (<see cref="ValidationOptions.DocumentRoot"/>), so that
    /// a document has one key whatever the working directory and however its path is spelt.
    /// </summary>
    public string? RootDirectory { get; }

    /// <summary>The language of messages, when a file sets it.</summary>
    public Language? Language { get; }

    /// <summary>The minimum severity, when a file sets it.</summary>
    public Severity? MinimumSeverity { get; }

    /// <summary>How the as-of date is chosen.</summary>
    public AsOfChoice AsOf { get; }

    /// <summary>The day, when <see cref="AsOf"/> is <see cref="AsOfChoice.Fixed"/>.</summary>
    public LocalDate? AsOfDate { get; }

    /// <summary>
    /// The suppressions file a configuration names (<c>"suppressions": "catalog.suppressions.json"</c>), resolved
    /// against the folder of the file that names it; the nearest file's wins. Null when none names one.
    /// </summary>
    public string? SuppressionsFile => _suppressions?.Path;

    /// <summary>The number of severity entries (rule and category).</summary>
    public int SeverityEntryCount => _entries.Length;

    /// <summary>Reads one configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its settings.</returns>
    /// <exception cref="ValidationConfigurationException">The file is not a valid configuration; the message names the file and line.</exception>
    /// <exception cref="IOException">The file cannot be read; the message names it.</exception>
    public static ValidationConfiguration Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Load(path, FileOrigin.Named);
    }

    // A file named (an argument, --config) may be a stream (/dev/stdin, a process substitution); one found upward is
    // read only when it is a regular file.
    private static ValidationConfiguration Load(string path, FileOrigin origin)
    {
        var bytes = InputFile.ReadAllBytes(path, origin, "a configuration file", MaxBytes, _ => new ValidationConfigurationException(path, 1, $"The file is larger than {MaxBytes} bytes."));
        return Parse(bytes, path);
    }

    /// <summary>
    /// The configuration that applies to data in <paramref name="directory"/>: every <see cref="FileName"/> from that
    /// folder upward, up to and including the first with <c>"root": true</c>, combined (nearer files later).
    /// </summary>
    /// <param name="directory">The folder of the catalog.</param>
    /// <returns>The combined settings; <see cref="Empty"/> when no file is found.</returns>
    /// <exception cref="ValidationConfigurationException">A file found is not a valid configuration.</exception>
    /// <exception cref="IOException">A file found cannot be read.</exception>
    public static ValidationConfiguration Find(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var found = new List<ValidationConfiguration>();
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            // A look at the path that never opens it: only something that is there is opened (without waiting), and
            // then read only if it is a regular file; a FIFO, a device or a directory of that name is an error.
            var candidate = Path.Combine(folder.FullName, FileName);
            if (IsThere(candidate))
            {
                var file = Load(candidate, FileOrigin.Found);
                found.Add(file);
                if (file.IsRoot)
                {
                    break;
                }
            }
        }

        var combined = Empty;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            combined = combined.Then(found[i]);
        }

        return combined;
    }

    // Something is at the path (a link to nothing is nothing); a folder that may not be searched hides what it holds,
    // as it always did.
    private static bool IsThere(string path)
    {
        try
        {
            return FileFacts.OfPath(path, followLinks: true) is not null;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reads a configuration from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="name">The name errors give it (its path).</param>
    /// <returns>Its settings.</returns>
    /// <exception cref="ValidationConfigurationException">The document is not a valid configuration.</exception>
    public static ValidationConfiguration Parse(ReadOnlySpan<byte> utf8Json, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Parse(utf8Json.ToArray(), name);
    }

    private static ValidationConfiguration Parse(byte[] utf8Json, string name)
    {
        var reader = new StrictJsonReader(utf8Json, 8, (line, reason, inner) => new ValidationConfigurationException(name, line, reason, inner));
        return Read(ref reader, name);
    }

    /// <summary>
    /// These settings followed by <paramref name="nearer"/>'s (a file nearer the data): its values replace these, and
    /// its severity entries come after these.
    /// </summary>
    /// <param name="nearer">The later settings.</param>
    /// <returns>The combination.</returns>
    public ValidationConfiguration Then(ValidationConfiguration nearer)
    {
        ArgumentNullException.ThrowIfNull(nearer);
        return new(
            Files.AddRange(nearer.Files),
            nearer.IsRoot,
            nearer.Language ?? Language,
            nearer.MinimumSeverity ?? MinimumSeverity,
            nearer.AsOf == AsOfChoice.Unset ? AsOf : nearer.AsOf,
            nearer.AsOf == AsOfChoice.Unset ? AsOfDate : nearer.AsOfDate,
            _entries.AddRange(nearer._entries),
            nearer._suppressions ?? _suppressions,
            nearer.RootDirectory ?? RootDirectory);
    }

    /// <summary>
    /// <paramref name="options"/> with these settings: the document root (<see cref="RootDirectory"/>), language,
    /// minimum severity, as-of date, the suppressions file, and a severity (or
    /// disabling) for each rule of <see cref="ValidationOptions.Rules"/> that an entry names, by ID or by category.
    /// </summary>
    /// <param name="options">The options to start from (their rule set decides which IDs are known).</param>
    /// <param name="today">The day <c>"asOf": "today"</c> means (the library never reads the clock).</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ValidationConfigurationException">
    /// An entry names a rule that is neither built in nor in the options' rule set, or the suppressions file named
    /// cannot be read or is not valid (the message names that file, or the configuration's line that names it).
    /// </exception>
    public ValidationOptions ApplyTo(ValidationOptions options, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Language is { } language)
        {
            options = options.WithLanguage(language);
        }

        if (MinimumSeverity is { } minimum)
        {
            options = options.WithMinimumSeverity(minimum);
        }

        if (RootDirectory is { } root)
        {
            options = options.WithDocumentRoot(root);
        }

        options = AsOf switch
        {
            AsOfChoice.Today => options.WithAsOf(today),
            AsOfChoice.None => options.WithAsOf(null),
            AsOfChoice.Fixed => options.WithAsOf(AsOfDate),
            _ => options,
        };

        if (_suppressions is { } named)
        {
            SuppressionFile file;
            try
            {
                file = SuppressionFile.Load(named.Path, FileOrigin.Found);
            }
            catch (IOException e)
            {
                throw new ValidationConfigurationException(named.File, named.Line, $"The suppressions file \"{named.Path}\" cannot be read: {e.Message}", e);
            }

            options = options.WithSuppressions(file);
        }

        foreach (var entry in _entries)
        {
            if (entry.Rule is { } id && !ConfiguredRuleId.IsKnown(options.Rules, id))
            {
                throw new ValidationConfigurationException(entry.File, entry.Line, ConfiguredRuleId.Unknown(id));
            }
        }

        // Per rule: its own last entry, else its category's last entry, else nothing (its default). One pass over the
        // entries, then one look-up per rule.
        var byRule = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var byCategory = new Dictionary<RuleCategory, Entry>();
        foreach (var entry in _entries)
        {
            if (entry.Rule is { } id)
            {
                byRule[id] = entry;
            }
            else
            {
                byCategory[entry.Category!.Value] = entry;
            }
        }

        foreach (var descriptor in options.Rules.Descriptors)
        {
            if (!byRule.TryGetValue(descriptor.Id, out var chosen) && !byCategory.TryGetValue(descriptor.Category, out chosen))
            {
                continue;
            }

            options = chosen.Severity is { } severity
                ? options.WithRuleEnabled(descriptor.Id).WithSeverity(descriptor.Id, severity)
                : options.WithRuleDisabled(descriptor.Id);
        }

        return options;
    }

    private static readonly string[] Members = ["$schema", "root", "language", "minimumSeverity", "asOf", "severities", "suppressions"];

    private static readonly string[] EntryMembers = ["rule", "category", "severity"];

    private static ValidationConfiguration Read(ref StrictJsonReader reader, string name)
    {
        reader.ReadObjectStart("A configuration is a JSON object.");
        bool? root = null;
        Language? language = null;
        Severity? minimum = null;
        var asOf = AsOfChoice.Unset;
        LocalDate? asOfDate = null;
        var entries = ImmutableArray.CreateBuilder<Entry>();
        FileReference? suppressions = null;
        var members = new StrictJsonMembers(Members, string.Empty, "root, language, minimumSeverity, asOf, severities, suppressions or $schema");
        while (reader.NextMember(ref members))
        {
            var key = members.Name;
            switch (members.Index)
            {
                case 0:
                    _ = reader.String(key);
                    break;
                case 1:
                    root = reader.Boolean("\"root\" is true or false.");
                    break;
                case 2:
                    language = reader.String(key) switch
                    {
                        "en" => Domain.Language.English,
                        "es" => Domain.Language.Spanish,
                        var other => throw reader.Fail($"{InputExcerpt.Describe(other)} is not a language: use \"en\" or \"es\"."),
                    };
                    break;
                case 3:
                    var level = reader.String(key);
                    minimum = SeverityNames.TryParse(level, out var parsed) && level == parsed.ToName()
                        ? parsed
                        : throw reader.Fail($"{InputExcerpt.Describe(level)} is not a severity: use \"error\", \"warning\" or \"info\".");
                    break;
                case 4:
                    var text = reader.String(key);
                    if (text == "today")
                    {
                        asOf = AsOfChoice.Today;
                    }
                    else if (text == "none")
                    {
                        asOf = AsOfChoice.None;
                    }
                    else if (PartialDate.TryParse(text, out var day) && day.Precision == PartialDatePrecision.Day)
                    {
                        asOf = AsOfChoice.Fixed;
                        asOfDate = day.ToLocalDate();
                    }
                    else
                    {
                        throw reader.Fail($"{InputExcerpt.Describe(text)} is not an as-of choice: use \"today\", \"none\" or a day (YYYY-MM-DD).");
                    }

                    break;
                case 5:
                    reader.ExpectArray("\"severities\" is an array of {\"rule\" or \"category\", \"severity\"} objects.");
                    while (reader.NextElement())
                    {
                        entries.Add(ReadEntry(ref reader, name));
                    }

                    break;
                default:
                    var valueAt = reader.TokenStart;
                    var named = reader.String(key);
                    if (named.Length == 0 || named.AsSpan().ContainsAnyInRange('\0', '\u001f'))
                    {
                        throw reader.Fail("\"suppressions\" names a file: a path relative to this file's folder.");
                    }

                    suppressions = new FileReference(Path.Combine(Path.GetDirectoryName(name) ?? string.Empty, named), name, reader.LineAt(valueAt));
                    break;
            }
        }

        reader.ReadEnd();
        var rootDirectory = root == true ? Path.GetDirectoryName(Path.GetFullPath(name)) : null;
        return new([name], root ?? false, language, minimum, asOf, asOfDate, entries.DrainToImmutable(), suppressions, rootDirectory);
    }

    private static Entry ReadEntry(ref StrictJsonReader reader, string name)
    {
        var start = reader.TokenStart;
        reader.ExpectObject("A severity entry is an object: {\"rule\": \"COOP3006\", \"severity\": \"none\"} or {\"category\": \"dates-and-cadence\", \"severity\": \"warning\"}.");
        string? rule = null;
        RuleCategory? category = null;
        Severity? severity = null;
        var members = new StrictJsonMembers(EntryMembers, "a severity entry", "rule or category, and severity");
        while (reader.NextMember(ref members))
        {
            var value = reader.String(members.Name);
            switch (members.Index)
            {
                case 0:
                    rule = ConfiguredRuleId.ProblemWith(value, "COOP3006") is { } problem ? throw reader.Fail(problem) : value;
                    break;
                case 1:
                    category = SeverityNames.TryParseCategory(value, out var parsed) && value == parsed.ToName()
                        ? parsed
                        : throw reader.Fail($"{InputExcerpt.Describe(value)} is not a rule category: use {string.Join(", ", CategoryNames())}.");
                    break;
                default:
                    severity = value == "none"
                        ? null
                        : SeverityNames.TryParse(value, out var level) && value == level.ToName()
                            ? level
                            : throw reader.Fail($"{InputExcerpt.Describe(value)} is not a severity: use \"error\", \"warning\", \"info\" or \"none\".");
                    break;
            }
        }

        if ((rule is null) == (category is null) || !members.Has(2))
        {
            throw reader.FailAt(start, "A severity entry names exactly one of \"rule\" and \"category\", and a \"severity\".");
        }

        return new Entry(rule, category, severity, name, reader.LineAt(start));
    }

    private static IEnumerable<string> CategoryNames()
    {
        for (var c = RuleCategory.IdentityAndReferences; c <= RuleCategory.Suppressions; c++)
        {
            yield return c.ToName();
        }
    }

    // A severity (null: none) for a rule or a category, with where it was written.
    // A file named by a configuration, with where it was named.
    private sealed record FileReference(string Path, string File, long Line);

    private sealed record Entry(string? Rule, RuleCategory? Category, Severity? Severity, string File, long Line);
}
