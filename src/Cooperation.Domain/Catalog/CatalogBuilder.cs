using System;
using System.Collections.Generic;

namespace Cooperation.Domain;

/// <summary>
/// Collects sources, institutions, mechanisms and meetings, then builds an immutable <see cref="CooperationCatalog"/>.
/// </summary>
/// <remarks>
/// A builder is not thread-safe; the catalog it builds is. <see cref="Build"/> rejects two entities of one kind with
/// the same identifier (the later would silently hide the earlier). References between entities (a meeting's
/// mechanism, an institution's parent, a cited source) are not required to resolve here: a catalog may be partial,
/// and unresolved references are reported by the rules engine with their own diagnostic IDs.
/// </remarks>
public sealed class CatalogBuilder
{
    private readonly List<Source> _sources = [];
    private readonly List<Institution> _institutions = [];
    private readonly List<Mechanism> _mechanisms = [];
    private readonly List<Meeting> _meetings = [];

    /// <summary>Adds a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Add(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources.Add(source);
        return this;
    }

    /// <summary>Adds an institution.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Add(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        _institutions.Add(institution);
        return this;
    }

    /// <summary>Adds a mechanism.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Add(Mechanism mechanism)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        _mechanisms.Add(mechanism);
        return this;
    }

    /// <summary>Adds a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Add(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        _meetings.Add(meeting);
        return this;
    }

    /// <summary>Adds everything in <paramref name="catalog"/>.</summary>
    /// <param name="catalog">A catalog to extend.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder AddRange(CooperationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _sources.AddRange(catalog.Sources);
        _institutions.AddRange(catalog.Institutions);
        _mechanisms.AddRange(catalog.Mechanisms);
        _meetings.AddRange(catalog.Meetings);
        return this;
    }

    /// <summary>Builds the catalog: sorts every kind by identifier and builds the indexes.</summary>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">Two entities of one kind share an identifier; the message names it.</exception>
    public CooperationCatalog Build() => new(_sources, _institutions, _mechanisms, _meetings);
}
