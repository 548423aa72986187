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
        // Verify's convention: "X.verified.json" is compared, "X.received.json" holds what the test produced.
        var name = Path.GetFileName(path);
        var received = Path.Combine(
            Path.GetDirectoryName(path)!,
            name.Contains(".verified.", StringComparison.Ordinal)
                ? name.Replace(".verified.", ".received.", StringComparison.Ordinal)
                : Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
        try
        {
            Snapshot.CheckFile(path, received, expected, Snapshot.ShouldAccept(Environment.GetEnvironmentVariable));
        }
        catch (XunitException e)
        {
            throw new XunitException(
                $"{relativePath} is {(File.Exists(path) ? "stale" : "missing")}: the code now generates {received}. " +
                "Review the difference, then run the tests with COOPERATION_ACCEPT=1 to accept it (never on CI).",
                e);
        }
    }
}
