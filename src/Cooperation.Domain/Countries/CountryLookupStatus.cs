namespace Cooperation.Domain;

/// <summary>The outcome of resolving text to a country with <see cref="Countries.Find(string)"/>.</summary>
public enum CountryLookupStatus
{
    /// <summary>Exactly one country matched.</summary>
    Found = 1,

    /// <summary>The text is a well-formed name or code, but no country has it; see the suggestions.</summary>
    NotFound = 2,

    /// <summary>The name belongs to more than one country ("San Martín"); see the candidates.</summary>
    Ambiguous = 3,

    /// <summary>
    /// The text cannot be a name: empty or only punctuation, too long, or holding control characters or letters of
    /// a script other than Latin.
    /// </summary>
    Invalid = 4,
}
