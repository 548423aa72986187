using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// One meeting a document reports or announces: its date as the text states it (ISO, a range, or null), whether it
/// was held or is planned, the participating states, and the dates and sets of states also accepted. Matching uses
/// only the date and the set of countries.
/// </summary>
public sealed record GoldMeeting(
    string? Date,
    IReadOnlyList<string?> AltDates,
    string Status,
    IReadOnlyList<string> Countries,
    IReadOnlyList<IReadOnlyList<string>> AltCountries,
    string? Mechanism,
    int? Ordinal,
    string? Place,
    bool Optional)
{
    /// <summary>The date and every alternative.</summary>
    public IEnumerable<string?> AcceptedDates => [Date, .. AltDates];

    /// <summary>The set of countries and every alternative set.</summary>
    public IEnumerable<IReadOnlyList<string>> AcceptedCountries => [Countries, .. AltCountries];
}
