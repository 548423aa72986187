namespace Cooperation.Domain.Rules;

/// <summary>
/// The group a rule belongs to. The value is the thousands digit of the built-in rules' IDs: COOP1xxx are
/// <see cref="IdentityAndReferences"/>, COOP6xxx are <see cref="Presidencies"/>.
/// </summary>
public enum RuleCategory
{
    /// <summary>Duplicate identifiers, references to entities that are not in the catalog, cycles (COOP1xxx).</summary>
    IdentityAndReferences = 1,

    /// <summary>Who takes part in a mechanism, and when (COOP2xxx).</summary>
    PartiesAndMembership = 2,

    /// <summary>Dates that contradict each other, the as-of date, or the cadence (COOP3xxx).</summary>
    DatesAndCadence = 3,

    /// <summary>Series of meetings: ordinals, numbering, venues (COOP4xxx).</summary>
    MeetingsAndOrdinals = 4,

    /// <summary>Who attends a meeting, and in which role (COOP5xxx).</summary>
    DelegationsAndRoles = 5,

    /// <summary>Rotating presidencies (COOP6xxx).</summary>
    Presidencies = 6,

    /// <summary>Provenance and names (COOP7xxx).</summary>
    SourcesAndText = 7,

    /// <summary>Suppressions that accept findings (COOP8xxx): unused ones, ones of unknown rules.</summary>
    Suppressions = 8,
}
