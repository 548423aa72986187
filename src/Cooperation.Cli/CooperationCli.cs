using System;
using System.Collections.Generic;
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
            FmtCommand.Create(console),
            DiffCommand.Create(console),
            ExtractCommand.Create(console),
            MergeCommand.Create(console),
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
                var command = result.CommandResult.Command;
                foreach (var message in ErrorMessages(result, command))
                {
                    console.Error.WriteLine($"cooperation: error: {message}");
                }

                console.Error.WriteLine($"Run \"{FullName(command)} --help\" for usage.");
                return ExitCodes.CannotRun;
            }

            if (result.Action is HelpAction)
            {
                // System.CommandLine labels a subcommand's arguments as if they were required ("check <FILE>"); the
                // help is written with labels that tell optional and repeatable arguments apart ("check [<FILE>...]").
                using var help = new StringWriter { NewLine = "\n" };
                var helpExit = result.Invoke(new InvocationConfiguration { Output = help, Error = console.Error, EnableDefaultExceptionHandler = false });
                console.Out.Write(HelpText.Relabel(help.ToString(), result.CommandResult.Command, console.IsOutputTerminal ? console.TerminalWidth : null));
                console.Out.Flush();
                return helpExit;
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

    // One clear message for a mistyped command ("'chek' is not a cooperation command", with the nearest ones) or for
    // arguments beyond those the command takes; System.CommandLine's own messages otherwise.
    private static IEnumerable<string> ErrorMessages(ParseResult result, Command command)
    {
        var unmatched = result.UnmatchedTokens;
        var first = unmatched.Count > 0 && !unmatched[0].StartsWith('-') ? unmatched[0] : null;
        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
        if (commands.Length > 0 && first is not null)
        {
            var nearest = Suggestions.Nearest(first, commands, maxEdits: 2, max: 3);
            return
            [
                $"'{first}' is not a {FullName(command)} command. " + (nearest.Count > 0
                    ? $"Did you mean {Suggestions.Alternatives(nearest)}?"
                    : $"The commands are {Suggestions.Alternatives(commands, "and")}."),
            ];
        }

        if (commands.Length > 0 && command.Action is null && unmatched.Count == 0)
        {
            return [$"{FullName(command)} needs a command: {Suggestions.Alternatives(commands)}."];
        }

        if (first is not null && unmatched.All(t => !t.StartsWith('-')))
        {
            var arguments = command.Arguments.Where(a => !a.Hidden).ToArray();
            var takes = arguments.Sum(a => a.Arity.MaximumNumberOfValues);
            var named = arguments.Length > 0 ? $" ({string.Join(", ", arguments.Select(a => a.HelpName ?? a.Name))})" : string.Empty;
            var extra = Suggestions.Alternatives(unmatched, "and");
            return [$"{FullName(command)} takes {Suggestions.Count(takes, "argument", none: "no arguments")}{named}; {extra} {(unmatched.Count == 1 ? "is one" : $"are {unmatched.Count}")} too many."];
        }

        return result.Errors.Select(e => e.Message);
    }

    private static string FullName(Command command) => command is RootCommand ? "cooperation" : "cooperation " + CommandPath(command);

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c && c is not RootCommand; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }
}
