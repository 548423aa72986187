using System;
using System.Text;

namespace Cooperation.Domain;

/// <summary>Text made safe for the Markdown formats (a pull-request comment): code spans and escaped running text.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// A code span that holds any text, shortened (<see cref="TextExcerpt"/>): delimited by more backticks than the
    /// text's longest run, padded when it starts or ends with a backtick, with "|" escaped for a table cell; empty for
    /// null or empty text.
    /// </summary>
    public static string Code(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        text = TextExcerpt.Shorten(text).Replace("|", "\\|", StringComparison.Ordinal);
        var (run, longest) = (0, 0);
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text[0] == '`' || text[^1] == '`' ? " " : string.Empty;
        return new StringBuilder(fence).Append(pad).Append(text).Append(pad).Append(fence).ToString();
    }

    /// <summary>Running text with Markdown's own characters escaped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
