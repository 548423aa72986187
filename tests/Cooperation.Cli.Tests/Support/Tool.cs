using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Cooperation.Cli.Terminal;
using NodaTime;

namespace Cooperation.Cli.Tests.Support;

/// <summary>What one run of the tool wrote, and its exit code.</summary>
internal sealed record CliResult(int ExitCode, byte[] StandardOutput, string StandardError)
{
    public string Output => Encoding.UTF8.GetString(StandardOutput);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.None)[..^1];

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{StandardError}";
}

/// <summary>Runs the tool in process against a console whose streams, terminal flags, environment and date the test sets.</summary>
internal static class Tool
{
    /// <summary>The date every run takes as today, unless a test says otherwise.</summary>
    public static readonly LocalDate Today = new(2026, 11, 27);

    public static CliResult Run(params string[] args) => Run(new CliOptions(), args);

    public static CliResult Run(CliOptions options, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var environment = options.Environment ?? new Dictionary<string, string>();
        var console = new CliConsole(output, error, options.OutputIsTerminal, options.ErrorIsTerminal, name => environment.GetValueOrDefault(name), options.Today ?? Today, options.Width,
            options.StandardInput is { } input ? () => new MemoryStream(input, writable: false) : null);
        var exit = CooperationCli.Run(args, console);
        return new CliResult(exit, output.ToArray(), error.ToString());
    }
}

/// <summary>The console a run sees.</summary>
internal sealed record CliOptions(
    bool OutputIsTerminal = false,
    bool ErrorIsTerminal = false,
    IReadOnlyDictionary<string, string>? Environment = null,
    LocalDate? Today = null,
    int? Width = null,
    byte[]? StandardInput = null);
