using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using NodaTime;

namespace Cooperation.Domain.Rules;

/// <summary>
/// How to validate: which rules, at which severities, in which language, as of which day. Immutable: every
/// <c>With…</c> method returns new options. There is no global configuration.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> runs every built-in rule at its default severity, reports everything from
/// <see cref="Severity.Info"/> up, in English, and has no as-of date, so the rules that compare with "today"
/// (<see cref="RuleDescriptor.NeedsAsOfDate"/>) do not run until <see cref="WithAsOf"/> gives one: the library never
/// reads the clock.
/// </para>
/// <para>
/// A rule's effective severity is its override, if any, else its default. A disabled rule does not run; nor does a
/// rule whose effective severity is below <see cref="MinimumSeverity"/>. Overriding, disabling or enabling an ID
/// that is neither a built-in rule nor in <see cref="Rules"/> throws <see cref="ArgumentException"/> at once (and so
/// does <see cref="WithRules"/> when the new set leaves an override unknown), so that a typo is not silently
/// ignored. Overrides of built-in rules stay valid when the rule set is narrowed to a category or a single rule.
/// </para>
/// </remarks>
public sealed class ValidationOptions
{
    private ImmutableArray<RuleNotRun> _rulesNotRun;

    private ValidationOptions(RuleSet rules, ImmutableDictionary<string, Severity> severities, ImmutableHashSet<string> disabled, Severity minimum, Language language, LocalDate? asOf, SourceTexts? sourceTexts, SuppressionFile? suppressions, string? documentRoot)
    {
        DocumentRoot = documentRoot;
        Suppressions = suppressions;
        SourceTexts = sourceTexts;
        Rules = rules;
        SeverityOverrides = severities;
        DisabledRules = disabled;
        MinimumSeverity = minimum;
        Language = language;
        AsOf = asOf;
    }

    /// <summary>Every built-in rule, default severities, everything from info up, English, no as-of date.</summary>
    public static ValidationOptions Default { get; } = new(
        RuleSet.Default,
        ImmutableDictionary.Create<string, Severity>(StringComparer.Ordinal),
        ImmutableHashSet.Create<string>(StringComparer.Ordinal),
        Severity.Info,
        Language.English,
        null,
        null,
        null,
        null);

    /// <summary>The rules to run.</summary>
    public RuleSet Rules { get; }

    /// <summary>Severities that replace rules' defaults, by rule ID.</summary>
    public ImmutableDictionary<string, Severity> SeverityOverrides { get; }

    /// <summary>IDs of rules that do not run.</summary>
    public ImmutableHashSet<string> DisabledRules { get; }

    /// <summary>Diagnostics below this severity are not reported (and rules that could only report them do not run).</summary>
    public Severity MinimumSeverity { get; }

    /// <summary>The language of messages.</summary>
    public Language Language { get; }

    /// <summary>The day time-dependent rules compare with, or null to skip them.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>
    /// The archived copies of the sources, which quotes are checked against (COOP7006, COOP7007, COOP7008); null to
    /// skip those rules. The library reads no file unless given them.
    /// </summary>
    public SourceTexts? SourceTexts { get; }

    /// <summary>
    /// The suppressions file whose entries accept findings by subject path (see <see cref="SuppressionFile"/>), or null;
    /// suppressions written in the catalog apply whatever this is.
    /// </summary>
    public SuppressionFile? Suppressions { get; }

    /// <summary>
    /// The folder that the documents' keys in baselines are relative to (<see cref="ValidationReport.DocumentKey"/>),
    /// as a full path; null for the working directory. <see cref="ValidationConfiguration.ApplyTo"/> sets it to the
    /// folder of the configuration file that says <c>"root": true</c>.
    /// </summary>
    public string? DocumentRoot { get; }

    /// <summary>These options keying documents relative to <paramref name="folder"/> (or, with null, to the working directory).</summary>
    /// <param name="folder">A folder, absolute or relative to the working directory; it is made a full path at once.</param>
    /// <exception cref="ArgumentException">The folder is empty or not a valid path.</exception>
    public ValidationOptions WithDocumentRoot(string? folder)
    {
        if (folder is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(folder);
            folder = System.IO.Path.GetFullPath(folder);
        }

        return new(Rules, SeverityOverrides, DisabledRules, MinimumSeverity, Language, AsOf, SourceTexts, Suppressions, folder);
    }

    /// <summary>These options accepting the findings <paramref name="suppressions"/> names (or, with null, no file's).</summary>
    /// <param name="suppressions">A suppressions file, such as <see cref="SuppressionFile.Load(string)"/> reads.</param>
    /// <exception cref="ValidationConfigurationException">An entry names a rule that is neither built in nor in the rule set (the message gives the file and line).</exception>
    public ValidationOptions WithSuppressions(SuppressionFile? suppressions)
    {
        foreach (var entry in suppressions?.Entries ?? [])
        {
            if (!ConfiguredRuleId.IsKnown(Rules, entry.Rule))
            {
                throw new ValidationConfigurationException(entry.File, entry.Line, ConfiguredRuleId.Unknown(entry.Rule));
            }
        }

        return new(Rules, SeverityOverrides, DisabledRules, MinimumSeverity, Language, AsOf, SourceTexts, suppressions, DocumentRoot);
    }

    /// <summary>These options checking quotes against <paramref name="sourceTexts"/> (or, with null, not checking them).</summary>
    /// <param name="sourceTexts">The archived copies, such as <see cref="Rules.SourceTexts.FromDirectory(string)"/>.</param>
    public ValidationOptions WithSourceTexts(SourceTexts? sourceTexts)
        => new(Rules, SeverityOverrides, DisabledRules, MinimumSeverity, Language, AsOf, sourceTexts, Suppressions, DocumentRoot);

    /// <summary>These options with another rule set (a category, a single rule, or the built-ins plus your own).</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="ArgumentException">An override or disabled ID is neither built in nor in <paramref name="rules"/>.</exception>
    public ValidationOptions WithRules(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var id in SeverityOverrides.Keys)
        {
            CheckKnown(rules, id);
        }

        foreach (var id in DisabledRules)
        {
            CheckKnown(rules, id);
        }

        return new(rules, SeverityOverrides, DisabledRules, MinimumSeverity, Language, AsOf, SourceTexts, Suppressions, DocumentRoot);
    }

    /// <summary>These options with the severity of rule <paramref name="id"/> set to <paramref name="severity"/> (and the rule enabled).</summary>
    /// <param name="id">A rule ID such as "COOP3006".</param>
    /// <param name="severity">The severity to report it with.</param>
    /// <exception cref="ArgumentException">The ID is malformed or unknown, or the severity is not defined.</exception>
    public ValidationOptions WithSeverity(string id, Severity severity)
    {
        CheckId(id);
        Guard.Against.Undefined(severity, "a severity");
        return new(Rules, SeverityOverrides.SetItem(id, severity), DisabledRules.Remove(id), MinimumSeverity, Language, AsOf, SourceTexts, Suppressions, DocumentRoot);
    }

    /// <summary>These options with rule <paramref name="id"/> back at its default severity.</summary>
    /// <param name="id">A rule ID.</param>
    /// <exception cref="ArgumentException">The ID is malformed or unknown.</exception>
    public ValidationOptions WithDefaultSeverity(string id)
    {
        CheckId(id);
        return new(Rules, SeverityOverrides.Remove(id), DisabledRules, MinimumSeverity, Language, AsOf, SourceTexts, Suppressions, DocumentRoot);
    }

    /// <summary>These options with rule <paramref name="id"/> disabled.</summary>
    /// <param name="id">A rule ID.</param>
    /// <exception cref="ArgumentException">The ID is malformed or unknown.</exception>
    public ValidationOptions WithRuleDisabled(string id)
    {
        CheckId(id);
        return new(Rules, SeverityOverrides, DisabledRules.Add(id), MinimumSeverity, Language, AsOf, SourceTexts, Suppressions, DocumentRoot);
    }

    /// <summary>These options with rule <paramref name="id"/> enabled again.</summary>
    /// <param name="id">A rule ID.</param>
    /// <exception cref="ArgumentException">The ID is malformed or unknown.</exception>
    public ValidationOptions WithRuleEnabled(string id)
    {
        CheckId(id);
        return new(Rules, SeverityOverrides, DisabledRules.Remove(id), MinimumSeverity, Language, AsOf, SourceTexts, Suppressions, DocumentRoot);
    }

    /// <summary>These options reporting only diagnostics at or above <paramref name="minimum"/>.</summary>
    /// <param name="minimum">The least severity reported.</param>
    /// <exception cref="ArgumentException">The severity is not defined.</exception>
    public ValidationOptions WithMinimumSeverity(Severity minimum)
    {
        Guard.Against.Undefined(minimum, "a severity");
        return new(Rules, SeverityOverrides, DisabledRules, minimum, Language, AsOf, SourceTexts, Suppressions, DocumentRoot);
    }

    /// <summary>These options with messages in <paramref name="language"/>.</summary>
    /// <param name="language">English or Spanish.</param>
    /// <exception cref="ArgumentException">The language is not defined.</exception>
    public ValidationOptions WithLanguage(Language language)
    {
        Guard.Against.Undefined(language, "a language");
        return new(Rules, SeverityOverrides, DisabledRules, MinimumSeverity, language, AsOf, SourceTexts, Suppressions, DocumentRoot);
    }

    /// <summary>These options with an as-of date for time-dependent rules (null skips them).</summary>
    /// <param name="asOf">The day, in the ISO calendar.</param>
    /// <exception cref="ArgumentException">The day is not in the ISO calendar.</exception>
    public ValidationOptions WithAsOf(LocalDate? asOf)
    {
        Guard.Against.Unmet(asOf is not { } day || day.Calendar == CalendarSystem.Iso, "The as-of date must be in the ISO calendar.", nameof(asOf));
        return new(Rules, SeverityOverrides, DisabledRules, MinimumSeverity, Language, asOf, SourceTexts, Suppressions, DocumentRoot);
    }

    /// <summary>
    /// Options from configuration entries, as <c>IConfiguration.AsEnumerable()</c> or a settings dictionary gives them,
    /// on top of <see cref="Default"/> (with <paramref name="rules"/>, when given): <c>AsOf</c> (<c>2026-11-27</c>),
    /// <c>Language</c> (<c>en</c> or <c>es</c>), <c>MinimumSeverity</c> (<c>error</c>, <c>warning</c> or <c>info</c>)
    /// and <c>Severities:ID</c> (a level, or <c>none</c> to disable the rule), where the ID is a built-in rule or a rule
    /// of <paramref name="rules"/>. Keys are compared ignoring case, as configuration does; entries with no value
    /// (section headers) are skipped.
    /// </summary>
    /// <typeparam name="TValue">
    /// <see cref="string"/> or <c>string?</c>, inferred: a <c>Dictionary&lt;string, string&gt;</c> and
    /// <c>IConfiguration.AsEnumerable()</c> (values <c>string?</c>) are both taken as they are, without a nullability
    /// warning (CS8620), which one parameter type could not do. A value of another type is read by its
    /// <see cref="object.ToString"/>.
    /// </typeparam>
    /// <param name="entries">The entries.</param>
    /// <param name="section">The section they are under, such as "Cooperation:Validation"; entries outside it are ignored.</param>
    /// <param name="rules">The rules to run, built-in and custom (such as <c>BuiltInRules.All.Add(myRule)</c>); null for the built-in rules.</param>
    /// <exception cref="ValidationConfigurationException">
    /// A key is not one of the above, names no rule of the set, or a value is not valid; <see cref="ValidationConfigurationException.Key"/>
    /// is the key, and the message quotes it and the value (shortened when long).
    /// </exception>
    public static ValidationOptions FromConfiguration<TValue>(IEnumerable<KeyValuePair<string, TValue>> entries, string? section = null, RuleSet? rules = null)
        where TValue : class?
    {
        ArgumentNullException.ThrowIfNull(entries);
        var prefix = string.IsNullOrEmpty(section) ? string.Empty : section.TrimEnd(':') + ":";
        var options = rules is null ? Default : Default.WithRules(rules);
        foreach (var (fullKey, entry) in entries)
        {
            var value = entry as string ?? entry?.ToString();
            if (fullKey is null || value is null || !fullKey.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            options = Apply(options, fullKey, fullKey[prefix.Length..], value);
        }

        return options;
    }

    // One entry of FromConfiguration, its key without the section.
    private static ValidationOptions Apply(ValidationOptions options, string fullKey, string key, string value)
    {
        if (key.Equals("AsOf", StringComparison.OrdinalIgnoreCase))
        {
            return options.WithAsOf(PartialDate.TryParse(value, out var day) && day.Precision == PartialDatePrecision.Day
                ? day.ToLocalDate()
                : throw BadEntry(fullKey, value, "is not a day (YYYY-MM-DD)."));
        }

        if (key.Equals("Language", StringComparison.OrdinalIgnoreCase))
        {
            return options.WithLanguage(value.Trim().ToLowerInvariant() switch
            {
                "en" => Language.English,
                "es" => Language.Spanish,
                _ => throw BadEntry(fullKey, value, "is not a language: use en or es."),
            });
        }

        if (key.Equals("MinimumSeverity", StringComparison.OrdinalIgnoreCase))
        {
            return options.WithMinimumSeverity(SeverityNames.TryParse(value.Trim(), out var minimum)
                ? minimum
                : throw BadEntry(fullKey, value, "is not a severity: use error, warning or info."));
        }

        if (key.StartsWith("Severities:", StringComparison.OrdinalIgnoreCase) && key.Length > "Severities:".Length)
        {
            var id = key["Severities:".Length..].ToUpperInvariant();
            if (!RuleDescriptor.IsWellFormedId(id))
            {
                throw ValidationConfigurationException.ForKey(fullKey, $"The configuration key {InputExcerpt.Describe(fullKey)} names no rule: a rule ID is letters and four digits, such as COOP3006.");
            }

            if (!options.Rules.Contains(id) && !BuiltInRules.All.Contains(id))
            {
                throw ValidationConfigurationException.ForKey(fullKey, $"The configuration key {InputExcerpt.Describe(fullKey)} names no rule: {id} is neither a built-in rule nor in the rule set given.");
            }

            var level = value.Trim();
            return level.Equals("none", StringComparison.OrdinalIgnoreCase)
                ? options.WithRuleDisabled(id)
                : options.WithSeverity(id, SeverityNames.TryParse(level, out var severity)
                    ? severity
                    : throw BadEntry(fullKey, value, "is not a severity: use error, warning, info or none."));
        }

        throw ValidationConfigurationException.ForKey(fullKey, $"Unknown configuration key {InputExcerpt.Describe(fullKey)}: expected AsOf, Language, MinimumSeverity or Severities:ID.");
    }

    private static ValidationConfigurationException BadEntry(string key, string value, string reason)
        => ValidationConfigurationException.ForKey(key, $"The configuration value {InputExcerpt.Describe(key)} = {InputExcerpt.Describe(value)} {reason}");

    /// <summary>The severity rule <paramref name="descriptor"/> reports with, or null when it does not run under these options.</summary>
    /// <param name="descriptor">A rule's descriptor.</param>
    public Severity? EffectiveSeverity(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return ReasonNotRun(descriptor, out var severity) is null ? severity : null;
    }

    /// <summary>
    /// The rules of <see cref="Rules"/> that these options keep from running, ordered by ID, each with its reason: no
    /// as-of date, no archived sources, turned off, or below the minimum severity. Computed once per options value.
    /// </summary>
    public ImmutableArray<RuleNotRun> RulesNotRun
    {
        get
        {
            if (_rulesNotRun is { IsDefault: false } known)
            {
                return known;
            }

            var builder = ImmutableArray.CreateBuilder<RuleNotRun>();
            foreach (var descriptor in Rules.Descriptors)
            {
                if (ReasonNotRun(descriptor, out _) is { } reason)
                {
                    builder.Add(new RuleNotRun(descriptor, reason));
                }
            }

            // Rule sets hold their rules ordered by ID; a benign race computes equal arrays.
            _rulesNotRun = builder.DrainToImmutable();
            return _rulesNotRun;
        }
    }

    // Why a rule does not run under these options, or null (and its effective severity) when it runs. The first
    // reason that applies is the one given: the options' own choices before what they lack.
    private RuleNotRunReason? ReasonNotRun(RuleDescriptor descriptor, out Severity severity)
    {
        severity = descriptor.DefaultSeverity;
        if (!DisabledRules.IsEmpty && DisabledRules.Contains(descriptor.Id))
        {
            return RuleNotRunReason.TurnedOff;
        }

        if (!SeverityOverrides.IsEmpty && SeverityOverrides.TryGetValue(descriptor.Id, out var overridden))
        {
            severity = overridden;
        }

        if (severity < MinimumSeverity)
        {
            return RuleNotRunReason.BelowMinimumSeverity;
        }

        if (descriptor.NeedsAsOfDate && AsOf is null)
        {
            return RuleNotRunReason.NoAsOfDate;
        }

        return descriptor.NeedsSourceTexts && SourceTexts is null ? RuleNotRunReason.NoSourceTexts : null;
    }

    private void CheckId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Guard.Against.Unmet(RuleDescriptor.IsWellFormedId(id), $"\"{id}\" is not a rule ID: expected letters and four digits, such as COOP3006.", nameof(id));
        CheckKnown(Rules, id);
    }

    private static void CheckKnown(RuleSet rules, string id)
        => Guard.Against.Unmet(
            rules.Contains(id) || BuiltInRules.All.Contains(id),
            $"{id} is neither a built-in rule nor a rule in the rule set.",
            nameof(id));
}
