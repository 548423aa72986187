using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain.Interop;

/// <summary>
/// One table of a catalog as a CSV file (<see cref="CsvFormat"/>): a header record, then one record per row. The
/// tables are the members of <see cref="CsvExport"/>.
/// </summary>
public abstract class CsvTableWriter
{
    private protected CsvTableWriter(string name, IReadOnlyList<string> headers)
    {
        Name = name;
        Headers = headers;
    }

    /// <summary>The table's name, as <c>cooperation export --format csv --table</c> takes it: <c>meetings</c>.</summary>
    public string Name { get; }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The format's name, as <c>cooperation export --format</c> takes it: <c>csv</c>.</summary>
    public string FormatName => "csv";

    /// <summary>The media type: <c>text/csv</c>.</summary>
    public string MediaType => CsvFormat.MediaType;

    /// <summary>The file extension: <c>.csv</c>.</summary>
    public string FileExtension => ".csv";

    /// <summary>Writes the table of every row of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    public void Write(CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        IncrementalOutput.Write(o => Steps(catalog, o), output);
    }

    /// <summary>Writes the table of every row of <paramref name="catalog"/> to a stream, asynchronously only.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="output">The stream; it is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public Task WriteAsync(CooperationCatalog catalog, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return IncrementalOutput.WriteAsync(o => Steps(catalog, o), output, cancellationToken);
    }

    private protected abstract IEnumerable<int> Steps(CooperationCatalog catalog, IBufferWriter<byte> output);
}

/// <summary>A table of a catalog as CSV whose rows come from entities of type <typeparamref name="TRow"/>.</summary>
/// <typeparam name="TRow">What a row is made from: a mechanism, a meeting (one row per participant, for the participants), a country…</typeparam>
public sealed class CsvTableWriter<TRow> : CsvTableWriter
{
    private readonly Func<CooperationCatalog, IEnumerable<TRow>> _rows;
    private readonly Func<CooperationCatalog, Func<TRow, IEnumerable<string?[]>>> _records;

    internal CsvTableWriter(
        string name,
        IReadOnlyList<string> headers,
        Func<CooperationCatalog, IEnumerable<TRow>> rows,
        Func<CooperationCatalog, Func<TRow, IEnumerable<string?[]>>> records)
        : base(name, headers)
    {
        _rows = rows;
        _records = records;
    }

    /// <summary>Writes the table of the rows given (a selection), with <paramref name="catalog"/> for what they refer to.</summary>
    /// <param name="rows">The rows, in the order written.</param>
    /// <param name="catalog">The catalog the rows belong to (for counts and look-ups).</param>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    public void WriteRows(IEnumerable<TRow> rows, CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(catalog);
        IncrementalOutput.Write(o => RowSteps(rows, catalog, o), output);
    }

    private protected override IEnumerable<int> Steps(CooperationCatalog catalog, IBufferWriter<byte> output)
        => RowSteps(_rows(catalog), catalog, output);

    private IEnumerable<int> RowSteps(IEnumerable<TRow> rows, CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        CsvFormat.WriteRecord(Headers as IReadOnlyList<string?> ?? [.. Headers], output);
        var records = _records(catalog);
        foreach (var row in rows)
        {
            foreach (var record in records(row))
            {
                if (record.Length != Headers.Count)
                {
                    throw new InvalidOperationException($"The {Name} table has {Headers.Count} columns; a record has {record.Length}.");
                }

                CsvFormat.WriteRecord(record, output);
            }

            yield return 1;
        }
    }
}
