using System;
using System.Buffers;
using System.Text;

namespace Cooperation.Domain.Interop;

/// <summary>
/// The two rules of RFC 5545 that every line of an iCalendar file follows: TEXT values escaped (§3.3.11: backslash,
/// semicolon, comma and line breaks; the other control characters, which TEXT does not allow, dropped) and content
/// lines folded at 75 octets (§3.1), never inside a UTF-8 sequence, each ended by CRLF.
/// </summary>
internal static class ContentLine
{
    private const int FirstLineOctets = 75;

    /// <summary>A TEXT value escaped: <c>\\</c>, <c>\;</c>, <c>\,</c>, <c>\n</c> for CRLF, CR or LF; other control characters but tab dropped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("\\;,\r\n") < 0 && !HasControl(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r':
                    escaped.Append("\\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append("\\n");
                    break;
                case '\t':
                    escaped.Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Writes one content line, folded at 75 octets without splitting a UTF-8 sequence, and its CRLF.</summary>
    public static void Write(string line, IBufferWriter<byte> output)
    {
        var length = Encoding.UTF8.GetByteCount(line);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var bytes = rented.AsSpan(0, Encoding.UTF8.GetBytes(line, rented));
            var limit = FirstLineOctets;
            while (bytes.Length > limit)
            {
                // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
                var cut = limit;
                while ((bytes[cut] & 0xC0) == 0x80)
                {
                    cut--;
                }

                Append(bytes[..cut], output);
                Append("\r\n "u8, output);
                bytes = bytes[cut..];
                limit = FirstLineOctets - 1; // the leading space of a continuation line counts
            }

            Append(bytes, output);
            Append("\r\n"u8, output);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void Append(ReadOnlySpan<byte> bytes, IBufferWriter<byte> output)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\t')
            {
                return true;
            }
        }

        return false;
    }
}
