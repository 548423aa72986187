using System;
using System.IO;
using System.Linq;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// A fact that needs python3 (to run ../shared/extraction-dev/score.py): skipped, with the reason, where python3 is not
/// on the PATH, except on CI (CI=true), where .ci/run requires python3 and a missing one must fail, not skip.
/// </summary>
public sealed class Python3FactAttribute : FactAttribute
{
    public Python3FactAttribute()
    {
        if (Python3 is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "python3 is not on the PATH: the C# scorer cannot be compared with score.py here (CI requires python3).";
        }
    }

    /// <summary>The python3 executable on the PATH, or null.</summary>
    public static string? Python3 { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "python3.exe" : "python3"))
        .FirstOrDefault(File.Exists);
}
