using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain;

// Editing: a catalog made from this one with one entity added, replaced or removed. Only what depends on the kind
// edited is rebuilt; everything else is shared with this catalog, which is unchanged.
public sealed partial class CooperationCatalog
{
    /// <summary>A builder holding everything in this catalog, for several changes at once.</summary>
    /// <returns>A new builder; changing it does not change this catalog.</returns>
    /// <remarks>
    /// <see cref="CatalogBuilder.Build"/> builds a catalog from every entity, as a new one: for one change,
    /// <see cref="With(Meeting)"/> and <see cref="Without(MeetingId)"/> (and their overloads) are much cheaper.
    /// </remarks>
    public CatalogBuilder ToBuilder() => new CatalogBuilder().AddRange(this);

    /// <summary>
    /// This catalog with <paramref name="source"/> in place of the source (or sources) with its identifier, or added
    /// when there is none.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public CooperationCatalog With(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return WithSources(Edit(_sources, SourceKey, source.Id.Value, source).Kind);
    }

    /// <summary>
    /// This catalog with <paramref name="institution"/> in place of the institution (or institutions) with its
    /// identifier, or added when there is none.
    /// </summary>
    /// <param name="institution">The institution.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="institution"/> is null.</exception>
    public CooperationCatalog With(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        return WithInstitutions(Edit(_institutions, InstitutionKey, institution.Id.Value, institution).Kind);
    }

    /// <summary>
    /// This catalog with <paramref name="person"/> in place of the person (or people) with its identifier, or added
    /// when there is none.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public CooperationCatalog With(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var (people, removed) = Edit(_people, PersonKey, person.Id.Value, person);
        return WithPeople(people, removed, person);
    }

    /// <summary>
    /// This catalog with <paramref name="mechanism"/> in place of the mechanism (or mechanisms) with its identifier,
    /// or added when there is none. Its meetings refer to it by identifier, so they stay its meetings.
    /// </summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is null.</exception>
    public CooperationCatalog With(Mechanism mechanism)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        return WithMechanisms(Edit(_mechanisms, MechanismKey, mechanism.Id.Value, mechanism).Kind);
    }

    /// <summary>
    /// This catalog with <paramref name="meeting"/> in place of the meeting (or meetings) with its identifier, or
    /// added when there is none: look-ups, <see cref="MeetingsOf"/>, the queries and the rules engine see the new
    /// meeting and never the old one.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <example>
    /// Marking a planned meeting as held:
    /// <code>catalog = catalog.With(catalog.GetMeeting(id).WithStatus(MeetingStatus.Held));</code>
    /// </example>
    public CooperationCatalog With(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var (meetings, removed) = Edit(_meetings, MeetingKey, meeting.Id.Value, meeting);
        return WithMeetings(meetings, removed, meeting);
    }

    /// <summary>This catalog without the source (or sources) with identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The new catalog; this one is unchanged. Citations of the source stay: the rules engine reports them (COOP1002).</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The catalog has no such source; the message names it.</exception>
    public CooperationCatalog Without(SourceId id)
    {
        Guard.Against.Uninitialized(id);
        return WithSources(Removed(_sources, SourceKey, typeof(Source), id.Value).Kind);
    }

    /// <summary>This catalog without the institution (or institutions) with identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The new catalog; this one is unchanged. References to the institution stay: the rules engine reports them.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The catalog has no such institution; the message names it.</exception>
    public CooperationCatalog Without(InstitutionId id)
    {
        Guard.Against.Uninitialized(id);
        return WithInstitutions(Removed(_institutions, InstitutionKey, typeof(Institution), id.Value).Kind);
    }

    /// <summary>This catalog without the person (or people) with identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The new catalog; this one is unchanged. Participants and speakers referring to the person stay: the rules engine reports them.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The catalog has no such person; the message names it.</exception>
    public CooperationCatalog Without(PersonId id)
    {
        Guard.Against.Uninitialized(id);
        var (people, removed) = Removed(_people, PersonKey, typeof(Person), id.Value);
        return WithPeople(people, removed, added: null);
    }

    /// <summary>This catalog without the mechanism (or mechanisms) with identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>
    /// The new catalog; this one is unchanged. Its meetings stay, and so does what refers to it: the rules engine
    /// reports each unknown reference (COOP1002).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The catalog has no such mechanism; the message names it.</exception>
    public CooperationCatalog Without(MechanismId id)
    {
        Guard.Against.Uninitialized(id);
        return WithMechanisms(Removed(_mechanisms, MechanismKey, typeof(Mechanism), id.Value).Kind);
    }

    /// <summary>This catalog without the meeting (or meetings) with identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The new catalog; this one is unchanged. References to the meeting stay: the rules engine reports them.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the uninitialized default value.</exception>
    /// <exception cref="EntityNotFoundException">The catalog has no such meeting; the message names it.</exception>
    public CooperationCatalog Without(MeetingId id)
    {
        Guard.Against.Uninitialized(id);
        var (meetings, removed) = Removed(_meetings, MeetingKey, typeof(Meeting), id.Value);
        return WithMeetings(meetings, removed, added: null);
    }

    /// <summary>The meeting with this identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <exception cref="EntityNotFoundException">The catalog has no such meeting; the message names it.</exception>
    public Meeting GetMeeting(MeetingId id)
        => TryGetMeeting(id, out var meeting) ? meeting : throw new EntityNotFoundException(typeof(Meeting), id.ToString());

    /// <summary>The source with this identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <exception cref="EntityNotFoundException">The catalog has no such source; the message names it.</exception>
    public Source GetSource(SourceId id)
        => TryGetSource(id, out var source) ? source : throw new EntityNotFoundException(typeof(Source), id.ToString());

    /// <summary>The person with this identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <exception cref="EntityNotFoundException">The catalog has no such person; the message names it.</exception>
    public Person GetPerson(PersonId id)
        => TryGetPerson(id, out var person) ? person : throw new EntityNotFoundException(typeof(Person), id.ToString());

    private CooperationCatalog WithSources(Kind<Source> sources)
        => new(sources, _institutions, _people, _peopleBySpelling, _mechanisms, _mechanismIndexes, _meetings, _meetingsByMechanism);

    private CooperationCatalog WithInstitutions(Kind<Institution> institutions)
        => new(_sources, institutions, _people, _peopleBySpelling, _mechanisms, _mechanismIndexes, _meetings, _meetingsByMechanism);

    private CooperationCatalog WithMechanisms(Kind<Mechanism> mechanisms)
        => new(_sources, _institutions, _people, _peopleBySpelling, mechanisms, new MechanismIndexes(mechanisms.Items), _meetings, _meetingsByMechanism);

    // The spelling index changes only for the spellings of the people taken out and the one put in: nothing else is
    // folded again.
    private CooperationCatalog WithPeople(Kind<Person> people, ImmutableArray<Person> removed, Person? added)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in removed)
        {
            keys.UnionWith(SpellingKeysOf(person));
        }

        var addedKeys = added is null ? [] : SpellingKeysOf(added).ToHashSet(StringComparer.Ordinal);
        keys.UnionWith(addedKeys);
        var bySpelling = new Dictionary<string, ImmutableArray<Person>>(_peopleBySpelling, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var group = bySpelling.GetValueOrDefault(key, []).Where(p => !ContainsReference(removed, p));
            if (added is not null && addedKeys.Contains(key))
            {
                group = group.Append(added);
            }

            // In the people's order (by identifier), as a catalog built from its entities has them.
            ImmutableArray<Person> edited = [.. group.OrderBy(static p => p.Id.Value, StringComparer.Ordinal)];
            if (edited.IsEmpty)
            {
                bySpelling.Remove(key);
            }
            else
            {
                bySpelling[key] = edited;
            }
        }

        return new(_sources, _institutions, people, bySpelling, _mechanisms, _mechanismIndexes, _meetings, _meetingsByMechanism);
    }

    // Only the groups of the mechanisms the meetings taken out and put in belong to are sorted again.
    private CooperationCatalog WithMeetings(Kind<Meeting> meetings, ImmutableArray<Meeting> removed, Meeting? added)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var meeting in removed)
        {
            if (meeting.Mechanism is { } mechanism)
            {
                keys.Add(mechanism.Value);
            }
        }

        var addedTo = added?.Mechanism?.Value;
        if (addedTo is not null)
        {
            keys.Add(addedTo);
        }

        var byMechanism = _meetingsByMechanism;
        if (keys.Count > 0)
        {
            byMechanism = new Dictionary<string, ImmutableArray<Meeting>>(_meetingsByMechanism, StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var group = byMechanism.GetValueOrDefault(key, []).Where(m => !ContainsReference(removed, m));
                if (added is not null && string.Equals(addedTo, key, StringComparison.Ordinal))
                {
                    group = group.Append(added);
                }

                ImmutableArray<Meeting> edited = [.. group.OrderBy(static m => m, MeetingOrder.Instance)];
                if (edited.IsEmpty)
                {
                    byMechanism.Remove(key);
                }
                else
                {
                    byMechanism[key] = edited;
                }
            }
        }

        return new(_sources, _institutions, _people, _peopleBySpelling, _mechanisms, _mechanismIndexes, meetings, byMechanism);
    }

    private static IEnumerable<string> SpellingKeysOf(Person person)
        => person.OtherNames.Prepend(person.Name).Select(SpellingKey).Where(static k => k is not null)!;

    private static bool ContainsReference<T>(ImmutableArray<T> items, T item)
        where T : class
    {
        foreach (var candidate in items)
        {
            if (ReferenceEquals(candidate, item))
            {
                return true;
            }
        }

        return false;
    }

    // Takes every entity with the identifier out; throws when there is none.
    private static (Kind<T> Kind, ImmutableArray<T> Removed) Removed<T>(in Kind<T> kind, Func<T, string> key, Type entityType, string id)
        where T : class
    {
        var edit = Edit(kind, key, id, replacement: null);
        return edit.Removed.IsEmpty ? throw new EntityNotFoundException(entityType, id) : edit;
    }

    // Puts the replacement in place of every entity with the identifier (in the first one's place, which keeps the
    // order by identifier), or in its place by identifier when there is none; with no replacement, takes them out.
    // Replacing one entity keeps every position, so the identifier index is shared; otherwise it is rebuilt.
    private static (Kind<T> Kind, ImmutableArray<T> Removed) Edit<T>(in Kind<T> kind, Func<T, string> key, string id, T? replacement)
        where T : class
    {
        var items = kind.Items;
        if (kind.ById.TryGetValue(id, out var first))
        {
            var end = first + 1;
            while (end < items.Length && string.Equals(key(items[end]), id, StringComparison.Ordinal))
            {
                end++;
            }

            var removed = items.Slice(first, end - first);
            if (replacement is not null && end == first + 1)
            {
                return (new Kind<T>(items.SetItem(first, replacement), kind.ById), removed);
            }

            var builder = items.ToBuilder();
            builder.RemoveRange(first, end - first);
            if (replacement is not null)
            {
                builder.Insert(first, replacement);
            }

            var edited = builder.ToImmutable();
            return (new Kind<T>(edited, Kind<T>.FirstById(edited, key)), removed);
        }

        if (replacement is null)
        {
            return (kind, []);
        }

        // The first position whose identifier sorts after the new one.
        int low = 0, high = items.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(key(items[middle]), id) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var inserted = items.Insert(low, replacement);
        return (new Kind<T>(inserted, Kind<T>.FirstById(inserted, key)), []);
    }
}
