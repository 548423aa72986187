using System;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// Stores a value type of the library (a country code, an identifier, a party, an acronym, a person's name) as its
/// canonical text, and reads that text only: another spelling the parser would accept (<c>mx</c> for <c>MX</c>) is a
/// <see cref="StoredValueException"/>, so that a value read writes back unchanged.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class CanonicalTextConverter<T> : ValueConverter<T, string>
    where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable
{
    /// <summary>Creates the converter.</summary>
    public CanonicalTextConverter()
        : base(static value => StoredValues.Format(value), static text => StoredValues.Parse<T>(text))
    {
    }
}
