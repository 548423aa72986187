using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A whole catalog as rows and back, and the tables it is written to, in order.</summary>
internal static class CatalogRows
{
    private static readonly ConditionalWeakTable<IModel, IReadOnlyList<(TableShape Shape, Func<CatalogRowSet, IList> Rows)>> TablesByModel = [];

    /// <summary>The rows of a catalog, every entity at version 1.</summary>
    /// <exception cref="ArgumentException">Two entities of a kind have one identifier.</exception>
    public static CatalogRowSet From(CooperationCatalog catalog)
    {
        Unique(catalog.Sources, static s => s.Id.ToString(), "source");
        Unique(catalog.Institutions, static i => i.Id.ToString(), "institution");
        Unique(catalog.People, static p => p.Id.ToString(), "person");
        Unique(catalog.Mechanisms, static m => m.Id.ToString(), "mechanism");
        Unique(catalog.Meetings, static m => m.Id.ToString(), "meeting");
        var rows = new CatalogRowSet();
        foreach (var source in catalog.Sources)
        {
            var row = EntityRows.From(source);
            row.Version = 1;
            rows.Sources.Add(row);
        }

        foreach (var institution in catalog.Institutions)
        {
            var row = EntityRows.From(institution);
            row.Version = 1;
            rows.Institutions.Add(row);
        }

        foreach (var person in catalog.People)
        {
            var row = EntityRows.From(person);
            row.Version = 1;
            rows.People.Add(row);
            rows.PersonSpellings.AddRange(row.Spellings);
        }

        foreach (var mechanism in catalog.Mechanisms)
        {
            var row = EntityRows.From(mechanism);
            row.Version = 1;
            rows.Mechanisms.Add(row);
            rows.Memberships.AddRange(row.Parties);
            rows.Presidencies.AddRange(row.Presidencies);
            rows.MechanismOutcomes.AddRange(row.Outcomes);
        }

        foreach (var meeting in catalog.Meetings)
        {
            var row = EntityRows.From(meeting);
            row.Version = 1;
            rows.Meetings.Add(row);
            foreach (var delegation in row.Delegations)
            {
                rows.Delegations.Add(delegation);
                rows.Participants.AddRange(delegation.Participants);
            }

            rows.Statements.AddRange(row.Statements);
            rows.MeetingOutcomes.AddRange(row.Outcomes);
        }

        return rows;
    }

    /// <summary>The tables of the catalog in the order they are written (parents before their parts).</summary>
    public static IReadOnlyList<(TableShape Shape, Func<CatalogRowSet, IList> Rows)> Tables(IModel model)
        => TablesByModel.GetValue(model, static m =>
        [
            (Shape<SourceRow>(m), static r => r.Sources),
            (Shape<InstitutionRow>(m), static r => r.Institutions),
            (Shape<PersonRow>(m), static r => r.People),
            (Shape<PersonSpellingRow>(m), static r => r.PersonSpellings),
            (Shape<MechanismRow>(m), static r => r.Mechanisms),
            (Shape<MembershipRow>(m), static r => r.Memberships),
            (Shape<PresidencyRow>(m), static r => r.Presidencies),
            (Shape<MechanismOutcomeRow>(m), static r => r.MechanismOutcomes),
            (Shape<MeetingRow>(m), static r => r.Meetings),
            (Shape<DelegationRow>(m), static r => r.Delegations),
            (Shape<ParticipantRow>(m), static r => r.Participants),
            (Shape<StatementRow>(m), static r => r.Statements),
            (Shape<MeetingOutcomeRow>(m), static r => r.MeetingOutcomes),
        ]);

    /// <summary>The meetings with their parts, for reading.</summary>
    public static IQueryable<MeetingRow> Meetings(CooperationDbContext db)
        => db.Meetings.AsNoTracking()
            .Include(m => m.Delegations).ThenInclude(d => d.Participants)
            .Include(m => m.Outcomes)
            .Include(m => m.Statements)
            .AsSplitQuery();

    /// <summary>Reads every row of the catalog.</summary>
    public static async Task<CatalogRowSet> ReadAsync(CooperationDbContext db, CancellationToken cancellationToken)
    {
        var rows = new CatalogRowSet();
        rows.Sources.AddRange(await db.Sources.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false));
        rows.Institutions.AddRange(await db.Institutions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false));
        rows.People.AddRange(await db.People.AsNoTracking().Include(p => p.Spellings).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false));
        rows.Mechanisms.AddRange(await db.Mechanisms.AsNoTracking()
            .Include(m => m.Parties).Include(m => m.Presidencies).Include(m => m.Outcomes)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false));
        rows.Meetings.AddRange(await Meetings(db).ToListAsync(cancellationToken).ConfigureAwait(false));
        return rows;
    }

    /// <summary>The catalog of these rows.</summary>
    /// <exception cref="CatalogRowException">A row cannot be read as its entity.</exception>
    public static CooperationCatalog ToCatalog(CatalogRowSet rows)
    {
        var builder = new CatalogBuilder();
        rows.Sources.ForEach(row => builder.Add(EntityReader.Read(row)));
        rows.Institutions.ForEach(row => builder.Add(EntityReader.Read(row)));
        rows.People.ForEach(row => builder.Add(EntityReader.Read(row)));
        rows.Mechanisms.ForEach(row => builder.Add(EntityReader.Read(row)));
        rows.Meetings.ForEach(row => builder.Add(EntityReader.Read(row)));
        return builder.Build();
    }

    private static TableShape Shape<T>(IModel model)
        => TableShape.For(model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"The context does not map {typeof(T).Name}: apply CooperationCatalogModel.ApplyCooperationCatalog in OnModelCreating."));

    private static void Unique<T>(System.Collections.Immutable.ImmutableArray<T> entities, Func<T, string> id, string kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!seen.Add(id(entity)))
            {
                throw new ArgumentException($"The catalog has two {kind} entities with the identifier {id(entity)} (COOP1001); a database keys entities by identifier, so it cannot be saved until one is removed or renamed.", "catalog");
            }
        }
    }
}
