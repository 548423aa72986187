using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Cooperation.Domain.EntityFrameworkCore.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cooperation.Domain.EntityFrameworkCore.Tests;

/// <summary>What every provider must do with a catalog; <see cref="PostgreSqlCatalogTests"/> and
/// <see cref="SqliteCatalogTests"/> run each on their database.</summary>
public static class CatalogScenarios
{
    public static async Task Reference_catalog_saved_and_loaded_is_equal(TestDatabase database)
    {
        await using (var db = database.NewContext())
        {
            await new CatalogStore(db).SaveAsync(ReferenceCatalog.Default);
        }

        await using (var db = database.NewContext())
        {
            Catalogs.Equal(ReferenceCatalog.Default, await new CatalogStore(db).LoadAsync());
        }
    }

    public static async Task External_identifiers_saved_and_loaded_are_equal(TestDatabase database)
    {
        var catalog = Catalogs.WithExternalIdentifiers();
        await using (var db = database.NewContext())
        {
            await new CatalogStore(db).SaveAsync(catalog);
        }

        await using (var db = database.NewContext())
        {
            var loaded = await new CatalogStore(db).LoadAsync();
            Catalogs.Equal(catalog, loaded);
            Assert.Equal(catalog.Institutions[0].Identifiers.ToArray(), loaded.Institutions[0].Identifiers.ToArray());
            Assert.NotEmpty(loaded.Institutions[0].Identifiers);
        }
    }

    public static async Task A_save_replaces_the_stored_catalog(TestDatabase database)
    {
        var smaller = ReferenceCatalog.Default.Without(ReferenceCatalog.Default.Meetings[0].Id);
        await using var db = database.NewContext();
        var store = new CatalogStore(db);
        await store.SaveAsync(ReferenceCatalog.Default);
        await store.SaveAsync(smaller);
        Catalogs.Equal(smaller, await store.LoadAsync());
    }

    public static async Task Ten_thousand_meetings_saved_and_loaded_are_equal(TestDatabase database)
    {
        var catalog = Catalogs.TenThousandMeetings();
        await using (var db = database.NewContext())
        {
            await new CatalogStore(db).SaveAsync(catalog);
        }

        await using (var db = database.NewContext())
        {
            Catalogs.Equal(catalog, await new CatalogStore(db).LoadAsync());
        }
    }

    public static async Task Editing_one_meeting_gives_the_catalog_with_it(TestDatabase database)
    {
        var catalog = ReferenceCatalog.Default;
        await using var db = database.NewContext();
        var store = new CatalogStore(db);
        await store.SaveAsync(catalog);

        // A planned meeting held, and a meeting with several delegations losing one (its parts are replaced).
        var planned = catalog.Meetings.First(m => m.Status == MeetingStatus.Planned);
        var stored = (await store.GetMeetingAsync(planned.Id))!;
        Assert.Equal(1, stored.Version);
        Assert.Equal(planned, stored.Meeting);
        var held = stored.Meeting.WithStatus(MeetingStatus.Held);
        Assert.Equal(2, await store.SaveMeetingAsync(held, stored.Version));

        var crowded = catalog.Meetings.First(m => m.Delegations.Length >= 2 && m.Delegations.Any(d => d.Participants.Length > 0));
        var fewer = crowded.WithDelegations(crowded.Delegations.RemoveAt(0));
        Assert.Equal(2, await store.SaveMeetingAsync(fewer, 1));

        var added = new Meeting(MeetingId.Parse("a-meeting-added-by-a-service"), MeetingKind.Ordinary, MeetingStatus.Planned, PartialDate.Parse("2027-03"), mechanism: crowded.Mechanism);
        Assert.Equal(1, await store.SaveMeetingAsync(added, expectedVersion: null));

        Catalogs.Equal(catalog.With(held).With(fewer).With(added), await store.LoadAsync());
        Assert.Equal(fewer, (await store.GetMeetingAsync(fewer.Id))!.Meeting);
        Assert.Null(await store.GetMeetingAsync(MeetingId.Parse("no-such-meeting")));
    }

    public static async Task The_second_of_two_concurrent_edits_gets_a_conflict(TestDatabase database)
    {
        var catalog = ReferenceCatalog.Default;
        var meeting = catalog.Meetings.First(m => m.Status == MeetingStatus.Planned);
        await using (var db = database.NewContext())
        {
            await new CatalogStore(db).SaveAsync(catalog);
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var firstRead = (await new CatalogStore(first).GetMeetingAsync(meeting.Id))!;
        var secondRead = (await new CatalogStore(second).GetMeetingAsync(meeting.Id))!;
        await new CatalogStore(first).SaveMeetingAsync(firstRead.Meeting.WithStatus(MeetingStatus.Held), firstRead.Version);
        var conflict = await Assert.ThrowsAsync<CatalogConcurrencyException>(
            () => new CatalogStore(second).SaveMeetingAsync(secondRead.Meeting.WithStatus(MeetingStatus.Cancelled), secondRead.Version));
        Assert.Equal((CatalogEntityKind.Meeting, meeting.Id.ToString(), 1L, 2L), (conflict.EntityKind, conflict.Id, conflict.ExpectedVersion, conflict.StoredVersion));
        Assert.Contains($"The meeting {meeting.Id} was edited from version 1, but another writer saved version 2 first.", conflict.Message, StringComparison.Ordinal);

        var again = await Assert.ThrowsAsync<CatalogConcurrencyException>(() => new CatalogStore(second).SaveMeetingAsync(meeting, expectedVersion: null));
        Assert.Equal(2, again.StoredVersion);

        await using var reader = database.NewContext();
        Catalogs.Equal(catalog.With(meeting.WithStatus(MeetingStatus.Held)), await new CatalogStore(reader).LoadAsync());
    }

    public static async Task A_database_without_the_migrations_is_named_older(TestDatabase unmigrated)
    {
        await using var db = unmigrated.NewContext();
        var error = await Assert.ThrowsAsync<CatalogSchemaException>(() => new CatalogStore(db).LoadAsync());
        Assert.Equal(db.Database.GetMigrations().ToArray(), error.Pending.ToArray());
        Assert.EndsWith("_InitialCatalog", error.Pending[0], StringComparison.Ordinal);
        Assert.Contains($"The database is at migration none (no catalog schema); the mapping needs {error.Pending[^1]}. Apply {string.Join(", ", error.Pending)} first", error.Message, StringComparison.Ordinal);
        Assert.Empty(error.Unknown);
    }

    /// <summary>A database a previous version of the package migrated: the migrations it lacks are named, and
    /// applying them makes it usable.</summary>
    public static async Task A_database_at_an_earlier_migration_names_the_ones_to_apply(TestDatabase unmigrated)
    {
        await using var db = unmigrated.NewContext();
        var migrations = db.Database.GetMigrations().ToArray();
        Assert.True(migrations.Length >= 2, string.Join(", ", migrations));
        await db.GetService<IMigrator>().MigrateAsync(migrations[0]);

        var store = new CatalogStore(db);
        var error = await Assert.ThrowsAsync<CatalogSchemaException>(() => store.SaveAsync(ReferenceCatalog.Default));
        Assert.Equal(migrations[1..], error.Pending.ToArray());
        Assert.Contains($"The database is at migration {migrations[0]}; the mapping needs {migrations[^1]}. Apply {string.Join(", ", migrations[1..])} first", error.Message, StringComparison.Ordinal);

        await store.MigrateAsync();
        var catalog = Catalogs.WithExternalIdentifiers();
        await store.SaveAsync(catalog);
        Catalogs.Equal(catalog, await store.LoadAsync());
    }

    public static async Task A_database_with_a_later_migration_is_named_newer(TestDatabase database)
    {
        await database.ExecuteAsync("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29990101000000_FromANewerPackage', '10.0.15')");
        await using var db = database.NewContext();
        var error = await Assert.ThrowsAsync<CatalogSchemaException>(() => new CatalogStore(db).SaveAsync(ReferenceCatalog.Default));
        Assert.Equal(["29990101000000_FromANewerPackage"], error.Unknown.ToArray());
        Assert.Contains("29990101000000_FromANewerPackage", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not know", error.Message, StringComparison.Ordinal);
    }

    public static async Task A_catalog_with_a_repeated_identifier_is_refused_before_anything_is_written(TestDatabase database)
    {
        var meeting = ReferenceCatalog.Default.Meetings[0];
        var repeated = new CatalogBuilder().AddRange(ReferenceCatalog.Default).Add(meeting.WithTopics(meeting.Topics.IsEmpty ? [Topic.Security] : [])).Build();
        await using var db = database.NewContext();
        var store = new CatalogStore(db);
        await store.SaveAsync(ReferenceCatalog.Default);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(repeated));
        Assert.Contains($"meeting entities with the identifier {meeting.Id}", error.Message, StringComparison.Ordinal);
        Catalogs.Equal(ReferenceCatalog.Default, await store.LoadAsync());
    }

    /// <summary>Rows another program wrote: each is named by table, row key and column, and no catalog is returned.</summary>
    public static async Task A_row_that_breaks_a_grammar_is_named(TestDatabase database, string sql, string table, string rowKey, string? column, string reason)
    {
        await using (var db = database.NewContext())
        {
            await new CatalogStore(db).SaveAsync(ReferenceCatalog.Default);
        }

        await database.ExecuteAsync(sql);
        await using var reader = database.NewContext();
        var error = await Assert.ThrowsAsync<CatalogRowException>(() => new CatalogStore(reader).LoadAsync());
        Assert.Equal((table, rowKey, column), (error.Table, error.RowKey, error.Column));
        Assert.True(error.Message.Contains(reason, StringComparison.Ordinal), error.Message);
        Assert.StartsWith(column is null ? $"Table {table}, row {rowKey}: " : $"Table {table}, row {rowKey}, column {column}: ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, error.Message);
    }

    /// <summary>The meeting the bad-row cases change: the 2021 meeting with the US, which has every kind of part.</summary>
    public static readonly string Meeting = ReferenceCatalog.Default.Meetings.First(m => m.Delegations.Length >= 2 && m.Delegations[0].Participants.Length > 0 && m.Outcomes.Length > 0).Id.ToString();

    private static readonly string LongKey = new('0', 10_000);

    public static TheoryData<string, string, string, string?, string> BadRows => new()
    {
        // A vocabulary name in another case: the parser would take it, storage takes the exact name only.
        { $"UPDATE meetings SET kind = 'Ordinary' WHERE id = '{Meeting}'", "meetings", Meeting, "kind", "the exact name" },
        { $"UPDATE meetings SET status = 'adjourned' WHERE id = '{Meeting}'", "meetings", Meeting, "status", "no value has this name" },
        // A country code the parser reads (alpha-3) but that is not the stored form; a party that is neither form.
        { "UPDATE institutions SET country = 'MEX' WHERE id = 'mx-sre'", "institutions", "mx-sre", "country", "stored as \"MX\", its canonical form" },
        { $"UPDATE delegations SET party = 'MEX' WHERE meeting_id = '{Meeting}' AND position = 0", "delegations", Meeting + "/0", "party", "is not a PartyRef" },
        { $"UPDATE delegations SET party = 'XX' WHERE meeting_id = '{Meeting}' AND position = 0", "delegations", Meeting + "/0", "party", "is not a PartyRef" },
        { $"UPDATE participants SET role = 'boss' WHERE meeting_id = '{Meeting}' AND delegation_position = 0 AND position = 0", "participants", Meeting + "/0/0", "role", "no value has this name" },
        { $"UPDATE meetings SET ordinal = 0 WHERE id = '{Meeting}'", "meetings", Meeting, "ordinal", "a position from 1" },
        // Date columns that do not describe one partial date.
        { $"UPDATE meetings SET start_year = 1999 WHERE id = '{Meeting}'", "meetings", Meeting, "start_*", "do not describe one partial date" },
        { $"UPDATE meetings SET start_precision = 7 WHERE id = '{Meeting}'", "meetings", Meeting, "start_*", "do not describe one partial date" },
        // JSON columns read whole: broken JSON, and JSON the library's reader refuses.
        { $"UPDATE meetings SET citations = '[{{\"source\": \"Not An Id\"}}]' WHERE id = '{Meeting}'", "meetings", Meeting, "citations", "Not An Id" },
        { $"UPDATE meetings SET venues = '{{\"country\": \"MX\"}}' WHERE id = '{Meeting}'", "meetings", Meeting, "venues", "a JSON array was expected" },
        { $"UPDATE meeting_outcomes SET follows_up = '[7]' WHERE meeting_id = '{Meeting}' AND position = 0", "meeting_outcomes", Meeting + "/0", "follows_up", "a JSON array of strings" },
        // Text that is not trimmed.
        { $"UPDATE meetings SET title_spanish = ' Reunión' WHERE id = '{Meeting}'", "meetings", Meeting, "title_*", "trimmed" },
        // A key another program wrote, 10,000 characters long: named, and cut, so that the message stays short.
        { $"UPDATE institutions SET id = '{LongKey}' WHERE id = 'mx-sre'", "institutions", LongKey[..63] + "…", "id", "is not a InstitutionId" },
        // An external identifier in a spelling the library refuses (the scheme is lowercase).
        { "UPDATE institutions SET identifiers = '[\"Wikidata:Q96\"]' WHERE id = 'mx-sre'", "institutions", "mx-sre", "identifiers", "is not a ExternalIdentifier" },
        // Members that each parse, but break the entity's rules together: a participant who is no one.
        { $"UPDATE participants SET person = NULL, person_id = NULL, institution = NULL WHERE meeting_id = '{Meeting}' AND delegation_position = 0 AND position = 0", "participants", Meeting + "/0/0", null, "names a person, an institution, or both" },
    };
}
