using System.Collections;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>PostgreSQL's bulk path: Npgsql's binary COPY, one per table, with the store types of the mapping.</summary>
internal sealed class PostgreSqlBulkWriter : IBulkWriter
{
    public static PostgreSqlBulkWriter Instance { get; } = new();

    public async Task WriteAsync(TableShape table, IList rows, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var npgsql = (NpgsqlConnection)connection;
        var command = $"COPY {Quote(table.Table)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await npgsql.BeginBinaryImportAsync(command, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var column in table.Columns)
            {
                var value = column.ValueOf(row!);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteAsync(value, column.StoreType, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(TableShape table, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"TRUNCATE {Quote(table.Table)} CASCADE";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
}
