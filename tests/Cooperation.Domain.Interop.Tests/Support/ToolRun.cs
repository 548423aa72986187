namespace Cooperation.Domain.Interop.Tests.Support;

/// <summary>What a program run printed, and its exit code; deconstructs to the code and both outputs together.</summary>
public sealed record ToolRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output, then standard error.</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>The exit code and both outputs together.</summary>
    public void Deconstruct(out int exitCode, out string output)
    {
        exitCode = ExitCode;
        output = Output;
    }
}
