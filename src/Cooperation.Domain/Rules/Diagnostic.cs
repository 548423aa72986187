using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
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
        Message = message;
        Path = path;
        Line = line;
        Fingerprint = DiagnosticFingerprint.FromMessage(descriptor.Id, path, message);
    }

    // For the validator, whose arguments are valid by construction: skips the checks (a report of many thousand
    // diagnostics would scan every message again).
    internal Diagnostic(RuleDescriptor descriptor, Severity severity, string message, string path, int? line, string fingerprint, DiagnosticSuppression? suppression = null)
    {
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        Path = path;
        Line = line;
        Fingerprint = fingerprint;
        Suppression = suppression;
    }

    /// <summary>The rule that found it.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule's ID, such as "COOP2001".</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity (the rule's default unless the options override it).</summary>
    public Severity Severity { get; }

    /// <summary>What was wrong, in the language of the options.</summary>
    public string Message { get; }

    /// <summary>Where in the catalog: <c>mechanisms[mx-ca-danm].parties[US]</c>.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the subject in the file the catalog was read from, if known.</summary>
    public int? Line { get; }

    /// <summary>
    /// Identifies the finding across runs: 32 hexadecimal digits made from the rule ID, <see cref="Path"/> and the
    /// finding's facts (for a rule's diagnostic, its message arguments other than circumstances, with words in English;
    /// for a diagnostic made with the constructor, its message). Line numbers, the message's language and its wording
    /// do not enter, so editing another part of the file or switching the language keeps it; baselines and SARIF
    /// <c>partialFingerprints</c> use it.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>How the finding was accepted, when a suppression covers it; null for an active finding.</summary>
    public DiagnosticSuppression? Suppression { get; }

    /// <summary>True when a suppression covers the finding (see <see cref="ValidationReport.SuppressedDiagnostics"/>).</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>This diagnostic with <see cref="Line"/> set.</summary>
    /// <param name="line">The 1-based line, or null.</param>
    /// <exception cref="ArgumentException">The line is below 1.</exception>
    public Diagnostic WithLine(int? line)
    {
        Guard.Against.Unmet(line is null or >= 1, $"A line number starts at 1 (was {line}).", nameof(line));
        return line == Line ? this : new Diagnostic(Descriptor, Severity, Message, Path, line, Fingerprint, Suppression);
    }

    /// <summary>This diagnostic marked as accepted by <paramref name="suppression"/>.</summary>
    internal Diagnostic WithSuppression(DiagnosticSuppression suppression) => new(Descriptor, Severity, Message, Path, Line, Fingerprint, suppression);

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
}
