using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

/// <summary>
/// One finding of a rule: which rule, how serious, what was wrong (in the options' language), where in the catalog,
/// and, when the catalog was read from a file, on which line.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Path"/> names the subject by identifiers rather than by position, so it survives re-ordering:
/// <c>mechanisms[mx-ca-danm]</c>, <c>mechanisms[crm].presidencies[0]</c>,
/// <c>meetings[mx-us-2021-05-13].delegations[MX].participants[3]</c>. Arrays without identifiers (participants,
/// presidency terms, venues) are indexed from zero in the order the data gives them.
/// </para>
/// <para>Immutable. Two diagnostics are equal when every member is equal (the descriptor by ID).</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Diagnostic : IEquatable<Diagnostic>
{
    // A rule's finding keeps its message arguments and formats its message and fingerprint only when asked: most
    // consumers (a count, an exit code, a baseline that reads fingerprints but no messages) read few of them. A finding
    // is this one object: its arguments are kept inside it, and what most findings never have (a line, a suppression,
    // a message given by hand, what was formatted) is in a small object made when needed.
    private readonly Language _language;
    private readonly SubjectLocation _location;
    private readonly FindingArguments _arguments;
    private readonly bool _fromArguments;
    private Extras? _extras;

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="descriptor">The rule that found it.</param>
    /// <param name="severity">The effective severity.</param>
    /// <param name="message">The formatted message.</param>
    /// <param name="path">The subject's path in the catalog.</param>
    /// <param name="line">The 1-based line in the source file, if known.</param>
    /// <exception cref="ArgumentException">The message or the path is empty, or the line is below 1.</exception>
    public Diagnostic(RuleDescriptor descriptor, Severity severity, string message, string path, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Guard.Against.Undefined(severity, "a severity");
        Guard.Against.Unmet(line is null or >= 1, $"A line number starts at 1 (was {line}).", nameof(line));
        Descriptor = descriptor;
        Severity = severity;
        _location = path;
        _extras = new Extras { Message = message, Line = line };
    }

    // A rule's finding, from the validator, whose arguments are valid by construction: the message (in
    // <paramref name="language"/>) and the fingerprint are made from the arguments when first read.
    internal Diagnostic(RuleDescriptor descriptor, Severity severity, Language language, string path, ReadOnlySpan<object?> arguments)
    {
        Descriptor = descriptor;
        Severity = severity;
        _language = language;
        _location = path;
        _fromArguments = true;
        if (arguments.Length <= FindingArguments.Capacity)
        {
            _arguments = FindingArguments.Of(arguments);
        }
        else
        {
            _extras = new Extras { MoreArguments = arguments.ToArray() };
        }
    }

    // The same, from a built-in rule, whose location is kept in parts and numbers, dates and words without boxes.
    internal Diagnostic(RuleDescriptor descriptor, Severity severity, Language language, in SubjectLocation location, ReadOnlySpan<ReportArgument> arguments)
    {
        Descriptor = descriptor;
        Severity = severity;
        _language = language;
        _location = location;
        _fromArguments = true;
        if (arguments.Length <= FindingArguments.Capacity)
        {
            _arguments = FindingArguments.Of(arguments);
        }
        else
        {
            var more = new object?[arguments.Length];
            for (var i = 0; i < more.Length; i++)
            {
                more[i] = arguments[i].ToObject();
            }

            _extras = new Extras { MoreArguments = more };
        }
    }

    // A copy with another line or suppression; what was formatted already is kept.
    private Diagnostic(Diagnostic other, int? line, DiagnosticSuppression? suppression)
    {
        Descriptor = other.Descriptor;
        Severity = other.Severity;
        _location = other._location;
        _language = other._language;
        _arguments = other._arguments;
        _fromArguments = other._fromArguments;
        var extras = other._extras;
        _extras = new Extras
        {
            Message = extras?.Message,
            Fingerprint = extras?.Fingerprint,
            Path = extras?.Path,
            MoreArguments = extras?.MoreArguments,
            Line = line,
            Suppression = suppression,
        };
    }

    /// <summary>The rule that found it.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule's ID, such as "COOP2001".</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity (the rule's default unless the options override it).</summary>
    public Severity Severity { get; }

    /// <summary>What was wrong, in the language of the options (formatted from the rule's arguments when first read).</summary>
    public string Message => Cache.Message ??= Descriptor.FormatMessage(_language, Arguments());

    /// <summary>Where in the catalog: <c>mechanisms[mx-ca-danm].parties[US]</c> (for a rule's finding, written when first read).</summary>
    public string Path => _location.Path ?? (Cache.Path ??= _location.ToString());

    /// <summary>Where in the catalog, as kept: what the report's order compares.</summary>
    internal ref readonly SubjectLocation Location => ref _location;

    /// <summary>The 1-based line of the subject in the file the catalog was read from, if known.</summary>
    public int? Line => _extras?.Line;

    /// <summary>
    /// Identifies the finding across runs: 32 hexadecimal digits made from the rule ID, <see cref="Path"/> and the
    /// finding's facts (for a rule's diagnostic, its message arguments other than circumstances, with words in English;
    /// for a diagnostic made with the constructor, its message). Line numbers, file names, the message's language and
    /// its wording do not enter, so editing another part of the file, switching the language or checking another copy
    /// of the file keeps it; baselines and SARIF <c>partialFingerprints</c> use it. Made when first read.
    /// </summary>
    public string Fingerprint => Cache.Fingerprint ??= _fromArguments
        ? DiagnosticFingerprint.FromArguments(Descriptor.Id, Path, Arguments())
        : DiagnosticFingerprint.FromMessage(Descriptor.Id, Path, Message);

    /// <summary>How the finding was accepted, when a suppression covers it; null for an active finding.</summary>
    public DiagnosticSuppression? Suppression => _extras?.Suppression;

    /// <summary>True when a suppression covers the finding (see <see cref="ValidationReport.SuppressedDiagnostics"/>).</summary>
    public bool IsSuppressed => Suppression is not null;

    // The rule's arguments, as it gave them (made again for each message or fingerprint, which are kept).
    private object?[] Arguments() => _extras?.MoreArguments ?? _arguments.ToObjects();

    // Where what was formatted is kept: made on the first read, by one thread if several race.
    private Extras Cache => _extras ?? Interlocked.CompareExchange(ref _extras, new Extras(), null) ?? _extras;

    /// <summary>This diagnostic with <see cref="Line"/> set.</summary>
    /// <param name="line">The 1-based line, or null.</param>
    /// <exception cref="ArgumentException">The line is below 1.</exception>
    public Diagnostic WithLine(int? line)
    {
        Guard.Against.Unmet(line is null or >= 1, $"A line number starts at 1 (was {line}).", nameof(line));
        return line == Line ? this : new Diagnostic(this, line, Suppression);
    }

    /// <summary>This diagnostic marked as accepted by <paramref name="suppression"/>.</summary>
    internal Diagnostic WithSuppression(DiagnosticSuppression suppression) => new(this, Line, suppression);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Diagnostic? other)
        => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Severity == other.Severity
            && string.Equals(Message, other.Message, StringComparison.Ordinal) && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && Line == other.Line && string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal) && Equals(Suppression, other.Suppression);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Diagnostic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Severity, Message, Path, Line);

    /// <summary>"COOP2001 error mechanisms[x] (line 12): message".</summary>
    public override string ToString()
        => $"{Id} {Severity.ToName()} {Path}{(Line is { } line ? $" (line {line})" : string.Empty)}: {Message}";

    // What few findings have, and what was formatted. Line, suppression and arguments are set before the diagnostic is
    // shared; the message and the fingerprint are written once each when first read (a race writes equal strings).
    private sealed class Extras
    {
        public string? Message;
        public string? Fingerprint;
        public string? Path;
        public object?[]? MoreArguments;
        public int? Line;
        public DiagnosticSuppression? Suppression;
    }
}
