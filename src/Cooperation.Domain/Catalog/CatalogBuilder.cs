using System;
using System.Collections.Generic;

namespace Cooperation.Domain;

/// <summary>
/// Collects sources, institutions, people, mechanisms and meetings, then builds an immutable <see cref="CooperationCatalog"/>.
/// </summary>
/// <remarks>
/// A builder is not thread-safe; the catalog it builds is. Consistency between entities is not required here: two
/// entities of one kind with the same identifier, a meeting whose mechanism is not in the catalog, a bilateral
/// mechanism with three parties all build, and the rules engine (<see cref="Rules.Validator"/>) reports each with its
/// own diagnostic ID. A catalog may be partial.
/// </remarks>
public sealed class CatalogBuilder
{
    private readonly List<Source> _sources = [];
    private readonly List<Institution> _institutions = [];
    private readonly List<Person> _people = [];
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

    /// <summary>Adds a person.</summary>
    /// <param name="person">The person.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Add(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        _people.Add(person);
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
        _people.AddRange(catalog.People);
        _mechanisms.AddRange(catalog.Mechanisms);
        _meetings.AddRange(catalog.Meetings);
        return this;
    }

    /// <summary>Builds the catalog: sorts every kind by identifier and builds the indexes.</summary>
    /// <returns>The catalog.</returns>
    public CooperationCatalog Build() => new(_sources, _institutions, _people, _mechanisms, _meetings);
}
