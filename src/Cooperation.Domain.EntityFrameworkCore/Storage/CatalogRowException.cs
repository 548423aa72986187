using System;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// A row that the catalog cannot be built from, as another program may write one: a value that breaks its type's
/// grammar, a JSON column the library's reader refuses, or members that break an entity's rules. It names the
/// table, the row's key and the column; the load that met it returns nothing, never a half-built catalog.
/// </summary>
public sealed class CatalogRowException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="table">The table, such as <c>meetings</c>.</param>
    /// <param name="rowKey">The row's key, such as <c>mx-ca-danm-2017-04</c> or <c>mx-ca-danm-2017-04/1</c> (cut to 64
    /// characters: the key may be the value that is wrong).</param>
    /// <param name="column">The column (a complex value's columns as <c>start_*</c>), or null when the row's
    /// members disagree with each other.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The error that found it.</param>
    public CatalogRowException(string table, string rowKey, string? column, string reason, Exception? innerException = null)
        : base(column is null
            ? $"Table {table}, row {StoredValueException.Excerpt(rowKey)}: {reason}"
            : $"Table {table}, row {StoredValueException.Excerpt(rowKey)}, column {column}: {reason}", innerException)
    {
        Table = table;
        RowKey = StoredValueException.Excerpt(rowKey);
        Column = column;
        Reason = reason;
    }

    /// <summary>The table, such as <c>meetings</c>.</summary>
    public string Table { get; }

    /// <summary>The row's key: the entity's identifier, then the positions of a part (<c>id/1/0</c>); cut to 64
    /// characters.</summary>
    public string RowKey { get; }

    /// <summary>The column, or null when the row's members disagree with each other.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
