using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Cooperation.Domain.Tests.Documentation;
using Xunit.Sdk;

namespace Cooperation.Domain.Tests.Support;

/// <summary>
/// Approval snapshots in Verify's conventions: <c>Snapshots/{Class}.{Method}.verified.{ext}</c> is committed and
/// compared with what the test produces; on a difference the produced text is written next to it as
/// <c>{Class}.{Method}.received.{ext}</c> (ignored by git) and the test fails with a message that lists both files.
/// Accepting is explicit: with <c>COOPERATION_ACCEPT=1</c> the received text replaces the verified file, except when
/// <c>CI=true</c>, where nothing is ever accepted. Files are found through the test assembly's <c>RepositoryRoot</c>
/// metadata, not the compiler's file paths (which CI builds rewrite).
/// </summary>
public static class Snapshot
{
    /// <summary>The committed snapshots' folder.</summary>
    public static string Directory { get; } = Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Snapshots");

    /// <summary>Compares <paramref name="content"/> with the snapshot of the calling test method.</summary>
    /// <param name="test">The test class instance (its type names the file).</param>
    /// <param name="content">What the test produced; line ends are compared as LF.</param>
    /// <param name="extension">The file extension, without the dot.</param>
    /// <param name="method">The test method (filled in by the compiler).</param>
    public static void Verify(object test, string content, string extension = "txt", [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(test);
        Check(Directory, $"{test.GetType().Name}.{method}", extension, content, ShouldAccept(Environment.GetEnvironmentVariable));
    }

    /// <summary>
    /// True when accepting is asked for (<c>COOPERATION_ACCEPT=1</c>) and this is not a CI run: <c>CI</c> set to
    /// anything but "false" or "0", or the markers of common CI systems (<c>TF_BUILD</c>, <c>GITHUB_ACTIONS</c>,
    /// <c>JENKINS_URL</c>), means CI.
    /// </summary>
    /// <param name="environment">Reads an environment variable.</param>
    public static bool ShouldAccept(Func<string, string?> environment)
        => environment("COOPERATION_ACCEPT") == "1" && !IsContinuousIntegration(environment);

    private static bool IsContinuousIntegration(Func<string, string?> environment)
        => environment("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase)
            || !string.IsNullOrEmpty(environment("TF_BUILD")) || !string.IsNullOrEmpty(environment("GITHUB_ACTIONS")) || !string.IsNullOrEmpty(environment("JENKINS_URL"));

    /// <summary>Compares, and on a difference writes <c>.received</c> (or accepts) and throws.</summary>
    /// <param name="directory">The snapshots' folder.</param>
    /// <param name="name">"{Class}.{Method}".</param>
    /// <param name="extension">The extension, without the dot.</param>
    /// <param name="content">The produced text.</param>
    /// <param name="accept">Overwrite the verified file instead of failing.</param>
    public static void Check(string directory, string name, string extension, string content, bool accept)
    {
        ArgumentNullException.ThrowIfNull(content);
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        CheckFile(verified, received, content, accept);
    }

    /// <summary>The comparison shared with <see cref="GeneratedFile"/>: paths given in full.</summary>
    /// <param name="verified">The committed file.</param>
    /// <param name="received">Where to write what was produced on a difference.</param>
    /// <param name="content">The produced text.</param>
    /// <param name="accept">Overwrite the verified file instead of failing.</param>
    public static void CheckFile(string verified, string received, string content, bool accept)
    {
        content = content.ReplaceLineEndings("\n");
        var existing = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (existing == content)
        {
            File.Delete(received);
            return;
        }

        if (accept)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
            File.WriteAllText(verified, content);
            File.Delete(received);
            return;
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, content);
        throw new XunitException(
            $"Snapshot {(existing is null ? "is new" : "changed")}:\n" +
            $"  received: {received}\n" +
            $"  verified: {verified}{(existing is null ? " (missing)" : string.Empty)}\n" +
            "Review the difference, then run the tests with COOPERATION_ACCEPT=1 to accept it (never on CI).");
    }

    /// <summary>
    /// Verified files that no test produces: "{Class}.{Method}.verified.*" whose class has no test method of that
    /// name in <paramref name="tests"/>, all but the newest of several extensions for one test (a test writes one
    /// file), and any file of a test class whose short name two classes share (their files would collide).
    /// </summary>
    /// <param name="directory">The snapshots' folder.</param>
    /// <param name="tests">The test assembly.</param>
    public static IReadOnlyList<string> FindStale(string directory, Assembly tests)
    {
        var classes = tests.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())).ToList();
        var ambiguous = classes.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var testMethods = classes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var files = System.IO.Directory.EnumerateFiles(directory, "*.verified.*")
            .Select(path => (Path: path, Name: Path.GetFileName(path)!, Test: Path.GetFileName(path)![..Path.GetFileName(path)!.IndexOf(".verified.", StringComparison.Ordinal)]))
            .ToList();
        var stale = files.Where(f => !testMethods.Contains(f.Test) || ambiguous.Contains(f.Test[..f.Test.IndexOf('.', StringComparison.Ordinal)])).Select(f => f.Name).ToList();
        foreach (var group in files.GroupBy(f => f.Test, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            stale.AddRange(group.OrderByDescending(f => File.GetLastWriteTimeUtc(f.Path)).ThenBy(f => f.Name, StringComparer.Ordinal).Skip(1).Select(f => f.Name));
        }

        return stale.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
