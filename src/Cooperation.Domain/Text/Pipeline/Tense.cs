namespace Cooperation.Domain.Text;

/// <summary>Whether a clause speaks of the past, the future, or neither clearly.</summary>
internal enum Tense
{
    Unknown = 0,
    Past = 1,
    Future = 2,
}
