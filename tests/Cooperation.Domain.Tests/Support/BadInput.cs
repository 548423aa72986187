using System.Collections.Generic;

namespace Cooperation.Domain.Tests.Support;

/// <summary>The hostile inputs every parser is tried with.</summary>
public static class BadInput
{
    public static readonly string OneMegabyte = new('a', 1024 * 1024);

    public static IEnumerable<string> Strings()
    {
        yield return "";
        yield return " ";
        yield return "\t\r\n";
        yield return OneMegabyte;
        yield return new string('8', 1024 * 1024);
        yield return "\u0000";
        yield return "MX\u0000";
        yield return "M\u200BX";          // zero-width space
        yield return "\u202EXM";          // right-to-left override
        yield return "\u200FMX";          // right-to-left mark
        yield return "\uFEFFMX";          // byte-order mark
        yield return "\uFF2D\uFF38";      // fullwidth MX
        yield return "\u0664\u0668\u0664"; // Arabic-Indic 484
        yield return "\uFF14\uFF18\uFF14"; // fullwidth 484
        yield return "\u0130T";           // Turkish dotted capital I
        yield return "\u0131t";           // Turkish dotless i
        yield return "\u212AE";           // Kelvin sign
        yield return "\u017F";            // long s
        yield return "\uD800";            // lone high surrogate
        yield return "\uDC00x";           // lone low surrogate
    }

    /// <summary>
    /// The strings as theory data. xunit's serialization of theory cases turns the lone surrogates into U+FFFD, so
    /// <c>BadInputMatrixTests</c> passes inputs by index to cover them exactly.
    /// </summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var s in Strings())
        {
            data.Add(s);
        }

        return data;
    }
}
