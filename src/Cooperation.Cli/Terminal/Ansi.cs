using Cooperation.Domain.Rules;

namespace Cooperation.Cli.Terminal;

/// <summary>ANSI colours for a terminal; the empty string when colour is off.</summary>
internal static class Ansi
{
    private const string Reset = "\u001b[0m";

    public static string Paint(string text, string code, bool enabled) => enabled ? $"\u001b[{code}m{text}{Reset}" : text;

    public static string Bold(string text, bool enabled) => Paint(text, "1", enabled);

    public static string Dim(string text, bool enabled) => Paint(text, "2", enabled);

    public static string ForSeverity(string text, Severity severity, bool enabled) => severity switch
    {
        Severity.Error => Paint(text, "31;1", enabled),
        Severity.Warning => Paint(text, "33", enabled),
        _ => Paint(text, "36", enabled),
    };
}
