using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Cooperation.Domain.Internal;
using NodaTime;

namespace Cooperation.Domain;

/// <summary>
/// An immutable, indexed set of sources, institutions, people, mechanisms and meetings, with the look-ups and queries that
/// consumers need. Built with <see cref="CatalogBuilder"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every collection is sorted by identifier (ordinal), so enumeration order does not depend on the order entities were
/// added. Look-ups by identifier are dictionary reads that allocate nothing; queries by country, party, topic, kind
/// and status return precomputed arrays. Meetings of a mechanism are ordered by start date (earliest day, coarser
/// precision first), then ordinal, then identifier.
/// </para>
/// <para>
/// Two entities of one kind may share an identifier (a file being corrected, two sources merged): both stay in the
/// collections, in the order they were added, and look-ups by identifier return the first. The rules engine reports
/// each repeat as COOP1001, so nothing is hidden silently.
/// </para>
/// <para>
/// The catalog is deeply immutable and safe for any number of concurrent readers. <see cref="With(Meeting)"/>,
/// <see cref="Without(MeetingId)"/> and their overloads make a changed catalog that shares everything the change does
/// not touch; <see cref="ToBuilder"/> starts a builder for many changes at once.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CooperationCatalogJsonConverter))]
public sealed partial class CooperationCatalog
{
    // Each kind sorted by identifier, with the position of the first entity of each identifier. The identifiers' text
    // keys plain dictionaries (never written after construction, so safe for concurrent readers): an ordinal string
    // dictionary hashes with the runtime's fast non-randomized hash, several times faster than hashing the identifier
    // struct, and builds much faster than a frozen dictionary of strings. A catalog made by With or Without shares
    // every part its change does not touch with the catalog it was made from.
    private readonly Kind<Source> _sources;
    private readonly Kind<Institution> _institutions;
    private readonly Kind<Person> _people;
    private readonly Kind<Mechanism> _mechanisms;
    private readonly Kind<Meeting> _meetings;
    private readonly MechanismIndexes _mechanismIndexes;
    private readonly Dictionary<string, ImmutableArray<Meeting>> _meetingsByMechanism;

    // People by the key of each of their spellings (SpellingKey).
    private readonly Dictionary<string, ImmutableArray<Person>> _peopleBySpelling;

    // What the rules engine needs about the catalog as a whole, found on first use (see Facts).
    private CatalogFacts? _facts;
    private System.Runtime.CompilerServices.StrongBox<ImmutableArray<(string Subject, ImmutableArray<Suppression> Suppressions)>>? _inPlaceSuppressions;

    internal CooperationCatalog(IEnumerable<Source> sources, IEnumerable<Institution> institutions, IEnumerable<Person> people, IEnumerable<Mechanism> mechanisms, IEnumerable<Meeting> meetings)
        : this(
            Kind<Source>.Of(sources, SourceKey),
            Kind<Institution>.Of(institutions, InstitutionKey),
            Kind<Person>.Of(people, PersonKey),
            Kind<Mechanism>.Of(mechanisms, MechanismKey),
            Kind<Meeting>.Of(meetings, MeetingKey))
    {
    }

    private CooperationCatalog(Kind<Source> sources, Kind<Institution> institutions, Kind<Person> people, Kind<Mechanism> mechanisms, Kind<Meeting> meetings)
        : this(sources, institutions, people, PeopleBySpelling(people.Items), mechanisms, new MechanismIndexes(mechanisms.Items), meetings, MeetingsByMechanism(meetings.Items))
    {
    }

    private CooperationCatalog(
        Kind<Source> sources,
        Kind<Institution> institutions,
        Kind<Person> people,
        Dictionary<string, ImmutableArray<Person>> peopleBySpelling,
        Kind<Mechanism> mechanisms,
        MechanismIndexes mechanismIndexes,
        Kind<Meeting> meetings,
        Dictionary<string, ImmutableArray<Meeting>> meetingsByMechanism)
    {
        _sources = sources;
        _institutions = institutions;
        _people = people;
        _peopleBySpelling = peopleBySpelling;
        _mechanisms = mechanisms;
        _mechanismIndexes = mechanismIndexes;
        _meetings = meetings;
        _meetingsByMechanism = meetingsByMechanism;
    }

    private static string SourceKey(Source s) => s.Id.Value;

    private static string InstitutionKey(Institution i) => i.Id.Value;

    private static string PersonKey(Person p) => p.Id.Value;

    private static string MechanismKey(Mechanism m) => m.Id.Value;

    private static string MeetingKey(Meeting m) => m.Id.Value;

    // Facts about the catalog as a whole, found once, when the rules engine first asks, so that validation does not
    // pass over every meeting again for each of them, and so that a catalog made by With or Without (a service's
    // edit) does not pay for them until it is validated.
    private CatalogFacts Facts => _facts ?? Structural.Publish(ref _facts, new CatalogFacts(this));

    // Identifiers used by more than one entity of a kind (COOP1001).
    internal ImmutableArray<RepeatedIdentifier> Repeats => Facts.Repeats;

    // Meetings with no mechanism, or one the catalog does not have: the rules engine visits them on their own.
    internal ImmutableArray<Meeting> MeetingsWithoutMechanism => Facts.MeetingsWithoutMechanism;

    // Sources that at least one citation quotes (COOP7007 and COOP7008 look only at those).
    internal HashSet<string> QuotedSources => Facts.QuotedSources;

    // Pairs of people with one spelling once folded (COOP1009): the spelling of the second, and both identifiers.
    internal ImmutableArray<(PersonName Spelling, PersonId First, PersonId Second)> SharedSpellings => Facts.SharedSpellings;

    // True when some outcome has the identifier (COOP1010).
    internal bool HasOutcome(CommitmentId id) => id.RawValue is { } text && Facts.OutcomeIds.Contains(text);

    // Sources nothing in the catalog cites (COOP7005); of several sources with one identifier, only the first.
    internal ImmutableArray<Source> UncitedSources => Facts.UncitedSources;

    // Every meeting's delegations and participants as rows, in the rules engine's walk order (the participant rules).
    internal AttendanceTable Attendance => Facts.Attendance;

    // The entities that carry suppressions, with their paths, in the order sources, institutions, people, mechanisms,
    // meetings: found once, apart from the other facts, so that a validation whose rules need none of those (an empty
    // or custom rule set) does not pay for them, and a second validation does not pass over every entity again.
    internal ImmutableArray<(string Subject, ImmutableArray<Suppression> Suppressions)> InPlaceSuppressions
        => (_inPlaceSuppressions ?? Structural.Publish(ref _inPlaceSuppressions, new(FindInPlaceSuppressions()))).Value;

    private ImmutableArray<(string Subject, ImmutableArray<Suppression> Suppressions)> FindInPlaceSuppressions()
        => [.. Suppressed(Sources, static s => s.Suppressions, SubjectPath.Of), .. Suppressed(Institutions, static i => i.Suppressions, SubjectPath.Of),
            .. Suppressed(People, static p => p.Suppressions, SubjectPath.Of), .. Suppressed(Mechanisms, static m => m.Suppressions, SubjectPath.Of),
            .. Suppressed(Meetings, static m => m.Suppressions, SubjectPath.Of)];

    private static IEnumerable<(string, ImmutableArray<Suppression>)> Suppressed<T>(ImmutableArray<T> entities, Func<T, ImmutableArray<Suppression>> suppressions, Func<T, string> path)
    {
        foreach (var entity in entities)
        {
            if (!suppressions(entity).IsEmpty)
            {
                yield return (path(entity), suppressions(entity));
            }
        }
    }

    /// <summary>Every citation in the catalog, wherever it is: entities, delegations, participants, outcomes, statements.</summary>
    internal IEnumerable<Citation> AllCitations()
    {
        static IEnumerable<Citation> OfOutcomes(ImmutableArray<Commitment> outcomes) => outcomes.SelectMany(static o => o.Citations);
        return Sources.SelectMany(static s => s.Citations)
            .Concat(Institutions.SelectMany(static i => i.Citations))
            .Concat(People.SelectMany(static p => p.Citations))
            .Concat(Mechanisms.SelectMany(static m => m.Citations.Concat(OfOutcomes(m.Outcomes))))
            .Concat(Meetings.SelectMany(static m => m.Citations.Concat(OfOutcomes(m.Outcomes))
                .Concat(m.Delegations.SelectMany(static d => d.Citations.Concat(d.Participants.SelectMany(static p => p.Citations))))
                .Concat(m.Statements.SelectMany(static s => s.Citations))));
    }
    /// <summary>A catalog with nothing in it.</summary>
    public static CooperationCatalog Empty { get; } = new CatalogBuilder().Build();

    /// <summary>The sources, by identifier.</summary>
    public ImmutableArray<Source> Sources => _sources.Items;

    /// <summary>The institutions, by identifier.</summary>
    public ImmutableArray<Institution> Institutions => _institutions.Items;

    /// <summary>The people the sources name, by identifier.</summary>
    public ImmutableArray<Person> People => _people.Items;

    /// <summary>The mechanisms, by identifier.</summary>
    public ImmutableArray<Mechanism> Mechanisms => _mechanisms.Items;

    /// <summary>The meetings, by identifier.</summary>
    public ImmutableArray<Meeting> Meetings => _meetings.Items;

    /// <summary>Every country the catalog mentions (as a party, a delegation, an institution's country or a venue), by code.</summary>
    /// <remarks>Found on first use, then kept.</remarks>
    public ImmutableArray<CountryCode> Countries => Facts.Countries;

    /// <summary>Finds a source; allocates nothing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="source">The source, or null.</param>
    public bool TryGetSource(SourceId id, [NotNullWhen(true)] out Source? source) => TryGet(_sources, id.RawValue, out source);

    /// <summary>Finds an institution; allocates nothing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="institution">The institution, or null.</param>
    public bool TryGetInstitution(InstitutionId id, [NotNullWhen(true)] out Institution? institution) => TryGet(_institutions, id.RawValue, out institution);

    /// <summary>Finds a person; allocates nothing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="person">The person, or null.</param>
    public bool TryGetPerson(PersonId id, [NotNullWhen(true)] out Person? person) => TryGet(_people, id.RawValue, out person);

    /// <summary>Finds a mechanism; allocates nothing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="mechanism">The mechanism, or null.</param>
    public bool TryGetMechanism(MechanismId id, [NotNullWhen(true)] out Mechanism? mechanism) => TryGet(_mechanisms, id.RawValue, out mechanism);

    /// <summary>Finds a meeting; allocates nothing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="meeting">The meeting, or null.</param>
    public bool TryGetMeeting(MeetingId id, [NotNullWhen(true)] out Meeting? meeting) => TryGet(_meetings, id.RawValue, out meeting);

    // Positions in the sorted arrays (of the first entity with an identifier), for the rules engine's scratch arrays.
    internal int IndexOf(SourceId id) => IndexOf(_sources.ById, id.RawValue);

    internal int IndexOf(InstitutionId id) => IndexOf(_institutions.ById, id.RawValue);

    internal int IndexOf(MechanismId id) => IndexOf(_mechanisms.ById, id.RawValue);

    internal int IndexOf(PersonId id) => IndexOf(_people.ById, id.RawValue);

    private static int IndexOf(Dictionary<string, int> index, string? id) => id is not null && index.TryGetValue(id, out var i) ? i : -1;

    private static bool TryGet<T>(in Kind<T> kind, string? id, [NotNullWhen(true)] out T? item)
        where T : class
    {
        if (id is not null && kind.ById.TryGetValue(id, out var i))
        {
            item = kind.Items[i];
            return true;
        }

        item = null;
        return false;
    }

    /// <summary>The mechanism with this identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <exception cref="EntityNotFoundException">The catalog has no such mechanism; the message names it.</exception>
    public Mechanism GetMechanism(MechanismId id)
        => TryGetMechanism(id, out var mechanism) ? mechanism : throw new EntityNotFoundException(typeof(Mechanism), id.ToString());

    /// <summary>The institution with this identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <exception cref="EntityNotFoundException">The catalog has no such institution; the message names it.</exception>
    public Institution GetInstitution(InstitutionId id)
        => TryGetInstitution(id, out var institution) ? institution : throw new EntityNotFoundException(typeof(Institution), id.ToString());

    /// <summary>The mechanisms a party takes part in, with any status, by identifier.</summary>
    /// <param name="party">The country or organization.</param>
    public ImmutableArray<Mechanism> MechanismsOf(PartyRef party) => _mechanismIndexes.ByParty.GetValueOrDefault(party, []);

    /// <summary>The mechanisms a country takes part in, with any status, by identifier.</summary>
    /// <param name="country">The country.</param>
    public ImmutableArray<Mechanism> MechanismsOf(CountryCode country)
        => country.IsDefault ? [] : MechanismsOf(PartyRef.ForCountry(country));

    /// <summary>The mechanisms that cover a topic, by identifier.</summary>
    /// <param name="topic">The topic.</param>
    public ImmutableArray<Mechanism> MechanismsWithTopic(Topic topic) => topic is null ? [] : _mechanismIndexes.ByTopic.GetValueOrDefault(topic, []);

    /// <summary>The mechanisms of a kind, by identifier.</summary>
    /// <param name="kind">The kind.</param>
    public ImmutableArray<Mechanism> MechanismsOfKind(MechanismKind kind) => kind is null ? [] : _mechanismIndexes.ByKind.GetValueOrDefault(kind, []);

    /// <summary>The mechanisms with a status, by identifier.</summary>
    /// <param name="status">The status.</param>
    public ImmutableArray<Mechanism> MechanismsWithStatus(MechanismStatus status) => status is null ? [] : _mechanismIndexes.ByStatus.GetValueOrDefault(status, []);

    /// <summary>The meetings of a mechanism, in date order (then ordinal, then identifier).</summary>
    /// <param name="mechanism">The mechanism's identifier.</param>
    public ImmutableArray<Meeting> MeetingsOf(MechanismId mechanism)
        => mechanism.RawValue is { } id && _meetingsByMechanism.TryGetValue(id, out var meetings) ? meetings : [];

    /// <summary>
    /// The meetings that may fall in <paramref name="interval"/> (their possible days overlap it: a meeting dated
    /// "2021" matches any interval in 2021), or, with <paramref name="definitelyWithin"/>, only those whose every
    /// possible day is inside it; in date order.
    /// </summary>
    /// <param name="interval">The days.</param>
    /// <param name="definitelyWithin">True to exclude meetings known less precisely than the interval.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public ImmutableArray<Meeting> MeetingsBetween(DateInterval interval, bool definitelyWithin = false)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return
        [
            .. Meetings
                .Where(m => definitelyWithin
                    ? m.Start.Earliest >= interval.Start && (m.End ?? m.Start).Latest <= interval.End
                    : m.Start.Earliest <= interval.End && (m.End ?? m.Start).Latest >= interval.Start)
                .OrderBy(static m => m, MeetingOrder.Instance),
        ];
    }

    /// <summary>The meetings a party sent a delegation to, in date order.</summary>
    /// <param name="party">The country or organization.</param>
    public ImmutableArray<Meeting> MeetingsAttendedBy(PartyRef party)
        => party.IsDefault ? [] : [.. Meetings.Where(m => m.Delegations.Any(d => d.Party == party)).OrderBy(static m => m, MeetingOrder.Instance)];

    /// <summary>The meetings where a person, identified by <see cref="PersonId"/>, took part, in date order.</summary>
    /// <param name="person">The person's identifier.</param>
    public ImmutableArray<Meeting> MeetingsWith(PersonId person)
        => person.IsDefault ? [] : [.. Meetings.Where(m => m.Delegations.Any(d => d.Participants.Any(p => p.PersonId == person))).OrderBy(static m => m, MeetingOrder.Instance)];

    /// <summary>
    /// The meetings where a person took part, found by any spelling the catalog records, ignoring case, accents,
    /// spacing and punctuation: "Rosa Icela Rodríguez" and "ROSA ICELA RODRIGUEZ" find the meeting whose participant
    /// is "Rosa Icela Rodríguez Velázquez", because the person record lists both spellings. A spelling matches a
    /// person's name or other names (then every participation of that person counts) and the name a participant
    /// was written with. In date order.
    /// </summary>
    /// <param name="person">A spelling of the person's name.</param>
    public ImmutableArray<Meeting> MeetingsWith(PersonName person)
    {
        if (person.IsDefault || SpellingKey(person) is not { } key)
        {
            return [];
        }

        var people = FindPeople(person).Select(static p => p.Id).ToHashSet();
        return [.. Meetings.Where(m => m.Delegations.Any(d => d.Participants.Any(p =>
                (p.PersonId is { } id && people.Contains(id)) || (p.Person is { } written && SpellingKey(written) == key))))
            .OrderBy(static m => m, MeetingOrder.Instance)];
    }

    /// <summary>
    /// The people with a recorded spelling (name or other name) equal to <paramref name="spelling"/> once case, accents,
    /// spacing and punctuation are ignored; by identifier. Two people found means the catalog has two people with one
    /// spelling (rule COOP1009).
    /// </summary>
    /// <param name="spelling">A spelling of a name.</param>
    public ImmutableArray<Person> FindPeople(PersonName spelling)
    {
        if (spelling.IsDefault || SpellingKey(spelling) is not { } key)
        {
            return [];
        }

        return _peopleBySpelling.TryGetValue(key, out var found) ? found : [];
    }

    /// <summary>
    /// The positions a person held, one per participation, with the meeting's date, as each source wrote them; in the
    /// meetings' date order.
    /// </summary>
    /// <param name="person">The person's identifier.</param>
    public ImmutableArray<PositionHeld> PositionsOf(PersonId person)
        => person.IsDefault
            ? []
            : [.. MeetingsWith(person).SelectMany(m => m.Delegations.SelectMany(d => d.Participants
                .Where(p => p.PersonId == person)
                .Select(p => new PositionHeld(m.Id, m.Start, d.Party, p.Role, p.Person!.Value, p.Institution, p.Position))))];

    // The key a spelling is compared by (Internal.Text.NameKey: case, accents, spacing and punctuation ignored).
    internal static string? SpellingKey(PersonName name)
    {
        var text = name.Value;
        Span<char> key = stackalloc char[Internal.Text.NameKey.MaxInputLength * Internal.Text.NameKey.MaxExpansion];
        return Internal.Text.NameKey.TryFold(text, key, out var length) == Internal.Text.NameKeyStatus.Success ? new string(key[..length]) : null;
    }

    // Outcome identifiers used more than once (COOP1001), named at the owner of the second use; the path is built only
    // for repeats. Fills ids with every identifier used (COOP1010's look-up).
    private static IEnumerable<RepeatedIdentifier> RepeatedOutcomes(ImmutableArray<Mechanism> mechanisms, ImmutableArray<Meeting> meetings, HashSet<string> ids)
    {
        var repeats = new Dictionary<string, (int Count, object Owner)>(StringComparer.Ordinal);
        void Visit(ImmutableArray<Commitment> outcomes, object owner)
        {
            foreach (var outcome in outcomes)
            {
                if (outcome.Id is { } id && !ids.Add(id.Value))
                {
                    repeats[id.Value] = repeats.TryGetValue(id.Value, out var seen) ? (seen.Count + 1, seen.Owner) : (2, owner);
                }
            }
        }

        foreach (var mechanism in mechanisms)
        {
            Visit(mechanism.Outcomes, mechanism);
        }

        foreach (var meeting in meetings)
        {
            Visit(meeting.Outcomes, meeting);
        }

        return repeats.OrderBy(static r => r.Key, StringComparer.Ordinal).Select(static r => new RepeatedIdentifier(
            "outcome", (r.Value.Owner is Mechanism m ? SubjectPath.Of(m) : SubjectPath.Of((Meeting)r.Value.Owner)) + ".outcomes", r.Key, r.Value.Count));
    }

    // Pairs of people who share a spelling key: the spelling the second uses, and both identifiers.
    private static IEnumerable<(PersonName, PersonId, PersonId)> SharedSpellingsOf(Dictionary<string, ImmutableArray<Person>> bySpelling)
        => bySpelling.Where(static g => g.Value.Length > 1).OrderBy(static g => g.Key, StringComparer.Ordinal)
            .Select(static g => (g.Value[1].OtherNames.Prepend(g.Value[1].Name).First(n => SpellingKey(n) == g.Key), g.Value[0].Id, g.Value[1].Id));

    private static Dictionary<string, ImmutableArray<Person>> PeopleBySpelling(ImmutableArray<Person> people)
        => people
            .SelectMany(static p => p.OtherNames.Prepend(p.Name).Select(n => (Key: SpellingKey(n), Person: p)))
            .Where(static pair => pair.Key is not null)
            .GroupBy(static pair => pair.Key!, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Select(static pair => pair.Person).Distinct().ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>
    /// The meetings where an institution took part: through a participant, or as the party of a delegation (an
    /// international organization). Institutions under it are not included. In date order.
    /// </summary>
    /// <param name="institution">The institution's identifier.</param>
    public ImmutableArray<Meeting> MeetingsWith(InstitutionId institution)
        => institution.IsDefault
            ? []
            : [.. Meetings.Where(m => m.Delegations.Any(d => (d.Party.IsOrganization && d.Party.Organization == institution) || d.Participants.Any(p => p.Institution == institution))).OrderBy(static m => m, MeetingOrder.Instance)];

    /// <summary>Who held a mechanism's presidency on a day, if anyone.</summary>
    /// <param name="mechanism">The mechanism's identifier.</param>
    /// <param name="date">The day.</param>
    public PartyRef? PresidencyOn(MechanismId mechanism, LocalDate date)
        => TryGetMechanism(mechanism, out var found) ? found.PresidencyOn(date) : null;

    /// <summary>Assesses a mechanism's cadence on a day, from its meetings in this catalog.</summary>
    /// <param name="mechanism">The mechanism's identifier.</param>
    /// <param name="asOf">The day.</param>
    /// <exception cref="KeyNotFoundException">The catalog has no such mechanism.</exception>
    public CadenceAssessment AssessCadence(MechanismId mechanism, LocalDate asOf)
        => CadenceSchedule.Assess(GetMechanism(mechanism), MeetingsOf(mechanism), asOf);

    // The arrays are sorted by identifier, so repeats are neighbours.
    private static IEnumerable<RepeatedIdentifier> Repeated<T>(ImmutableArray<T> items, Func<T, string> id, string kind, CatalogEntityKind collection)
    {
        var i = 0;
        while (i < items.Length)
        {
            var j = i + 1;
            while (j < items.Length && string.Equals(id(items[j]), id(items[i]), StringComparison.Ordinal))
            {
                j++;
            }

            if (j - i > 1)
            {
                yield return new RepeatedIdentifier(kind, CatalogCollections.NameOf(collection), id(items[i]), j - i);
            }

            i = j;
        }
    }

    private static FrozenDictionary<TKey, ImmutableArray<Mechanism>> Index<TKey>(ImmutableArray<Mechanism> mechanisms, Func<Mechanism, IEnumerable<TKey>> keys)
        where TKey : notnull
        => mechanisms
            .SelectMany(m => keys(m).Distinct().Select(k => (Key: k, Mechanism: m)))
            .GroupBy(static pair => pair.Key)
            .ToFrozenDictionary(static g => g.Key, static g => g.Select(static pair => pair.Mechanism).ToImmutableArray());

    // Meetings of each mechanism, in date order.
    private static Dictionary<string, ImmutableArray<Meeting>> MeetingsByMechanism(ImmutableArray<Meeting> meetings)
        => meetings
            .Where(static m => m.Mechanism is not null)
            .GroupBy(static m => m.Mechanism!.Value.Value, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.OrderBy(static m => m, MeetingOrder.Instance).ToImmutableArray(), StringComparer.Ordinal);

    // One kind of entity: sorted by identifier (ordinally; a stable sort, so entities that share an identifier keep
    // the order they were added in), and the position of the first entity with each identifier, which answers
    // look-ups; the rest stay in the array for COOP1001 to report.
    private readonly struct Kind<T>
        where T : class
    {
        public Kind(ImmutableArray<T> items, Dictionary<string, int> byId)
        {
            Items = items;
            ById = byId;
        }

        public ImmutableArray<T> Items { get; }

        public Dictionary<string, int> ById { get; }

        public static Kind<T> Of(IEnumerable<T> items, Func<T, string> key)
        {
            ImmutableArray<T> sorted = [.. items.OrderBy(key, StringComparer.Ordinal)];
            return new Kind<T>(sorted, FirstById(sorted, key));
        }

        public static Dictionary<string, int> FirstById(ImmutableArray<T> items, Func<T, string> key)
        {
            var byId = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
            for (var i = 0; i < items.Length; i++)
            {
                byId.TryAdd(key(items[i]), i);
            }

            return byId;
        }
    }

    // The mechanisms by party, topic, kind and status.
    private readonly struct MechanismIndexes
    {
        public MechanismIndexes(ImmutableArray<Mechanism> mechanisms)
        {
            ByParty = Index(mechanisms, static m => m.Parties.Select(static p => p.Party));
            ByTopic = Index(mechanisms, static m => m.Topics);
            ByKind = Index<MechanismKind>(mechanisms, static m => [m.Kind]);
            ByStatus = Index<MechanismStatus>(mechanisms, static m => [m.Status]);
        }

        public FrozenDictionary<PartyRef, ImmutableArray<Mechanism>> ByParty { get; }

        public FrozenDictionary<Topic, ImmutableArray<Mechanism>> ByTopic { get; }

        public FrozenDictionary<MechanismKind, ImmutableArray<Mechanism>> ByKind { get; }

        public FrozenDictionary<MechanismStatus, ImmutableArray<Mechanism>> ByStatus { get; }
    }

    // What the rules engine (and Countries) need about the catalog as a whole, found in one go.
    private sealed class CatalogFacts
    {
        public CatalogFacts(CooperationCatalog catalog)
        {
            var mechanismsById = catalog._mechanisms.ById;
            MeetingsWithoutMechanism = [.. catalog.Meetings.Where(m => m.Mechanism is not { } id || !mechanismsById.ContainsKey(id.Value))];

            // One pass over every citation finds the sources cited and those quoted; it visits the meetings in the
            // rules engine's walk order and fills their attendance table as it reads their delegations.
            var cited = new HashSet<string>(StringComparer.Ordinal);
            var quoted = new HashSet<string>(StringComparer.Ordinal);
            var sourcesById = catalog._sources.ById;
            var unknownSources = 0;
            void Visit(ImmutableArray<Citation> citations)
            {
                foreach (var citation in citations)
                {
                    cited.Add(citation.Source.Value);
                    unknownSources += sourcesById.ContainsKey(citation.Source.Value) ? 0 : 1;
                    if (citation.Quote is not null)
                    {
                        quoted.Add(citation.Source.Value);
                    }
                }
            }

            void VisitOutcomes(ImmutableArray<Commitment> outcomes)
            {
                foreach (var outcome in outcomes)
                {
                    Visit(outcome.Citations);
                }
            }

            foreach (var source in catalog.Sources)
            {
                Visit(source.Citations);
            }

            foreach (var institution in catalog.Institutions)
            {
                Visit(institution.Citations);
            }

            foreach (var person in catalog.People)
            {
                Visit(person.Citations);
            }

            foreach (var mechanism in catalog.Mechanisms)
            {
                Visit(mechanism.Citations);
                VisitOutcomes(mechanism.Outcomes);
            }

            var countries = new HashSet<CountryCode>();
            var attendance = new AttendanceTable.Builder(catalog, catalog.Meetings.Length);
            void VisitMeeting(Meeting meeting)
            {
                var before = unknownSources;
                Visit(meeting.Citations);
                VisitOutcomes(meeting.Outcomes);
                foreach (var delegation in meeting.Delegations)
                {
                    Visit(delegation.Citations);
                    foreach (var participant in delegation.Participants)
                    {
                        Visit(participant.Citations);
                    }

                    if (delegation.Party.IsCountry)
                    {
                        countries.Add(delegation.Party.Country);
                    }
                }

                foreach (var statement in meeting.Statements)
                {
                    Visit(statement.Citations);
                }

                foreach (var venue in meeting.Venues)
                {
                    countries.Add(venue.Country);
                }

                attendance.Add(meeting, citesKnownSources: unknownSources == before);
            }

            var mechanisms = catalog.Mechanisms;
            for (var i = 0; i < mechanisms.Length; i++)
            {
                // As the walk does: a repeated identifier's meetings belong to the first mechanism with it.
                if (i == 0 || mechanisms[i - 1].Id != mechanisms[i].Id)
                {
                    var meetings = catalog.MeetingsOf(mechanisms[i].Id);
                    attendance.AddMechanism(i, meetings);
                    foreach (var meeting in meetings)
                    {
                        VisitMeeting(meeting);
                    }
                }
            }

            foreach (var meeting in MeetingsWithoutMechanism)
            {
                VisitMeeting(meeting);
            }

            Attendance = attendance.Build();
            QuotedSources = quoted;
            OutcomeIds = new HashSet<string>(StringComparer.Ordinal);
            Repeats = [.. Repeated(catalog.Sources, SourceKey, "source", CatalogEntityKind.Source), .. Repeated(catalog.Institutions, InstitutionKey, "institution", CatalogEntityKind.Institution),
                .. Repeated(catalog.People, PersonKey, "person", CatalogEntityKind.Person),
                .. Repeated(catalog.Mechanisms, MechanismKey, "mechanism", CatalogEntityKind.Mechanism), .. Repeated(catalog.Meetings, MeetingKey, "meeting", CatalogEntityKind.Meeting),
                .. RepeatedOutcomes(catalog.Mechanisms, catalog.Meetings, OutcomeIds)];
            SharedSpellings = [.. SharedSpellingsOf(catalog._peopleBySpelling)];
            UncitedSources = [.. catalog.Sources.Where((s, i) => !cited.Contains(s.Id.Value) && sourcesById[s.Id.Value] == i)];

            Countries = [.. catalog.Mechanisms.SelectMany(static m => m.Parties).Where(static p => p.Party.IsCountry).Select(static p => p.Party.Country)
                .Concat(catalog.Institutions.Where(static i => !i.IsInternational).Select(static i => i.Country))
                .Concat(countries)
                .Distinct().Order()];
        }

        public ImmutableArray<RepeatedIdentifier> Repeats { get; }

        public ImmutableArray<Meeting> MeetingsWithoutMechanism { get; }

        public HashSet<string> QuotedSources { get; }

        public HashSet<string> OutcomeIds { get; }

        public ImmutableArray<(PersonName Spelling, PersonId First, PersonId Second)> SharedSpellings { get; }

        public ImmutableArray<Source> UncitedSources { get; }

        public ImmutableArray<CountryCode> Countries { get; }

        public AttendanceTable Attendance { get; }

    }

    // Date order: start (PartialDate's sorting order), then ordinal (unnumbered first), then identifier.
    private sealed class MeetingOrder : IComparer<Meeting>
    {
        public static readonly MeetingOrder Instance = new();

        public int Compare(Meeting? x, Meeting? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var byStart = x.Start.CompareTo(y.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byOrdinal = Nullable.Compare(x.Ordinal, y.Ordinal);
            return byOrdinal != 0 ? byOrdinal : x.Id.CompareTo(y.Id);
        }
    }
}
