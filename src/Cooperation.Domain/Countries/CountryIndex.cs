
namespace Cooperation.Domain;

/// <summary>
/// Direct-indexed code tables over <see cref="CountryData.Rows"/>: alpha-2, alpha-3 and numeric codes each map to
/// a row in one array read, so parsing a code costs no hashing and no allocation.
/// </summary>
internal static class CountryIndex
{
    // Each entry is row index + 1; 0 means "no officially assigned code".
    private static readonly byte[] ByAlpha2 = new byte[26 * 26];
    private static readonly byte[] ByAlpha3 = new byte[26 * 26 * 26];
    private static readonly byte[] ByNumeric = new byte[1000];

#pragma warning disable CA1810 // The three tables are filled together from one pass over the rows.
    static CountryIndex()
#pragma warning restore CA1810
    {
        var rows = CountryData.Rows;
        for (var i = 0; i < rows.Length; i++)
        {
            var entry = checked((byte)(i + 1));
            ByAlpha2[Letters2(rows[i].Alpha2[0], rows[i].Alpha2[1])] = entry;
            ByAlpha3[Letters3(rows[i].Alpha3[0], rows[i].Alpha3[1], rows[i].Alpha3[2])] = entry;
            ByNumeric[rows[i].Numeric] = entry;
        }
    }

    /// <summary>Row index + 1 for two ASCII letters in any case, or 0.</summary>
    public static int FindAlpha2(char a, char b) => ByAlpha2[Letters2(Upper(a), Upper(b))];

    /// <summary>Row index + 1 for three ASCII letters in any case, or 0.</summary>
    public static int FindAlpha3(char a, char b, char c) => ByAlpha3[Letters3(Upper(a), Upper(b), Upper(c))];

    /// <summary>Row index + 1 for a numeric code 0..999, or 0.</summary>
    public static int FindNumeric(int numeric) => ByNumeric[numeric];

    private static char Upper(char c) => (char)(c & ~0x20);

    private static int Letters2(char a, char b) => ((a - 'A') * 26) + (b - 'A');

    private static int Letters3(char a, char b, char c) => ((((a - 'A') * 26) + (b - 'A')) * 26) + (c - 'A');
}
