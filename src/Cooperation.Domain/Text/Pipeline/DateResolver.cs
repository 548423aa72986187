using NodaTime;

namespace Cooperation.Domain.Text;

/// <summary>
/// Gives every date mention its value: absolute dates as they are; the rest against the document date. A bare weekday
/// is the latest such day on or before the document date, or the next after it when the words are in the future;
/// "la semana pasada" / "last week" is that week's Monday to Friday; a day or month without a year is the latest such
/// date not after the document date, or the next one when the words are in the future ("se realizará el 9 de
/// septiembre"); "de este año" is the document's year. Days without a month ("the 13th and 14th") take the month and
/// year of the date mentioned just before. Without a document date, what needs one stays null.
/// </summary>
internal static class DateResolver
{
    public static void Resolve(Analysis a)
    {
        a.Found.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        Found? previous = null;
        foreach (var found in a.Found)
        {
            a.Steps++;
            if (found.Kind != MentionKind.Date || found.Expression is not { } e)
            {
                continue;
            }

            var tense = e.Direction != 0 ? (e.Direction < 0 ? Tense.Past : Tense.Future) : TenseGuess.OfDate(a, found.FirstToken, found.EndToken);
            Resolve(found, e, a.DocumentDate, tense, previous, a);
            if (found.Date is { Precision: not PartialDatePrecision.Year } || found.DateRange is not null)
            {
                previous = found;
            }
        }
    }

    private static void Resolve(Found found, DateExpression e, LocalDate? today, Tense tense, Found? previous, Analysis a)
    {
        if (e.RelativeUnit is { } unit)
        {
            if (today is { } d)
            {
                Relative(found, unit, e.RelativeStep, d);
            }

            return;
        }

        if (e.Weekday > 0)
        {
            if (today is { } d)
            {
                found.Date = PartialDate.FromLocalDate(Weekday(d, e.Weekday, tense));
            }

            return;
        }

        if (e.NeedsContextMonth)
        {
            // "the 13th and 14th": the month and year of the last full date, if it is near (three sentences).
            if (previous is not null && a.Tokens[previous.FirstToken].Sentence >= a.Tokens[found.FirstToken].Sentence - 3
                && (previous.DateRange?.End ?? previous.Date) is { Month: { } month } last)
            {
                var year = last.Year;
                Set(found, Make(year, month, e.Day), e.IsRange ? Make(year, month, e.EndDay) : null);
            }

            return;
        }

        var startYear = e.Year;
        var endYear = e.EndYear;
        if (e.RelativeYear is { } relative)
        {
            if (today is not { } d)
            {
                return;
            }

            startYear = startYear == 0 ? d.Year + relative : startYear;
            endYear = e.IsRange && endYear == 0 ? d.Year + relative : endYear;
        }

        if (startYear == 0 && endYear > 0)
        {
            // "del 28 de diciembre al 3 de enero de 2021": the start is in the year before when its month comes later.
            startYear = (e.Month * 100) + e.Day > (e.EndMonth * 100) + e.EndDay ? endYear - 1 : endYear;
        }

        if (startYear == 0)
        {
            if (e.Month == 0)
            {
                return;
            }

            // With no document date a month without a year stays open, even in a plan ("to be held in June"): the last
            // date the text gave may be anything ("promulgated on 5 February 1917"), and an invented year is worse than
            // none.
            if (today is not { } d)
            {
                return;
            }

            startYear = InferYear(d, e.Month, e.Day, tense);

            // "el miércoles 26 de abril": of the two years the tense could mean, the one whose 26 April is a Wednesday.
            if (e.StatedWeekday > 0 && e.Day > 0 && !IsWeekday(startYear, e.Month, e.Day, e.StatedWeekday))
            {
                var other = InferYear(d, e.Month, e.Day, tense == Tense.Future ? Tense.Past : Tense.Future);
                if (IsWeekday(other, e.Month, e.Day, e.StatedWeekday))
                {
                    startYear = other;
                }
            }
        }

        if (e.IsRange && endYear == 0 && (e.EndMonth > 0 || e.EndDay > 0))
        {
            endYear = (e.EndMonth * 100) + e.EndDay < (e.Month * 100) + e.Day ? startYear + 1 : startYear;
        }

        var start = Make(startYear, e.Month, e.Day);
        var end = e.IsRange ? Make(endYear, e.EndMonth, e.EndDay) : null;
        Set(found, start, end);
    }

    private static bool IsWeekday(int year, int month, int day, int weekday)
        => day <= CalendarSystem.Iso.GetDaysInMonth(year, month) && (int)new LocalDate(year, month, day).DayOfWeek == weekday;

    private static void Set(Found found, PartialDate? start, PartialDate? end)
    {
        if (start is not { } s)
        {
            return;
        }

        if (end is { } e && e != s)
        {
            if (e.CompareTo(s) > 0 && e.Precision == s.Precision)
            {
                found.DateRange = PartialDateRange.Closed(s, e);
            }

            return;
        }

        found.Date = s;
    }

    private static PartialDate? Make(int year, int month, int day)
    {
        if (year is < PartialDate.MinYear or > PartialDate.MaxYear)
        {
            return null;
        }

        if (month == 0)
        {
            return PartialDate.FromYear(year);
        }

        if (day == 0)
        {
            return PartialDate.FromYearMonth(year, month);
        }

        return day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? PartialDate.FromDate(year, month, day) : null;
    }

    /// <summary>The year of a month (and day) without one: the latest not after <paramref name="today"/>, or the next one in the future tense.</summary>
    private static int InferYear(LocalDate today, int month, int day, Tense tense)
    {
        var key = (month * 100) + day;
        var todayKey = (today.Month * 100) + (day == 0 ? 0 : today.Day);
        return tense == Tense.Future
            ? (key >= todayKey ? today.Year : today.Year + 1)
            : (key <= todayKey ? today.Year : today.Year - 1);
    }

    private static LocalDate Weekday(LocalDate today, int weekday, Tense tense)
    {
        var target = (IsoDayOfWeek)weekday;
        if (tense == Tense.Future)
        {
            return today.Next(target);
        }

        return today.DayOfWeek == target ? today : today.Previous(target);
    }

    private static void Relative(Found found, CalendarUnit unit, int step, LocalDate today)
    {
        switch (unit)
        {
            case CalendarUnit.Day:
                found.Date = PartialDate.FromLocalDate(today.PlusDays(step));
                break;
            case CalendarUnit.Week:
                // A week is read as its working days, Monday to Friday.
                var monday = today.DayOfWeek == IsoDayOfWeek.Monday ? today : today.Previous(IsoDayOfWeek.Monday);
                monday = monday.PlusWeeks(step);
                found.DateRange = PartialDateRange.Closed(PartialDate.FromLocalDate(monday), PartialDate.FromLocalDate(monday.PlusDays(4)));
                break;
            case CalendarUnit.Month:
                var month = new YearMonth(today.Year, today.Month).PlusMonths(step);
                found.Date = PartialDate.FromYearMonth(month);
                break;
            default:
                found.Date = PartialDate.FromYear(today.Year + step);
                break;
        }
    }

    /// <summary>The date of a weekday expression, for tests: the latest on or before, or the next after in the future.</summary>
    internal static LocalDate WeekdayFor(LocalDate today, IsoDayOfWeek weekday, bool future) => Weekday(today, (int)weekday, future ? Tense.Future : Tense.Past);
}
