using System;
using System.Collections.Generic;
using System.Text;

namespace Cooperation.Cli.Terminal;

/// <summary>Wraps text at spaces so that it fits a width; continuation lines get a hanging indent.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Splits <paramref name="text"/> into lines no wider than <paramref name="width"/> (a word longer than the width
    /// stays whole on its own line). The first line starts with <paramref name="firstPrefix"/>, the others with
    /// <paramref name="hangingIndent"/> spaces.
    /// </summary>
    public static IEnumerable<string> Wrap(string text, int width, string firstPrefix, int hangingIndent)
    {
        var line = new StringBuilder(firstPrefix);
        var lineHasWord = false;
        var indent = new string(' ', hangingIndent);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWord && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(indent);
                lineHasWord = false;
            }

            if (lineHasWord)
            {
                line.Append(' ');
            }

            line.Append(word);
            lineHasWord = true;
        }

        yield return line.ToString();
    }

    /// <summary>Shortens text to a width, ending it with "…" when it was cut.</summary>
    public static string Truncate(string text, int width)
        => text.Length <= width ? text : width <= 1 ? "…" : string.Concat(text.AsSpan(0, width - 1).TrimEnd(), "…");
}
