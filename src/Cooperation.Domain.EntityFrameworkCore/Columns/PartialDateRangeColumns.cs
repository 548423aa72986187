namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// A <see cref="PartialDateRange"/> as an EF Core complex type: its start and, unless the range is open, its end,
/// each a <see cref="PartialDateColumns"/>. Two ranges overlap when each starts before the other ends:
/// <c>r.Start.Earliest &lt;= last &amp;&amp; (r.End == null || r.End.Latest &gt;= first)</c>.
/// </summary>
public sealed class PartialDateRangeColumns
{
    /// <summary>The start.</summary>
    public PartialDateColumns Start { get; set; } = new();

    /// <summary>The end; null while the range is open.</summary>
    public PartialDateColumns? End { get; set; }

    /// <summary>The columns of a range.</summary>
    /// <param name="range">The range.</param>
    /// <exception cref="System.ArgumentException">The range is the uninitialized default.</exception>
    public static PartialDateRangeColumns From(PartialDateRange range)
    {
        if (range.IsDefault)
        {
            throw new System.ArgumentException("The uninitialized default PartialDateRange cannot be stored.", nameof(range));
        }

        return new PartialDateRangeColumns { Start = PartialDateColumns.From(range.Start), End = PartialDateColumns.FromNullable(range.End) };
    }

    /// <summary>The range these columns hold.</summary>
    /// <exception cref="StoredValueException">A date's columns do not agree, or the end is before the start.</exception>
    public PartialDateRange ToPartialDateRange()
    {
        var start = Start.ToPartialDate();
        if (End is null)
        {
            return PartialDateRange.Since(start);
        }

        var end = End.ToPartialDate();
        try
        {
            return PartialDateRange.Closed(start, end);
        }
        catch (System.ArgumentException error)
        {
            throw new StoredValueException(nameof(PartialDateRange), start.ToString() + "/" + end.ToString(), error.Message);
        }
    }
}
