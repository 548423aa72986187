using System;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// A value read from the database that is not in the canonical form of its type: written by another program, or
/// by hand. <see cref="CatalogStore"/> turns it into a <see cref="CatalogRowException"/> that names the table, the
/// row and the column; a query of your own gets it as it is, from the value converter.
/// </summary>
public sealed class StoredValueException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="valueType">The type the value was read as, such as <c>CountryCode</c>.</param>
    /// <param name="value">The stored value (cut to 64 characters).</param>
    /// <param name="reason">Why it was refused.</param>
    public StoredValueException(string valueType, string? value, string reason)
        : base($"The stored value {Quote(value)} is not a {valueType}: {reason}")
    {
        ValueType = valueType;
        Value = Excerpt(value);
        Reason = reason;
    }

    /// <summary>The type the value was read as, such as <c>CountryCode</c>.</summary>
    public string ValueType { get; }

    /// <summary>The stored value, cut to 64 characters; null when the column held NULL.</summary>
    public string? Value { get; }

    /// <summary>Why it was refused.</summary>
    public string Reason { get; }

    internal static string Quote(string? value) => value is null ? "NULL" : "\"" + Excerpt(value) + "\"";

    /// <summary>The value cut to 64 characters, so that a message stays short whatever a column holds.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    internal static string? Excerpt(string? value)
        => value is null || value.Length <= 64 ? value : string.Concat(value.AsSpan(0, 63), "…");
}
