using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;
using NodaTime;

namespace Cooperation.Domain;

/// <summary>
/// How often a mechanism is meant to meet: "annually in October, with a mid-term meeting in April" (the
/// Mexico–United States Consular Dialogue), "on an ongoing basis" (GASSCA), every N months, or ad hoc.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; created through the factory methods, which validate: an interval of 1 to 120 months, months 1 to 12,
/// a mid-term month only for intervals of at least 2 months, a grace period of whole months and days, not negative.
/// </para>
/// <para>
/// <see cref="GracePeriod"/> is how long after the end of the expected window a meeting still counts as on time
/// before the mechanism is <see cref="CadenceStatus.Overdue"/>. The arithmetic is in <see cref="CadenceSchedule"/>
/// and <c>docs/cadence.md</c>. Equality compares every member.
/// </para>
/// </remarks>
[JsonConverter(typeof(CadenceJsonConverter))]
public sealed class Cadence : IEquatable<Cadence>
{
    private Cadence(CadenceKind kind, int? intervalMonths, int? preferredMonth, int? midTermMonth, Period gracePeriod)
    {
        Kind = kind;
        IntervalMonths = intervalMonths;
        PreferredMonth = preferredMonth;
        MidTermMonth = midTermMonth;
        GracePeriod = gracePeriod;
    }

    /// <summary>The kind of cadence.</summary>
    public CadenceKind Kind { get; }

    /// <summary>Months between ordinary meetings: 12 (annual), 6 (semiannual), 24 (biennial), N; null when not periodic.</summary>
    public int? IntervalMonths { get; }

    /// <summary>The month (1 to 12) ordinary meetings are held in, if there is one (10 for October).</summary>
    public int? PreferredMonth { get; }

    /// <summary>The month (1 to 12) of the mid-term meeting between ordinary ones, if the mechanism holds one.</summary>
    public int? MidTermMonth { get; }

    /// <summary>How long after the expected window a meeting still counts as on time.</summary>
    public Period GracePeriod { get; }

    /// <summary>True for cadences with an interval (annual, semiannual, biennial, every N months).</summary>
    public bool IsPeriodic => IntervalMonths is not null;

    /// <summary>Meets continuously, with no expected interval ("will meet on an ongoing basis").</summary>
    public static Cadence Ongoing { get; } = new(CadenceKind.Ongoing, null, null, null, Period.Zero);

    /// <summary>Meets when the parties decide.</summary>
    public static Cadence AdHoc { get; } = new(CadenceKind.AdHoc, null, null, null, Period.Zero);

    /// <summary>Once a year, optionally in a given month and with a mid-term meeting.</summary>
    /// <param name="preferredMonth">The month ordinary meetings are held in (1 to 12), if any.</param>
    /// <param name="midTermMonth">The month of the mid-term meeting (1 to 12), if one is held.</param>
    /// <param name="gracePeriod">How long after the window a meeting still counts as on time; none when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A month is outside 1 to 12, the mid-term month is a month of the ordinary meetings, or the grace period is not
    /// 0 to 120 months and 0 to 3650 days.
    /// </exception>
    public static Cadence Annual(int? preferredMonth = null, int? midTermMonth = null, Period? gracePeriod = null)
        => Create(CadenceKind.Annual, 12, preferredMonth, midTermMonth, gracePeriod);

    /// <summary>Twice a year.</summary>
    /// <inheritdoc cref="Annual(int?, int?, Period?)"/>
    public static Cadence Semiannual(int? preferredMonth = null, int? midTermMonth = null, Period? gracePeriod = null)
        => Create(CadenceKind.Semiannual, 6, preferredMonth, midTermMonth, gracePeriod);

    /// <summary>Once every two years.</summary>
    /// <inheritdoc cref="Annual(int?, int?, Period?)"/>
    public static Cadence Biennial(int? preferredMonth = null, int? midTermMonth = null, Period? gracePeriod = null)
        => Create(CadenceKind.Biennial, 24, preferredMonth, midTermMonth, gracePeriod);

    /// <summary>At a fixed interval of months.</summary>
    /// <param name="months">The interval, 1 to 120 months.</param>
    /// <param name="midTermMonth">The month of the mid-term meeting (1 to 12), if one is held.</param>
    /// <param name="gracePeriod">How long after the window a meeting still counts as on time; none when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The interval is outside 1 to 120, a month outside 1 to 12, or the grace period is not 0 to 120 months and 0 to 3650 days.</exception>
    public static Cadence EveryMonths(int months, int? midTermMonth = null, Period? gracePeriod = null)
    {
        if (months is < 1 or > 120)
        {
            throw OutOfRange(nameof(months), $"An interval is 1 to 120 months, not {Invariant(months)}.");
        }

        return Create(CadenceKind.EveryNMonths, months, null, midTermMonth, gracePeriod);
    }

    private static Cadence Create(CadenceKind kind, int interval, int? preferredMonth, int? midTermMonth, Period? gracePeriod)
    {
        CheckMonth(preferredMonth, nameof(preferredMonth));
        CheckMonth(midTermMonth, nameof(midTermMonth));
        if (midTermMonth is not null && interval < 2)
        {
            throw OutOfRange(nameof(midTermMonth), $"A mid-term meeting needs an interval of at least two months, not {Invariant(interval)}.");
        }

        // The ordinary months are the preferred month and, for intervals that divide a year, its repeats
        // (October and April for a semiannual cadence preferring October): a mid-term meeting falls between them.
        if (midTermMonth is { } midTerm && preferredMonth is { } preferred
            && (interval < 12 && 12 % interval == 0 ? (midTerm - preferred + 12) % interval == 0 : midTerm == preferred))
        {
            throw OutOfRange(nameof(midTermMonth), $"The mid-term meeting cannot fall in a month of the ordinary meetings: month {Invariant(midTerm)} is one.");
        }

        var grace = gracePeriod ?? Period.Zero;
        if (grace.HasTimeComponent || grace.Years != 0 || grace.Weeks != 0 || grace.Months is < 0 or > 120 || grace.Days is < 0 or > 3650)
        {
            throw OutOfRange(nameof(gracePeriod), $"A grace period is made of months (0 to 120) and days (0 to 3650) (\"P1M\", \"P15D\"), not {grace.ToString()}.");
        }

        return new Cadence(kind, interval, preferredMonth, midTermMonth, grace.Normalize());
    }

    private static void CheckMonth(int? month, string paramName)
    {
        if (month is { } value and (< 1 or > 12))
        {
            throw OutOfRange(paramName, $"A month is 1 to 12, not {Invariant(value)}.");
        }
    }

    // The library's words, with the value written culture-free: an ArgumentOutOfRangeException given the value adds
    // .NET's "Actual value was …" on a second line, formatted by the current culture.
    private static ArgumentOutOfRangeException OutOfRange(string paramName, string message) => new(paramName, message);

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Cadence? other)
        => other is not null && Kind == other.Kind && IntervalMonths == other.IntervalMonths && PreferredMonth == other.PreferredMonth
            && MidTermMonth == other.MidTermMonth && GracePeriod.Equals(other.GracePeriod);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Cadence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, IntervalMonths, PreferredMonth, MidTermMonth, GracePeriod);

    /// <summary>"annual in month 10, mid-term in month 4, grace P1M".</summary>
    public override string ToString()
        => Kind.Name
            + (Kind == CadenceKind.EveryNMonths ? $" ({IntervalMonths})" : string.Empty)
            + (PreferredMonth is { } m ? $" in month {m}" : string.Empty)
            + (MidTermMonth is { } t ? $", mid-term in month {t}" : string.Empty)
            + (GracePeriod.Equals(Period.Zero) ? string.Empty : $", grace {GracePeriod}");
}
