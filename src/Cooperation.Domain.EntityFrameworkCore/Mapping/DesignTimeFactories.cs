using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// How <c>dotnet ef migrations add</c> builds the PostgreSQL context: adding a migration compares models and never
/// connects, so the connection string names no server.
/// </summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCooperationDbContext>
{
    public PostgreSqlCooperationDbContext CreateDbContext(string[] args) => CooperationDatabase.CreatePostgreSql("Host=localhost");
}

/// <summary>How <c>dotnet ef migrations add</c> builds the SQLite context (it never opens the database).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCooperationDbContext>
{
    public SqliteCooperationDbContext CreateDbContext(string[] args) => CooperationDatabase.CreateSqlite("Data Source=design-time.db");
}
