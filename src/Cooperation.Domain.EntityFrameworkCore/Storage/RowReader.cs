using System;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>Reads the members of one row, turning each failure into a <see cref="CatalogRowException"/> that names
/// the table, the row and the column.</summary>
internal readonly struct RowReader(string table, string key)
{
    public string Key => key;

    /// <summary>A column's value.</summary>
    public T Column<T>(string column, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (StoredValueException error)
        {
            throw new CatalogRowException(table, key, column, error.Message, error);
        }
    }

    /// <summary>The entity or part built from the columns read: an error here is members that disagree.</summary>
    public T Build<T>(Func<T> construct)
    {
        try
        {
            return construct();
        }
        catch (ArgumentException error)
        {
            throw new CatalogRowException(table, key, null, error.Message, error);
        }
    }

    /// <summary>The reader of a part's row.</summary>
    public RowReader Part(string partTable, params int[] positions)
        => new(partTable, key + "/" + string.Join('/', positions));
}
