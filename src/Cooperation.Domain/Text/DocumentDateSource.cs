namespace Cooperation.Domain.Text;

/// <summary>Where the date a text was written on, against which relative dates are resolved, came from.</summary>
public enum DocumentDateSource
{
    /// <summary>No document date is known: relative dates ("hoy", "last week") and dates without a year stay unresolved.</summary>
    Unknown = 0,

    /// <summary>The caller gave it (<see cref="CommuniqueReaderOptions.DocumentDate"/>, the tool's <c>--date</c>); it wins over the text.</summary>
    Given = 1,

    /// <summary>A crawler's leading <c> date YYYY-MM-DD</c> token at the start of the text (not a mention).</summary>
    CrawlerToken = 2,

    /// <summary>
    /// A dateline or date line at the head of the text ("Ciudad de México, 13 de mayo de 2021", "WASHINGTON, Oct. 8,
    /// 2010", a line that holds only a date); it is also a date mention.
    /// </summary>
    Dateline = 3,
}
