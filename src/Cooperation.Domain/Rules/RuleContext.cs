using System;
using Cooperation.Domain.Internal;
using NodaTime;

namespace Cooperation.Domain.Rules;

/// <summary>
/// What a rule sees while it runs: the catalog, the as-of date, and <see cref="Report"/>. Created by the
/// <see cref="Validator"/> for each rule; a value type so that running a rule allocates nothing.
/// </summary>
public readonly struct RuleContext
{
    private readonly ValidationReport _report;

    // The report's meter, kept here so that counting a step (in every inner loop of every rule) is one load, not two.
    private readonly WorkMeter? _work;

    internal RuleContext(ValidationReport report, CooperationCatalog catalog, RuleDescriptor descriptor, Severity severity, LocalDate? asOf, SourceTexts? sourceTexts = null)
    {
        SourceTexts = sourceTexts;
        _report = report;
        _work = report.Work;
        Catalog = catalog;
        Descriptor = descriptor;
        Severity = severity;
        AsOf = asOf;
    }

    /// <summary>The catalog being validated.</summary>
    public CooperationCatalog Catalog { get; }

    /// <summary>The descriptor of the rule that is running.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The severity its diagnostics will have.</summary>
    public Severity Severity { get; }

    /// <summary>The day time-dependent rules compare with; null when the options give none (such rules do not run then).</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The archived copies of the sources, when the options give them; null otherwise.</summary>
    public SourceTexts? SourceTexts { get; }

    /// <summary>The language of messages; a rule that passes words as arguments gives both languages with <see cref="MessageArgument.Words"/> instead.</summary>
    public Language Language => _report?.Language ?? Language.English;

    /// <summary>The as-of date, for rules whose descriptor says <see cref="RuleDescriptor.NeedsAsOfDate"/>.</summary>
    /// <exception cref="InvalidOperationException">The options give no as-of date.</exception>
    public LocalDate RequiredAsOf => AsOf ?? throw new InvalidOperationException(
        Descriptor is null ? "This RuleContext is the default value; the Validator creates contexts." : $"The rule {Descriptor.Id} needs an as-of date, and the options give none.");

    /// <summary>Counts one step of the running rule's work (an element visited), for tests of how work grows.</summary>
    internal void Step() => _work?.Add();

    /// <summary>The meter of the running validation, if a test gave one.</summary>
    internal WorkMeter? Work => _work;

    /// <summary>Reports a finding of the running rule.</summary>
    /// <param name="path">The subject's path: <c>mechanisms[mx-ca-danm].parties[US]</c>.</param>
    /// <param name="arguments">
    /// The arguments of the descriptor's message template. They are also the finding's facts, from which its
    /// <see cref="Diagnostic.Fingerprint"/> is made: pass words as <see cref="MessageArgument.Words"/> and values that
    /// depend on the run (the as-of date) as <see cref="MessageArgument.Circumstance"/>, so that neither the language
    /// nor the day changes the fingerprint. They are kept as given, and the message and the fingerprint are made from
    /// them only when a consumer reads <see cref="Diagnostic.Message"/> or <see cref="Diagnostic.Fingerprint"/>: pass
    /// immutable values (identifiers, dates, numbers, strings, <see cref="MessageArgument"/>s).
    /// </param>
    /// <exception cref="InvalidOperationException">The context is the default value.</exception>
    /// <exception cref="ArgumentException">The path is empty, or fewer arguments are given than the template needs.</exception>
    public void Report(string path, params ReadOnlySpan<object?> arguments)
    {
        if (_report is null)
        {
            throw new InvalidOperationException("This RuleContext is the default value; the Validator creates contexts.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Descriptor.CheckArgumentCount(arguments.Length);
        _report.Add(new Diagnostic(Descriptor, Severity, _report.Language, path, arguments));
    }

    // The built-in rules' way to report: the same, with numbers, dates and words kept without boxes (ReportArgument).
    internal void Found(in SubjectLocation location, params ReadOnlySpan<ReportArgument> arguments)
    {
        Descriptor.CheckArgumentCount(arguments.Length);
        _report.Add(new Diagnostic(Descriptor, Severity, _report.Language, location, arguments));
    }
}
