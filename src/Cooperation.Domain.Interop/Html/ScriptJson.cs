using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Cooperation.Domain.Interop;

/// <summary>
/// JSON that can sit inside an HTML <c>&lt;script&gt;</c> element: every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and
/// quote is written as a <c>\u</c> escape, so catalog text cannot end the element (<c>&lt;/script&gt;</c>) or open a
/// comment (<c>&lt;!--</c>), and U+2028 and U+2029, which some script parsers take for line ends, are escaped too.
/// Other letters of every script stay as they are, which keeps Spanish text short.
/// </summary>
internal static class ScriptJson
{
    /// <summary>The encoder: all of Unicode allowed, except what <see cref="JavaScriptEncoder"/> always escapes (the HTML-sensitive characters, controls, line and paragraph separators, and characters outside the BMP).</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The writer options: compact, with <see cref="Encoder"/>.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = Encoder, Indented = false };
}
