using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace Cooperation.Domain.Interop;

/// <summary>
/// CSV as every CSV export of the library and the tool writes it: RFC 4180 (a field with a comma, a double quote, a
/// CR or an LF is quoted, its quotes doubled; CRLF after each record; UTF-8 without a byte order mark), and safe to
/// open in a spreadsheet: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR, which a
/// spreadsheet would run as a formula, gets a leading apostrophe (<c>'=SUM(A1)</c>), and so does a cell that starts
/// with an apostrophe, so that the rule is undone without doubt: a cell that starts with <c>'</c> had one added, and
/// <see cref="Unescape"/> removes it.
/// </summary>
public static class CsvFormat
{
    /// <summary>The media type of the files: <c>text/csv</c>.</summary>
    public const string MediaType = "text/csv";

    /// <summary>Writes one record: the cells, escaped and quoted as needed, then CRLF.</summary>
    /// <param name="cells">The cells; null is an empty cell.</param>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    public static void WriteRecord(IReadOnlyList<string?> cells, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                Append(",", output);
            }

            WriteField(cells[i] ?? string.Empty, output);
        }

        Append("\r\n", output);
    }

    /// <summary>A cell as it is written, before quoting: with a leading apostrophe when it needs one.</summary>
    /// <param name="cell">The text of the cell.</param>
    public static string Escape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return NeedsApostrophe(cell) ? "'" + cell : cell;
    }

    /// <summary>Undoes <see cref="Escape"/> on a cell as a CSV reader returns it: removes one leading apostrophe.</summary>
    /// <param name="cell">The cell as read.</param>
    public static string Unescape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.StartsWith('\'') ? cell[1..] : cell;
    }

    private static bool NeedsApostrophe(string cell)
        => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';

    private static void WriteField(string cell, IBufferWriter<byte> output)
    {
        var text = Escape(cell);
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Append(text, output);
            return;
        }

        Append("\"", output);
        Append(text.Replace("\"", "\"\"", StringComparison.Ordinal), output);
        Append("\"", output);
    }

    private static void Append(string text, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
