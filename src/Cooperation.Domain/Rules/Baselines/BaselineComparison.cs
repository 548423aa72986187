using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Rules;

/// <summary>
/// A run compared with a <see cref="Baseline"/>: each finding's <see cref="BaselineState"/>, and the baseline's
/// findings the run no longer has.
/// </summary>
public sealed class BaselineComparison
{
    private readonly Dictionary<Diagnostic, BaselineState> _states;

    // The absent findings by document, made on first use: one pass however many reports ask.
    private Dictionary<string, ImmutableArray<BaselineEntry>>? _absentByDocument;

    internal BaselineComparison(Baseline baseline, Dictionary<Diagnostic, BaselineState> states, ImmutableArray<BaselineEntry> absent, ImmutableArray<BaselineEntry> notChecked)
    {
        Baseline = baseline;
        _states = states;
        Absent = absent;
        NotChecked = notChecked;
        NewCount = states.Values.Count(static s => s == BaselineState.New);
        UnchangedCount = states.Values.Count(static s => s == BaselineState.Unchanged);
        UpdatedCount = states.Values.Count(static s => s == BaselineState.Updated);
    }

    /// <summary>The baseline compared with.</summary>
    public Baseline Baseline { get; }

    /// <summary>
    /// The baseline's findings in documents the run checked (by <see cref="ValidationReport.DocumentKey"/>) that it
    /// does not have any more, in the baseline's order.
    /// </summary>
    public ImmutableArray<BaselineEntry> Absent { get; }

    /// <summary>
    /// The baseline's findings in documents the run did not check, in the baseline's order: neither found nor gone,
    /// since nothing was looked for. Reports give them apart from the absent ones (the command line says which
    /// documents they are in; SARIF, a notification per document).
    /// </summary>
    public ImmutableArray<BaselineEntry> NotChecked { get; }

    /// <summary>The documents of <see cref="NotChecked"/>, each once, in the baseline's order, with the number of its findings.</summary>
    internal ImmutableArray<(string Document, int Findings)> NotCheckedDocuments
        => [.. NotChecked.GroupBy(static e => e.Document, StringComparer.Ordinal).Select(static g => (g.Key, g.Count()))];

    /// <summary>
    /// One line per document of <see cref="NotChecked"/>, in <paramref name="language"/>: "The baseline has 2 findings
    /// in old.json, which this run did not check: they are neither new nor absent." Empty when the run checked every
    /// document of the baseline. SARIF gives the same as notifications.
    /// </summary>
    /// <param name="language">English or Spanish.</param>
    public ImmutableArray<string> NotCheckedLines(Language language)
        => [.. NotCheckedDocuments.Select(d => NotCheckedText(d.Document, d.Findings, language))];

    /// <summary>The line of <see cref="NotCheckedLines"/> for one document.</summary>
    internal static string NotCheckedText(string document, int findings, Language language)
    {
        var spanish = language == Language.Spanish;
        var count = findings.ToString(CultureInfo.InvariantCulture);
        var name = document.Length == 0 ? (spanish ? "un documento sin nombre" : "a document without a name") : document;
        var one = findings == 1;
        return spanish
            ? $"La línea de base tiene {count} {(one ? "hallazgo" : "hallazgos")} en {name}, que esta ejecución no comprobó: {(one ? "no es nuevo ni ausente" : "no son nuevos ni ausentes")}."
            : $"The baseline has {count} {(one ? "finding" : "findings")} in {name}, which this run did not check: {(one ? "it is" : "they are")} neither new nor absent.";
    }

    /// <summary>The number of findings (active or suppressed) not in the baseline.</summary>
    public int NewCount { get; }

    /// <summary>The number of findings in the baseline with the same severity.</summary>
    public int UnchangedCount { get; }

    /// <summary>The number of findings in the baseline with another severity.</summary>
    public int UpdatedCount { get; }

    /// <summary>The state of <paramref name="diagnostic"/>, a diagnostic of the reports compared.</summary>
    /// <param name="diagnostic">A diagnostic of one of the reports.</param>
    /// <returns>New, unchanged or updated.</returns>
    /// <exception cref="ArgumentException">The diagnostic is not one of the reports compared.</exception>
    public BaselineState StateOf(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return _states.TryGetValue(diagnostic, out var state)
            ? state
            : throw new ArgumentException("The diagnostic is not one of the reports compared with the baseline.", nameof(diagnostic));
    }

    /// <summary>True when <paramref name="diagnostic"/> is not in the baseline.</summary>
    /// <param name="diagnostic">A diagnostic of one of the reports.</param>
    /// <exception cref="ArgumentException">The diagnostic is not one of the reports compared.</exception>
    public bool IsNew(Diagnostic diagnostic) => StateOf(diagnostic) == BaselineState.New;

    /// <summary>The active diagnostics of <paramref name="report"/> that are new: what a run against a baseline reports.</summary>
    /// <param name="report">One of the reports compared.</param>
    public ImmutableArray<Diagnostic> NewDiagnostics(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Diagnostics.Where(d => _states.TryGetValue(d, out var s) && s == BaselineState.New)];
    }

    /// <summary>The baseline's findings in <paramref name="report"/>'s document that are gone.</summary>
    /// <param name="report">One of the reports compared.</param>
    public ImmutableArray<BaselineEntry> AbsentIn(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _absentByDocument ??= Absent.GroupBy(static e => e.Document, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.ToImmutableArray(), StringComparer.Ordinal);
        return _absentByDocument.GetValueOrDefault(report.DocumentKey ?? string.Empty, []);
    }

    /// <summary>"BaselineState" as SARIF spells it: "new", "unchanged", "updated", "absent".</summary>
    internal static string Name(BaselineState state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        BaselineState.Updated => "updated",
        _ => "absent",
    };
}
