using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Cooperation.Domain.Interop.Tests.Support;

/// <summary>
/// The outside clients the exports are checked with, found on this machine: a Python with a module (jsonschema for
/// the Popolo schemas, icalendar for the second iCalendar reader), the FollowTheMoney model that <c>.ci/run</c>
/// installs from npm and names in <c>COOPERATION_FTM_MODEL</c>, and the checkers of <c>tools/interop/</c>.
/// </summary>
public static class ExternalClients
{
    private static readonly ConcurrentDictionary<string, string?> Pythons = new(StringComparer.Ordinal);

    /// <summary>Whether this run is CI's, where a missing client fails instead of skipping.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository's root.</summary>
    public static string RepositoryRoot { get; } = typeof(ExternalClients).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The folder of the Popolo schemas, beside the repository.</summary>
    public static string PopoloSchemas => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "interop", "popolo"));

    /// <summary>The FollowTheMoney model file (<c>dist/defaultModel.json</c> of npm's <c>@alephdata/followthemoney</c>), or null.</summary>
    public static string? FtmModel => Environment.GetEnvironmentVariable("COOPERATION_FTM_MODEL") is { Length: > 0 } path ? path : null;

    /// <summary>The folder whose <c>node_modules</c> hold npm's <c>puppeteer-core</c> and <c>axe-core</c> (<c>COOPERATION_NODE_MODULES</c>, set by <c>.ci/run</c>), or null.</summary>
    public static string? NodeModules => Environment.GetEnvironmentVariable("COOPERATION_NODE_MODULES") is { Length: > 0 } path
        && File.Exists(Path.Combine(path, "node_modules", "puppeteer-core", "package.json"))
        && File.Exists(Path.Combine(path, "node_modules", "axe-core", "axe.min.js")) ? path : null;

    /// <summary>The Chromium executable: <c>COOPERATION_CHROMIUM</c>, or the PATH's <c>chromium</c>; or null.</summary>
    public static string? Chromium => new[] { Environment.GetEnvironmentVariable("COOPERATION_CHROMIUM"), OnPath("chromium") }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>A Python interpreter that imports <paramref name="module"/>: <c>COOPERATION_PYTHON</c>, the PATH's python3, Debian's; or null.</summary>
    public static string? Python(string module) => Pythons.GetOrAdd(module, m =>
        new[] { Environment.GetEnvironmentVariable("COOPERATION_PYTHON"), OnPath("python3"), "/usr/bin/python3" }
            .Where(p => !string.IsNullOrEmpty(p) && File.Exists(p))
            .Distinct(StringComparer.Ordinal)
            .FirstOrDefault(p => Run(p!, ["-c", $"import {m}"]).ExitCode == 0));

    /// <summary>Why a client is missing, or null when it is there.</summary>
    public static string? Missing(string client) => client switch
    {
        "jsonschema" or "icalendar" => Python(client) is null ? $"no Python here imports {client} (.ci/run installs Debian's python3-{client})" : null,
        "ftm-model" => FtmModel is null ? "COOPERATION_FTM_MODEL is not set: .ci/run installs @alephdata/followthemoney from npm and sets it" : null,
        "chromium" => Chromium is null ? "no chromium here (.ci/run installs Debian's chromium; or set COOPERATION_CHROMIUM)"
            : OnPath("node") is null ? "node is not on the PATH (.ci/run installs Debian's npm)"
            : NodeModules is null ? "COOPERATION_NODE_MODULES does not name a folder with puppeteer-core and axe-core: .ci/run installs them from npm and sets it" : null,
        "python3" => Python("json") is null ? "python3 is not on the PATH" : null,
        _ => throw new ArgumentException($"Unknown client {client}.", nameof(client)),
    };

    /// <summary>Runs a checker of <c>tools/interop/</c> with the Python that has <paramref name="module"/>.</summary>
    public static ToolRun RunTool(string module, string script, params string[] arguments)
    {
        var python = Python(module) ?? throw new InvalidOperationException(Missing(module));
        return Run(python, [Path.Combine(RepositoryRoot, "tools", "interop", script), .. arguments]);
    }

    /// <summary>Runs <c>tools/interop/check_timeline.mjs</c> on a page in headless Chromium and returns what it printed.</summary>
    /// <param name="page">The page's path.</param>
    /// <param name="country">The country code to filter by.</param>
    /// <param name="options">More arguments: <c>--large</c> for the checks of a large catalog.</param>
    public static ToolRun RunBrowser(string page, string country, params string[] options)
        => Run(OnPath("node")!, [Path.Combine(RepositoryRoot, "tools", "interop", "check_timeline.mjs"), NodeModules!, Chromium!, page, country, .. options]);

    /// <summary>Runs a program and waits for it (at most two minutes).</summary>
    public static ToolRun Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in two minutes.");
        }

        return new ToolRun(process.ExitCode, output, error.Result);
    }

    private static string? OnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, name))
        .FirstOrDefault(File.Exists);
}
