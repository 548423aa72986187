namespace Cooperation.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>The test classes that share one PostgreSQL server (and so run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL";
}
