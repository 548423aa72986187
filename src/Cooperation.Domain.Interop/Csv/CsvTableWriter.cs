using System;
using System.Buffers;
using System.Collections.Generic;

namespace Cooperation.Domain.Interop;

/// <summary>
/// One table of a catalog as a CSV file (<see cref="CsvFormat"/>): a header record, then one record per row. The
/// tables are the members of <see cref="CsvExport"/>.
/// </summary>
public abstract class CsvTableWriter : DocumentWriter<CooperationCatalog>
{
    private protected CsvTableWriter(string table, IReadOnlyList<string> headers)
    {
        Table = table;
        Headers = headers;
    }

    /// <summary>The table's name, as <c>cooperation export --format csv --table</c> takes it: <c>meetings</c>.</summary>
    public string Table { get; }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The format's name, as <c>cooperation export --format</c> takes it: <c>csv</c>.</summary>
    public override string Name => "csv";

    /// <summary>The media type: <c>text/csv</c>.</summary>
    public override string MediaType => CsvFormat.MediaType;

    /// <summary>The file extension: <c>.csv</c>.</summary>
    public override string FileExtension => ".csv";

    /// <inheritdoc/>
    private protected override IEnumerable<DocumentPart> WriteParts(CooperationCatalog value, IBufferWriter<byte> destination) => Steps(value, destination);

    private protected abstract IEnumerable<DocumentPart> Steps(CooperationCatalog catalog, IBufferWriter<byte> output);
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
        foreach (var _ in RowSteps(rows, catalog, output))
        {
            // Every row is in the output already.
        }
    }

    private protected override IEnumerable<DocumentPart> Steps(CooperationCatalog catalog, IBufferWriter<byte> output)
        => RowSteps(_rows(catalog), catalog, output);

    private IEnumerable<DocumentPart> RowSteps(IEnumerable<TRow> rows, CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        CsvFormat.WriteRecord(Headers as IReadOnlyList<string?> ?? [.. Headers], output);
        var records = _records(catalog);
        foreach (var row in rows)
        {
            foreach (var record in records(row))
            {
                if (record.Length != Headers.Count)
                {
                    throw new InvalidOperationException($"The {Table} table has {Headers.Count} columns; a record has {record.Length}.");
                }

                CsvFormat.WriteRecord(record, output);
            }

            yield return default;
        }
    }
}
