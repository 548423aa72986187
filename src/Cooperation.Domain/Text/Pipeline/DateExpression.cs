namespace Cooperation.Domain.Text;

/// <summary>
/// A date as the words give it, before it is resolved: the parts the text states (0 for a part it leaves out), and for
/// relative expressions the unit and the step ("la semana pasada": week, -1; "hoy": day, 0).
/// </summary>
internal sealed record DateExpression
{
    /// <summary>The first (or only) day, month and year the text states; 0 for each part it leaves out.</summary>
    public int Day { get; init; }

    public int Month { get; init; }

    public int Year { get; init; }

    /// <summary>The last day, month and year of a range; all 0 for a single date.</summary>
    public int EndDay { get; init; }

    public int EndMonth { get; init; }

    public int EndYear { get; init; }

    /// <summary>True for a range.</summary>
    public bool IsRange { get; init; }

    /// <summary>A weekday named (1 Monday to 7 Sunday) without a day number: resolved against the document date.</summary>
    public int Weekday { get; init; }

    /// <summary>A weekday the text gives with a day and month ("el miércoles 26 de abril"): it picks the year when the text gives none.</summary>
    public int StatedWeekday { get; init; }

    /// <summary>A relative expression's unit ("semana", "mes", "año", a day for "hoy"), or 0.</summary>
    public CalendarUnit? RelativeUnit { get; init; }

    /// <summary>The step of a relative expression: -1 past, 0 this, +1 next; the offset in days for "hoy", "ayer".</summary>
    public int RelativeStep { get; init; }

    /// <summary>A direction the words give ("el pasado 25 de abril": -1, "el próximo martes": +1), or 0.</summary>
    public int Direction { get; init; }

    /// <summary>The year is the document's year plus this ("de este año": 0, "del año pasado": -1); null when not relative.</summary>
    public int? RelativeYear { get; init; }

    /// <summary>Month and year are taken from the date mentioned just before ("the 13th and 14th").</summary>
    public bool NeedsContextMonth { get; init; }
}
