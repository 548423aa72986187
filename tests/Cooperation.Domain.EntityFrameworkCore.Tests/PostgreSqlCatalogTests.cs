using System.Threading.Tasks;
using Cooperation.Domain.EntityFrameworkCore.Tests.Support;

namespace Cooperation.Domain.EntityFrameworkCore.Tests;

/// <summary>The catalog scenarios on PostgreSQL 15 (Npgsql, NodaTime), on a server the tests start.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlCatalogTests(PostgreSqlServer server)
{
    [PostgreSqlFact]
    public async Task Reference_catalog_saved_and_loaded_is_equal()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.Reference_catalog_saved_and_loaded_is_equal(database);
    }

    [PostgreSqlFact]
    public async Task External_identifiers_saved_and_loaded_are_equal()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.External_identifiers_saved_and_loaded_are_equal(database);
    }

    [PostgreSqlFact]
    public async Task A_save_replaces_the_stored_catalog()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.A_save_replaces_the_stored_catalog(database);
    }

    [PostgreSqlFact]
    public async Task Ten_thousand_meetings_saved_and_loaded_are_equal()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.Ten_thousand_meetings_saved_and_loaded_are_equal(database);
    }

    [PostgreSqlFact]
    public async Task Editing_one_meeting_gives_the_catalog_with_it()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.Editing_one_meeting_gives_the_catalog_with_it(database);
    }

    [PostgreSqlFact]
    public async Task Queries_on_dates_and_parties_translate_and_agree_with_the_catalog()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await QueryScenarios.Queries_on_dates_and_parties_translate_and_agree_with_the_catalog(database);
    }

    [PostgreSqlFact]
    public async Task The_second_of_two_concurrent_edits_gets_a_conflict()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.The_second_of_two_concurrent_edits_gets_a_conflict(database);
    }

    [PostgreSqlFact]
    public async Task A_database_without_the_migrations_is_named_older()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server, migrate: false);
        await CatalogScenarios.A_database_without_the_migrations_is_named_older(database);
    }

    [PostgreSqlFact]
    public async Task A_database_at_an_earlier_migration_names_the_ones_to_apply()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server, migrate: false);
        await CatalogScenarios.A_database_at_an_earlier_migration_names_the_ones_to_apply(database);
    }

    [PostgreSqlFact]
    public async Task A_database_with_a_later_migration_is_named_newer()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.A_database_with_a_later_migration_is_named_newer(database);
    }

    [PostgreSqlFact]
    public async Task A_catalog_with_a_repeated_identifier_is_refused_before_anything_is_written()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.A_catalog_with_a_repeated_identifier_is_refused_before_anything_is_written(database);
    }

    [PostgreSqlTheory]
    [MemberData(nameof(CatalogScenarios.BadRows), MemberType = typeof(CatalogScenarios))]
    public async Task A_row_that_breaks_a_grammar_is_named(string sql, string table, string rowKey, string? column, string reason)
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await CatalogScenarios.A_row_that_breaks_a_grammar_is_named(database, sql, table, rowKey, column, reason);
    }

    [PostgreSqlFact]
    public async Task A_connection_killed_during_a_save_leaves_the_stored_catalog_as_it_was()
    {
        await using var database = await TestDatabase.PostgreSqlAsync(server);
        await using (var db = database.NewContext())
        {
            await new CatalogStore(db).SaveAsync(ReferenceCatalog.Default);
        }

        // The server ends the saving connection itself once the meetings are written, after the sources, people and
        // mechanisms of the same save: what the database keeps must be the catalog saved before, whole.
        await database.ExecuteAsync("""
            CREATE FUNCTION kill_the_saver() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$;
            CREATE TRIGGER kill_the_saver AFTER INSERT ON meetings FOR EACH STATEMENT EXECUTE FUNCTION kill_the_saver();
            """);
        await using (var db = database.NewContext())
        {
            var error = await Assert.ThrowsAnyAsync<System.Exception>(() => new CatalogStore(db).SaveAsync(Catalogs.TenThousandMeetings()));
            Assert.IsNotType<CatalogSchemaException>(error);
        }

        await database.ExecuteAsync("DROP TRIGGER kill_the_saver ON meetings; DROP FUNCTION kill_the_saver();");
        await using (var db = database.NewContext())
        {
            Catalogs.Equal(ReferenceCatalog.Default, await new CatalogStore(db).LoadAsync());
        }
    }
}
