namespace Cooperation.Domain.Rules;

/// <summary>How a finding compares with a <see cref="Baseline"/>, as SARIF's <c>result.baselineState</c> says it.</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline: a finding this change introduces (SARIF "new").</summary>
    New = 1,

    /// <summary>In the baseline, with the same severity (SARIF "unchanged").</summary>
    Unchanged = 2,

    /// <summary>In the baseline, with another severity (SARIF "updated").</summary>
    Updated = 3,

    /// <summary>In the baseline and no longer found (SARIF "absent").</summary>
    Absent = 4,
}
