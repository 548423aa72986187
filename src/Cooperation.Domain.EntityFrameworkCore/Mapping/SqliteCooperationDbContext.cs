using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The reference mapping on SQLite, with its migrations (<c>Migrations/Sqlite</c>): dates as ISO 8601 text
/// (<c>2017-04-25</c>, which sorts as the dates do), JSON columns as text. Configure it with
/// <c>UseSqlite(connectionString)</c>, or <see cref="CooperationDatabase.UseSqlite"/>.
/// </summary>
public sealed class SqliteCooperationDbContext : CooperationDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options that use SQLite.</param>
    public SqliteCooperationDbContext(DbContextOptions<SqliteCooperationDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateTextConverter>();
    }
}
