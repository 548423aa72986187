using System;
using System.IO;
using System.Text;
using NodaTime;

namespace Cooperation.Cli.Terminal;

/// <summary>
/// What a command may touch of the outside world: its output streams, whether they are terminals, the environment and
/// today's date. The process supplies the real ones; tests supply their own, so every command runs in process.
/// </summary>
internal sealed class CliConsole
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public CliConsole(
        Stream standardOutput,
        TextWriter error,
        bool isOutputTerminal,
        bool isErrorTerminal,
        Func<string, string?> environment,
        LocalDate today,
        int? terminalWidth = null,
        Func<Stream>? standardInput = null)
    {
        StandardOutput = standardOutput;
        Out = new StreamWriter(standardOutput, Utf8NoBom, 16 * 1024, leaveOpen: true) { NewLine = "\n", AutoFlush = false };
        Error = error;
        IsOutputTerminal = isOutputTerminal;
        IsErrorTerminal = isErrorTerminal;
        Environment = environment;
        Today = today;
        TerminalWidth = terminalWidth;
        _standardInput = standardInput ?? (static () => Stream.Null);
    }

    private readonly Func<Stream> _standardInput;

    /// <summary>Opens standard input (the file argument "-"); an empty stream unless the process or a test supplies one.</summary>
    public Stream OpenStandardInput() => _standardInput();

    /// <summary>The raw standard output, for UTF-8 documents (JSON, SARIF, iCalendar). Flush <see cref="Out"/> first.</summary>
    public Stream StandardOutput { get; }

    /// <summary>Standard output as text (UTF-8, "\n" line ends).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: messages, warnings, progress.</summary>
    public TextWriter Error { get; }

    public bool IsOutputTerminal { get; }

    public bool IsErrorTerminal { get; }

    public Func<string, string?> Environment { get; }

    /// <summary>The default as-of date of commands that need one.</summary>
    public LocalDate Today { get; }

    /// <summary>The terminal's width when standard output is one and it is known.</summary>
    public int? TerminalWidth { get; }

    /// <summary>Colour only on a terminal, and never when <c>NO_COLOR</c> is set to anything (https://no-color.org).</summary>
    public bool UseColor => IsOutputTerminal && string.IsNullOrEmpty(Environment("NO_COLOR"));

    /// <summary>Text fits 80 columns, or a narrower terminal.</summary>
    public int Width => TerminalWidth is > 20 and < 80 ? TerminalWidth.Value : 80;

    /// <summary>The process's console.</summary>
    public static CliConsole FromProcess()
    {
        var error = new StreamWriter(Console.OpenStandardError(), Utf8NoBom) { NewLine = "\n", AutoFlush = true };
        int? width = null;
        if (!Console.IsOutputRedirected)
        {
            try
            {
                width = Console.WindowWidth;
            }
            catch (IOException)
            {
                width = null;
            }
        }

        return new CliConsole(
            Console.OpenStandardOutput(),
            error,
            !Console.IsOutputRedirected,
            !Console.IsErrorRedirected,
            System.Environment.GetEnvironmentVariable,
            LocalDate.FromDateTime(DateTime.Now),
            width,
            Console.OpenStandardInput);
    }
}
