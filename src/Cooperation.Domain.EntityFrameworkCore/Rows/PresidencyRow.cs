namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>presidencies</c> table: a <see cref="PresidencyTerm"/> of a mechanism.</summary>
public sealed class PresidencyRow
{
    /// <summary>The mechanism, part of the key.</summary>
    public MechanismId MechanismId { get; set; }

    /// <summary>The position among the mechanism's terms, from 0; part of the key.</summary>
    public int Position { get; set; }

    /// <summary>The holder.</summary>
    public PartyRef Holder { get; set; }

    /// <summary>The term, open while current.</summary>
    public PartialDateRangeColumns Term { get; set; } = new();
}
