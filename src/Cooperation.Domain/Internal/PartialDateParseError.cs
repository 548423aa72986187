namespace Cooperation.Domain.Internal;

/// <summary>
/// Why text is not a <see cref="PartialDate"/>. The parser returns a code rather than a message so that
/// <see cref="PartialDate"/> and <see cref="PartialDateRange"/> can each pick a constant reason that says which part
/// of their input was wrong, without allocating.
/// </summary>
internal enum PartialDateParseError : byte
{
    None = 0,
    Empty,
    WhiteSpaceOnly,
    SurroundingWhiteSpace,
    SignedYear,
    NonAsciiDigit,
    MissingYear,
    DayFirst,
    YearDigits,
    YearZero,
    ExpectedDashAfterYear,
    WeekDate,
    MonthDigits,
    MonthRange,
    ExpectedDashAfterMonth,
    DayDigits,
    DayRange,
    DayPastMonthEnd,
    NotLeapYear,
    TimeOfDay,
    Range,
    TrailingText,
}
