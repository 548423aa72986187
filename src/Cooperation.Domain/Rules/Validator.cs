using System;
using System.Buffers;
using System.Linq;
using System.Threading;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

/// <summary>Runs rules over a catalog and collects their diagnostics into a <see cref="ValidationReport"/>.</summary>
/// <remarks>
/// Pure: the result depends only on the catalog and the options (no clock, no culture, no global state), and any
/// number of validations may run at once. Work is linear in the size of the catalog. Validating a clean catalog
/// allocates nothing beyond the report itself.
/// </remarks>
public static class Validator
{
    /// <summary>Validates <paramref name="catalog"/> with <paramref name="options"/> (or <see cref="ValidationOptions.Default"/>).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">Which rules, at which severities, in which language, as of which day.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">A rule failed; the message names it, and the inner exception is its error.</exception>
    public static ValidationReport Validate(CooperationCatalog catalog, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Run(catalog, options ?? ValidationOptions.Default, documentName: null);
    }

    /// <summary>
    /// Validates <paramref name="catalog"/>, stopping when <paramref name="cancellationToken"/> is cancelled: the token
    /// is checked before each rule that is not built in and, in the one walk of the built-in rules, before each
    /// source, institution, mechanism (with its meetings) and meeting without a mechanism, so a large catalog stops
    /// within one entity's checks.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">Which rules, at which severities, in which language, as of which day.</param>
    /// <param name="cancellationToken">Stops the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">A rule failed; the message names it, and the inner exception is its error.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValidationReport Validate(CooperationCatalog catalog, ValidationOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Run(catalog, options ?? ValidationOptions.Default, documentName: null, cancellationToken: cancellationToken);
    }

    /// <summary>True when <paramref name="error"/> is the cancellation of <paramref name="cancellationToken"/>, which no rule failure wraps.</summary>
    internal static bool IsCancellation(Exception error, CancellationToken cancellationToken)
        => error is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private static ValidationReport Run(CooperationCatalog catalog, ValidationOptions options, string? documentName, WorkMeter? work = null, bool documentIsFile = true, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = documentName is null ? null : DocumentKey.Of(documentName, documentIsFile, options.DocumentRoot);
        var report = new ValidationReport(options, documentName, key) { Work = work, DocumentIsFile = documentIsFile };
        var rules = options.Rules.Rules;

        // Built-in rules run together in one walk over the catalog; other rules run one after the other.
        var walk = ArrayPool<(BuiltInRule, RuleContext)>.Shared.Rent(rules.Length);
        var walking = 0;
        try
        {
            foreach (var rule in rules)
            {
                var descriptor = rule.Descriptor;
                if (options.EffectiveSeverity(descriptor) is not { } severity)
                {
                    continue;
                }

                var context = new RuleContext(report, catalog, descriptor, severity, options.AsOf, options.SourceTexts);
                if (rule is BuiltInRule builtIn)
                {
                    walk[walking++] = (builtIn, context);
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    rule.Analyze(context);
                }
                catch (Exception e) when (e is not OutOfMemoryException && !IsCancellation(e, cancellationToken))
                {
                    throw new InvalidOperationException($"The rule {descriptor.Id} ({rule.GetType().FullName}) failed: {e.Message}", e);
                }
            }

            CatalogWalk.Run(catalog, walk.AsSpan(0, walking), cancellationToken);
        }
        finally
        {
            ArrayPool<(BuiltInRule, RuleContext)>.Shared.Return(walk, clearArray: true);
        }

        SuppressionMatcher.Apply(report, catalog, options);
        return report.Seal();
    }

    /// <summary>
    /// Validates the catalog of <paramref name="document"/> and gives each diagnostic the line of its subject in the
    /// document, and the report the document's name.
    /// </summary>
    /// <param name="document">A catalog read from a JSON document.</param>
    /// <param name="options">Which rules, at which severities, in which language, as of which day.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">A rule failed; the message names it, and the inner exception is its error.</exception>
    public static ValidationReport Validate(CatalogDocument document, ValidationOptions? options = null)
        => Validate(document, options, work: null);

    /// <summary>
    /// Validates the catalog of <paramref name="document"/> as <see cref="Validate(CatalogDocument, ValidationOptions?)"/>
    /// does, stopping when <paramref name="cancellationToken"/> is cancelled (checked as
    /// <see cref="Validate(CooperationCatalog, ValidationOptions?, CancellationToken)"/> checks it, and once more before
    /// lines are looked for in the document).
    /// </summary>
    /// <param name="document">A catalog read from a JSON document.</param>
    /// <param name="options">Which rules, at which severities, in which language, as of which day.</param>
    /// <param name="cancellationToken">Stops the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">A rule failed; the message names it, and the inner exception is its error.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValidationReport Validate(CatalogDocument document, ValidationOptions? options, CancellationToken cancellationToken)
        => Validate(document, options, work: null, cancellationToken);

    /// <summary>The same, counting the work of the rules and of locating lines in <paramref name="work"/>.</summary>
    internal static ValidationReport Validate(CatalogDocument document, ValidationOptions? options, WorkMeter? work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var outer = WorkMeter.Current;
        WorkMeter.Current = work;
        ValidationReport report;
        try
        {
            report = Run(document.Catalog, options ?? ValidationOptions.Default, document.Name, work, document.NamesAFile, cancellationToken);
        }
        finally
        {
            WorkMeter.Current = outer;
        }

        if (!report.Diagnostics.IsEmpty || !report.SuppressedDiagnostics.IsEmpty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lines = document.LinesOf(report.Diagnostics.Concat(report.SuppressedDiagnostics).Select(static d => d.Path).Distinct(StringComparer.Ordinal), work);
            report.AttachLines(lines);
        }

        return report;
    }
}
