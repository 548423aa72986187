namespace Cooperation.Domain;

/// <summary>What a successful country lookup matched.</summary>
public enum CountryMatchKind
{
    /// <summary>Nothing matched (the lookup failed).</summary>
    None = 0,

    /// <summary>An ISO 3166-1 code: alpha-2, alpha-3 or numeric.</summary>
    Code = 1,

    /// <summary>A name or alias in English or Spanish, compared without case, accents, punctuation or a leading article.</summary>
    Name = 2,
}
