using System.Collections.Generic;
using Cooperation.Cli.Terminal;

namespace Cooperation.Cli.Output;

/// <summary>
/// A readable record for <c>show</c>: a title, "key  value" lines with values wrapped under their column, and
/// sections of bulleted lines, all within the console's width.
/// </summary>
internal sealed class Sheet(CliConsole console)
{
    private const int KeyWidth = 14;
    private const string Indent = "  ";

    public void Title(string title)
    {
        foreach (var line in TextWrap.Wrap(title, console.Width, string.Empty, 2))
        {
            console.Out.WriteLine(Ansi.Bold(line, console.UseColor));
        }
    }

    public void Field(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var prefix = Indent + Ansi.Dim(key.PadRight(KeyWidth), console.UseColor) + " ";
        var plainPrefix = Indent + key.PadRight(KeyWidth) + " ";
        var first = true;
        foreach (var line in TextWrap.Wrap(value, console.Width, plainPrefix, plainPrefix.Length))
        {
            console.Out.WriteLine(first ? prefix + line[plainPrefix.Length..] : line);
            first = false;
        }
    }

    public void Section(string heading, IEnumerable<string> items, int depth = 1)
    {
        var any = false;
        foreach (var item in items)
        {
            if (!any)
            {
                console.Out.WriteLine(Indent + Ansi.Dim(heading, console.UseColor));
                any = true;
            }

            Item(item, depth);
        }
    }

    public void Item(string text, int depth)
    {
        var bullet = new string(' ', (depth + 1) * 2) + "- ";
        foreach (var line in TextWrap.Wrap(text, console.Width, bullet, bullet.Length))
        {
            console.Out.WriteLine(line);
        }
    }

    public void Heading(string heading) => console.Out.WriteLine(Indent + Ansi.Dim(heading, console.UseColor));

    public void Blank() => console.Out.WriteLine();
}
