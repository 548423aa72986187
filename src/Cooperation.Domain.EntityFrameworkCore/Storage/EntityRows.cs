using System.Collections.Immutable;
using System.Linq;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// An entity of the model as its rows: each member in its column, repeated parts in rows of their own, numbered by
/// position so that their order comes back. Through the public API only (constructors' members, properties).
/// </summary>
internal static class EntityRows
{
    public static SourceRow From(Source source) => new()
    {
        Id = source.Id,
        Title = LocalizedTextColumns.From(source.Title),
        Publisher = LocalizedTextColumns.From(source.Publisher),
        Date = PartialDateColumns.FromNullable(source.Date),
        Language = source.Language,
        Kind = source.Kind,
        Url = source.Url?.AbsoluteUri,
        Archive = JsonColumn.WritePart(source.Archive),
        Issuers = JsonColumn.WriteValues(source.Issuers, static i => i.Value),
        Updated = PartialDateColumns.FromNullable(source.Updated),
        Number = source.Number,
        Dateline = JsonColumn.WritePart(source.Dateline),
        ReportsOn = JsonColumn.WritePart(source.ReportsOn),
        PresentedAt = source.PresentedAt,
        Citations = JsonColumn.WriteParts(source.Citations),
        Suppressions = JsonColumn.WriteSuppressions(source.Suppressions),
    };

    public static InstitutionRow From(Institution institution) => new()
    {
        Id = institution.Id,
        Name = LocalizedTextColumns.From(institution.Name),
        Kind = institution.Kind,
        Country = institution.IsInternational ? null : institution.Country,
        SpanishAcronym = institution.SpanishAcronym,
        EnglishAcronym = institution.EnglishAcronym,
        Parent = institution.Parent,
        OtherAcronyms = JsonColumn.WriteValues(institution.OtherAcronyms, static a => a.Value),
        Identifiers = JsonColumn.WriteValues(institution.Identifiers, static i => i.ToString()),
        Citations = JsonColumn.WriteParts(institution.Citations),
        Suppressions = JsonColumn.WriteSuppressions(institution.Suppressions),
    };

    public static PersonRow From(Person person) => new()
    {
        Id = person.Id,
        Name = person.Name,
        Rank = LocalizedTextColumns.FromNullable(person.Rank),
        Identifiers = JsonColumn.WriteValues(person.Identifiers, static i => i.ToString()),
        Citations = JsonColumn.WriteParts(person.Citations),
        Suppressions = JsonColumn.WriteSuppressions(person.Suppressions),
        Spellings = [.. person.OtherNames.Select((name, i) => new PersonSpellingRow { PersonId = person.Id, Position = i, Spelling = name })],
    };

    public static MechanismRow From(Mechanism mechanism) => new()
    {
        Id = mechanism.Id,
        Name = LocalizedTextColumns.From(mechanism.Name),
        Kind = mechanism.Kind,
        Scope = mechanism.Scope,
        Status = mechanism.Status,
        Topics = JsonColumn.WriteValues(mechanism.Topics, static t => t.Name),
        SpanishAcronym = mechanism.SpanishAcronym,
        EnglishAcronym = mechanism.EnglishAcronym,
        Established = PartialDateColumns.FromNullable(mechanism.Established),
        Dissolved = PartialDateColumns.FromNullable(mechanism.Dissolved),
        Cadence = JsonColumn.WritePart(mechanism.Cadence),
        Predecessor = mechanism.Predecessor,
        Successor = mechanism.Successor,
        Parent = mechanism.Parent,
        Origin = JsonColumn.WritePart(mechanism.Origin),
        Purpose = LocalizedTextColumns.FromNullable(mechanism.Purpose),
        UnlistedParties = JsonColumn.WriteValues(mechanism.UnlistedParties, static s => s.Name),
        Identifiers = JsonColumn.WriteValues(mechanism.Identifiers, static i => i.ToString()),
        Citations = JsonColumn.WriteParts(mechanism.Citations),
        Suppressions = JsonColumn.WriteSuppressions(mechanism.Suppressions),
        Parties = [.. mechanism.Parties.Select((m, i) => new MembershipRow
        {
            MechanismId = mechanism.Id,
            Position = i,
            Party = m.Party,
            Status = m.Status,
            Since = PartialDateColumns.FromNullable(m.Since),
            Until = PartialDateColumns.FromNullable(m.Until),
        })],
        Presidencies = [.. mechanism.Presidencies.Select((p, i) => new PresidencyRow
        {
            MechanismId = mechanism.Id,
            Position = i,
            Holder = p.Holder,
            Term = PartialDateRangeColumns.From(p.Term),
        })],
        Outcomes = [.. mechanism.Outcomes.Select((o, i) => Outcome(new MechanismOutcomeRow { MechanismId = mechanism.Id }, o, i))],
    };

    public static MeetingRow From(Meeting meeting) => new()
    {
        Id = meeting.Id,
        Kind = meeting.Kind,
        Status = meeting.Status,
        Start = PartialDateColumns.From(meeting.Start),
        End = PartialDateColumns.FromNullable(meeting.End),
        Mechanism = meeting.Mechanism,
        Title = LocalizedTextColumns.FromNullable(meeting.Title),
        Ordinal = meeting.Ordinal,
        Venues = JsonColumn.WriteParts(meeting.Venues),
        Topics = JsonColumn.WriteValues(meeting.Topics, static t => t.Name),
        Citations = JsonColumn.WriteParts(meeting.Citations),
        ApproximateDates = meeting.ApproximateDates,
        Purpose = LocalizedTextColumns.FromNullable(meeting.Purpose),
        Relations = JsonColumn.WriteParts(meeting.Relations),
        Suppressions = JsonColumn.WriteSuppressions(meeting.Suppressions),
        Delegations = [.. meeting.Delegations.Select((d, i) => new DelegationRow
        {
            MeetingId = meeting.Id,
            Position = i,
            Party = d.Party,
            Description = LocalizedTextColumns.FromNullable(d.Description),
            Citations = JsonColumn.WriteParts(d.Citations),
            Participants = [.. d.Participants.Select((p, k) => new ParticipantRow
            {
                MeetingId = meeting.Id,
                DelegationPosition = i,
                Position = k,
                Role = p.Role,
                Person = p.Person,
                Institution = p.Institution,
                Title = LocalizedTextColumns.FromNullable(p.Position),
                PersonId = p.PersonId,
                Citations = JsonColumn.WriteParts(p.Citations),
            })],
        })],
        Outcomes = [.. meeting.Outcomes.Select((o, i) => Outcome(new MeetingOutcomeRow { MeetingId = meeting.Id }, o, i))],
        Statements = [.. meeting.Statements.Select((s, i) => new StatementRow
        {
            MeetingId = meeting.Id,
            Position = i,
            Form = s.Form,
            Language = s.Language,
            Text = LocalizedTextColumns.From(s.Text),
            Speaker = s.Speaker,
            Institution = s.Institution,
            Party = s.Party,
            Mentions = JsonColumn.WriteValues(s.Mentions, static m => m.Value),
            Citations = JsonColumn.WriteParts(s.Citations),
        })],
    };

    private static T Outcome<T>(T row, Commitment outcome, int position)
        where T : OutcomeRow
    {
        row.Position = position;
        row.OutcomeId = outcome.Id;
        row.Text = LocalizedTextColumns.From(outcome.Text);
        row.Kind = outcome.Kind;
        row.Status = outcome.Status;
        row.Count = outcome.Count;
        row.Date = PartialDateColumns.FromNullable(outcome.Date);
        row.Parties = JsonColumn.WriteValues(outcome.Parties, static p => p.ToString());
        row.Institutions = JsonColumn.WriteParts(outcome.Institutions);
        row.FollowsUp = JsonColumn.WriteValues(outcome.FollowsUp, static f => f.Value);
        row.Citations = JsonColumn.WriteParts(outcome.Citations);
        return row;
    }
}
