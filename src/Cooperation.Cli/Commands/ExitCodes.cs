namespace Cooperation.Cli.Commands;

/// <summary>The process's exit codes, the same for every command (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done: no errors in the data, or the thing asked for was found.</summary>
    public const int Success = 0;

    /// <summary>The data has errors (<c>check</c>), or nothing matched (<c>show</c>, <c>countries find</c>).</summary>
    public const int Failure = 1;

    /// <summary>The command could not run: an input cannot be read, or an argument is invalid.</summary>
    public const int CannotRun = 2;
}
