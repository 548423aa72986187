using System.Collections.Immutable;
using System.Diagnostics;

namespace Cooperation.Domain;

/// <summary>
/// A country or territory with an officially assigned ISO 3166-1 code, and its English and Spanish names.
/// </summary>
/// <remarks>
/// There is exactly one instance per code (get them from <see cref="Countries"/> or <see cref="CountryCode.Country"/>),
/// so reference equality is code equality. Names come from Debian's iso-codes data and its Spanish translation,
/// corrected and extended by the curated list in tools/country-names.tsv.
/// </remarks>
[DebuggerDisplay("{Code} {Name.English,nq}")]
public sealed class Country
{
    internal Country(int rowIndex, CountryRow row)
    {
        Code = CountryCode.FromRowIndex(rowIndex);
        Name = LocalizedText.Create(row.NameEs, row.NameEn);
        OfficialName = LocalizedText.Create(row.OfficialNameEs, row.OfficialNameEn);
        Aliases = [.. row.Aliases];
    }

    /// <summary>The ISO 3166-1 code.</summary>
    public CountryCode Code { get; }

    /// <summary>The alpha-2 code, such as "MX".</summary>
    public string Alpha2 => Code.Alpha2;

    /// <summary>The alpha-3 code, such as "MEX".</summary>
    public string Alpha3 => Code.Alpha3;

    /// <summary>The numeric code, such as 484.</summary>
    public int Numeric => Code.Numeric;

    /// <summary>The everyday name in Spanish and English: "México" / "Mexico", "Corea del Sur" / "South Korea".</summary>
    public LocalizedText Name { get; }

    /// <summary>The official (long) name: "Estados Unidos Mexicanos" / "United Mexican States".</summary>
    public LocalizedText OfficialName { get; }

    /// <summary>
    /// Other spellings that find this country: ISO's short forms ("Korea, Republic of"), abbreviations used in the
    /// source documents ("EE.UU.", "EUA") and everyday or former names ("Holland", "Burma").
    /// </summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>The alpha-2 code and the English name, such as "MX Mexico".</summary>
    public override string ToString() => $"{Code} {Name.English}";
}
