using NodaTime;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// A <see cref="PartialDate"/> as an EF Core complex type: the year, the earliest and latest days it may mean, and
/// its precision, each a column that queries can use (<c>m.Start.Year == 2013</c>, <c>m.Start.Earliest &lt;= day</c>).
/// </summary>
/// <remarks>
/// The earliest day and the precision are the date; the year and the latest day are kept beside them so that a
/// query on either translates to a plain comparison on every provider (and can use an index). Reading checks that
/// the four agree (<see cref="ToPartialDate"/>).
/// </remarks>
public sealed class PartialDateColumns
{
    /// <summary>The year.</summary>
    public int Year { get; set; }

    /// <summary>The first day the date may mean: the day itself, or the first of its month or year.</summary>
    public LocalDate Earliest { get; set; }

    /// <summary>The last day the date may mean: the day itself, or the last of its month or year.</summary>
    public LocalDate Latest { get; set; }

    /// <summary>Whether the date is known to the year, the month or the day.</summary>
    public PartialDatePrecision Precision { get; set; }

    /// <summary>The columns of a date.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="System.ArgumentException">The date is the uninitialized default.</exception>
    public static PartialDateColumns From(PartialDate date)
    {
        if (date.IsDefault)
        {
            throw new System.ArgumentException("The uninitialized default PartialDate cannot be stored.", nameof(date));
        }

        return new PartialDateColumns { Year = date.Year, Earliest = date.Earliest, Latest = date.Latest, Precision = date.Precision };
    }

    /// <summary>The columns of a date, or null.</summary>
    /// <param name="date">The date, or null.</param>
    public static PartialDateColumns? FromNullable(PartialDate? date) => date is { } value ? From(value) : null;

    /// <summary>The date these columns hold.</summary>
    /// <exception cref="StoredValueException">The columns do not agree: a precision that is not one, a year or a
    /// latest day that is not the earliest day's, or a day that is not the first of its month or year.</exception>
    public PartialDate ToPartialDate()
    {
        var date = Precision switch
        {
            PartialDatePrecision.Year when Earliest.Month == 1 && Earliest.Day == 1 => PartialDate.FromYear(Earliest.Year),
            PartialDatePrecision.Month when Earliest.Day == 1 => PartialDate.FromYearMonth(Earliest.Year, Earliest.Month),
            PartialDatePrecision.Day => PartialDate.FromLocalDate(Earliest),
            _ => default,
        };
        if (date.IsDefault || date.Year != Year || date.Latest != Latest || Earliest.Calendar != CalendarSystem.Iso)
        {
            throw new StoredValueException(nameof(PartialDate), Describe(), "the year, earliest day, latest day and precision do not describe one partial date.");
        }

        return date;
    }

    private string Describe()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"year {Year}, {Earliest:uuuu-MM-dd} to {Latest:uuuu-MM-dd}, precision {(int)Precision}");
}
