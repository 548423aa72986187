using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text;

namespace Cooperation.Cli.Terminal;

/// <summary>
/// Corrects System.CommandLine's help, which labels every argument in the "Commands:" and "Arguments:" sections
/// as <c>&lt;NAME&gt;</c>, as if it were required: an optional one is written <c>[&lt;NAME&gt;]</c>, a repeatable one
/// <c>&lt;NAME&gt;...</c>, as the usage line already does (<c>check [&lt;FILE&gt;...]</c>).
/// </summary>
internal static class HelpText
{
    private const string Indent = "  ";
    private const int Gap = 2;

    /// <summary>An argument's label: <c>&lt;ID&gt;</c>, <c>[&lt;FILE&gt;...]</c>.</summary>
    public static string Label(Argument argument)
    {
        var name = $"<{argument.HelpName ?? argument.Name}>";
        var label = argument.Arity.MaximumNumberOfValues > 1 ? name + "..." : name;
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
    }

    /// <summary>A subcommand's label in its parent's help: its name, then its arguments' labels.</summary>
    public static string Label(Command command)
        => string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(Label).Prepend(command.Name));

    /// <summary>
    /// The help of <paramref name="command"/> with its sections of subcommands and arguments written again with
    /// these labels, the descriptions aligned after the widest and wrapped to <paramref name="width"/> (none: not
    /// wrapped). A section that does not have the rows expected is left as it is.
    /// </summary>
    public static string Relabel(string help, Command command, int? width)
    {
        var lines = help.Split('\n').ToList();
        Replace(lines, "Commands:", command.Subcommands.Where(c => !c.Hidden).Select(Label).ToArray(), width);
        Replace(lines, "Arguments:", command.Arguments.Where(a => !a.Hidden).Select(Label).ToArray(), width);
        return string.Join('\n', lines);
    }

    private static void Replace(List<string> lines, string heading, string[] labels, int? width)
    {
        var start = lines.IndexOf(heading);
        if (start < 0 || labels.Length == 0)
        {
            return;
        }

        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith(Indent, StringComparison.Ordinal))
        {
            end++;
        }

        // A row starts at the indent; its description begins after the first run of two spaces; continuation lines
        // of a wrapped description are indented to that column.
        var descriptions = new List<StringBuilder>();
        foreach (var line in lines.Skip(start + 1).Take(end - start - 1))
        {
            if (line.Length > Indent.Length && line[Indent.Length] != ' ')
            {
                var gap = line.IndexOf("  ", Indent.Length, StringComparison.Ordinal);
                descriptions.Add(new StringBuilder(gap < 0 ? string.Empty : line[gap..].Trim()));
            }
            else if (descriptions.Count > 0)
            {
                descriptions[^1].Append(' ').Append(line.Trim());
            }
        }

        if (descriptions.Count != labels.Length)
        {
            return;
        }

        var column = Indent.Length + labels.Max(l => l.Length) + Gap;
        var rows = new List<string>();
        for (var i = 0; i < labels.Length; i++)
        {
            var prefix = (Indent + labels[i]).PadRight(column);
            var text = descriptions[i].ToString().Trim();
            rows.AddRange(width is { } w ? TextWrap.Wrap(text, w, prefix, column) : [prefix + text]);
        }

        lines.RemoveRange(start + 1, end - start - 1);
        lines.InsertRange(start + 1, rows.Select(r => r.TrimEnd()));
    }
}
