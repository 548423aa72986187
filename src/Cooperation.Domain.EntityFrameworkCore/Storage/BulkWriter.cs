using System.Collections;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>Writes the rows of one table in bulk, inside the caller's transaction.</summary>
internal interface IBulkWriter
{
    Task WriteAsync(TableShape table, IList rows, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    Task ClearAsync(TableShape table, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);
}
