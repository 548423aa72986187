using System;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// Finds the row behind a value converter's error. EF Core reports which value failed, not where it was read, so on
/// that (rare) path the tables are read again column by column, each value through its converter, and the first one
/// that fails is named: table, row key, column. The normal path pays nothing for this.
/// </summary>
internal static class RowDiagnosis
{
    public static async Task<Exception> FindAsync(CooperationDbContext db, DbTransaction transaction, StoredValueException error, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        foreach (var entityType in db.Model.GetEntityTypes().OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
        {
            var table = entityType.GetTableName()!;
            var key = entityType.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).ToArray();
            foreach (var property in entityType.GetProperties().Concat(entityType.GetComplexProperties().SelectMany(AllProperties)))
            {
                var converter = property.GetValueConverter() ?? property.GetRelationalTypeMapping().Converter;
                if (converter is null)
                {
                    continue;
                }

                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var column = property.GetColumnName();
                command.CommandText = $"SELECT {string.Join(", ", key.Select(Quote))}, {Quote(column)} FROM {Quote(table)} ORDER BY {string.Join(", ", key.Select(Quote))}";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (reader.IsDBNull(key.Length))
                    {
                        continue;
                    }

                    try
                    {
                        converter.ConvertFromProvider(reader.GetValue(key.Length));
                    }
                    catch (StoredValueException found)
                    {
                        var rowKey = string.Join('/', Enumerable.Range(0, key.Length).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
                        return new CatalogRowException(table, rowKey, column, found.Message, found);
                    }
                }
            }
        }

        // Not found again (the row changed since): the converter's own error is all there is.
        return error;
    }

    private static System.Collections.Generic.IEnumerable<IProperty> AllProperties(IComplexProperty complex)
        => complex.ComplexType.GetProperties().Concat(complex.ComplexType.GetComplexProperties().SelectMany(AllProperties));

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
