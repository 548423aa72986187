using System.Collections.Frozen;
using System.Collections.Generic;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;

namespace Cooperation.Cli.Output;

/// <summary>
/// A readable record for <c>show</c>: a title, "key  value" lines with values wrapped under their column, and
/// sections of bulleted lines, all within the console's width. Keys are given in English and shown in the sheet's
/// language.
/// </summary>
internal sealed class Sheet(CliConsole console, Language language)
{
    private const int KeyWidth = 14;
    private const string Indent = "  ";

    private static readonly FrozenDictionary<string, string> Spanish = new Dictionary<string, string>
    {
        ["acronyms"] = "siglas",
        ["also"] = "también",
        ["cadence"] = "cadencia",
        ["country"] = "país",
        ["date"] = "fecha",
        ["dates"] = "fechas",
        ["delegations"] = "delegaciones",
        ["dissolved"] = "disuelto",
        ["established"] = "establecido",
        ["id"] = "id",
        ["issuers"] = "emisores",
        ["kind"] = "tipo",
        ["language"] = "idioma",
        ["mechanism"] = "mecanismo",
        ["mechanisms"] = "mecanismos",
        ["meetings"] = "reuniones",
        ["ordinal"] = "ordinal",
        ["origin"] = "origen",
        ["outcomes"] = "resultados",
        ["parent"] = "superior",
        ["parties"] = "partes",
        ["predecessor"] = "predecesor",
        ["presidencies"] = "presidencias",
        ["publisher"] = "editor",
        ["scope"] = "ámbito",
        ["sources"] = "fuentes",
        ["status"] = "estado",
        ["successor"] = "sucesor",
        ["topics"] = "temas",
        ["url"] = "dirección",
        ["venue"] = "sede",
    }.ToFrozenDictionary(System.StringComparer.Ordinal);

    private string Word(string key) => language == Language.Spanish ? Spanish[key] : key;

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

        var prefix = Indent + Ansi.Dim(Word(key).PadRight(KeyWidth), console.UseColor) + " ";
        var plainPrefix = Indent + Word(key).PadRight(KeyWidth) + " ";
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
                console.Out.WriteLine(Indent + Ansi.Dim(Word(heading), console.UseColor));
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

    public void Heading(string heading) => console.Out.WriteLine(Indent + Ansi.Dim(Word(heading), console.UseColor));

    public void Blank() => console.Out.WriteLine();
}
