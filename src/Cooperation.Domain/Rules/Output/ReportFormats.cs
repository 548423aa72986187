using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Cooperation.Domain.Rules;

/// <summary>
/// The formats of validation reports, by name: <c>text</c> (<see cref="ReportTextWriter"/>), <c>json</c>
/// (<see cref="ReportJsonWriter"/>) and <c>sarif</c> (<see cref="SarifReportWriter"/>). The tool's <c>check --format</c>
/// takes these names.
/// </summary>
/// <example>
/// <code>
/// var reports = new[] { Validator.Validate(document) };
/// await ReportFormats.Create("sarif").WriteAsync(reports, response.Body, cancellationToken);
/// </code>
/// </example>
public static class ReportFormats
{
    private static readonly FormatTable<IReadOnlyList<ValidationReport>, ReportWriterOptions> Table = new(
        "report",
        ReportWriterOptions.Default,
        static o => new ReportTextWriter(o),
        static o => new ReportJsonWriter(o),
        static o => new SarifReportWriter(o));

    /// <summary>Every report format, with the default options, in the order above.</summary>
    public static ImmutableArray<DocumentWriter<IReadOnlyList<ValidationReport>>> All => Table.All;

    /// <summary>The writer of the format named <paramref name="name"/> (<c>text</c>, <c>json</c>, <c>sarif</c>).</summary>
    /// <param name="name">The format's name, in lower case.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No report format has that name; the message lists those there are.</exception>
    public static DocumentWriter<IReadOnlyList<ValidationReport>> Create(string name, ReportWriterOptions? options = null) => Table.Create(name, options);

    /// <summary>Refuses a list with a null report, before anything is written.</summary>
    internal static void CheckReports(IReadOnlyList<ValidationReport> reports)
    {
        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i] is null)
            {
                throw new ArgumentNullException(nameof(reports), $"The report at {i} is null.");
            }
        }
    }
}
