using System;
using System.Linq;

namespace Cooperation.Domain.EntityFrameworkCore.Tests;

/// <summary>The library gains no database reference: EF Core, the providers and Dapper are the companion's alone.</summary>
public sealed class LibraryReferencesTests
{
    private static readonly string[] DatabasePrefixes = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCL", "Dapper"];

    [Fact]
    public void The_library_references_no_database_assembly()
    {
        var library = typeof(CountryCode).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Contains("NodaTime", library);
        Assert.DoesNotContain(library, name => DatabasePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));

        var companion = typeof(CatalogStore).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Contains("Microsoft.EntityFrameworkCore", companion);
        Assert.Contains("Dapper", companion);
    }
}
