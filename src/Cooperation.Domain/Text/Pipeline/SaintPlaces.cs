namespace Cooperation.Domain.Text;

/// <summary>
/// Places named after a saint: "San Salvador", "Santo Domingo", "San José", "Saint John's". The word after the saint's
/// word belongs to the place's name, so it is neither the country of that name ("Salvador" is El Salvador) nor a
/// weekday ("Domingo" is Sunday).
/// </summary>
internal static class SaintPlaces
{
    private static readonly ulong San = WordHash.Of("san");
    private static readonly ulong Santo = WordHash.Of("santo");
    private static readonly ulong Santa = WordHash.Of("santa");
    private static readonly ulong Sao = WordHash.Of("são");
    private static readonly ulong Saint = WordHash.Of("saint");

    /// <summary>Token <paramref name="k"/> follows a capitalised saint's word one space before it on the same line.</summary>
    public static bool Follows(Analysis a, int k)
    {
        if (k < 1 || k >= a.Count || a.Tokens[k].Gap != 1 || a.Tokens[k].Has(TokenFlags.LineStart))
        {
            return false;
        }

        ref readonly var before = ref a.Tokens[k - 1];
        return before.IsCapitalizedWord && (before.Hash == San || before.Hash == Santo || before.Hash == Santa || before.Hash == Sao || before.Hash == Saint);
    }
}
