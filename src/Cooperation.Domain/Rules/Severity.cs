namespace Cooperation.Domain.Rules;

/// <summary>How serious a diagnostic is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
/// <remarks>In JSON and on the command line the names are lowercase: <c>info</c>, <c>warning</c>, <c>error</c>.</remarks>
public enum Severity
{
    /// <summary>Worth knowing; the data is not wrong (a gap in numbering, a name in one language only).</summary>
    Info = 0,

    /// <summary>Probably wrong or incomplete; check the sources (a mechanism overdue for its cadence).</summary>
    Warning = 1,

    /// <summary>The data contradicts itself (a bilateral mechanism with three parties); a catalog with errors is not clean.</summary>
    Error = 2,
}
