using System;

namespace Cooperation.Domain;

/// <summary>How the text formats shorten a value (a member's JSON, a quote) that would not fit on a line.</summary>
internal static class TextExcerpt
{
    /// <summary>Values longer than this are shortened, in text and Markdown, to this many characters ending with "…".</summary>
    public const int MaxLength = 80;

    /// <summary>The text, or its first 79 characters and "…" (never half of a surrogate pair).</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = MaxLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
