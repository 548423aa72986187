using System;
using System.Threading.Tasks;
using Cooperation.Domain.Benchmarks;

namespace Cooperation.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>
/// The tests' PostgreSQL server (<see cref="LocalPostgreSql"/>, shared with the benchmarks), started once for the
/// <see cref="PostgreSqlCollection"/> and stopped at its end.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private readonly LocalPostgreSql _server = new();

    /// <summary>Why the PostgreSQL tests skip, or null when they run. On CI they never skip.</summary>
    public static string? SkipReason
        => LocalPostgreSql.BinFolder is not null || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : "PostgreSQL 15 is not installed (no initdb and pg_ctl under /usr/lib/postgresql/*/bin or on PATH); .ci/run installs it with apt-get.";

    /// <summary>A new, empty database on the server, and its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => _server.CreateDatabaseAsync();

    /// <inheritdoc/>
    public Task InitializeAsync() => _server.StartAsync();

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        _server.Stop();
        return Task.CompletedTask;
    }
}
