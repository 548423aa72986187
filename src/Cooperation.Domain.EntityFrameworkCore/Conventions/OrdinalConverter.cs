using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>Stores an <see cref="Ordinal"/> as its position, a number (as JSON does), so that ordinals sort.</summary>
public sealed class OrdinalConverter : ValueConverter<Ordinal, int>
{
    /// <summary>Creates the converter.</summary>
    public OrdinalConverter()
        : base(static value => StoredValues.FormatOrdinal(value), static number => StoredValues.ParseOrdinal(number))
    {
    }
}
