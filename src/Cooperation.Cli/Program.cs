using Cooperation.Cli;
using Cooperation.Cli.Terminal;

return CooperationCli.Run(args, CliConsole.FromProcess());
