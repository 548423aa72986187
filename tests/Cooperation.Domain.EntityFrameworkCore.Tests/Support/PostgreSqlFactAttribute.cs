namespace Cooperation.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>A test that needs PostgreSQL: skipped with a reason off CI when it is not installed, never on CI.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public PostgreSqlFactAttribute() => Skip = PostgreSqlServer.SkipReason;
}
