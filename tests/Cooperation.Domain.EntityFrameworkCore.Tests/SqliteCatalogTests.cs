using System.Threading.Tasks;
using Cooperation.Domain.EntityFrameworkCore.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cooperation.Domain.EntityFrameworkCore.Tests;

/// <summary>The catalog scenarios on SQLite (Microsoft.EntityFrameworkCore.Sqlite), in a temporary file.</summary>
public sealed class SqliteCatalogTests
{
    [Fact]
    public async Task Reference_catalog_saved_and_loaded_is_equal()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.Reference_catalog_saved_and_loaded_is_equal(database);
    }

    [Fact]
    public async Task External_identifiers_saved_and_loaded_are_equal()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.External_identifiers_saved_and_loaded_are_equal(database);
    }

    [Fact]
    public async Task A_save_replaces_the_stored_catalog()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.A_save_replaces_the_stored_catalog(database);
    }

    [Fact]
    public async Task Ten_thousand_meetings_saved_and_loaded_are_equal()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.Ten_thousand_meetings_saved_and_loaded_are_equal(database);
    }

    [Fact]
    public async Task Editing_one_meeting_gives_the_catalog_with_it()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.Editing_one_meeting_gives_the_catalog_with_it(database);
    }

    [Fact]
    public async Task Queries_on_dates_and_parties_translate_and_agree_with_the_catalog()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await QueryScenarios.Queries_on_dates_and_parties_translate_and_agree_with_the_catalog(database);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_gets_a_conflict()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.The_second_of_two_concurrent_edits_gets_a_conflict(database);
    }

    [Fact]
    public async Task A_database_without_the_migrations_is_named_older()
    {
        await using var database = await TestDatabase.SqliteAsync(migrate: false);
        await CatalogScenarios.A_database_without_the_migrations_is_named_older(database);
    }

    [Fact]
    public async Task A_database_at_an_earlier_migration_names_the_ones_to_apply()
    {
        await using var database = await TestDatabase.SqliteAsync(migrate: false);
        await CatalogScenarios.A_database_at_an_earlier_migration_names_the_ones_to_apply(database);
    }

    [Fact]
    public async Task A_database_with_a_later_migration_is_named_newer()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.A_database_with_a_later_migration_is_named_newer(database);
    }

    [Fact]
    public async Task A_catalog_with_a_repeated_identifier_is_refused_before_anything_is_written()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.A_catalog_with_a_repeated_identifier_is_refused_before_anything_is_written(database);
    }

    [Theory]
    [MemberData(nameof(CatalogScenarios.BadRows), MemberType = typeof(CatalogScenarios))]
    public async Task A_row_that_breaks_a_grammar_is_named(string sql, string table, string rowKey, string? column, string reason)
    {
        await using var database = await TestDatabase.SqliteAsync();
        await CatalogScenarios.A_row_that_breaks_a_grammar_is_named(database, sql, table, rowKey, column, reason);
    }

    [Fact]
    public async Task A_save_that_fails_midway_leaves_the_stored_catalog_as_it_was()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await using (var db = database.NewContext())
        {
            await new CatalogStore(db).SaveAsync(ReferenceCatalog.Default);
        }

        // SQLite runs in the process, so there is no connection to kill: the save fails at the last meeting instead,
        // after everything else of it was written in the same transaction.
        await database.ExecuteAsync("CREATE TRIGGER fail_the_save AFTER INSERT ON meetings WHEN NEW.id = 'meeting-99-99' BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;");
        await using (var db = database.NewContext())
        {
            var error = await Assert.ThrowsAsync<SqliteException>(() => new CatalogStore(db).SaveAsync(Catalogs.TenThousandMeetings()));
            Assert.Contains("the disk is full", error.Message, System.StringComparison.Ordinal);
        }

        await using (var db = database.NewContext())
        {
            Catalogs.Equal(ReferenceCatalog.Default, await new CatalogStore(db).LoadAsync());
        }
    }
}
