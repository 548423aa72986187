using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain;

/// <summary>
/// Collects sources, institutions, people, mechanisms and meetings, then builds an immutable <see cref="CooperationCatalog"/>.
/// </summary>
/// <remarks>
/// <para>
/// A builder is not thread-safe; the catalog it builds is. Consistency between entities is not required here: two
/// entities of one kind with the same identifier, a meeting whose mechanism is not in the catalog, a bilateral
/// mechanism with three parties all build, and the rules engine (<see cref="Rules.Validator"/>) reports each with its
/// own diagnostic ID. A catalog may be partial.
/// </para>
/// <para>
/// <see cref="CooperationCatalog.ToBuilder"/> starts a builder from a catalog. <c>Replace</c>, <c>AddOrReplace</c>
/// and <c>Remove</c> edit by identifier: each acts on every entity of the kind with that identifier (a replacement
/// leaves one), and each takes constant time. Removing an entity that others refer to is allowed: the rules engine
/// reports the references left unresolved (COOP1002).
/// </para>
/// </remarks>
public sealed class CatalogBuilder
{
    private readonly EntityList<Source> _sources = new(static s => s.Id.Value);
    private readonly EntityList<Institution> _institutions = new(static i => i.Id.Value);
    private readonly EntityList<Person> _people = new(static p => p.Id.Value);
    private readonly EntityList<Mechanism> _mechanisms = new(static m => m.Id.Value);
    private readonly EntityList<Meeting> _meetings = new(static m => m.Id.Value);

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
    /// <remarks>
    /// Entities already in the builder stay: adding a catalog and then a changed meeting keeps both meetings (a
    /// repeat, COOP1001). To change a meeting, use <see cref="Replace(Meeting)"/> or <see cref="AddOrReplace(Meeting)"/>.
    /// </remarks>
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

    /// <summary>Puts <paramref name="source"/> in place of the source (or sources) with its identifier.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no source with that identifier; the message names it.</exception>
    public CatalogBuilder Replace(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources.Replace(source, mayAdd: false);
        return this;
    }

    /// <summary>Puts <paramref name="institution"/> in place of the institution (or institutions) with its identifier.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="institution"/> is null.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no institution with that identifier; the message names it.</exception>
    public CatalogBuilder Replace(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        _institutions.Replace(institution, mayAdd: false);
        return this;
    }

    /// <summary>Puts <paramref name="person"/> in place of the person (or people) with its identifier.</summary>
    /// <param name="person">The person.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no person with that identifier; the message names it.</exception>
    public CatalogBuilder Replace(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        _people.Replace(person, mayAdd: false);
        return this;
    }

    /// <summary>Puts <paramref name="mechanism"/> in place of the mechanism (or mechanisms) with its identifier.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is null.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no mechanism with that identifier; the message names it.</exception>
    public CatalogBuilder Replace(Mechanism mechanism)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        _mechanisms.Replace(mechanism, mayAdd: false);
        return this;
    }

    /// <summary>Puts <paramref name="meeting"/> in place of the meeting (or meetings) with its identifier.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no meeting with that identifier; the message names it.</exception>
    public CatalogBuilder Replace(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        _meetings.Replace(meeting, mayAdd: false);
        return this;
    }

    /// <summary>Puts <paramref name="source"/> in place of the source (or sources) with its identifier, or adds it when there is none.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public CatalogBuilder AddOrReplace(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources.Replace(source, mayAdd: true);
        return this;
    }

    /// <summary>Puts <paramref name="institution"/> in place of the institution (or institutions) with its identifier, or adds it when there is none.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="institution"/> is null.</exception>
    public CatalogBuilder AddOrReplace(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        _institutions.Replace(institution, mayAdd: true);
        return this;
    }

    /// <summary>Puts <paramref name="person"/> in place of the person (or people) with its identifier, or adds it when there is none.</summary>
    /// <param name="person">The person.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public CatalogBuilder AddOrReplace(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        _people.Replace(person, mayAdd: true);
        return this;
    }

    /// <summary>Puts <paramref name="mechanism"/> in place of the mechanism (or mechanisms) with its identifier, or adds it when there is none.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is null.</exception>
    public CatalogBuilder AddOrReplace(Mechanism mechanism)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        _mechanisms.Replace(mechanism, mayAdd: true);
        return this;
    }

    /// <summary>Puts <paramref name="meeting"/> in place of the meeting (or meetings) with its identifier, or adds it when there is none.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public CatalogBuilder AddOrReplace(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        _meetings.Replace(meeting, mayAdd: true);
        return this;
    }

    /// <summary>Removes the source (or sources) with identifier <paramref name="id"/>; citations of it stay, for the rules engine to report.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no source with that identifier; the message names it.</exception>
    public CatalogBuilder Remove(SourceId id)
    {
        Guard.Against.Uninitialized(id);
        _sources.Remove(id.Value);
        return this;
    }

    /// <summary>Removes the institution (or institutions) with identifier <paramref name="id"/>; references to it stay, for the rules engine to report.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no institution with that identifier; the message names it.</exception>
    public CatalogBuilder Remove(InstitutionId id)
    {
        Guard.Against.Uninitialized(id);
        _institutions.Remove(id.Value);
        return this;
    }

    /// <summary>Removes the person (or people) with identifier <paramref name="id"/>; references to them stay, for the rules engine to report.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no person with that identifier; the message names it.</exception>
    public CatalogBuilder Remove(PersonId id)
    {
        Guard.Against.Uninitialized(id);
        _people.Remove(id.Value);
        return this;
    }

    /// <summary>Removes the mechanism (or mechanisms) with identifier <paramref name="id"/>; its meetings and references to it stay, for the rules engine to report.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no mechanism with that identifier; the message names it.</exception>
    public CatalogBuilder Remove(MechanismId id)
    {
        Guard.Against.Uninitialized(id);
        _mechanisms.Remove(id.Value);
        return this;
    }

    /// <summary>Removes the meeting (or meetings) with identifier <paramref name="id"/>; references to it stay, for the rules engine to report.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The builder has no meeting with that identifier; the message names it.</exception>
    public CatalogBuilder Remove(MeetingId id)
    {
        Guard.Against.Uninitialized(id);
        _meetings.Remove(id.Value);
        return this;
    }

    /// <summary>Builds the catalog: sorts every kind by identifier and builds the indexes.</summary>
    /// <returns>The catalog.</returns>
    public CooperationCatalog Build() => new(_sources.Items, _institutions.Items, _people.Items, _mechanisms.Items, _meetings.Items);

    // The entities of one kind in the order added. Removed entities leave a hole (null), so that positions stay valid;
    // the positions of each identifier are indexed on the first edit by identifier, then kept up to date.
    private sealed class EntityList<T>(Func<T, string> key)
        where T : class
    {
        private readonly List<T?> _items = [];
        private Dictionary<string, List<int>>? _positions;

        public IEnumerable<T> Items => _items.OfType<T>();

        public void Add(T item)
        {
            _positions?.GetOrAdd(key(item)).Add(_items.Count);
            _items.Add(item);
        }

        public void AddRange(IEnumerable<T> items)
        {
            foreach (var item in items)
            {
                Add(item);
            }
        }

        public void Replace(T item, bool mayAdd)
        {
            var id = key(item);
            if (!Positions().TryGetValue(id, out var at))
            {
                if (!mayAdd)
                {
                    throw new EntityNotFoundException(typeof(T), id);
                }

                Add(item);
                return;
            }

            // In the first one's place; any others with the identifier leave.
            _items[at[0]] = item;
            for (var i = 1; i < at.Count; i++)
            {
                _items[at[i]] = null;
            }

            at.RemoveRange(1, at.Count - 1);
        }

        public void Remove(string id)
        {
            if (!Positions().Remove(id, out var at))
            {
                throw new EntityNotFoundException(typeof(T), id);
            }

            foreach (var i in at)
            {
                _items[i] = null;
            }
        }

        private Dictionary<string, List<int>> Positions()
        {
            if (_positions is null)
            {
                _positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (var i = 0; i < _items.Count; i++)
                {
                    if (_items[i] is { } item)
                    {
                        _positions.GetOrAdd(key(item)).Add(i);
                    }
                }
            }

            return _positions;
        }
    }
}

file static class PositionsExtensions
{
    public static List<int> GetOrAdd(this Dictionary<string, List<int>> positions, string id)
    {
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(positions, id, out _);
        return list ??= [];
    }
}
