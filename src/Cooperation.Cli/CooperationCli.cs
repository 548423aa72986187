using System;
using System.IO;
using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;
using Cooperation.Cli.Commands;
using Cooperation.Cli.Input;
using Cooperation.Cli.Terminal;

namespace Cooperation.Cli;

/// <summary>
/// The <c>cooperation</c> command: builds the command tree and runs it against a <see cref="CliConsole"/>. Argument
/// errors and unreadable input exit with <see cref="ExitCodes.CannotRun"/> and one message on standard error.
/// </summary>
internal static class CooperationCli
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "Validate international cooperation catalogs (mechanisms, meetings, delegations) against the Cooperation.Domain rules, " +
            "and explore the reference catalog built from public source documents.")
        {
            CheckCommand.Create(console),
            ListCommand.Create(console),
            ShowCommand.Create(console),
            DueCommand.Create(console),
            CountriesCommand.Create(console),
            ExportCommand.Create(console),
        };
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            var result = Build(console).Parse(args);
            if (result.Errors.Count > 0 && result.Action is not HelpAction)
            {
                foreach (var error in result.Errors)
                {
                    console.Error.WriteLine($"cooperation: error: {error.Message}");
                }

                console.Error.WriteLine($"Run \"{(result.CommandResult.Command is RootCommand ? "cooperation" : "cooperation " + CommandPath(result.CommandResult.Command))} --help\" for usage.");
                return ExitCodes.CannotRun;
            }

            var exit = result.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });

            // Flushed here, not only in finally, so that output that cannot be written is an error, not a success.
            console.Out.Flush();
            console.StandardOutput.Flush();
            return exit;
        }
        catch (CliException e)
        {
            console.Error.WriteLine($"cooperation: error: {e.Message}");
            return ExitCodes.CannotRun;
        }
        catch (IOException e)
        {
            // Inputs are read through CatalogLoader, which names them; what is left is the output (a full disk). A
            // reader that stops early (`| head`) is not an error: the console stream ignores a closed pipe.
            console.Error.WriteLine($"cooperation: error: cannot write the output: {e.Message}");
            return ExitCodes.CannotRun;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"cooperation: internal error (a bug in the tool; please report it with this text): {e}");
            return ExitCodes.CannotRun;
        }
        finally
        {
            Flush(console);
        }
    }

    private static void Flush(CliConsole console)
    {
        try
        {
            console.Out.Flush();
            console.StandardOutput.Flush();
            console.Error.Flush();
        }
        catch (IOException)
        {
            // Already reported as an error, or the reader of the output has gone: nothing more to say.
        }
    }

    private static string CommandPath(Command command)
    {
        var names = new System.Collections.Generic.List<string>();
        for (Symbol? symbol = command; symbol is Command c && c is not RootCommand; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }
}
