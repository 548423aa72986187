using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// Finds the date expressions of a text, in Spanish and English, as <see cref="DateExpression"/>s still to resolve:
/// day, month and year ("13 de mayo de 2021", "October 8, 2010", "8 October 2010"); ranges in one month, across
/// months and across years ("del 25 al 28 de abril", "los días 10 y 11 de junio", "January 12-13, 2011", "del 30 de
/// noviembre al 1 de diciembre", "desde diciembre de 2020 y hasta diciembre de 2021"); month and year ("julio de 2008",
/// "in April 2011"), a year after a preposition ("desde 2013", "en 2021", "el año 2021"); weekdays ("el miércoles 26 de
/// abril", "el martes"); and relative expressions ("hoy", "la semana pasada", "el mes pasado", "en octubre de este
/// año", "last week", "the 13th and 14th").
/// </summary>
/// <remarks>
/// One pass over the tokens: at each token the patterns that can start there are tried, each reading a bounded number
/// of tokens ahead, and a match moves the scan past it. Clock times ("a las 06:40", "10:00 horas"), numbers glued to
/// words ("COVID-19", "H2"), bulletin numbers ("320/2019"), durations ("dos días", "27 años") and vague spans ("en los
/// próximos años") match no pattern. A day that does not exist ("31 de abril") and a range that runs backwards are
/// dropped whole.
/// </remarks>
internal static class DateScanner
{
    public static void Scan(Analysis a)
    {
        var k = a.SkipUntil;
        while (k < a.Count)
        {
            a.Steps++;
            if (a.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && TryAt(a, k, out var first, out var end, out var expression))
            {
                if (expression is not null)
                {
                    var found = a.Add(MentionKind.Date, first, end);
                    found.Expression = expression;
                }

                k = end;
                continue;
            }

            k++;
        }
    }

    private static bool TryAt(Analysis a, int k, out int first, out int end, out DateExpression? expression)
    {
        first = k;
        end = k;
        expression = null;
        ref readonly var token = ref a.Tokens[k];
        if (token.Kind == TokenKind.Number)
        {
            return TryDayFirst(a, k, ref first, ref end, ref expression) || TryYear(a, k, ref first, ref end, ref expression)
                || TryOrdinalDays(a, k, ref first, ref end, ref expression);
        }

        if (token.Is(LexClass.Month) && Month(a, k, out _, out _))
        {
            return TryMonthFirst(a, k, ref first, ref end, ref expression);
        }

        if (token.Is(LexClass.Weekday))
        {
            return TryWeekday(a, k, ref first, ref end, ref expression);
        }

        if (token.Is(LexClass.RelativeDay))
        {
            return TryRelativeDay(a, k, ref first, ref end, ref expression);
        }

        if (token.Is(LexClass.RelativeModifier | LexClass.PeriodNoun))
        {
            return TryRelativePeriod(a, k, ref first, ref end, ref expression);
        }

        if (a.IsWord(k, Words.Primero) && Month(a, SkipDe(a, k + 1), out _, out _))
        {
            return TryDayFirst(a, k, ref first, ref end, ref expression);
        }

        return false;
    }

    // ---------------------------------------------------------------------------------------------------- pieces

    /// <summary>A day of the month: a number from 1 to 31 that is not a clock time, a decimal or glued to a word.</summary>
    private static bool Day(Analysis a, int k, out int day)
    {
        day = 0;
        if ((uint)k >= (uint)a.Count)
        {
            return false;
        }

        ref readonly var token = ref a.Tokens[k];
        if (a.IsWord(k, Words.Primero))
        {
            day = 1;
            return true;
        }

        if (token.Kind != TokenKind.Number || token.Has(TokenFlags.Glued) || token.Number is < 1 or > 31)
        {
            return false;
        }

        var digits = token.Has(TokenFlags.OrdinalSuffix) ? DigitCount(a, k) : token.Length;
        if (digits > 2)
        {
            return false;
        }

        // "06:40", "10.30", "1,350": a separator glued to another number.
        if (k + 2 < a.Count && a.Tokens[k + 1].Gap == 0 && a.Tokens[k + 1].Kind == TokenKind.Punct
            && a.Tokens[k + 1].Number is ':' or '.' or ',' or '/' && a.Tokens[k + 2].Gap == 0 && a.Tokens[k + 2].Kind == TokenKind.Number)
        {
            return false;
        }

        if (k > 1 && token.Gap == 0 && a.Tokens[k - 1].Kind == TokenKind.Punct && a.Tokens[k - 1].Number is ':' or '/' or '.' or ','
            && a.Tokens[k - 2].Kind == TokenKind.Number)
        {
            return false;
        }

        day = token.Number;
        return true;
    }

    private static int DigitCount(Analysis a, int k)
    {
        var span = a.Span(k);
        var n = 0;
        while (n < span.Length && char.IsAsciiDigit(span[n]))
        {
            a.Steps++;
            n++;
        }

        return n;
    }

    /// <summary>The first year a day or month names ("14 de julio de 1789"): a year alone starts at 1900, since a bare
    /// four-digit number before it is more often a count than a year.</summary>
    private const int HistoricalYear = 1000;

    /// <summary>A year: four digits from 1900 (or <paramref name="from"/>) to 2100, not part of a longer number or a code ("320/2019", "No. 2019").</summary>
    private static bool Year(Analysis a, int k, out int year, int from = 1900)
    {
        year = 0;
        if ((uint)k >= (uint)a.Count)
        {
            return false;
        }

        ref readonly var token = ref a.Tokens[k];
        if (token.Kind != TokenKind.Number || token.Length != 4 || token.Has(TokenFlags.Glued | TokenFlags.OrdinalSuffix) || token.Number < from || token.Number > 2100)
        {
            return false;
        }

        if (k + 2 < a.Count && a.Tokens[k + 1].Gap == 0 && a.Tokens[k + 1].Kind == TokenKind.Punct
            && a.Tokens[k + 1].Number is ':' or '/' or '.' or ',' && a.Tokens[k + 2].Gap == 0 && a.Tokens[k + 2].Kind == TokenKind.Number)
        {
            return false;
        }

        if (k > 1 && token.Gap == 0 && a.Tokens[k - 1].Kind == TokenKind.Punct && a.Tokens[k - 1].Number is '/' or '.' or ':' or ','
            && a.Tokens[k - 2].Kind == TokenKind.Number)
        {
            return false;
        }

        year = token.Number;
        return true;
    }

    /// <summary>A month at <paramref name="k"/>; <paramref name="next"/> is the token after it (after the period of "Oct.").</summary>
    private static bool Month(Analysis a, int k, out int month, out int next)
    {
        month = 0;
        next = k;
        if ((uint)k >= (uint)a.Count || !a.Tokens[k].Is(LexClass.Month))
        {
            return false;
        }

        ref readonly var token = ref a.Tokens[k];
        var span = a.Span(k);
        next = k + 1;
        if (span.Length <= 4 && !IsFullMonthName(span))
        {
            // "Oct." and "sept." are months only with their period.
            if (!a.IsPunct(k + 1, '.') || a.Tokens[k + 1].Gap != 0)
            {
                return false;
            }

            next = k + 2;
        }
        else if (token.Is(LexClass.English) && !token.Has(TokenFlags.Capitalized))
        {
            // "may" and "march" in lower case are a verb; English months are capitalised.
            return false;
        }

        month = token.Lex.Value;
        return true;
    }

    private static bool IsFullMonthName(ReadOnlySpan<char> span)
        => span.Equals("mayo", StringComparison.OrdinalIgnoreCase) || span.Equals("May", StringComparison.OrdinalIgnoreCase)
        || span.Equals("June", StringComparison.OrdinalIgnoreCase) || span.Equals("July", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token after an optional "de" or "del".</summary>
    private static int SkipDe(Analysis a, int k) => a.IsWord(k, Words.De) || a.IsWord(k, Words.Del) ? k + 1 : k;

    /// <summary>The token after an optional comma.</summary>
    private static int SkipComma(Analysis a, int k) => a.IsPunct(k, ',') ? k + 1 : k;

    private static bool IsDash(Analysis a, int k) => (uint)k < (uint)a.Count && a.Tokens[k].Kind == TokenKind.Punct && a.Tokens[k].Number is '-' or '\u2013' or '\u2014' or '\u2010' or '\u2011';

    /// <summary>The word or words between the two ends of a range: "al", "a", "-", "hasta (el)", "y (el)", "to", "through", "and", "until".</summary>
    private static bool RangeLink(Analysis a, int k, out int next)
    {
        next = k;
        if (IsDash(a, k))
        {
            next = k + 1;
            return true;
        }

        if (a.IsWord(k, Words.Al) || a.IsWord(k, Words.A) || a.IsWord(k, Words.To) || a.IsWord(k, Words.Through) || a.IsWord(k, Words.Until))
        {
            next = k + 1;
            return true;
        }

        if (a.IsWord(k, Words.Hasta) || a.IsWord(k, Words.Y) || a.IsWord(k, Words.E) || a.IsWord(k, Words.And))
        {
            next = k + 1;
            if (a.IsWord(next, Words.Hasta))
            {
                next++;
            }

            if (a.IsWord(next, Words.El) || a.IsWord(next, Words.The))
            {
                next++;
            }

            return true;
        }

        return false;
    }

    /// <summary>"de 2021", "del 2021", "de este año", "del año pasado", ", 2021" (English): the year of a day or month.</summary>
    private static bool YearPart(Analysis a, int k, bool english, out int year, out int? relativeYear, out int next)
    {
        year = 0;
        relativeYear = null;
        next = k;
        var j = english ? SkipComma(a, k) : k;
        if (!english)
        {
            if (!(a.IsWord(j, Words.De) || a.IsWord(j, Words.Del)))
            {
                return false;
            }

            j++;
            if (a.IsWord(j, Words.Ano))
            {
                // "de 2021", "del año 2021", "del año pasado".
                if (Year(a, j + 1, out year, HistoricalYear))
                {
                    next = j + 2;
                    return true;
                }

                if (a.Is(j + 1, LexClass.RelativeModifier))
                {
                    relativeYear = a.Tokens[j + 1].Lex.Value - 100;
                    next = j + 2;
                    return true;
                }

                return false;
            }

            if (a.Is(j, LexClass.RelativeModifier) && a.IsWord(j + 1, Words.Ano))
            {
                // "de este año", "del próximo año", "del presente año".
                relativeYear = a.Tokens[j].Lex.Value - 100;
                next = j + 2;
                return true;
            }
        }
        else if (a.IsWord(j, Words.Of) && a.Is(j + 1, LexClass.RelativeModifier) && a.IsWord(j + 2, Words.Year))
        {
            relativeYear = a.Tokens[j + 1].Lex.Value - 100;
            next = j + 3;
            return true;
        }

        if (Year(a, j, out year, HistoricalYear))
        {
            next = j + 1;
            return true;
        }

        return false;
    }

    // -------------------------------------------------------------------------------------------- day first

    /// <summary>
    /// Spanish "13 de mayo de 2021", "25 al 28 de abril", "10 y 11 de junio", "30 de noviembre al 1 de diciembre de
    /// 2019", "10, 11 y 12 de junio"; English "8 October 2010", "10-11 February 2011".
    /// </summary>
    private static bool TryDayFirst(Analysis a, int k, ref int first, ref int end, ref DateExpression? expression)
    {
        if (!Day(a, k, out var day))
        {
            return false;
        }

        // A first day alone ("25 al 28 de abril", "10, 11 y 12 de junio"): find the month after the last day.
        var days = 1;
        var lastDay = day;
        var j = k + 1;
        var consecutive = true;
        var isRange = false;
        while (true)
        {
            a.Steps++;
            var afterDe = SkipDe(a, j);
            if (Month(a, afterDe, out var month, out var afterMonth))
            {
                // The month of the days read so far; a year may follow.
                var hasYear = YearPart(a, afterMonth, false, out var year, out var relativeYear, out var afterYear)
                    || YearPart(a, afterMonth, true, out year, out relativeYear, out afterYear);
                var next = hasYear ? afterYear : afterMonth;

                // "30 de noviembre al 1 de diciembre (de 2019)": a second date after a range link.
                if (days == 1 && RangeLink(a, next, out var afterLink) && Day(a, afterLink, out var endDay)
                    && Month(a, SkipDe(a, afterLink + 1), out var endMonth, out var afterEndMonth))
                {
                    var endHasYear = YearPart(a, afterEndMonth, false, out var endYear, out var endRelative, out var afterEndYear)
                        || YearPart(a, afterEndMonth, true, out endYear, out endRelative, out afterEndYear);
                    end = endHasYear ? afterEndYear : afterEndMonth;
                    expression = Validated(new DateExpression
                    {
                        Day = day, Month = month, Year = hasYear ? year : 0, IsRange = true,
                        EndDay = endDay, EndMonth = endMonth, EndYear = endHasYear ? endYear : 0,
                        RelativeYear = relativeYear ?? endRelative,
                    });
                    ExtendBack(a, ref first, ref expression);
                    return true;
                }

                end = next;
                expression = days == 1
                    ? Validated(new DateExpression { Day = day, Month = month, Year = hasYear ? year : 0, RelativeYear = relativeYear })
                    : isRange || consecutive
                        ? Validated(new DateExpression { Day = day, Month = month, Year = hasYear ? year : 0, IsRange = true, EndDay = lastDay, EndMonth = month, EndYear = hasYear ? year : 0, RelativeYear = relativeYear })
                        : Validated(new DateExpression { Day = lastDay, Month = month, Year = hasYear ? year : 0, RelativeYear = relativeYear });
                if (days > 1 && !isRange && !consecutive)
                {
                    // "los días 10 y 15 de junio": two days, not a range; the mention is the last day with its month.
                    first = k;
                    while (first < end && !(a.Tokens[first].Kind == TokenKind.Number && a.Tokens[first].Number == lastDay))
                    {
                        a.Steps++;
                        first++;
                    }

                    return true;
                }

                ExtendBack(a, ref first, ref expression);
                return true;
            }

            // English "10-11 February 2011" and "8 October 2010" come through here too (no "de").
            if (days == 1 && RangeLink(a, j, out var link) && !a.IsWord(j, Words.Y) && !a.IsWord(j, Words.And) && Day(a, link, out var second))
            {
                isRange = true;
                lastDay = second;
                days++;
                j = link + 1;
                continue;
            }

            // Lists: "10, 11 y 12 de junio", "10 y 11 de junio".
            if ((a.IsPunct(j, ',') || a.IsWord(j, Words.Y) || a.IsWord(j, Words.E) || a.IsWord(j, Words.And)) && Day(a, j + 1, out var next2) && !isRange && days < 8)
            {
                consecutive &= next2 == lastDay + 1;
                lastDay = next2;
                days++;
                j += 2;
                continue;
            }

            return false;
        }
    }

    /// <summary>"the 13th and 14th", "el 13 y 14": days without a month, resolved from the date mentioned just before.</summary>
    private static bool TryOrdinalDays(Analysis a, int k, ref int first, ref int end, ref DateExpression? expression)
    {
        // Only English "the 13th (and 14th)": a Spanish bare number is too often something else.
        if (!a.IsWord(k - 1, Words.The) || !a.Tokens[k].Has(TokenFlags.OrdinalSuffix) || !Day(a, k, out var day)
            || !char.IsAsciiLetter(a.Span(k)[^1]))
        {
            return false;
        }

        // Not "the 5th meeting": a noun after the number makes it an ordinal.
        var j = k + 1;
        var endDay = 0;
        if ((a.IsWord(j, Words.And) || IsDash(a, j) || a.IsWord(j, Words.To)) && a.Tokens[Math.Min(j + 1, a.Count - 1)].Has(TokenFlags.OrdinalSuffix) && Day(a, j + 1, out var second))
        {
            endDay = second;
            j += 2;
        }

        if (a.Is(j, LexClass.MeetingNoun | LexClass.MeetingAdjective) || (j < a.Count && a.Tokens[j].IsCapitalizedWord && !a.Tokens[j].Is(LexClass.Function)))
        {
            return false;
        }

        if (a.IsWord(j, Words.Of) && Month(a, j + 1, out _, out _))
        {
            return false;
        }

        first = k - 1;
        end = j;
        expression = endDay > day
            ? new DateExpression { Day = day, EndDay = endDay, IsRange = true, NeedsContextMonth = true }
            : endDay == 0 ? new DateExpression { Day = day, NeedsContextMonth = true } : null;
        return true;
    }

    // ------------------------------------------------------------------------------------------ month first

    /// <summary>
    /// English "October 8, 2010", "Oct. 8, 2010", "January 12-13, 2011", "March, 28-29, 2011", "November 30 - December 1,
    /// 2019", "May 18"; both languages' "julio de 2008", "April 2011", "octubre de este año", month ranges ("diciembre de
    /// 2020 y hasta diciembre de 2021"), and a month after a preposition ("en octubre", "in June").
    /// </summary>
    private static bool TryMonthFirst(Analysis a, int k, ref int first, ref int end, ref DateExpression? expression)
    {
        if (!Month(a, k, out var month, out var j))
        {
            return false;
        }

        // English month-day: "October 8, 2010", "March, 28-29, 2011".
        var d = SkipComma(a, j);
        if (Day(a, d, out var day) && !a.IsWord(d + 1, Words.De))
        {
            var afterDay = d + 1;
            var endDay = 0;
            var endMonth = 0;
            if (RangeLink(a, afterDay, out var link) && !a.IsWord(afterDay, Words.And))
            {
                if (Day(a, link, out var second))
                {
                    endDay = second;
                    endMonth = month;
                    afterDay = link + 1;
                }
                else if (Month(a, link, out var month2, out var afterMonth2) && Day(a, afterMonth2, out var second2))
                {
                    endDay = second2;
                    endMonth = month2;
                    afterDay = afterMonth2 + 1;
                }
            }
            else if (a.IsWord(afterDay, Words.And) && Day(a, afterDay + 1, out var second3))
            {
                endDay = second3;
                endMonth = month;
                afterDay += 2;
            }

            var hasYear = YearPart(a, afterDay, true, out var year, out var relativeYear, out var afterYear);
            end = hasYear ? afterYear : afterDay;
            expression = Validated(endDay == 0
                ? new DateExpression { Day = day, Month = month, Year = year, RelativeYear = relativeYear }
                : new DateExpression { Day = day, Month = month, Year = year, IsRange = true, EndDay = endDay, EndMonth = endMonth, EndYear = year, RelativeYear = relativeYear });
            ExtendBack(a, ref first, ref expression);
            return true;
        }

        // Month and year: "julio de 2008", "April 2011", "octubre de este año", "June, 2011".
        var monthHasYear = YearPart(a, j, false, out var y, out var relative, out var afterY)
            || (!a.IsWord(j, Words.De) && YearPart(a, j, true, out y, out relative, out afterY));
        var after = monthHasYear ? afterY : j;

        // A month range: "(desde) diciembre de 2020 (y) hasta diciembre de 2021", "de enero a marzo de 2021".
        if (RangeLink(a, after, out var rangeLink) && Month(a, rangeLink, out var untilMonth, out var afterUntil)
            && (YearPart(a, afterUntil, false, out var untilYear, out var untilRelative, out var afterUntilYear)
                || YearPart(a, afterUntil, true, out untilYear, out untilRelative, out afterUntilYear)))
        {
            end = afterUntilYear;
            expression = Validated(new DateExpression
            {
                Month = month, Year = monthHasYear ? y : 0, IsRange = true, EndMonth = untilMonth, EndYear = untilYear,
                RelativeYear = relative ?? untilRelative,
            });
            ExtendBack(a, ref first, ref expression);
            return true;
        }

        if (monthHasYear)
        {
            end = after;
            expression = Validated(new DateExpression { Month = month, Year = y, RelativeYear = relative });
            ExtendBack(a, ref first, ref expression);
            return true;
        }

        // A month alone, after a preposition or "el mes de": its year comes from the document date.
        if (k > 0 && (a.Is(k - 1, LexClass.PlacePreposition | LexClass.Since) || a.IsWord(k - 1, Words.Hasta) || a.IsWord(k - 1, Words.Until)
            || a.IsWord(k - 1, Words.Para) || (a.IsWord(k - 1, Words.De) && a.IsWord(k - 2, Words.Mes))
            || a.IsWord(k - 1, Words.During) || a.IsWord(k - 1, Words.Durante) || a.IsWord(k - 1, Words.By))
            && !a.Tokens[k].Has(TokenFlags.AllCaps))
        {
            end = j;
            expression = new DateExpression { Month = month };
            ExtendBack(a, ref first, ref expression);
            return true;
        }

        return false;
    }

    // ------------------------------------------------------------------------------------------------- years

    /// <summary>A year after a preposition or "el año", or in parentheses: "desde 2013", "en 2021", "el año 2021", "(2013)", "2019-2022".</summary>
    private static bool TryYear(Analysis a, int k, ref int first, ref int end, ref DateExpression? expression)
    {
        if (!Year(a, k, out var year))
        {
            return false;
        }

        var introduced = k > 0 && (a.Is(k - 1, LexClass.PlacePreposition | LexClass.Since) || a.IsWord(k - 1, Words.Hasta)
            || a.IsWord(k - 1, Words.Until) || a.IsWord(k - 1, Words.Para) || a.IsWord(k - 1, Words.For) || a.IsWord(k - 1, Words.Of)
            || a.IsWord(k - 1, Words.From) || a.IsWord(k - 1, Words.Ano) || a.IsWord(k - 1, Words.Year)
            || a.IsWord(k - 1, Words.Durante) || a.IsWord(k - 1, Words.During) || a.IsWord(k - 1, Words.By)
            || a.IsWord(k - 1, Words.Antes) || a.IsWord(k - 1, Words.Before) || a.IsWord(k - 1, Words.After)
            || a.IsWord(k - 1, Words.Del) || (a.IsWord(k - 1, Words.De) && !a.Tokens[Math.Max(0, k - 2)].IsCapitalizedWord)
            || a.IsWord(k - 1, Words.Entre) || a.IsWord(k - 1, Words.Between));
        var parenthesised = a.IsPunct(k - 1, '(') && (a.IsPunct(k + 1, ')') || IsDash(a, k + 1));
        if (!introduced && !parenthesised)
        {
            return false;
        }

        // A year after a document noun is part of a name ("Agenda 2030", "Plan 2019-2022").
        if (k > 0 && a.Is(k - 1, LexClass.DocumentNoun))
        {
            return false;
        }

        // "2019-2022", "de 2019 a 2022", "entre 2019 y 2022".
        if (RangeLink(a, k + 1, out var link) && Year(a, link, out var endYear))
        {
            end = link + 1;
            expression = endYear > year ? new DateExpression { Year = year, EndYear = endYear, IsRange = true } : null;
        }
        else
        {
            end = k + 1;
            expression = new DateExpression { Year = year };
        }

        ExtendBack(a, ref first, ref expression);
        return true;
    }

    // ---------------------------------------------------------------------------------------- weekdays

    /// <summary>"el miércoles 26 de abril", "Monday, March 3, 2020", and a bare weekday ("el martes", "last Tuesday").</summary>
    private static bool TryWeekday(Analysis a, int k, ref int first, ref int end, ref DateExpression? expression)
    {
        // "Santo Domingo, 15 de mayo": the city's name, not Sunday.
        if (SaintPlaces.Follows(a, k))
        {
            return false;
        }

        var weekday = a.Tokens[k].Lex.Value;
        var j = SkipComma(a, k + 1);
        if (TryDayFirst(a, j, ref first, ref end, ref expression) || (Month(a, j, out _, out _) && TryMonthFirst(a, j, ref first, ref end, ref expression)))
        {
            first = k;
            if (expression is { IsRange: false, Day: > 0 })
            {
                expression = expression with { StatedWeekday = weekday };
            }

            ExtendBack(a, ref first, ref expression);
            return true;
        }

        first = k;
        end = k + 1;

        // "el próximo martes", "last Tuesday", "este viernes": the modifier is part of the date and gives its direction.
        var direction = 0;
        if (a.Is(k - 1, LexClass.RelativeModifier))
        {
            direction = a.Tokens[k - 1].Lex.Value - 100;
            first = k - 1;
        }

        // A weekday after an article, a modifier or "on", or in English capitalised right after a verb of meeting or
        // travel ("met Tuesday", as news agencies write it), is a date; a weekday alone at a line start (a heading) is not.
        var introduced = a.IsWord(k - 1, Words.El) || a.IsWord(k - 1, Words.On) || a.Is(k - 1, LexClass.RelativeModifier)
            || a.IsWord(k - 1, Words.Este) || a.IsWord(k - 1, Words.Last) || a.IsWord(k - 1, Words.Next)
            || (a.Language == Language.English && a.Tokens[k].Has(TokenFlags.Capitalized) && !a.Tokens[k].Has(TokenFlags.LineStart | TokenFlags.AllCaps)
                && a.Is(k - 1, LexClass.MeetingVerb | LexClass.VisitVerb));
        if (!introduced)
        {
            expression = null;
            return false;
        }

        expression = new DateExpression { Weekday = weekday, Direction = direction };
        return true;
    }

    // ---------------------------------------------------------------------------------------- relative

    private static readonly HashSet<ulong> PartsOfDay = [.. new[] { "mañana", "tarde", "noche", "morning", "afternoon", "evening" }.Select(WordHash.Of)];

    /// <summary>"hoy", "ayer", "anteayer", "today", "yesterday", "tomorrow".</summary>
    private static bool TryRelativeDay(Analysis a, int k, ref int first, ref int end, ref DateExpression? expression)
    {
        // "hoy en día" (nowadays) is not a day, nor a surname ("Serena Hoy": capitalised after a capitalised word).
        if ((a.IsWord(k + 1, Words.En) && a.IsWord(k + 2, Words.Dia))
            || (a.Tokens[k].Has(TokenFlags.Capitalized) && k > 0 && a.Tokens[k].Gap == 1 && a.Tokens[k - 1].IsCapitalizedWord && !a.Tokens[k].Has(TokenFlags.LineStart)))
        {
            return false;
        }

        first = k;
        end = k + 1;
        expression = new DateExpression { RelativeUnit = CalendarUnit.Day, RelativeStep = a.Tokens[k].Lex.Value - 100 };
        return true;
    }

    /// <summary>"la semana pasada", "la próxima semana", "este mes", "el año pasado", "last week", "next month", "el pasado mes de marzo".</summary>
    private static bool TryRelativePeriod(Analysis a, int k, ref int first, ref int end, ref DateExpression? expression)
    {
        // "esta mañana", "this morning", "esta tarde": a part of the document's own day.
        if (a.Is(k, LexClass.RelativeModifier) && a.Tokens[k].Lex.Value == 100 && k + 1 < a.Count && a.Tokens[k + 1].Kind == TokenKind.Word
            && PartsOfDay.Contains(a.Tokens[k + 1].Hash))
        {
            first = k;
            end = k + 2;
            expression = new DateExpression { RelativeUnit = CalendarUnit.Day, RelativeStep = 0 };
            return true;
        }

        int step;
        int unitToken;
        if (a.Is(k, LexClass.RelativeModifier) && a.Is(k + 1, LexClass.PeriodNoun))
        {
            step = a.Tokens[k].Lex.Value - 100;
            unitToken = k + 1;
        }
        else if (a.Is(k, LexClass.PeriodNoun) && a.Is(k + 1, LexClass.RelativeModifier) && !a.Is(k + 1, LexClass.Determiner)
            && (a.IsWord(k - 1, Words.El) || a.IsWord(k - 1, Words.La) || a.IsWord(k - 1, Words.The)))
        {
            // Spanish puts the modifier after: "la semana pasada", "el año próximo", "el mes entrante".
            step = a.Tokens[k + 1].Lex.Value - 100;
            unitToken = k;
        }
        else if (a.Is(k, LexClass.PeriodNoun) && a.IsWord(k + 1, Words.En) && a.IsWord(k + 2, Words.Curso))
        {
            // "el año en curso".
            step = 0;
            unitToken = k;
        }
        else
        {
            return false;
        }

        var unit = (CalendarUnit)a.Tokens[unitToken].Lex.Value;
        if (unit == CalendarUnit.Day)
        {
            return false;
        }

        // The article belongs to the expression: "la semana pasada", "el próximo año", "the next week".
        var start = a.IsWord(k - 1, Words.La) || a.IsWord(k - 1, Words.El) || a.IsWord(k - 1, Words.The) ? k - 1 : k;

        // "el pasado mes de marzo": a month with a direction.
        var afterUnit = Math.Max(unitToken, k + 1) + 1;
        if (a.IsWord(unitToken + 1, Words.En) && a.IsWord(unitToken + 2, Words.Curso))
        {
            afterUnit = unitToken + 3;
        }

        if (unit == CalendarUnit.Month && a.IsWord(afterUnit, Words.De) && Month(a, afterUnit + 1, out var month, out var afterMonth))
        {
            first = start;
            end = afterMonth;
            expression = new DateExpression { Month = month, Direction = step };
            ExtendBack(a, ref first, ref expression);
            return true;
        }

        first = start;
        end = afterUnit;
        expression = new DateExpression { RelativeUnit = unit, RelativeStep = step };
        ExtendBack(a, ref first, ref expression);
        return true;
    }

    // ------------------------------------------------------------------------------------------ helpers

    /// <summary>
    /// Takes in the words before a date that belong to it: "del", "desde (el)", "entre (el)", "a partir (del)", "from",
    /// "between", "los días", "el día", "el año", and "el pasado" / "el próximo" (which give a direction).
    /// </summary>
    private static void ExtendBack(Analysis a, ref int first, ref DateExpression? expression)
    {
        if (expression is null)
        {
            return;
        }

        var k = first;
        var isRange = expression.IsRange;
        if (a.IsWord(k - 1, Words.El) || a.IsWord(k - 1, Words.The))
        {
            if (a.IsWord(k - 2, Words.Desde) || a.IsWord(k - 2, Words.Entre) || a.IsWord(k - 2, Words.Between))
            {
                first = k - 2;
            }

            return;
        }

        if (a.Is(k - 1, LexClass.RelativeModifier) && !a.Is(k - 1, LexClass.Determiner) && expression.Day > 0 && !isRange)
        {
            // "el pasado 25 de abril", "el próximo 9 de septiembre".
            var direction = a.Tokens[k - 1].Lex.Value - 100;
            if (direction != 0)
            {
                expression = expression with { Direction = direction };
                first = a.IsWord(k - 2, Words.El) ? k - 2 : k - 1;
            }

            return;
        }

        if (a.IsWord(k - 1, Words.Dias) || a.IsWord(k - 1, Words.Dia) || a.IsWord(k - 1, Words.Ano))
        {
            first = a.IsWord(k - 2, Words.Los) || a.IsWord(k - 2, Words.El) || a.IsWord(k - 2, Words.Del) ? k - 2 : k - 1;
            return;
        }

        if ((isRange && (a.IsWord(k - 1, Words.Del) || a.IsWord(k - 1, Words.Entre) || a.IsWord(k - 1, Words.Between) || a.IsWord(k - 1, Words.From)))
            || a.IsWord(k - 1, Words.Desde) || a.IsWord(k - 1, Words.Since))
        {
            first = k - 1;
        }
        else if (a.IsWord(k - 1, Words.Del) && a.IsWord(k - 2, Words.Partir) && a.IsWord(k - 3, Words.A))
        {
            first = k - 3;
        }
    }

    /// <summary>The expression, or null when it names a day that does not exist or a range that runs backwards.</summary>
    private static DateExpression? Validated(DateExpression e)
    {
        if (e.Day > 0 && e.Month > 0 && e.Day > MaxDay(e.Month, e.Year))
        {
            return null;
        }

        if (e.IsRange)
        {
            if (e.EndDay > 0 && e.EndMonth > 0 && e.EndDay > MaxDay(e.EndMonth, e.EndYear))
            {
                return null;
            }

            // A range is backwards when its end is not after its start; a start without a year takes the end's year,
            // or the year before when its month comes later ("del 28 de diciembre al 3 de enero de 2021").
            var endYear = e.EndYear;
            var startYear = e.Year > 0 ? e.Year : endYear > 0 && (e.Month * 100) + e.Day > (e.EndMonth * 100) + e.EndDay ? endYear - 1 : endYear;
            if (startYear > 0 && endYear > 0)
            {
                if ((endYear * 10000) + (e.EndMonth * 100) + e.EndDay <= (startYear * 10000) + (e.Month * 100) + e.Day)
                {
                    return null;
                }
            }
            else if (e.EndMonth == e.Month && e.EndDay <= e.Day)
            {
                return null;
            }
        }

        return e;
    }

    private static int MaxDay(int month, int year) => month switch
    {
        2 => year == 0 || DateTime.IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
