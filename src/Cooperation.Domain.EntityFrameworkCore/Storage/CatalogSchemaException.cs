using System;
using System.Collections.Immutable;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// A database whose schema is not the one the mapping expects: older (migrations not applied yet) or newer (a
/// migration this version of the package does not know, applied by a newer one). The message names the migrations.
/// </summary>
public sealed class CatalogSchemaException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the migrations.</param>
    /// <param name="pending">The migrations of the mapping that the database lacks.</param>
    /// <param name="unknown">The migrations the database has that the mapping does not know.</param>
    public CatalogSchemaException(string message, ImmutableArray<string> pending, ImmutableArray<string> unknown)
        : base(message)
    {
        Pending = pending.IsDefault ? [] : pending;
        Unknown = unknown.IsDefault ? [] : unknown;
    }

    /// <summary>The migrations of the mapping that the database lacks (the database is older), in order.</summary>
    public ImmutableArray<string> Pending { get; }

    /// <summary>The migrations the database has that the mapping does not know (the database is newer).</summary>
    public ImmutableArray<string> Unknown { get; }
}
