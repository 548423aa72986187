using System.Collections;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>SQLite's bulk path: one prepared INSERT per table, run for every row inside the transaction.</summary>
internal sealed class SqliteBulkWriter : IBulkWriter
{
    public static SqliteBulkWriter Instance { get; } = new();

    public async Task WriteAsync(TableShape table, IList rows, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Quote(table.Table)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var parameters = table.Columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ValueOf(row!) ?? System.DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ClearAsync(TableShape table, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {Quote(table.Table)}";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
}
