using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Data;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// Saves and loads whole catalogs through a <see cref="CooperationDbContext"/>, and edits one meeting at a time with
/// optimistic concurrency. Every save is one transaction: a save that fails, or whose connection drops, leaves the
/// database as it was. Every call first checks that the database's migrations are the mapping's
/// (<see cref="CatalogSchemaException"/>).
/// </summary>
/// <remarks>
/// A catalog may hold two entities of a kind with one identifier (the rules engine reports COOP1001); the database
/// keys entities by identifier, so saving such a catalog is refused before anything is written.
/// </remarks>
public sealed class CatalogStore
{
    private readonly CooperationDbContext _db;

    /// <summary>Creates a store over a context (one store per context; a context is not thread-safe).</summary>
    /// <param name="db">The context: <see cref="PostgreSqlCooperationDbContext"/>, <see cref="SqliteCooperationDbContext"/>
    /// or one derived from <see cref="CooperationDbContext"/>.</param>
    public CatalogStore(CooperationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>Applies the mapping's migrations to the database (creating it if need be).</summary>
    /// <param name="cancellationToken">Cancels the migration.</param>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => _db.Database.MigrateAsync(cancellationToken);

    /// <summary>Checks that the database has exactly the mapping's migrations.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <exception cref="CatalogSchemaException">The database is older (migrations to apply, named) or newer (migrations
    /// this version of the package does not know, named).</exception>
    public async Task CheckSchemaAsync(CancellationToken cancellationToken = default)
    {
        var known = _db.Database.GetMigrations().ToImmutableArray();
        var applied = (await _db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToImmutableArray();
        var unknown = applied.Where(m => !known.Contains(m)).ToImmutableArray();
        if (!unknown.IsEmpty)
        {
            throw new CatalogSchemaException(
                $"The database has migration {string.Join(", ", unknown)}, which this version of the mapping does not know (it knows up to {known.LastOrDefault() ?? "none"}): a newer version of Cooperation.Domain.EntityFrameworkCore wrote it. Use that version, or a database of this one.",
                [], unknown);
        }

        var pending = known.Where(m => !applied.Contains(m)).ToImmutableArray();
        if (!pending.IsEmpty)
        {
            throw new CatalogSchemaException(
                $"The database is at migration {(applied.IsEmpty ? "none (no catalog schema)" : applied[^1])}; the mapping needs {known[^1]}. Apply {string.Join(", ", pending)} first (CatalogStore.MigrateAsync, or dotnet ef database update).",
                pending, []);
        }
    }

    /// <summary>
    /// Replaces the stored catalog with this one, in one transaction, through the bulk path: binary COPY on
    /// PostgreSQL, a prepared insert on SQLite. Every entity's version starts again at 1.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="cancellationToken">Cancels the save; nothing is then written.</param>
    /// <exception cref="ArgumentException">The catalog has two entities of a kind with one identifier.</exception>
    /// <exception cref="CatalogSchemaException">The database's migrations are not the mapping's.</exception>
    public async Task SaveAsync(CooperationCatalog catalog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        await CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
        var rows = CatalogRows.From(catalog);
        var writer = BulkWriterFor(_db);
        var tables = CatalogRows.Tables(_db.Model);
        var strategy = _db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await _db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var connection = _db.Database.GetDbConnection();
                var dbTransaction = transaction.GetDbTransaction();
                foreach (var (shape, _) in tables.AsEnumerable().Reverse())
                {
                    await writer.ClearAsync(shape, connection, dbTransaction, cancellationToken).ConfigureAwait(false);
                }

                foreach (var (shape, select) in tables)
                {
                    await writer.WriteAsync(shape, select(rows), connection, dbTransaction, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Loads the stored catalog, read in one transaction so that its tables agree.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The catalog, equal to the one saved (every member; <c>CatalogDiff</c> empty).</returns>
    /// <exception cref="CatalogRowException">A row breaks a value type's grammar or an entity's rules; it names the
    /// table, the row and the column. Nothing is returned.</exception>
    /// <exception cref="CatalogSchemaException">The database's migrations are not the mapping's.</exception>
    public async Task<CooperationCatalog> LoadAsync(CancellationToken cancellationToken = default)
    {
        await CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        CatalogRowSet rows;
        try
        {
            rows = await CatalogRows.ReadAsync(_db, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (StoredValueIn(error) is not null)
        {
            throw await RowDiagnosis.FindAsync(_db, transaction.GetDbTransaction(), StoredValueIn(error)!, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CatalogRows.ToCatalog(rows);
    }

    /// <summary>Reads one meeting and its version, or null when the database has none with this identifier.</summary>
    /// <param name="id">The meeting's identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CatalogRowException">The meeting's rows break a value type's grammar or its rules.</exception>
    public async Task<StoredMeeting?> GetMeetingAsync(MeetingId id, CancellationToken cancellationToken = default)
    {
        await CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
        MeetingRow? row;
        try
        {
            row = await CatalogRows.Meetings(_db).FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (StoredValueIn(error) is not null)
        {
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            throw await RowDiagnosis.FindAsync(_db, transaction.GetDbTransaction(), StoredValueIn(error)!, cancellationToken).ConfigureAwait(false);
        }

        return row is null ? null : new StoredMeeting(EntityReader.Read(row), row.Version);
    }

    /// <summary>
    /// Saves one meeting, in one transaction, if the stored one is still at <paramref name="expectedVersion"/> (or, when
    /// that is null, if there is none: the meeting is added). The rest of the catalog is not touched; loading it
    /// afterwards gives <c>catalog.With(meeting)</c>.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="expectedVersion">The version the edit was based on (<see cref="StoredMeeting.Version"/>), or null to add it.</param>
    /// <param name="cancellationToken">Cancels the save; nothing is then written.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="CatalogConcurrencyException">Another writer saved, added or removed the meeting since: nothing was written.</exception>
    public async Task<long> SaveMeetingAsync(Meeting meeting, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
        var id = meeting.Id;
        var row = EntityRows.From(meeting);
        var version = (expectedVersion ?? 0) + 1;
        row.Version = version;
        var strategy = _db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            _db.ChangeTracker.Clear();
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (expectedVersion is { } expected)
            {
                // The version is checked and moved on first, which locks the row: a second writer waits here, then
                // finds the version changed and writes nothing.
                var updated = await _db.Meetings.Where(m => m.Id == id && m.Version == expected)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, version), cancellationToken).ConfigureAwait(false);
                if (updated == 0)
                {
                    throw new CatalogConcurrencyException(CatalogEntityKind.Meeting, id.ToString(), expected, await StoredVersionAsync(id, cancellationToken).ConfigureAwait(false));
                }

                await _db.Delegations.Where(d => d.MeetingId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await _db.MeetingOutcomes.Where(o => o.MeetingId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await _db.Statements.Where(s => s.MeetingId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                var parts = (row.Delegations, row.Outcomes, row.Statements);
                row.Delegations = [];
                row.Outcomes = [];
                row.Statements = [];
                _db.Entry(row).State = EntityState.Modified;
                _db.Delegations.AddRange(parts.Delegations);
                _db.MeetingOutcomes.AddRange(parts.Outcomes);
                _db.Statements.AddRange(parts.Statements);
            }
            else
            {
                if (await StoredVersionAsync(id, cancellationToken).ConfigureAwait(false) is { } stored)
                {
                    throw new CatalogConcurrencyException(CatalogEntityKind.Meeting, id.ToString(), null, stored);
                }

                _db.Meetings.Add(row);
            }

            try
            {
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException error) when (expectedVersion is null)
            {
                // Another writer added the meeting between the look and the insert: its key is taken.
                throw new CatalogConcurrencyException(CatalogEntityKind.Meeting, id.ToString(), null, await StoredVersionAsync(id, CancellationToken.None).ConfigureAwait(false), error);
            }
            finally
            {
                _db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return version;
        }).ConfigureAwait(false);
    }

    private async Task<long?> StoredVersionAsync(MeetingId id, CancellationToken cancellationToken)
        => await _db.Meetings.Where(m => m.Id == id).Select(m => (long?)m.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private static IBulkWriter BulkWriterFor(CooperationDbContext db)
        => db.Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => PostgreSqlBulkWriter.Instance,
            "Microsoft.EntityFrameworkCore.Sqlite" => SqliteBulkWriter.Instance,
            var other => throw new NotSupportedException($"The bulk save supports PostgreSQL (Npgsql) and SQLite, not {other}."),
        };

    private static StoredValueException? StoredValueIn(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is StoredValueException stored)
            {
                return stored;
            }
        }

        return null;
    }
}
