using System;
using System.Collections.Generic;

namespace Cooperation.Domain;

/// <summary>
/// The error raised when a catalog or a catalog builder is asked for, or to replace or remove, an entity whose
/// identifier it does not have.
/// </summary>
/// <remarks>
/// Derives from <see cref="KeyNotFoundException"/>, which the look-ups threw before this type existed, so code that
/// catches that still works. The message names the kind of entity and the identifier
/// (<c>The catalog has no meeting "mx-ca-danm-2030-01".</c>); so do <see cref="EntityType"/> and <see cref="Id"/>, for
/// callers that report errors themselves (a service answering 404).
/// </remarks>
public sealed class EntityNotFoundException : KeyNotFoundException
{
    /// <summary>Creates an exception for a missing entity.</summary>
    /// <param name="entityType">The kind of entity: <c>typeof(Meeting)</c>, <c>typeof(Source)</c>, <c>typeof(Commitment)</c> for an outcome, ….</param>
    /// <param name="id">The identifier that was not found, as text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entityType"/> or <paramref name="id"/> is null.</exception>
    public EntityNotFoundException(Type entityType, string id)
        : base(BuildMessage(entityType, id))
    {
        EntityType = entityType;
        Id = id;
    }

    /// <summary>The kind of entity that was not found, for example <c>typeof(Meeting)</c>.</summary>
    public Type EntityType { get; }

    /// <summary>The identifier that was not found.</summary>
    public string Id { get; }

    // The word the messages use for a kind of entity.
    internal static string KindOf(Type entityType)
        => entityType == typeof(Commitment) ? "outcome" : entityType.Name.ToLowerInvariant();

    private static string BuildMessage(Type entityType, string id)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(id);
        return $"The catalog has no {KindOf(entityType)} \"{id}\".";
    }
}
