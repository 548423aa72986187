using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Domain.Tests.Values;

/// <summary>What the tests of partial dates and their ranges share: the expected form, huge inputs, generators, ISO dates.</summary>
internal static class PartialDateSamples
{
    /// <summary>The form every parse error names.</summary>
    internal const string ExpectedForm = "yyyy, yyyy-MM or yyyy-MM-dd";

    internal static string MakeHuge(string kind)
    {
        const int Size = 1 << 20;
        return kind switch
        {
            "digits" => new string('9', Size),
            "date-then-garbage" => "2024-01-01" + new string('x', Size - 10),
            "spaces" => new string(' ', Size),
            "spaces-then-date" => new string(' ', Size - 10) + "2024-01-01",
            "letters" => new string('a', Size),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    internal static Gen<int> Years(int min = PartialDate.MinYear, int max = PartialDate.MaxYear) => Gen.Choose(min, max);

    internal static Gen<PartialDate> DatesOf(PartialDatePrecision precision, int minYear = PartialDate.MinYear, int maxYear = PartialDate.MaxYear)
        => precision switch
        {
            PartialDatePrecision.Year => Years(minYear, maxYear).Select(PartialDate.FromYear),
            PartialDatePrecision.Month => Gen.Zip(Years(minYear, maxYear), Gen.Choose(1, 12), (year, month) => PartialDate.FromYearMonth(year, month)),
            _ => from year in Years(minYear, maxYear)
                 from month in Gen.Choose(1, 12)
                 from day in Gen.Choose(1, PartialDate.DaysInMonth(year, month))
                 select PartialDate.FromDate(year, month, day),
        };

    internal static Gen<PartialDate> AnyDates(int minYear = PartialDate.MinYear, int maxYear = PartialDate.MaxYear)
        => Gen.OneOf(
            DatesOf(PartialDatePrecision.Year, minYear, maxYear),
            DatesOf(PartialDatePrecision.Month, minYear, maxYear),
            DatesOf(PartialDatePrecision.Day, minYear, maxYear));

    internal static PartialDateRelation Inverse(PartialDateRelation relation) => relation switch
    {
        PartialDateRelation.Before => PartialDateRelation.After,
        PartialDateRelation.After => PartialDateRelation.Before,
        _ => relation,
    };

    internal static LocalDate Iso(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
