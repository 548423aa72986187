using System;
using Microsoft.EntityFrameworkCore;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>Options for the reference contexts, so that each is configured the one way its mapping needs.</summary>
public static class CooperationDatabase
{
    /// <summary>PostgreSQL through Npgsql, with its NodaTime plugin (dates are NodaTime's <c>LocalDate</c>).</summary>
    /// <param name="builder">The options builder.</param>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder<PostgreSqlCooperationDbContext> UsePostgreSql(this DbContextOptionsBuilder<PostgreSqlCooperationDbContext> builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseNpgsql(connectionString, static npgsql => npgsql.UseNodaTime());
    }

    /// <summary>SQLite.</summary>
    /// <param name="builder">The options builder.</param>
    /// <param name="connectionString">The connection string, such as <c>Data Source=catalog.db</c>.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder<SqliteCooperationDbContext> UseSqlite(this DbContextOptionsBuilder<SqliteCooperationDbContext> builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return SqliteDbContextOptionsBuilderExtensions.UseSqlite(builder, connectionString);
    }

    /// <summary>A context over PostgreSQL.</summary>
    /// <param name="connectionString">The connection string.</param>
    public static PostgreSqlCooperationDbContext CreatePostgreSql(string connectionString)
        => new(new DbContextOptionsBuilder<PostgreSqlCooperationDbContext>().UsePostgreSql(connectionString).Options);

    /// <summary>A context over SQLite.</summary>
    /// <param name="connectionString">The connection string, such as <c>Data Source=catalog.db</c>.</param>
    public static SqliteCooperationDbContext CreateSqlite(string connectionString)
        => new(new DbContextOptionsBuilder<SqliteCooperationDbContext>().UseSqlite(connectionString).Options);
}
