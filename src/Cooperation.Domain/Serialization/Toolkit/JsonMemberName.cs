using System;
using System.Globalization;
using System.Text;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Member names as error paths show them: decoded as the reader compares them (<c>"\u0066ormat"</c> is <c>format</c>),
/// without failing on what cannot be decoded (bytes that are not UTF-8 become U+FFFD, an unpaired surrogate escape stays
/// a lone surrogate), and written into a path in a bounded, visible form.
/// </summary>
internal static class JsonMemberName
{
    /// <summary>The most characters of one name a path shows; longer names are cut and marked with "…".</summary>
    public const int MaxShownChars = 64;

    /// <summary>Decodes a name token's raw bytes (between the quotes) leniently.</summary>
    /// <param name="raw">The token's bytes as the reader gives them (<c>ValueSpan</c>).</param>
    /// <param name="escaped">Whether the token holds escapes (<c>ValueIsEscaped</c>).</param>
    public static string Decode(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var text = new StringBuilder(raw.Length);
        while (!raw.IsEmpty)
        {
            var slash = raw.IndexOf((byte)'\\');
            if (slash < 0)
            {
                text.Append(Encoding.UTF8.GetString(raw));
                break;
            }

            text.Append(Encoding.UTF8.GetString(raw[..slash]));
            raw = raw[slash..];
            if (raw.Length < 2)
            {
                text.Append('\\');
                break;
            }

            var escape = raw[1];
            if (escape == (byte)'u' && raw.Length >= 6 && TryHex(raw.Slice(2, 4), out var unit))
            {
                text.Append((char)unit);
                raw = raw[6..];
                continue;
            }

            text.Append(escape switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)escape,
            });
            raw = raw[2..];
        }

        // Escaped surrogate pairs were appended unit by unit, which joins them; lone ones stay lone.
        return text.ToString();
    }

    /// <summary>The path of a member: <c>.name</c> for a plain name, otherwise <c>['a b']</c>, shortened and with controls, quotes and surrogates escaped.</summary>
    public static StringBuilder AppendTo(StringBuilder path, string name)
    {
        if (IsPlain(name) && name.Length <= MaxShownChars)
        {
            return path.Append('.').Append(name);
        }

        path.Append("['");
        var shown = 0;
        for (var i = 0; i < name.Length && shown < MaxShownChars; i++, shown++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                path.Append(c).Append(name[++i]);
            }
            else if (c is '\'' or '\\')
            {
                path.Append('\\').Append(c);
            }
            else if (c < ' ' || c == '\u007F' || char.IsSurrogate(c))
            {
                path.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                path.Append(c);
            }
        }

        if (shown == MaxShownChars && name.Length > MaxShownChars)
        {
            path.Append('…');
        }

        return path.Append("']");
    }

    /// <summary>"$.name", or "$['a b']" for a name that is not plain.</summary>
    public static string Path(string name) => AppendTo(new StringBuilder("$"), name).ToString();

    private static bool IsPlain(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var d in digits)
        {
            var v = d switch
            {
                >= (byte)'0' and <= (byte)'9' => d - '0',
                >= (byte)'a' and <= (byte)'f' => d - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => d - 'A' + 10,
                _ => -1,
            };
            if (v < 0)
            {
                return false;
            }

            value = (value << 4) | v;
        }

        return true;
    }
}
