using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain.Interop;

/// <summary>
/// One table of a catalog as an Apache Parquet file (Snappy-compressed, typed columns, all nullable, row groups of at
/// most 50,000 rows). The tables are the members of <see cref="ParquetExport"/>; each column is described in
/// <c>docs/interop.md</c>.
/// </summary>
/// <remarks>
/// Parquet.Net writes a file's header and footer synchronously; here it writes into a buffer of at most one row group,
/// which <see cref="WriteAsync"/> sends on asynchronously after each row group, so the stream sees no synchronous I/O
/// and no more than one row group of the table is held at a time.
/// </remarks>
public sealed class ParquetTableWriter
{
    private readonly ParquetTable _table;

    internal ParquetTableWriter(string name, ParquetTable table)
    {
        Name = name;
        _table = table;
    }

    /// <summary>The table's name, and the file's without its extension: <c>meetings</c>.</summary>
    public string Name { get; }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Columns => [.. _table.Schema.DataFields.Select(f => f.Name)];

    /// <summary>The format's name, as <c>cooperation export --format</c> takes it: <c>parquet</c>.</summary>
    public string FormatName => "parquet";

    /// <summary>The media type: <c>application/vnd.apache.parquet</c>.</summary>
    public string MediaType => "application/vnd.apache.parquet";

    /// <summary>The file extension: <c>.parquet</c>.</summary>
    public string FileExtension => ".parquet";

    /// <summary>Writes the table of <paramref name="catalog"/> as a Parquet file.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="output">Where the bytes go.</param>
    public void Write(CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);

        // The stream completes every write at once (into the buffer writer), so the task has nothing to wait for.
        using var stream = new BufferedOutputStream(output);
        _table.WriteAsync(catalog, stream, () => Task.CompletedTask, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes the table of <paramref name="catalog"/> as a Parquet file to a stream, asynchronously only.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="output">The stream (it need not seek); it is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteAsync(CooperationCatalog catalog, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        var sink = new ArrayBufferWriter<byte>();
        await using (var stream = new BufferedOutputStream(sink))
        {
            await _table.WriteAsync(catalog, stream, () => BufferedOutputStream.DrainAsync(sink, output, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
