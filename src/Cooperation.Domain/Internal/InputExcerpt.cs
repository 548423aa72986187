using System;
using System.Globalization;
using System.Text;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Internal;

/// <summary>Renders untrusted input for error messages: quoted, shortened, invisible characters escaped.</summary>
internal static class InputExcerpt
{
    private const int MaxShownChars = 64;

    public static string Describe(ReadOnlySpan<char> input)
    {
        if (input.IsEmpty)
        {
            return "\"\" (empty)";
        }

        var builder = new StringBuilder(MaxShownChars + 32);
        builder.Append('"');
        var shown = Math.Min(input.Length, MaxShownChars);
        for (var i = 0; i < shown; i++)
        {
            var c = input[i];
            if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
        if (shown < input.Length)
        {
            builder.Append("… (").Append(input.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }
        else if (input.IsWhiteSpace())
        {
            builder.Append(" (whitespace only)");
        }

        return builder.ToString();
    }

    // Escapes anything that could hide itself or reorder the message: controls, format characters
    // (zero-width, bidi), unpaired surrogates, whitespace other than the ASCII space, and look-alikes that
    // normalization replaces (the Kelvin sign U+212A shows as "K", the ohm sign as "Ω"), so that the message
    // shows what was actually received.
    private static bool NeedsEscape(char c)
    {
        if (c is >= ' ' and < '\u007F')
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            || !Nfc.IsNormalized(new ReadOnlySpan<char>(in c));
    }
}
