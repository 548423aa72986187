using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using static Cooperation.Domain.Tests.Values.PartialDateSamples;

namespace Cooperation.Domain.Tests.Values;

/// <summary>FsCheck properties: round trips, orders, bounds, agreement with NodaTime.</summary>
public class PartialDatePropertyTests
{
    // ---- Properties ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(PartialDatePrecision.Year)]
    [InlineData(PartialDatePrecision.Month)]
    [InlineData(PartialDatePrecision.Day)]
    public void Property_parse_of_ToString_round_trips(PartialDatePrecision precision)
        => Check.QuickThrowOnFailure(Prop.ForAll(DatesOf(precision).ToArbitrary(), date =>
        {
            var text = date.ToString();
            return PartialDate.Parse(text) == date
                && date.Precision == precision
                && text.Length == precision switch { PartialDatePrecision.Year => 4, PartialDatePrecision.Month => 7, _ => 10 }
                && JsonSerializer.Deserialize<PartialDate>(JsonSerializer.Serialize(date)) == date;
        }));

    [Theory]
    [InlineData(PartialDatePrecision.Year)]
    [InlineData(PartialDatePrecision.Month)]
    [InlineData(PartialDatePrecision.Day)]
    public void Property_TryFormat_into_an_exact_buffer_matches_ToString(PartialDatePrecision precision)
        => Check.QuickThrowOnFailure(Prop.ForAll(DatesOf(precision).ToArbitrary(), date =>
        {
            var expected = date.ToString();
            var exact = new char[expected.Length];
            var tooShort = new char[expected.Length - 1];
            return date.TryFormat(exact, out var written, default, null)
                && written == expected.Length
                && new string(exact) == expected
                && !date.TryFormat(tooShort, out var none, default, null)
                && none == 0;
        }));

    [Fact]
    public void Property_RelationTo_is_antisymmetric()
        => Check.QuickThrowOnFailure(Prop.ForAll(Gen.Zip(AnyDates(2000, 2002), AnyDates(2000, 2002)).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var forward = a.RelationTo(b);
            var backward = b.RelationTo(a);
            return backward == Inverse(forward)
                && (forward == PartialDateRelation.Same) == (a == b)
                && a.IsDefinitelyBefore(b) == b.IsDefinitelyAfter(a)
                && a.Overlaps(b) == b.Overlaps(a)
                && a.Overlaps(b) == !(a.IsDefinitelyBefore(b) || a.IsDefinitelyAfter(b));
        }));

    [Fact]
    public void Property_CompareTo_is_a_total_order_consistent_with_equality()
        => Check.QuickThrowOnFailure(Prop.ForAll(Gen.Zip(AnyDates(2000, 2001), AnyDates(2000, 2001)).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var ab = Math.Sign(a.CompareTo(b));
            return ab == -Math.Sign(b.CompareTo(a))
                && (ab == 0) == (a == b)
                && (a.Earliest == b.Earliest || ab == Math.Sign(a.Earliest.CompareTo(b.Earliest)));
        }));

    [Fact]
    public void Property_bounds_contain_the_value_and_agree_with_nodatime()
        => Check.QuickThrowOnFailure(Prop.ForAll(AnyDates().ToArbitrary(), date =>
        {
            var interval = date.ToDateInterval();
            return date.Contains(date.Earliest)
                && date.Contains(date.Latest)
                && !date.Contains(date.Earliest.PlusDays(-1))
                && ((date.Latest.Year == 9999 && date.Latest.Month == 12 && date.Latest.Day == 31) || !date.Contains(date.Latest.PlusDays(1)))
                && interval.Length == date.Precision switch
                {
                    PartialDatePrecision.Year => CalendarSystem.Iso.GetDaysInYear(date.Year),
                    PartialDatePrecision.Month => CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month!.Value),
                    _ => 1,
                };
        }));

    [Fact]
    public void Property_day_text_is_accepted_exactly_when_nodatime_accepts_it()
        => Check.QuickThrowOnFailure(Prop.ForAll(
            (from year in Gen.Choose(1, 9999) from month in Gen.Choose(0, 13) from day in Gen.Choose(0, 32) select (year, month, day)).ToArbitrary(),
            triple =>
            {
                var (year, month, day) = triple;
                var text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
                var ours = PartialDate.TryParse(text, out var parsed);
                var theirs = LocalDatePattern.Iso.Parse(text);
                return ours == theirs.Success && (!ours || parsed.Earliest == theirs.Value);
            }));

    [Fact]
    public void Property_arbitrary_text_never_throws_from_TryParse()
        => Check.QuickThrowOnFailure(Prop.ForAll<string>(text =>
        {
            var ok = PartialDate.TryParse(text, out var value);
            return ok ? value.ToString() == text : value.IsDefault;
        }));

}
