namespace Cooperation.Domain.Text;

/// <summary>The period a relative expression counts in ("la semana pasada", "el mes próximo", "this year").</summary>
internal enum CalendarUnit
{
    Day = 1,
    Week = 2,
    Month = 3,
    Year = 4,
}
