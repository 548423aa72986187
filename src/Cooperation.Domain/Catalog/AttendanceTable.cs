using System;
using System.Collections.Immutable;

namespace Cooperation.Domain;

/// <summary>
/// The delegations, participants and venues of every meeting of a catalog as rows of arrays (<see cref="AttendanceDelegation"/>,
/// <see cref="AttendanceParticipant"/>, the venues' countries), meeting after meeting in the order the rules engine's walk visits them: the meetings
/// of each mechanism (the first of a repeated identifier) in date order, mechanism after mechanism, then the meetings
/// without a mechanism in the catalog. The participant rules read these rows, which lie one after another in memory,
/// instead of following each meeting's delegations and participants and looking their identifiers up; the objects are
/// read only to report.
/// </summary>
/// <remarks>
/// Filled by the pass that finds the catalog's other facts for the rules engine (its citations, countries and
/// meetings without a mechanism), which reads every delegation and participant anyway, so the first validation of a
/// catalog makes no pass of its own for it. 16 bytes per participant, 32 per delegation, one per venue, 21 per
/// meeting and 8 per mechanism (its meetings, so that the walk needs no look-up by identifier), plus at most a
/// quarter more for the rows' room to grow (see <see cref="Builder"/>).
/// </remarks>
internal sealed class AttendanceTable
{
    // The w-th meeting's delegations are _delegations[_delegationStarts[w].._delegationStarts[w + 1]], its
    // participants _participants[_participantStarts[w].._participantStarts[w + 1]], its venues likewise.
    private readonly Meeting[] _meetings;
    private readonly ImmutableArray<Meeting>[] _meetingsOfMechanisms;
    private readonly int[] _delegationStarts;
    private readonly int[] _participantStarts;
    private readonly int[] _venueStarts;
    private readonly AttendanceDelegation[] _delegations;
    private readonly AttendanceParticipant[] _participants;
    private readonly CountryCode[] _venues;
    private readonly bool[] _citesKnownSources;

    private AttendanceTable(Builder builder)
    {
        _meetings = builder.Meetings;
        _meetingsOfMechanisms = builder.MeetingsOfMechanisms;
        _delegationStarts = builder.DelegationStarts;
        _participantStarts = builder.ParticipantStarts;
        _venueStarts = builder.VenueStarts;
        _delegations = builder.Delegations;
        _participants = builder.Participants;
        _venues = builder.Venues;
        _citesKnownSources = builder.CitesKnownSources;
    }

    /// <summary>The number of meetings.</summary>
    public int Count => _meetings.Length;

    /// <summary>
    /// The meetings of the mechanism at <paramref name="mechanism"/> in <see cref="CooperationCatalog.Mechanisms"/>, in
    /// date order (<see cref="CooperationCatalog.MeetingsOf(MechanismId)"/>); none for a repeated identifier, whose
    /// meetings belong to the first mechanism with it.
    /// </summary>
    public ImmutableArray<Meeting> MeetingsOf(int mechanism) => _meetingsOfMechanisms[mechanism];

    /// <summary>
    /// The rows of <paramref name="meeting"/>, which must be the meeting at <paramref name="position"/> in walk order.
    /// </summary>
    /// <exception cref="InvalidOperationException">The walk and the table disagree on the order of meetings.</exception>
    public Attendance Of(int position, Meeting meeting)
    {
        // One load per meeting, in order: a walk that strayed from the table's order would check every later meeting
        // with another meeting's rows, so it fails instead.
        if (!ReferenceEquals(_meetings[position], meeting))
        {
            throw new InvalidOperationException($"The meeting {meeting.Id} is not at position {position} of the catalog's attendance table.");
        }

        var d = _delegationStarts[position];
        var p = _participantStarts[position];
        var v = _venueStarts[position];
        return new(
            _delegations.AsSpan(d, _delegationStarts[position + 1] - d),
            _participants.AsSpan(p, _participantStarts[position + 1] - p),
            _venues.AsSpan(v, _venueStarts[position + 1] - v),
            _citesKnownSources[position]);
    }

    /// <summary>
    /// Fills a table meeting by meeting, in walk order. The rows' arrays start with room for two delegations of three,
    /// and one venue, per meeting; an array that fills up grows to what the meetings added so far use per meeting,
    /// times all the meetings, plus an eighth, so that it is copied once or twice (not at every doubling), and it is
    /// kept as it is unless more than a quarter of it is unused.
    /// </summary>
    internal sealed class Builder(CooperationCatalog catalog, int meetings)
    {
        private AttendanceDelegation[] _delegations = new AttendanceDelegation[Math.Max(4, 2 * meetings)];
        private AttendanceParticipant[] _participants = new AttendanceParticipant[Math.Max(4, 6 * meetings)];
        private CountryCode[] _venues = new CountryCode[Math.Max(4, meetings)];
        private readonly int _total = meetings;
        private int _meetingCount;
        private int _delegationCount;
        private int _participantCount;
        private int _venueCount;

        internal Meeting[] Meetings { get; } = new Meeting[meetings];

        internal ImmutableArray<Meeting>[] MeetingsOfMechanisms { get; } = new ImmutableArray<Meeting>[catalog.Mechanisms.Length];

        internal int[] DelegationStarts { get; } = new int[meetings + 1];

        internal int[] ParticipantStarts { get; } = new int[meetings + 1];

        internal int[] VenueStarts { get; } = new int[meetings + 1];

        internal bool[] CitesKnownSources { get; } = new bool[meetings];

        internal AttendanceDelegation[] Delegations => _delegations;

        internal AttendanceParticipant[] Participants => _participants;

        internal CountryCode[] Venues => _venues;

        /// <summary>Records the meetings of the mechanism at <paramref name="mechanism"/>, before they are added.</summary>
        public void AddMechanism(int mechanism, ImmutableArray<Meeting> meetingsOfMechanism) => MeetingsOfMechanisms[mechanism] = meetingsOfMechanism;

        /// <summary>Adds the rows of the next meeting in walk order, and whether it cites only sources the catalog has.</summary>
        public void Add(Meeting meeting, bool citesKnownSources)
        {
            Meetings[_meetingCount] = meeting;
            DelegationStarts[_meetingCount] = _delegationCount;
            ParticipantStarts[_meetingCount] = _participantCount;
            VenueStarts[_meetingCount] = _venueCount;
            CitesKnownSources[_meetingCount] = citesKnownSources;
            _meetingCount++;
            foreach (var venue in meeting.Venues)
            {
                Append(ref _venues, ref _venueCount, venue.Country, _meetingCount, _total);
            }

            var first = _participantCount;
            foreach (var delegation in meeting.Delegations)
            {
                var participants = delegation.Participants;
                Append(ref _delegations, ref _delegationCount, new AttendanceDelegation(delegation.Party, _participantCount - first, participants.Length, !delegation.Citations.IsEmpty), _meetingCount, _total);

                // Participants of one delegation often share an institution: the last one looked up is kept.
                InstitutionId? lastId = null;
                var last = AttendanceParticipant.None;
                foreach (var participant in participants)
                {
                    var institution = AttendanceParticipant.None;
                    if (participant.Institution is { } id)
                    {
                        if (id != lastId)
                        {
                            lastId = id;
                            last = catalog.IndexOf(id) is var found and >= 0 ? found : AttendanceParticipant.NotInCatalog;
                        }

                        institution = last;
                    }

                    var person = participant.PersonId is { } personId ? (catalog.IndexOf(personId) is var at and >= 0 ? at : AttendanceParticipant.NotInCatalog) : AttendanceParticipant.None;
                    Append(ref _participants, ref _participantCount, new AttendanceParticipant(participant, institution, person), _meetingCount, _total);
                }
            }
        }

        /// <summary>The table, once every meeting is added.</summary>
        /// <exception cref="InvalidOperationException">Not every meeting was added.</exception>
        public AttendanceTable Build()
        {
            if (_meetingCount != Meetings.Length)
            {
                throw new InvalidOperationException($"The attendance table has {_meetingCount} of {Meetings.Length} meetings.");
            }

            DelegationStarts[_meetingCount] = _delegationCount;
            ParticipantStarts[_meetingCount] = _participantCount;
            VenueStarts[_meetingCount] = _venueCount;
            // An estimate that the later meetings proved too high is cut down to size, so that a catalog keeps at most a
            // quarter more than its rows.
            Trim(ref _delegations, _delegationCount);
            Trim(ref _participants, _participantCount);
            Trim(ref _venues, _venueCount);
            for (var i = 0; i < MeetingsOfMechanisms.Length; i++)
            {
                // A repeated identifier's mechanism: no meetings of its own.
                if (MeetingsOfMechanisms[i].IsDefault)
                {
                    MeetingsOfMechanisms[i] = [];
                }
            }

            return new(this);
        }

        private static void Trim<T>(ref T[] rows, int count)
        {
            if (rows.Length - count > count / 4)
            {
                Array.Resize(ref rows, count);
            }
        }

        // "added" meetings (the one being added among them) of "total" have used "count" rows.
        private static void Append<T>(ref T[] rows, ref int count, in T row, int added, int total)
        {
            if (count == rows.Length)
            {
                // Growing by at least an eighth each time keeps the copies linear in the rows, whatever their shape.
                var expected = (long)count * total / added;
                var capacity = expected > count ? expected + (expected / 8) : 2L * count;
                Array.Resize(ref rows, (int)Math.Min(Array.MaxLength, capacity));
            }

            rows[count++] = row;
        }
    }
}
