namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>mechanism_outcomes</c> table: an outcome of a mechanism itself.</summary>
public sealed class MechanismOutcomeRow : OutcomeRow
{
    /// <summary>The mechanism, part of the key.</summary>
    public MechanismId MechanismId { get; set; }
}
