using Microsoft.EntityFrameworkCore;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The reference mapping of a catalog as a <see cref="DbContext"/>: use <see cref="PostgreSqlCooperationDbContext"/>
/// or <see cref="SqliteCooperationDbContext"/> (each with its migrations) as they are, or derive your own context
/// from this one, or copy its two lines (<see cref="CooperationConventions.AddCooperationDomain"/> and
/// <see cref="CooperationCatalogModel.ApplyCooperationCatalog"/>) into yours. <see cref="CatalogStore"/> saves and
/// loads whole catalogs through it; the sets below are for queries.
/// </summary>
public abstract class CooperationDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The options, which name the provider and the connection.</param>
    protected CooperationDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The sources.</summary>
    public DbSet<SourceRow> Sources => Set<SourceRow>();

    /// <summary>The institutions.</summary>
    public DbSet<InstitutionRow> Institutions => Set<InstitutionRow>();

    /// <summary>The people.</summary>
    public DbSet<PersonRow> People => Set<PersonRow>();

    /// <summary>The people's other spellings.</summary>
    public DbSet<PersonSpellingRow> PersonSpellings => Set<PersonSpellingRow>();

    /// <summary>The mechanisms.</summary>
    public DbSet<MechanismRow> Mechanisms => Set<MechanismRow>();

    /// <summary>The mechanisms' parties.</summary>
    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();

    /// <summary>The mechanisms' presidency terms.</summary>
    public DbSet<PresidencyRow> Presidencies => Set<PresidencyRow>();

    /// <summary>The mechanisms' own outcomes.</summary>
    public DbSet<MechanismOutcomeRow> MechanismOutcomes => Set<MechanismOutcomeRow>();

    /// <summary>The meetings.</summary>
    public DbSet<MeetingRow> Meetings => Set<MeetingRow>();

    /// <summary>The meetings' delegations.</summary>
    public DbSet<DelegationRow> Delegations => Set<DelegationRow>();

    /// <summary>The delegations' participants.</summary>
    public DbSet<ParticipantRow> Participants => Set<ParticipantRow>();

    /// <summary>The meetings' statements.</summary>
    public DbSet<StatementRow> Statements => Set<StatementRow>();

    /// <summary>The meetings' outcomes.</summary>
    public DbSet<MeetingOutcomeRow> MeetingOutcomes => Set<MeetingOutcomeRow>();

    /// <summary>The store type of the JSON columns, or null for the provider's text type.</summary>
    protected virtual string? JsonColumnType => null;

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.AddCooperationDomain();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyCooperationCatalog(JsonColumnType);
}
