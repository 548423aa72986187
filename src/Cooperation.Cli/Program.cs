using Cooperation.Cli.Terminal;

namespace Cooperation.Cli;

/// <summary>The entry point: the process's streams and environment handed to the command tree.</summary>
internal static class Program
{
    private static int Main(string[] args) => CooperationCli.Run(args, CliConsole.FromProcess());
}
