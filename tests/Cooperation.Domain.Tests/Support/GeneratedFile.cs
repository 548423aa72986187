using System;
using System.IO;
using Cooperation.Domain.Tests.Documentation;
using Xunit.Sdk;

namespace Cooperation.Domain.Tests.Support;

/// <summary>
/// Keeps a committed file that is generated from the code (documentation tables, schemas) in step with it. A stale
/// file fails the test, which writes what it expected next to it as <c>*.received.*</c> (ignored by git). Setting
/// <c>COOPERATION_ACCEPT=1</c> overwrites the committed file instead: accepting is explicit and never happens on CI.
/// </summary>
public static class GeneratedFile
{
    public static void Check(string relativePath, string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        expected = expected.ReplaceLineEndings("\n");
        var path = Path.Combine(ReadmeExampleTests.RepositoryRoot(), relativePath);
        var received = Path.ChangeExtension(path, ".received" + Path.GetExtension(path));
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (actual == expected)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("COOPERATION_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(path, expected);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, expected);
        throw new XunitException(
            $"{relativePath} is {(actual is null ? "missing" : "stale")}: the code now generates {Path.GetFileName(received)}. " +
            "Review the difference, then run the tests with COOPERATION_ACCEPT=1 to accept it.");
    }
}
