using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Cooperation.Domain.Interop;

/// <summary>A table of the Parquet export: its columns, and how to write the rows of a catalog as a Parquet file.</summary>
internal abstract class ParquetTable
{
    /// <summary>The most rows a row group gathers in memory before it is written.</summary>
    public const int RowGroupRows = 50_000;

    public abstract ParquetSchema Schema { get; }

    /// <summary>Writes the table to <paramref name="stream"/>, calling <paramref name="afterRowGroup"/> after each row group and at the end.</summary>
    public abstract Task WriteAsync(CooperationCatalog catalog, Stream stream, Func<Task> afterRowGroup, CancellationToken cancellationToken);
}

/// <summary>A table whose rows are made from values of <typeparamref name="TRow"/>.</summary>
internal sealed class ParquetTable<TRow>(Func<CooperationCatalog, IEnumerable<TRow>> rows, params IEnumerable<ParquetColumn<TRow>>[] columns) : ParquetTable
{
    private readonly ParquetColumn<TRow>[] _prototype = [.. columns.SelectMany(c => c)];

    public override ParquetSchema Schema => new(_prototype.Select(c => c.Clone().Field));

    public override async Task WriteAsync(CooperationCatalog catalog, Stream stream, Func<Task> afterRowGroup, CancellationToken cancellationToken)
    {
        // The columns hold the values of one row group; a write of its own, so that writes may run side by side.
        var columns = _prototype.Select(c => c.Clone()).ToArray();
        var schema = new ParquetSchema(columns.Select(c => c.Field));
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var gathered = 0;
            foreach (var row in rows(catalog))
            {
                foreach (var column in columns)
                {
                    column.Add(row);
                }

                if (++gathered == RowGroupRows)
                {
                    await WriteRowGroupAsync(writer, columns, cancellationToken).ConfigureAwait(false);
                    await afterRowGroup().ConfigureAwait(false);
                    gathered = 0;
                }
            }

            // A table with no rows still has its schema: an empty row group is not written, the footer is.
            if (gathered > 0)
            {
                await WriteRowGroupAsync(writer, columns, cancellationToken).ConfigureAwait(false);
            }
        }

        await afterRowGroup().ConfigureAwait(false);
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, ParquetColumn<TRow>[] columns, CancellationToken cancellationToken)
    {
        using var rowGroup = writer.CreateRowGroup();
        foreach (var column in columns)
        {
            await column.WriteAsync(rowGroup, cancellationToken).ConfigureAwait(false);
            column.Clear();
        }
    }
}
