using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cooperation.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>
/// A new, empty database of one provider, with the reference context over it. Every EF Core warning is an error
/// in the tests (a query that would be evaluated on the client fails rather than running slowly).
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The provider's name, for messages.</summary>
    public abstract string Provider { get; }

    /// <summary>A new context over the database.</summary>
    public abstract CooperationDbContext NewContext();

    /// <summary>A new PostgreSQL database on the server.</summary>
    public static async Task<TestDatabase> PostgreSqlAsync(PostgreSqlServer server, bool migrate = true)
    {
        var database = new PostgreSqlDatabase(await server.CreateDatabaseAsync());
        if (migrate)
        {
            await using var db = database.NewContext();
            await new CatalogStore(db).MigrateAsync();
        }

        return database;
    }

    /// <summary>A new SQLite database in a temporary file.</summary>
    public static async Task<TestDatabase> SqliteAsync(bool migrate = true)
    {
        var database = new SqliteDatabase();
        if (migrate)
        {
            await using var db = database.NewContext();
            await new CatalogStore(db).MigrateAsync();
        }

        return database;
    }

    /// <summary>Runs SQL as another program would.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc/>
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void Strict(DbContextOptionsBuilder builder)
        => builder.ConfigureWarnings(w => w.Default(WarningBehavior.Throw));

    private sealed class PostgreSqlDatabase(string connectionString) : TestDatabase
    {
        public override string Provider => "PostgreSQL";

        public override CooperationDbContext NewContext()
        {
            var builder = new DbContextOptionsBuilder<PostgreSqlCooperationDbContext>().UsePostgreSql(connectionString);
            Strict(builder);
            return new PostgreSqlCooperationDbContext(builder.Options);
        }
    }

    private sealed class SqliteDatabase : TestDatabase
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("cooperation-sqlite-").FullName;

        public override string Provider => "SQLite";

        public override CooperationDbContext NewContext()
        {
            var builder = new DbContextOptionsBuilder<SqliteCooperationDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "catalog.db")};Pooling=False");
            Strict(builder);
            return new SqliteCooperationDbContext(builder.Options);
        }

        public override ValueTask DisposeAsync()
        {
            Directory.Delete(_folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
