namespace Cooperation.Domain;

/// <summary>How much of a <see cref="PartialDate"/> is known: the year, the month or the day.</summary>
/// <remarks>
/// The values grow with the precision, so <c>Year &lt; Month &lt; Day</c>. Zero is deliberately not a member: it is
/// what <c>default(PartialDatePrecision)</c> holds, and no initialized <see cref="PartialDate"/> ever reports it.
/// </remarks>
public enum PartialDatePrecision
{
    /// <summary>Only the year is known: "2013".</summary>
    Year = 1,

    /// <summary>The year and the month are known: "2008-07".</summary>
    Month = 2,

    /// <summary>The full calendar date is known: "2017-04-25".</summary>
    Day = 3,
}
