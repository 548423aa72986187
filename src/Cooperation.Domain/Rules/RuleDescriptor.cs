using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;

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

    private readonly CompositeFormat _english;
    private readonly CompositeFormat _spanish;

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The ID, such as "ACME0001": two to eight uppercase ASCII letters and four digits.</param>
    /// <param name="title">A short English title ("Bilateral mechanism without exactly two member states").</param>
    /// <param name="category">The category.</param>
    /// <param name="defaultSeverity">The severity unless the options override it.</param>
    /// <param name="englishMessage">The English message template, a composite format.</param>
    /// <param name="spanishMessage">
    /// The Spanish message template, with the same number of arguments; null when the rule has none, and Spanish
    /// reports then show the English message marked "(en)" (<see cref="HasSpanishMessage"/> is false).
    /// </param>
    /// <param name="description">Why it matters, in a sentence or two.</param>
    /// <param name="fix">How to fix the data.</param>
    /// <param name="helpUri">Where the rule is documented: a relative reference such as "docs/rules.md#acme0001" or an absolute URI.</param>
    /// <param name="needsAsOfDate">True when the rule compares with the as-of date, and is skipped without one.</param>
    /// <exception cref="ArgumentException">
    /// A value is empty, the ID is malformed or starts with the reserved prefix <see cref="BuiltInPrefix"/>, or a template
    /// is not a valid composite format or takes a different number of arguments than the other.
    /// </exception>
    public RuleDescriptor(
        string id,
        string title,
        RuleCategory category,
        Severity defaultSeverity,
        string englishMessage,
        string? spanishMessage,
        string description,
        string fix,
        string helpUri,
        bool needsAsOfDate = false)
        : this(id, title, category, defaultSeverity, englishMessage, spanishMessage, description, fix, helpUri, needsAsOfDate, builtIn: false)
    {
    }

    // The built-in rules' constructor: the only one that may use the reserved prefix.
    internal RuleDescriptor(
        string id,
        string title,
        RuleCategory category,
        Severity defaultSeverity,
        string englishMessage,
        string? spanishMessage,
        string description,
        string fix,
        string helpUri,
        bool needsAsOfDate,
        bool builtIn)
    {
        ArgumentNullException.ThrowIfNull(id);
        Preconditions.CheckArgument(IsWellFormedId(id), $"\"{id}\" is not a rule ID: expected two to eight uppercase ASCII letters and four digits, such as ACME0001.", nameof(id));
        Preconditions.CheckArgument(
            builtIn || !id.StartsWith(BuiltInPrefix, StringComparison.Ordinal),
            $"The prefix {BuiltInPrefix} is reserved for the built-in rules; give {id} your own prefix, such as ACME0001.",
            nameof(id));
        Preconditions.CheckArgument(Enum.IsDefined(category), $"{category} is not a rule category.", nameof(category));
        Preconditions.CheckArgument(Enum.IsDefined(defaultSeverity), $"{defaultSeverity} is not a severity.", nameof(defaultSeverity));
        CheckText(title, nameof(title));
        CheckText(englishMessage, nameof(englishMessage));
        if (spanishMessage is not null)
        {
            CheckText(spanishMessage, nameof(spanishMessage));
        }

        CheckText(description, nameof(description));
        CheckText(fix, nameof(fix));
        CheckText(helpUri, nameof(helpUri));
        _english = ParseFormat(englishMessage, nameof(englishMessage));
        HasSpanishMessage = spanishMessage is not null;
        // Without a Spanish template, Spanish reports show the English message, marked as such.
        spanishMessage ??= "(en) " + englishMessage;
        _spanish = ParseFormat(spanishMessage, nameof(spanishMessage));
        Preconditions.CheckArgument(
            _english.MinimumArgumentCount == _spanish.MinimumArgumentCount,
            $"The English template of {id} takes {_english.MinimumArgumentCount} {(_english.MinimumArgumentCount == 1 ? "argument" : "arguments")} and the Spanish one {_spanish.MinimumArgumentCount}.",
            nameof(spanishMessage));
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        EnglishMessage = englishMessage;
        SpanishMessage = spanishMessage;
        Description = description;
        Fix = fix;
        HelpUri = helpUri;
        NeedsAsOfDate = needsAsOfDate;
    }

    /// <summary>The stable ID, such as "COOP2001".</summary>
    public string Id { get; }

    /// <summary>A short English title.</summary>
    public string Title { get; }

    /// <summary>The category.</summary>
    public RuleCategory Category { get; }

    /// <summary>The severity unless the options override it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The English message template.</summary>
    public string EnglishMessage { get; }

    /// <summary>The Spanish message template; the English one marked "(en) " when the rule has no Spanish template.</summary>
    public string SpanishMessage { get; }

    /// <summary>True when the rule has its own Spanish template.</summary>
    public bool HasSpanishMessage { get; }

    /// <summary>Why the rule matters.</summary>
    public string Description { get; }

    /// <summary>How to fix the data.</summary>
    public string Fix { get; }

    /// <summary>Where the rule is documented.</summary>
    public string HelpUri { get; }

    /// <summary>True when the rule needs <see cref="ValidationOptions.AsOf"/>; without one it does not run.</summary>
    public bool NeedsAsOfDate { get; }

    /// <summary>The number of arguments the message templates take.</summary>
    public int ArgumentCount => _english.MinimumArgumentCount;

    /// <summary>The message template in <paramref name="language"/>.</summary>
    /// <param name="language">English or Spanish.</param>
    public string MessageTemplate(Language language) => language == Language.Spanish ? SpanishMessage : EnglishMessage;

    /// <summary>Formats the message in <paramref name="language"/> with the invariant culture.</summary>
    /// <param name="language">English or Spanish.</param>
    /// <param name="arguments">The arguments, as many as <see cref="ArgumentCount"/>.</param>
    /// <exception cref="ArgumentException">Fewer arguments than the template needs.</exception>
    public string FormatMessage(Language language, params ReadOnlySpan<object?> arguments)
    {
        Preconditions.CheckArgument(
            arguments.Length >= ArgumentCount,
            $"The message of {Id} takes {ArgumentCount} {(ArgumentCount == 1 ? "argument" : "arguments")}; {arguments.Length} {(arguments.Length == 1 ? "was" : "were")} given.",
            nameof(arguments));
        return string.Format(CultureInfo.InvariantCulture, language == Language.Spanish ? _spanish : _english, arguments);
    }

    /// <summary>True when <paramref name="id"/> has the form of a rule ID ("COOP1001", "ACME0001"); never throws.</summary>
    /// <param name="id">The text to test.</param>
    public static bool IsWellFormedId(ReadOnlySpan<char> id)
    {
        var letters = id.Length - 4;
        if (letters is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in id[..letters])
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        foreach (var c in id[letters..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ID and title.</summary>
    public override string ToString() => $"{Id}: {Title}";

    private static void CheckText(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(value), $"The {name} is empty.", name);
    }

    private static CompositeFormat ParseFormat(string template, string name)
    {
        try
        {
            return CompositeFormat.Parse(template);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The {name} \"{template}\" is not a valid composite format: {e.Message}", name, e);
        }
    }
}
