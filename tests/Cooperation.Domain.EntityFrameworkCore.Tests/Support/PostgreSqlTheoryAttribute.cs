namespace Cooperation.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>A theory that needs PostgreSQL: skipped with a reason off CI when it is not installed, never on CI.</summary>
public sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public PostgreSqlTheoryAttribute() => Skip = PostgreSqlServer.SkipReason;
}
