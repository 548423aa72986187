namespace Cooperation.Domain.Rules;

/// <summary>The options of the report formats (<see cref="ReportFormats"/>).</summary>
public sealed record ReportWriterOptions : DocumentWriterOptions
{
    /// <summary>The options of a writer that is given none: no baseline, JSON indented.</summary>
    public static new ReportWriterOptions Default { get; } = new();

    /// <summary>
    /// The comparison of the reports with a baseline, or null. With one, text gives only the new findings and a tally
    /// of new, known and absent ones; JSON gives each finding's <c>baselineState</c> and the absent findings; SARIF gives
    /// every result its <c>baselineState</c>, a result for each absent finding, and a notification for each document
    /// of the baseline the run did not check.
    /// </summary>
    public BaselineComparison? Baseline { get; init; }
}
