using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

/// <summary>
/// What a rule checks, once for all its diagnostics: a stable ID, a title, a category, a default severity, message
/// templates in English and Spanish, and the documentation of why it matters and how to fix it.
/// </summary>
/// <remarks>
/// <para>
/// IDs are a prefix of two to eight uppercase ASCII letters and four digits. <c>COOP</c> belongs to the built-in rules
/// (<see cref="BuiltInRules"/>), whose IDs are never reused for another meaning: a retired rule keeps its ID retired.
/// Consumers' own rules take their own prefix (<c>ACME0001</c>).
/// </para>
/// <para>
/// Message templates are composite formats (<c>"The bilateral mechanism {0} has {1} member parties."</c>), formatted
/// with the invariant culture; both languages take the same number of arguments. Immutable and thread-safe; equality
/// is reference equality, and one rule set holds one descriptor per ID.
/// </para>
/// </remarks>
[DebuggerDisplay("{Id,nq}: {Title,nq}")]
public sealed class RuleDescriptor
{
    /// <summary>The prefix that belongs to the built-in rules.</summary>
    public const string BuiltInPrefix = "COOP";

    private readonly bool _builtIn;
    private readonly string _id = "";
    private readonly string _title = "";
    private readonly RuleCategory _category;
    private readonly Severity _defaultSeverity;
    private readonly string _englishMessage = "";
    private readonly string? _spanishTemplate;
    private readonly string _description = "";
    private readonly string _fix = "";
    private readonly string _helpUri = "";
    private readonly CompositeFormat? _english;
    private readonly CompositeFormat? _spanish;

    /// <summary>
    /// Creates a descriptor from named members: <see cref="Id"/>, <see cref="Title"/>, <see cref="Category"/>,
    /// <see cref="DefaultSeverity"/>, <see cref="EnglishMessage"/>, <see cref="Description"/>, <see cref="Fix"/> and
    /// <see cref="HelpUri"/> are required; <see cref="SpanishMessage"/>, <see cref="NeedsAsOfDate"/> and
    /// <see cref="NeedsSourceTexts"/> are optional. Each member is checked as it is set, and an
    /// <see cref="ArgumentException"/> names the member and the value.
    /// </summary>
    /// <example>
    /// <code>
    /// var descriptor = new RuleDescriptor
    /// {
    ///     Id = "ACME0001",
    ///     Title = "Held meeting without a venue",
    ///     Category = RuleCategory.MeetingsAndOrdinals,
    ///     DefaultSeverity = Severity.Info,
    ///     EnglishMessage = "The meeting {0} was held but has no venue.",
    ///     Description = "A venue places the meeting.",
    ///     Fix = "Add the venue the sources give.",
    ///     HelpUri = "https://example.org/rules#acme0001",
    /// };
    /// </code>
    /// </example>
    public RuleDescriptor()
    {
    }

    // The built-in rules' constructor: the only one whose ID may use the reserved prefix.
    internal RuleDescriptor(bool builtIn) => _builtIn = builtIn;

    /// <summary>The stable ID, such as "COOP2001": two to eight uppercase ASCII letters and four digits.</summary>
    /// <exception cref="ArgumentException">(When set.) The ID is malformed, or starts with the reserved prefix <see cref="BuiltInPrefix"/> in a custom rule.</exception>
    public required string Id
    {
        get => _id;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Id));
            Guard.Against.Unmet(IsWellFormedId(value), $"{InputExcerpt.Describe(value)} is not a rule ID: expected two to eight uppercase ASCII letters and four digits, such as ACME0001.", nameof(Id));
            Guard.Against.Unmet(
                _builtIn || !value.StartsWith(BuiltInPrefix, StringComparison.Ordinal),
                $"The prefix {BuiltInPrefix} is reserved for the built-in rules; give {value} your own prefix, such as ACME0001.",
                nameof(Id));
            _id = value;
        }
    }

    /// <summary>A short English title ("Bilateral mechanism without exactly two member states").</summary>
    /// <exception cref="ArgumentException">(When set.) The title is empty.</exception>
    public required string Title { get => _title; init => _title = CheckText(value, nameof(Title)); }

    /// <summary>The category.</summary>
    /// <exception cref="ArgumentException">(When set.) Not a defined category.</exception>
    public required RuleCategory Category
    {
        get => _category;
        init
        {
            Guard.Against.Undefined(value, "a rule category", nameof(Category));
            _category = value;
        }
    }

    /// <summary>The severity unless the options override it.</summary>
    /// <exception cref="ArgumentException">(When set.) Not a defined severity.</exception>
    public required Severity DefaultSeverity
    {
        get => _defaultSeverity;
        init
        {
            Guard.Against.Undefined(value, "a severity", nameof(DefaultSeverity));
            _defaultSeverity = value;
        }
    }

    /// <summary>The English message template, a composite format such as "The meeting {0} has no venue.".</summary>
    /// <exception cref="ArgumentException">(When set.) Empty, not a composite format, or taking another number of arguments than the Spanish one.</exception>
    public required string EnglishMessage
    {
        get => _englishMessage;
        init
        {
            _english = ParseFormat(CheckText(value, nameof(EnglishMessage)), nameof(EnglishMessage));
            _englishMessage = value;
            CheckArgumentCounts();
        }
    }

    /// <summary>
    /// The Spanish message template, with as many arguments as the English one. Optional: when not set (or set to
    /// null), Spanish reports show the English message marked "(en) ", and <see cref="HasSpanishMessage"/> is false.
    /// </summary>
    /// <exception cref="ArgumentException">(When set.) Empty, not a composite format, or taking another number of arguments than the English one.</exception>
    [AllowNull]
    public string SpanishMessage
    {
        get => _spanishTemplate ?? "(en) " + _englishMessage;
        init
        {
            if (value is null)
            {
                _spanishTemplate = null;
                _spanish = null;
                return;
            }

            _spanish = ParseFormat(CheckText(value, nameof(SpanishMessage)), nameof(SpanishMessage));
            _spanishTemplate = value;
            CheckArgumentCounts();
        }
    }

    /// <summary>True when the rule has its own Spanish template.</summary>
    public bool HasSpanishMessage => _spanishTemplate is not null;

    /// <summary>Why the rule matters, in a sentence or two.</summary>
    /// <exception cref="ArgumentException">(When set.) Empty.</exception>
    public required string Description { get => _description; init => _description = CheckText(value, nameof(Description)); }

    /// <summary>How to fix the data.</summary>
    /// <exception cref="ArgumentException">(When set.) Empty.</exception>
    public required string Fix { get => _fix; init => _fix = CheckText(value, nameof(Fix)); }

    /// <summary>Where the rule is documented: a relative reference such as "docs/rules.md#acme0001" or an absolute URI.</summary>
    /// <exception cref="ArgumentException">(When set.) Empty.</exception>
    public required string HelpUri { get => _helpUri; init => _helpUri = CheckText(value, nameof(HelpUri)); }

    /// <summary>Where the built-in rules are documented, for the absolute help links of JSON and SARIF.</summary>
    internal const string RepositoryUrl = "https://github.com/cooperation-domain/Cooperation.Domain";

    /// <summary>
    /// <see cref="HelpUri"/> as an absolute address, which SARIF requires: a built-in rule's relative anchor points into
    /// this repository's docs; a custom rule's relative reference cannot be resolved here, so it is null rather than
    /// pointed elsewhere.
    /// </summary>
    internal string? AbsoluteHelpUri
    {
        get
        {
            if (Uri.TryCreate(HelpUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            {
                return absolute.AbsoluteUri;
            }

            return Id.StartsWith(BuiltInPrefix, StringComparison.Ordinal) && !HelpUri.StartsWith('/')
                ? $"{RepositoryUrl}/blob/main/{HelpUri}"
                : null;
        }
    }

    /// <summary>True when the rule compares with <see cref="ValidationOptions.AsOf"/>; without one it does not run, and the report says so.</summary>
    public bool NeedsAsOfDate { get; init; }

    /// <summary>
    /// True when the rule reads the archived copies of the sources (<see cref="ValidationOptions.SourceTexts"/>); without
    /// them it does not run, and the report says so.
    /// </summary>
    public bool NeedsSourceTexts { get; init; }

    /// <summary>The number of arguments the message templates take.</summary>
    public int ArgumentCount => _english?.MinimumArgumentCount ?? 0;

    /// <summary>The message template in <paramref name="language"/>.</summary>
    /// <param name="language">English or Spanish.</param>
    public string MessageTemplate(Language language) => language == Language.Spanish ? SpanishMessage : EnglishMessage;

    /// <summary>Formats the message in <paramref name="language"/> with the invariant culture, showing each <see cref="MessageArgument"/> in that language.</summary>
    /// <param name="language">English or Spanish.</param>
    /// <param name="arguments">The arguments, as many as <see cref="ArgumentCount"/>.</param>
    /// <exception cref="ArgumentException">Fewer arguments than the template needs.</exception>
    public string FormatMessage(Language language, params ReadOnlySpan<object?> arguments)
    {
        CheckArgumentCount(arguments.Length);
        arguments = Rendered(language, arguments);
        if (language == Language.Spanish && _spanish is null)
        {
            return "(en) " + string.Format(CultureInfo.InvariantCulture, _english!, arguments);
        }

        return string.Format(CultureInfo.InvariantCulture, language == Language.Spanish ? _spanish! : _english!, arguments);
    }

    // Checked when a rule reports, although the message is formatted later: the rule that passed too few is named then.
    internal void CheckArgumentCount(int given)
        => Guard.Against.Unmet(
            given >= ArgumentCount,
            $"The message of {Id} takes {ArgumentCount} {(ArgumentCount == 1 ? "argument" : "arguments")}; {given} {(given == 1 ? "was" : "were")} given.",
            "arguments");

    // Words and circumstances shown in the message's language; the arguments as they are when there are none.
    private static ReadOnlySpan<object?> Rendered(Language language, ReadOnlySpan<object?> arguments)
    {
        object?[]? rendered = null;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is MessageArgument argument)
            {
                rendered ??= arguments.ToArray();
                rendered[i] = argument.Render(language);
            }
        }

        return rendered ?? arguments;
    }

    /// <summary>True when <paramref name="id"/> has the form of a rule ID ("COOP1001", "ACME0001"); never throws.</summary>
    /// <param name="id">The text to test.</param>
    public static bool IsWellFormedId(ReadOnlySpan<char> id) => RuleIds.IsWellFormed(id);

    /// <summary>The ID and title.</summary>
    public override string ToString() => $"{Id}: {Title}";

    private static string CheckText(string value, string name)
    {
        Guard.Against.Null(value, name);
        return Guard.Against.NullOrWhiteSpace(value, name, $"The {name} is empty.");
    }

    // Whichever template is set second compares the numbers of arguments.
    private void CheckArgumentCounts()
    {
        if (_english is { } english && _spanish is { } spanish)
        {
            Guard.Against.Unmet(
                english.MinimumArgumentCount == spanish.MinimumArgumentCount,
                $"The English template of {(_id.Length == 0 ? "the rule" : _id)} takes {Arguments(english.MinimumArgumentCount)} and the Spanish one {spanish.MinimumArgumentCount}.",
                nameof(SpanishMessage));
        }

        static string Arguments(int n) => n == 1 ? "1 argument" : $"{n.ToString(CultureInfo.InvariantCulture)} arguments";
    }

    private static CompositeFormat ParseFormat(string template, string name)
    {
        try
        {
            return CompositeFormat.Parse(template);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The {name} {InputExcerpt.Describe(template)} is not a valid composite format: {e.Message}", name, e);
        }
    }
}
