namespace Cooperation.Domain.Text;

/// <summary>Months, weekdays and the words of relative dates, in Spanish and English.</summary>
internal static class CalendarWords
{
    /// <summary>Month names and abbreviations, each with its number.</summary>
    public static readonly (string Word, int Month)[] Months =
    [
        ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8),
        ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),

        // Abbreviations, as datelines write them ("Oct. 8, 2010", "8 sept. 2021"); "mar" and "may" stand as words too.
        ("jan", 1), ("feb", 2), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10),
        ("nov", 11), ("dec", 12), ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
    ];

    /// <summary>Abbreviations that are months only when a period and a day number follow ("Oct. 8"), never alone.</summary>
    public static readonly string[] AbbreviationsNeedingPeriod = ["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene", "abr", "ago", "dic"];

    /// <summary>Weekdays, Monday = 1.</summary>
    public static readonly (string Word, int Day)[] Weekdays =
    [
        ("lunes", 1), ("martes", 2), ("miércoles", 3), ("jueves", 4), ("viernes", 5), ("sábado", 6), ("domingo", 7),
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
    ];

    /// <summary>Days named relative to the document date, with their offset.</summary>
    public static readonly (string Word, int Offset)[] RelativeDays =
    [
        ("hoy", 0), ("ayer", -1), ("anteayer", -2), ("today", 0), ("yesterday", -1), ("tomorrow", 1),
    ];

    /// <summary>Periods counted by relative expressions.</summary>
    public static readonly (string Word, CalendarUnit Unit)[] PeriodNouns =
    [
        ("semana", CalendarUnit.Week), ("week", CalendarUnit.Week), ("mes", CalendarUnit.Month), ("month", CalendarUnit.Month),
        ("año", CalendarUnit.Year), ("year", CalendarUnit.Year), ("día", CalendarUnit.Day), ("day", CalendarUnit.Day),
    ];

    /// <summary>Words that move a period back (-1), keep it (0) or move it ahead (+1).</summary>
    public static readonly (string Word, int Direction)[] RelativeModifiers =
    [
        ("pasado", -1), ("pasada", -1), ("anterior", -1), ("last", -1), ("past", -1), ("previous", -1),
        ("este", 0), ("esta", 0), ("presente", 0), ("curso", 0), ("this", 0), ("current", 0),
        ("próximo", 1), ("próxima", 1), ("siguiente", 1), ("entrante", 1), ("venidero", 1), ("next", 1), ("coming", 1),
    ];
}
