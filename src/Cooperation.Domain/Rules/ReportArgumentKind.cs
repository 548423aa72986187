namespace Cooperation.Domain.Rules;

/// <summary>How a <see cref="ReportArgument"/> keeps its value.</summary>
internal enum ReportArgumentKind : byte
{
    /// <summary>The reference is the argument.</summary>
    Reference,

    /// <summary>A number, in the bits.</summary>
    Number,

    /// <summary>A <see cref="PartialDate"/>, in the bits.</summary>
    Date,

    /// <summary>The text of a date or of a range of two, in the bits.</summary>
    DateText,

    /// <summary>Words around the reference; the number of their formats in the bits.</summary>
    WordsAround,

    /// <summary>A number (low bits) and the number of the words after it (high bits).</summary>
    Count,
}
