namespace Cooperation.Domain;

/// <summary>
/// How two <see cref="PartialDate"/> values relate in time, as returned by <see cref="PartialDate.RelationTo"/>.
/// </summary>
/// <remarks>
/// Each partial date covers an interval of days (a whole year, a whole month or one day). The relation compares those
/// intervals, so it never claims more than the data says: "2008" and "2008-07" <see cref="Overlaps"/>, it is unknown
/// which came first. Zero is deliberately not a member: no method returns <c>default(PartialDateRelation)</c>.
/// </remarks>
public enum PartialDateRelation
{
    /// <summary>Every day this value covers is before every day the other covers.</summary>
    Before = 1,

    /// <summary>Every day this value covers is after every day the other covers.</summary>
    After = 2,

    /// <summary>The two values are equal: same precision and same components.</summary>
    Same = 3,

    /// <summary>
    /// The covered intervals share at least one day but the values are not equal, for example "2008-07" and
    /// "2008-07-15", or "2008" and "2008-07": the order in time is unknown.
    /// </summary>
    Overlaps = 4,
}
