namespace Cooperation.Domain;

/// <summary>One generated ISO 3166-1 row, before it becomes a <see cref="Country"/>.</summary>
internal sealed record CountryRow(
    string Alpha2,
    string Alpha3,
    int Numeric,
    string NameEn,
    string NameEs,
    string OfficialNameEn,
    string OfficialNameEs,
    string[] Aliases);

/// <summary>A generated name key and the index of the row it finds.</summary>
internal readonly record struct NameKeyRow(string Key, int Row);
