namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A row of the <c>person_spellings</c> table: another spelling of a person's name.</summary>
public sealed class PersonSpellingRow
{
    /// <summary>The person, part of the key.</summary>
    public PersonId PersonId { get; set; }

    /// <summary>The spelling's position among the person's other names, from 0; part of the key.</summary>
    public int Position { get; set; }

    /// <summary>The spelling.</summary>
    public PersonName Spelling { get; set; }
}
