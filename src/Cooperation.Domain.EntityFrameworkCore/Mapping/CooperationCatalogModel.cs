using System;
using System.Collections.Frozen;
using System.Linq;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The reference mapping of a whole catalog: a table per entity and per repeated part (memberships, presidencies,
/// delegations, participants, statements, outcomes, other spellings), dates and texts as complex types, the small
/// nested members (citations, venues, relations, cadence…) as JSON columns read whole, names in snake_case.
/// <see cref="CooperationDbContext"/> applies it; a context of your own can apply it too
/// (<c>modelBuilder.ApplyCooperationCatalog(…)</c>) beside its own entities.
/// </summary>
public static class CooperationCatalogModel
{
    /// <summary>Maps the catalog's row types.</summary>
    /// <param name="builder">The model builder of <see cref="DbContext.OnModelCreating"/>.</param>
    /// <param name="jsonColumnType">The store type of the JSON columns (<c>jsonb</c> on PostgreSQL), or null for
    /// the provider's text type.</param>
    /// <returns>The same builder.</returns>
    /// <remarks>The context must also call <see cref="CooperationConventions.AddCooperationDomain"/> in its
    /// <see cref="DbContext.ConfigureConventions"/>, which maps the value types the rows hold.</remarks>
    public static ModelBuilder ApplyCooperationCatalog(this ModelBuilder builder, string? jsonColumnType = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Entity<SourceRow>(source =>
        {
            source.ToTable("sources").HasKey(s => s.Id);
            source.ComplexProperty(s => s.Title).IsRequired();
            source.ComplexProperty(s => s.Publisher).IsRequired();
            source.ComplexProperty(s => s.Date);
            source.ComplexProperty(s => s.Updated);
            Versioned(source);
        });
        builder.Entity<InstitutionRow>(institution =>
        {
            institution.ToTable("institutions").HasKey(i => i.Id);
            institution.ComplexProperty(i => i.Name).IsRequired();
            Versioned(institution);
        });
        builder.Entity<PersonRow>(person =>
        {
            person.ToTable("people").HasKey(p => p.Id);
            person.ComplexProperty(p => p.Rank).IsRequired();
            person.HasMany(p => p.Spellings).WithOne().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
            Versioned(person);
        });
        builder.Entity<PersonSpellingRow>(spelling =>
        {
            spelling.ToTable("person_spellings").HasKey(s => new { s.PersonId, s.Position });
            spelling.HasIndex(s => s.Spelling);
        });
        builder.Entity<MechanismRow>(mechanism =>
        {
            mechanism.ToTable("mechanisms").HasKey(m => m.Id);
            mechanism.ComplexProperty(m => m.Name).IsRequired();
            mechanism.ComplexProperty(m => m.Purpose).IsRequired();
            mechanism.ComplexProperty(m => m.Established);
            mechanism.ComplexProperty(m => m.Dissolved);
            mechanism.HasMany(m => m.Parties).WithOne().HasForeignKey(p => p.MechanismId).OnDelete(DeleteBehavior.Cascade);
            mechanism.HasMany(m => m.Presidencies).WithOne().HasForeignKey(p => p.MechanismId).OnDelete(DeleteBehavior.Cascade);
            mechanism.HasMany(m => m.Outcomes).WithOne().HasForeignKey(o => o.MechanismId).OnDelete(DeleteBehavior.Cascade);
            Versioned(mechanism);
        });
        builder.Entity<MembershipRow>(membership =>
        {
            membership.ToTable("memberships").HasKey(m => new { m.MechanismId, m.Position });
            membership.ComplexProperty(m => m.Since);
            membership.ComplexProperty(m => m.Until);
            membership.HasIndex(m => m.Party);
        });
        builder.Entity<PresidencyRow>(presidency =>
        {
            presidency.ToTable("presidencies").HasKey(p => new { p.MechanismId, p.Position });
            presidency.ComplexProperty(p => p.Term, term =>
            {
                term.IsRequired();
                term.ComplexProperty(t => t.Start).IsRequired();
                term.ComplexProperty(t => t.End);
            });
        });
        builder.Entity<MeetingRow>(meeting =>
        {
            meeting.ToTable("meetings").HasKey(m => m.Id);
            meeting.ComplexProperty(m => m.Start).IsRequired();
            meeting.ComplexProperty(m => m.End);
            meeting.ComplexProperty(m => m.Title).IsRequired();
            meeting.ComplexProperty(m => m.Purpose).IsRequired();
            meeting.HasIndex(m => m.Mechanism);
            meeting.HasMany(m => m.Delegations).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting.HasMany(m => m.Outcomes).WithOne().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting.HasMany(m => m.Statements).WithOne().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
            Versioned(meeting);
        });
        builder.Entity<DelegationRow>(delegation =>
        {
            delegation.ToTable("delegations").HasKey(d => new { d.MeetingId, d.Position });
            delegation.ComplexProperty(d => d.Description).IsRequired();
            delegation.HasIndex(d => d.Party);
            delegation.HasMany(d => d.Participants).WithOne()
                .HasForeignKey(p => new { p.MeetingId, p.DelegationPosition }).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ParticipantRow>(participant =>
        {
            participant.ToTable("participants").HasKey(p => new { p.MeetingId, p.DelegationPosition, p.Position });
            participant.ComplexProperty(p => p.Title).IsRequired();
            participant.HasIndex(p => p.PersonId);
        });
        builder.Entity<StatementRow>(statement =>
        {
            statement.ToTable("statements").HasKey(s => new { s.MeetingId, s.Position });
            statement.ComplexProperty(s => s.Text).IsRequired();
        });
        builder.Entity<MeetingOutcomeRow>(outcome =>
        {
            outcome.ToTable("meeting_outcomes").HasKey(o => new { o.MeetingId, o.Position });
            Outcome(outcome);
        });
        builder.Entity<MechanismOutcomeRow>(outcome =>
        {
            outcome.ToTable("mechanism_outcomes").HasKey(o => new { o.MechanismId, o.Position });
            Outcome(outcome);
        });

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace == typeof(MeetingRow).Namespace))
        {
            foreach (var property in entity.GetDeclaredProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                if (property.ClrType == typeof(string) && JsonColumns.Contains(property.Name))
                {
                    property.SetColumnType(jsonColumnType);
                }
            }

            foreach (var complex in entity.GetDeclaredComplexProperties())
            {
                NameColumns(complex, SnakeCase(complex.Name));
            }
        }

        return builder;
    }

    /// <summary>The members held as JSON text (read whole), by property name.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> JsonColumns = new[]
    {
        nameof(SourceRow.Archive), nameof(SourceRow.Issuers), nameof(SourceRow.Dateline), nameof(SourceRow.ReportsOn),
        nameof(SourceRow.Citations), nameof(SourceRow.Suppressions), nameof(InstitutionRow.OtherAcronyms), nameof(InstitutionRow.Identifiers),
        nameof(MechanismRow.Topics), nameof(MechanismRow.Cadence), nameof(MechanismRow.Origin), nameof(MechanismRow.UnlistedParties),
        nameof(MeetingRow.Venues), nameof(MeetingRow.Relations), nameof(StatementRow.Mentions), nameof(OutcomeRow.Parties),
        nameof(OutcomeRow.Institutions), nameof(OutcomeRow.FollowsUp),
    }.ToFrozenSet(StringComparer.Ordinal);

    private static void Versioned<T>(EntityTypeBuilder<T> entity)
        where T : class
        => entity.Property<long>("Version").IsConcurrencyToken();

    private static void Outcome<T>(EntityTypeBuilder<T> outcome)
        where T : OutcomeRow
    {
        outcome.ComplexProperty(o => o.Text).IsRequired();
        outcome.ComplexProperty(o => o.Date);
    }

    private static void NameColumns(IMutableComplexProperty complex, string prefix)
    {
        foreach (var property in complex.ComplexType.GetDeclaredProperties())
        {
            property.SetColumnName(prefix + "_" + SnakeCase(property.Name));
        }

        foreach (var nested in complex.ComplexType.GetDeclaredComplexProperties())
        {
            NameColumns(nested, prefix + "_" + SnakeCase(nested.Name));
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsAsciiLetterUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
