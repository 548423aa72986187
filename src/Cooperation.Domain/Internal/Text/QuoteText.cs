using System;
using System.Text;

namespace Cooperation.Domain.Internal.Text;

/// <summary>
/// The form quotes and source texts are compared in: NFC (the library's own tables, so no ICU is needed), every run
/// of white space (line breaks, tabs, no-break spaces) as one space, trimmed. A quote is found when its form occurs in
/// the source's form, ordinally (case and accents count).
/// </summary>
internal static class QuoteText
{
    /// <summary>The comparison form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        var nfc = Nfc.Normalize(text);
        var builder = new StringBuilder(nfc.Length);
        AppendCollapsed(nfc, builder, int.MaxValue);
        return builder.ToString();
    }

    /// <summary>
    /// Appends <paramref name="text"/> to <paramref name="builder"/> with every run of white space as one space and none
    /// at either end (the comparison form, before NFC); false, as soon as it knows, when the result would be longer than
    /// <paramref name="limit"/>. Counts each character it reads on <paramref name="work"/>.
    /// </summary>
    public static bool AppendCollapsed(ReadOnlySpan<char> text, StringBuilder builder, int limit, WorkMeter? work = null)
    {
        var pendingSpace = false;
        foreach (var c in text)
        {
            work?.Add();
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > limit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the quote's form occurs in the normalized source text.</summary>
    public static bool Occurs(string normalizedSource, string quote) => normalizedSource.Contains(Normalize(quote), StringComparison.Ordinal);
}
