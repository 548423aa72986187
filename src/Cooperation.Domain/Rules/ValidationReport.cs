using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Cooperation.Domain.Internal;
using NodaTime;

namespace Cooperation.Domain.Rules;

/// <summary>
/// What <see cref="Validator"/> found: the diagnostics in a deterministic order, counts by severity, and the options
/// that produced them.
/// </summary>
/// <remarks>
/// Diagnostics are ordered by subject path (ordinal), then rule ID, then message, so equal catalogs validated with
/// equal options give equal reports whatever the order the data was written in. Immutable once returned.
/// </remarks>
public sealed class ValidationReport
{
    // The findings reported so far, in an array rented from the shared pool and returned by Seal: a broken catalog of
    // 100,000 meetings reports 16,000, and a list would allocate twice that many references while growing.
    private Diagnostic[]? _pending;
    private int _pendingCount;

    private static readonly Comparison<Keyed> Order = Compare;

    /// <summary>Counts the rules' steps, in tests of how work grows; null otherwise.</summary>
    internal WorkMeter? Work { get; init; }

    /// <summary>False when the document's name names no file (an embedded catalog): SARIF then gives no URI.</summary>
    internal bool DocumentIsFile { get; init; } = true;

    internal ValidationReport(ValidationOptions options, string? documentName, string? documentKey = null)
    {
        Options = options;
        DocumentName = documentName;
        DocumentKey = documentKey ?? documentName;
    }

    /// <summary>The active diagnostics (those no suppression accepts), ordered by path, rule ID and message.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>
    /// The diagnostics a suppression accepts, each with its <see cref="Diagnostic.Suppression"/> (kind, justification,
    /// where it is written), in the order of <see cref="Diagnostics"/>. They are not counted by severity, do not make
    /// <see cref="HasErrors"/> true, and are still reported (text gives their number; JSON and SARIF each one).
    /// </summary>
    public ImmutableArray<Diagnostic> SuppressedDiagnostics { get; private set; } = [];

    /// <summary>The number of suppressed diagnostics.</summary>
    public int SuppressedCount => SuppressedDiagnostics.Length;

    /// <summary>The name of the document the catalog was read from (its file path), when validated as a <see cref="CatalogDocument"/>.</summary>
    public string? DocumentName { get; }

    /// <summary>
    /// The document's key in baselines: for a file, its path relative to <see cref="ValidationOptions.DocumentRoot"/>
    /// (or to the working directory when the options give none) at the time it was validated, with <c>/</c> separators,
    /// <c>.</c> and repeated separators dropped and <c>..</c> resolved (<c>data/catalog.json</c>, also when the file was
    /// named <c>./data//catalog.json</c> or by its full path); a file outside the root climbs out of it
    /// (<c>../other/catalog.json</c>). For a document that names no file (the embedded reference catalog), its name.
    /// Null when the catalog was not validated as a document.
    /// </summary>
    public string? DocumentKey { get; }

    /// <summary>The options the catalog was validated with.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The language of the messages.</summary>
    public Language Language => Options.Language;

    /// <summary>The as-of date the time-dependent rules used, if any.</summary>
    public LocalDate? AsOf => Options.AsOf;

    /// <summary>
    /// The rules of the options' rule set that did not run, ordered by ID, and why (no as-of date, no archived
    /// sources, turned off, below the minimum severity): what this report did not check.
    /// </summary>
    public ImmutableArray<RuleNotRun> RulesNotRun => Options.RulesNotRun;

    /// <summary>The number of errors.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>The number of warnings.</summary>
    public int WarningCount { get; private set; }

    /// <summary>The number of infos.</summary>
    public int InfoCount { get; private set; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>True when there are no active diagnostics (suppressed ones may remain).</summary>
    public bool IsClean => Diagnostics.IsEmpty;

    /// <summary>The number of diagnostics of <paramref name="severity"/>.</summary>
    /// <param name="severity">The severity.</param>
    public int Count(Severity severity) => severity switch
    {
        Severity.Error => ErrorCount,
        Severity.Warning => WarningCount,
        Severity.Info => InfoCount,
        _ => 0,
    };

    /// <summary>
    /// "2 errors, 1 warning, 0 infos" in the report's language, followed by "; 44 suppressed" when suppressions accepted
    /// findings: the last line of the text report.
    /// </summary>
    public string Summary => SummaryIn(Language);

    /// <summary>The summary in English (<see cref="Summary"/>).</summary>
    /// <returns>"2 errors, 1 warning, 0 infos".</returns>
    public override string ToString() => SummaryIn(Language.English);

    private string SummaryIn(Language language)
    {
        static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
        var spanish = language == Language.Spanish;
        var counts = spanish
            ? $"{Count(ErrorCount, "error", "errores")}, {Count(WarningCount, "advertencia", "advertencias")}, {Count(InfoCount, "aviso informativo", "avisos informativos")}"
            : $"{Count(ErrorCount, "error", "errors")}, {Count(WarningCount, "warning", "warnings")}, {Count(InfoCount, "info", "infos")}";

        // Suppressed findings are not counted by severity; their number is given when there are any.
        return SuppressedCount == 0 ? counts
            : spanish ? $"{counts}; {Count(SuppressedCount, "suprimido", "suprimidos")}"
            : $"{counts}; {SuppressedCount.ToString(CultureInfo.InvariantCulture)} suppressed";
    }

    internal void Add(Diagnostic diagnostic)
    {
        if (_pending is null || _pendingCount == _pending.Length)
        {
            Grow();
        }

        _pending![_pendingCount++] = diagnostic;
    }

    private void Grow()
    {
        var larger = ArrayPool<Diagnostic>.Shared.Rent(Math.Max(16, _pendingCount * 2));
        if (_pending is { } full)
        {
            full.AsSpan(0, _pendingCount).CopyTo(larger);
            ArrayPool<Diagnostic>.Shared.Return(full, clearArray: true);
        }

        _pending = larger;
    }

    /// <summary>The diagnostics reported so far, before <see cref="Seal"/>.</summary>
    internal Span<Diagnostic> Pending => _pending.AsSpan(0, _pendingCount);

    internal ValidationReport Seal()
    {
        if (_pending is null)
        {
            return this;
        }

        // Sorted as (location, diagnostic) pairs side by side: a comparison reads the two locations (collection and
        // identifier, nearly always) without first loading each diagnostic from wherever the heap put it (on a broken
        // catalog of 100,000 meetings, 16,000 findings), and writes no path.
        var count = _pendingCount;
        var pending = _pending;
        var keyed = ArrayPool<Keyed>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                keyed[i] = new(pending[i].Location, pending[i]);
            }

            keyed.AsSpan(0, count).Sort(Order);
            var active = ImmutableArray.CreateBuilder<Diagnostic>(count);
            var suppressed = ImmutableArray.CreateBuilder<Diagnostic>();
            for (var i = 0; i < count; i++)
            {
                var d = keyed[i].Diagnostic;
                (d.IsSuppressed ? suppressed : active).Add(d);
            }

            Diagnostics = active.DrainToImmutable();
            SuppressedDiagnostics = suppressed.DrainToImmutable();
        }
        finally
        {
            ArrayPool<Keyed>.Shared.Return(keyed, clearArray: true);
            ArrayPool<Diagnostic>.Shared.Return(pending, clearArray: true);
        }

        _pending = null;
        _pendingCount = 0;
        foreach (var d in Diagnostics)
        {
            switch (d.Severity)
            {
                case Severity.Error: ErrorCount++; break;
                case Severity.Warning: WarningCount++; break;
                default: InfoCount++; break;
            }
        }

        return this;
    }

    // Before the report is returned: lines found in the document; the order does not depend on them.
    internal void AttachLines(IReadOnlyDictionary<string, int> lines)
    {
        Diagnostics = WithLines(Diagnostics, lines);
        SuppressedDiagnostics = WithLines(SuppressedDiagnostics, lines);
    }

    private static ImmutableArray<Diagnostic> WithLines(ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> lines)
    {
        var builder = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var d in diagnostics)
        {
            builder.Add(d.WithLine(lines.TryGetValue(d.Path, out var line) ? line : null));
        }

        return builder.MoveToImmutable();
    }

    private static int Compare(Keyed x, Keyed y)
    {
        var byPath = SubjectLocation.Compare(x.Location, y.Location);
        if (byPath != 0)
        {
            return byPath;
        }

        // Messages are formatted only for the findings of one rule on one subject, which need them to be ordered.
        var byId = string.CompareOrdinal(x.Diagnostic.Id, y.Diagnostic.Id);
        return byId != 0 || ReferenceEquals(x.Diagnostic, y.Diagnostic) ? byId : string.CompareOrdinal(x.Diagnostic.Message, y.Diagnostic.Message);
    }

    // A diagnostic with its location beside it, the sort's key.
    private readonly record struct Keyed(SubjectLocation Location, Diagnostic Diagnostic);
}
