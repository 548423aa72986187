using System;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// An edit based on a version of an entity that is no longer the stored one: another writer saved it (or removed
/// it) since it was read. Nothing of the edit was written; read the entity again and redo the edit on it.
/// </summary>
public sealed class CatalogConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityKind">The kind of entity, such as <see cref="CatalogEntityKind.Meeting"/>.</param>
    /// <param name="id">The entity's identifier.</param>
    /// <param name="expectedVersion">The version the edit was based on; null for an entity expected not to exist.</param>
    /// <param name="storedVersion">The version stored now; null when there is none.</param>
    /// <param name="innerException">The provider's error, if any.</param>
    public CatalogConcurrencyException(CatalogEntityKind entityKind, string id, long? expectedVersion, long? storedVersion, Exception? innerException = null)
        : base(Describe(entityKind, id, expectedVersion, storedVersion), innerException)
    {
        EntityKind = entityKind;
        Id = id;
        ExpectedVersion = expectedVersion;
        StoredVersion = storedVersion;
    }

    /// <summary>The kind of entity, such as <see cref="CatalogEntityKind.Meeting"/>.</summary>
    public CatalogEntityKind EntityKind { get; }

    /// <summary>The entity's identifier.</summary>
    public string Id { get; }

    /// <summary>The version the edit was based on; null for an entity expected not to exist.</summary>
    public long? ExpectedVersion { get; }

    /// <summary>The version stored now; null when there is none.</summary>
    public long? StoredVersion { get; }

    private static string Describe(CatalogEntityKind entityKind, string id, long? expected, long? stored)
    {
        // The kind as a word of the sentence: "meeting", "person".
        var kind = entityKind.ToString().ToLowerInvariant();
        return (expected, stored) switch
        {
            (null, { } now) => $"The {kind} {id} was to be added, but another writer added it first (version {now}).",
            ({ } was, null) => $"The {kind} {id} was edited from version {was}, but another writer removed it.",
            ({ } was, { } now) => $"The {kind} {id} was edited from version {was}, but another writer saved version {now} first.",
            _ => $"The {kind} {id} was changed by another writer.",
        };
    }
}
