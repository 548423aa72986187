namespace Cooperation.Domain;

/// <summary>
/// The grammatical gender a Spanish ordinal agrees with: "8º informe" (masculine), "8ª reunión" (feminine).
/// </summary>
/// <remarks>
/// Gender belongs to the noun an ordinal qualifies, not to the position itself, so <see cref="Ordinal"/> does not
/// store it: callers pass it when they format Spanish text. The default, <see cref="Masculine"/>, is Spanish's
/// unmarked gender.
/// </remarks>
public enum GrammaticalGender
{
    /// <summary>Masculine: "8º", "octavo", "primer".</summary>
    Masculine = 0,

    /// <summary>Feminine: "8ª", "octava", "primera".</summary>
    Feminine = 1,
}
