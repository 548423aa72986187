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
        var pendingSpace = false;
        foreach (var c in nfc)
        {
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
        }

        return builder.ToString();
    }

    /// <summary>True when the quote's form occurs in the normalized source text.</summary>
    public static bool Occurs(string normalizedSource, string quote) => normalizedSource.Contains(Normalize(quote), StringComparison.Ordinal);
}
