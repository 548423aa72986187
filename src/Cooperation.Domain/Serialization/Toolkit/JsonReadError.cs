using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// What every JSON reader of the library does with an error of <see cref="Utf8JsonReader"/> or of its own: tell the
/// reader's syntax errors (which know their line) from the rest, and say the message once, bounded and on one line, in
/// the library's words for the commonest cases. The catalog readers and the settings readers share it.
/// </summary>
internal static class JsonReadError
{
    /// <summary>The most characters of input that one quotation in an error message shows.</summary>
    internal const int MaxQuotedChars = 64;

    /// <summary>The most characters of one error message.</summary>
    internal const int MaxMessageChars = 1024;

    /// <summary>
    /// True for an error of the reader itself (malformed JSON: the reader's own subclass of <see cref="JsonException"/>,
    /// which knows its line and byte position); false for any other error, which is about the token the reader is on.
    /// </summary>
    internal static bool IsReaderError(Exception error, out long line, out long bytePositionInLine)
    {
        if (error is JsonException json && json.GetType() != typeof(JsonException) && json.GetType().Assembly == typeof(JsonException).Assembly && json.LineNumber is { } l)
        {
            (line, bytePositionInLine) = (l, json.BytePositionInLine ?? 0);
            return true;
        }

        (line, bytePositionInLine) = (0, 0);
        return false;
    }

    /// <summary>
    /// The message of an error, cleaned: the reader's and the serializer's position suffix (" Path: $.x | LineNumber: 3
    /// | BytePositionInLine: 9.") removed, since the position is reported once, by the caller; the commonest broken
    /// files said in the document's terms; quotations and the whole bounded (<see cref="Bounded"/>).
    /// </summary>
    internal static string Clean(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message[..at];
            }
        }

        // The reader's words for the commonest broken files, said once, in the document's terms.
        if (message.StartsWith("Expected depth to be zero at the end of the JSON payload", StringComparison.Ordinal)
            || message.Contains("reached end of data", StringComparison.Ordinal))
        {
            return "The document ends before its JSON is complete: an object, array or value is still open (is the file truncated?).";
        }

        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "The document is empty or holds only white space: there is no JSON in it.";
        }

        if (message.Contains("invalid UTF-8", StringComparison.Ordinal))
        {
            return "The text is not valid UTF-8 (save the file as UTF-8). " + Bounded(message);
        }

        // "Cannot read invalid UTF-16 JSON text as string…", "Cannot read incomplete UTF-16 JSON text…": a \uD800 alone.
        if (message.Contains("UTF-16 JSON text", StringComparison.Ordinal))
        {
            return "The text holds an unpaired surrogate escape (such as \\uD800 without its pair): it is not valid Unicode. " + Bounded(message);
        }

        return Bounded(message);
    }

    /// <summary>
    /// The message on one line and bounded: each quotation in single quotes (the reader quotes input so, and for an
    /// invalid literal the whole rest of the line) cut to <see cref="MaxQuotedChars"/>, the whole to
    /// <see cref="MaxMessageChars"/>; line breaks become spaces and other control characters <c>\uXXXX</c>.
    /// </summary>
    internal static string Bounded(string message)
    {
        if (message.Length <= MaxQuotedChars && !HasControl(message))
        {
            return message;
        }

        var builder = new StringBuilder(Math.Min(message.Length, MaxMessageChars + 1));
        var quoted = false;
        var start = 0;
        for (var i = 0; i <= message.Length; i++)
        {
            if (i < message.Length && message[i] != '\'')
            {
                continue;
            }

            var part = message.AsSpan(start, i - start);
            AppendVisible(builder, quoted && part.Length > MaxQuotedChars ? part[..MaxQuotedChars] : part);
            if (quoted && part.Length > MaxQuotedChars)
            {
                builder.Append('…');
            }

            if (i < message.Length)
            {
                builder.Append('\'');
            }

            quoted = !quoted;
            start = i + 1;
            if (builder.Length > MaxMessageChars)
            {
                break;
            }
        }

        if (builder.Length > MaxMessageChars)
        {
            builder.Length = MaxMessageChars;
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static bool HasControl(string message)
    {
        foreach (var c in message)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendVisible(StringBuilder builder, ReadOnlySpan<char> part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (c is '\r' or '\n')
            {
                // A line break (CRLF counts once) becomes one space: a message is one line.
                if (!(c == '\n' && i > 0 && part[i - 1] == '\r'))
                {
                    builder.Append(' ');
                }
            }
            else if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
