using System.Collections.Generic;
using System.Collections.Immutable;
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
    private List<Diagnostic>? _pending;

    internal ValidationReport(ValidationOptions options)
    {
        Options = options;
    }

    /// <summary>The diagnostics, ordered by path, rule ID and message.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>The name of the document the catalog was read from (its file path), when validated as a <see cref="CatalogDocument"/>.</summary>
    public string? DocumentName { get; private init; }

    /// <summary>The options the catalog was validated with.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The language of the messages.</summary>
    public Language Language => Options.Language;

    /// <summary>The as-of date the time-dependent rules used, if any.</summary>
    public LocalDate? AsOf => Options.AsOf;

    /// <summary>The number of errors.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>The number of warnings.</summary>
    public int WarningCount { get; private set; }

    /// <summary>The number of infos.</summary>
    public int InfoCount { get; private set; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>True when there are no diagnostics at all.</summary>
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

    /// <summary>"2 errors, 1 warning, 0 infos".</summary>
    public override string ToString()
        => $"{ErrorCount} error{(ErrorCount == 1 ? "" : "s")}, {WarningCount} warning{(WarningCount == 1 ? "" : "s")}, {InfoCount} info{(InfoCount == 1 ? "" : "s")}";

    internal void Add(Diagnostic diagnostic) => (_pending ??= []).Add(diagnostic);

    internal ValidationReport Seal()
    {
        if (_pending is null)
        {
            return this;
        }

        _pending.Sort(Compare);
        Diagnostics = [.. _pending];
        _pending = null;
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

    // A copy with lines attached; the order does not change, because it does not depend on lines.
    internal ValidationReport WithDiagnostics(ImmutableArray<Diagnostic> diagnostics, string? documentName)
    {
        var copy = new ValidationReport(Options)
        {
            Diagnostics = diagnostics,
            DocumentName = documentName,
            ErrorCount = ErrorCount,
            WarningCount = WarningCount,
            InfoCount = InfoCount,
        };
        return copy;
    }

    private static int Compare(Diagnostic x, Diagnostic y)
    {
        var byPath = string.CompareOrdinal(x.Path, y.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byId = string.CompareOrdinal(x.Id, y.Id);
        return byId != 0 ? byId : string.CompareOrdinal(x.Message, y.Message);
    }
}
