using System;
using System.Diagnostics;
using System.IO;

namespace Cooperation.Cli.Tests.Support;

/// <summary>The tool as a real process: real exit codes, real streams (standard input a pipe), a working folder of its own.</summary>
internal static class ToolProcess
{
    /// <summary>Runs the tool in <paramref name="folder"/> (or this one) with standard input a pipe that gives <paramref name="input"/>, then ends.</summary>
    public static (int ExitCode, string Output, string Error) Run(string? folder, byte[]? input, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder ?? Environment.CurrentDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cooperation.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
        }

        process.StandardInput.Close();
        // A guard against a hang only, generous enough for the slowest run (a 200 MB catalog on a loaded machine).
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill();
            throw new Xunit.Sdk.XunitException($"cooperation {string.Join(' ', args)} did not end.");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
