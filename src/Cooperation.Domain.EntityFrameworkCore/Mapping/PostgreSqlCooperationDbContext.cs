using Microsoft.EntityFrameworkCore;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The reference mapping on PostgreSQL, with its migrations (<c>Migrations/PostgreSql</c>): dates as <c>date</c>
/// through Npgsql's NodaTime plugin, JSON columns as <c>jsonb</c>. Configure it with
/// <c>UseNpgsql(connectionString, o =&gt; o.UseNodaTime())</c>, or <see cref="CooperationDatabase.UsePostgreSql"/>.
/// </summary>
public sealed class PostgreSqlCooperationDbContext : CooperationDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options that use Npgsql with its NodaTime plugin.</param>
    public PostgreSqlCooperationDbContext(DbContextOptions<PostgreSqlCooperationDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc/>
    protected override string? JsonColumnType => "jsonb";
}
