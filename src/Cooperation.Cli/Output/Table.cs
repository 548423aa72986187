using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Cli.Terminal;
using Cooperation.Domain.Interop;

namespace Cooperation.Cli.Output;

/// <summary>
/// Rows of text under headers, written as an aligned text table that fits the console (the widest column is cut
/// with "…" when it must be) or as CSV (RFC 4180: every field that needs it quoted, CRLF line ends, UTF-8; a cell a spreadsheet would run as a
/// formula starts with an apostrophe).
/// </summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public IReadOnlyList<string> Headers { get; } = headers;

    public IReadOnlyList<string[]> Rows => _rows;

    public void Add(params string[] cells)
    {
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"A row has {Input.Suggestions.Count(cells.Length, "cell")}; the table has {Input.Suggestions.Count(Headers.Count, "column")}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void WriteText(CliConsole console)
    {
        const string gap = "  ";
        var widths = Headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();

        // The first column (an id or a code, which readers type back) is never cut. The last column (a name or a
        // title) gives way first, down to 14 characters; then the widest of the others, down to 8.
        var total = widths.Sum() + (gap.Length * (widths.Length - 1));
        var last = widths.Length - 1;
        if (total > console.Width && last > 0)
        {
            var cut = Math.Min(total - console.Width, Math.Max(0, widths[last] - 14));
            widths[last] -= cut;
            total -= cut;
        }

        while (total > console.Width)
        {
            var widest = 1;
            for (var i = 2; i < widths.Length; i++)
            {
                widest = widths[i] > widths[widest] ? i : widest;
            }

            var cut = widths.Length < 2 ? 0 : Math.Min(total - console.Width, widths[widest] - 8);
            if (cut <= 0)
            {
                break;
            }

            widths[widest] -= cut;
            total -= cut;
        }

        console.Out.WriteLine(Ansi.Bold(Line(Headers.ToArray(), widths, gap), console.UseColor));
        foreach (var row in _rows)
        {
            console.Out.WriteLine(Line(row, widths, gap));
        }
    }

    // CSV as every export writes it (Cooperation.Domain.Interop's CsvFormat: RFC 4180, formula-safe).
    public void WriteCsv(Stream output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        CsvFormat.WriteRecord(Headers, buffer);
        foreach (var row in _rows)
        {
            CsvFormat.WriteRecord(row, buffer);
        }

        output.Write(buffer.WrittenSpan);
    }

    private static string Line(string[] cells, int[] widths, string gap)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = TextWrap.Truncate(cells[i], widths[i]);
            line.Append(i == cells.Length - 1 ? cell : cell.PadRight(widths[i]));
            if (i < cells.Length - 1)
            {
                line.Append(gap);
            }
        }

        return line.ToString().TrimEnd();
    }
}
