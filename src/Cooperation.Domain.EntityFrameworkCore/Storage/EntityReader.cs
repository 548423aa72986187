using System;
using System.Collections.Immutable;
using System.Linq;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The entities of the model built from their rows, through the public constructors and <c>With…</c> methods, so
/// that every rule the model enforces on construction is enforced on what a database holds. Each failure names the
/// table, the row and the column (<see cref="CatalogRowException"/>).
/// </summary>
internal static class EntityReader
{
    public static Source Read(SourceRow row)
    {
        var r = new RowReader("sources", row.Id.ToString());
        var title = r.Column("title_*", () => row.Title.ToLocalizedText());
        var publisher = r.Column("publisher_*", () => row.Publisher.ToLocalizedText());
        var date = r.Column("date_*", () => row.Date?.ToPartialDate());
        var url = r.Column("url", () => Url(row.Url));
        var archive = r.Column("archive", () => JsonColumn.ReadPart<ArchivedCopy>(row.Archive));
        var issuers = r.Column("issuers", () => JsonColumn.ReadValues(row.Issuers, StoredValues.Parse<InstitutionId>));
        var updated = r.Column("updated_*", () => row.Updated?.ToPartialDate());
        var dateline = r.Column("dateline", () => JsonColumn.ReadPart<Venue>(row.Dateline));
        var reportsOn = r.Column("reports_on", () => JsonColumn.ReadPart<ReportedSource>(row.ReportsOn));
        var citations = r.Column("citations", () => JsonColumn.ReadParts<Citation>(row.Citations));
        var suppressions = r.Column("suppressions", () => JsonColumn.ReadSuppressions(row.Suppressions));
        return r.Build(() => new Source(row.Id, title, publisher, date, row.Language, row.Kind, url, archive, issuers, updated, row.Number, dateline, reportsOn, row.PresentedAt, citations)
            .WithSuppressions(suppressions));
    }

    public static Institution Read(InstitutionRow row)
    {
        var r = new RowReader("institutions", row.Id.ToString());
        var name = r.Column("name_*", () => row.Name.ToLocalizedText());
        var others = r.Column("other_acronyms", () => JsonColumn.ReadValues(row.OtherAcronyms, StoredValues.Parse<Acronym>));
        var identifiers = r.Column("identifiers", () => JsonColumn.ReadValues(row.Identifiers, StoredValues.Parse<ExternalIdentifier>));
        var citations = r.Column("citations", () => JsonColumn.ReadParts<Citation>(row.Citations));
        var suppressions = r.Column("suppressions", () => JsonColumn.ReadSuppressions(row.Suppressions));
        return r.Build(() => new Institution(row.Id, name, row.Kind, row.Country ?? default, row.SpanishAcronym, row.EnglishAcronym, row.Parent, others, citations)
            .WithIdentifiers(identifiers).WithSuppressions(suppressions));
    }

    public static Person Read(PersonRow row)
    {
        var r = new RowReader("people", row.Id.ToString());
        var rank = r.Column("rank_*", () => row.Rank.ToNullable());
        var identifiers = r.Column("identifiers", () => JsonColumn.ReadValues(row.Identifiers, StoredValues.Parse<ExternalIdentifier>));
        var citations = r.Column("citations", () => JsonColumn.ReadParts<Citation>(row.Citations));
        var suppressions = r.Column("suppressions", () => JsonColumn.ReadSuppressions(row.Suppressions));
        var others = row.Spellings.OrderBy(s => s.Position).Select(s => s.Spelling).ToImmutableArray();
        return r.Build(() => new Person(row.Id, row.Name, others, rank, citations).WithIdentifiers(identifiers).WithSuppressions(suppressions));
    }

    public static Mechanism Read(MechanismRow row)
    {
        var r = new RowReader("mechanisms", row.Id.ToString());
        var name = r.Column("name_*", () => row.Name.ToLocalizedText());
        var topics = r.Column("topics", () => JsonColumn.ReadValues(row.Topics, StoredValues.ParseVocabulary<Topic>));
        var established = r.Column("established_*", () => row.Established?.ToPartialDate());
        var dissolved = r.Column("dissolved_*", () => row.Dissolved?.ToPartialDate());
        var cadence = r.Column("cadence", () => JsonColumn.ReadPart<Cadence>(row.Cadence));
        var origin = r.Column("origin", () => JsonColumn.ReadPart<Origin>(row.Origin));
        var purpose = r.Column("purpose_*", () => row.Purpose.ToNullable());
        var identifiers = r.Column("identifiers", () => JsonColumn.ReadValues(row.Identifiers, StoredValues.Parse<ExternalIdentifier>));
        var unlisted = r.Column("unlisted_parties", () => JsonColumn.ReadValues(row.UnlistedParties, StoredValues.ParseVocabulary<ParticipationStatus>));
        var citations = r.Column("citations", () => JsonColumn.ReadParts<Citation>(row.Citations));
        var suppressions = r.Column("suppressions", () => JsonColumn.ReadSuppressions(row.Suppressions));
        var parties = row.Parties.OrderBy(p => p.Position).Select(p =>
        {
            var part = r.Part("memberships", p.Position);
            var since = part.Column("since_*", () => p.Since?.ToPartialDate());
            var until = part.Column("until_*", () => p.Until?.ToPartialDate());
            return part.Build(() => new Membership(p.Party, p.Status, since, until));
        }).ToImmutableArray();
        var presidencies = row.Presidencies.OrderBy(p => p.Position).Select(p =>
        {
            var part = r.Part("presidencies", p.Position);
            var term = part.Column("term_*", () => p.Term.ToPartialDateRange());
            return part.Build(() => new PresidencyTerm(p.Holder, term));
        }).ToImmutableArray();
        var outcomes = row.Outcomes.OrderBy(o => o.Position).Select(o => Outcome(r.Part("mechanism_outcomes", o.Position), o)).ToImmutableArray();
        return r.Build(() => new Mechanism(row.Id, name, row.Kind, row.Scope, parties, row.Status, topics, row.SpanishAcronym, row.EnglishAcronym, established, cadence,
            row.Predecessor, row.Successor, origin, presidencies, citations, row.Parent, outcomes, dissolved, purpose, unlisted).WithIdentifiers(identifiers).WithSuppressions(suppressions));
    }

    public static Meeting Read(MeetingRow row)
    {
        var r = new RowReader("meetings", row.Id.ToString());
        var start = r.Column("start_*", () => row.Start.ToPartialDate());
        var end = r.Column("end_*", () => row.End?.ToPartialDate());
        var title = r.Column("title_*", () => row.Title.ToNullable());
        var venues = r.Column("venues", () => JsonColumn.ReadParts<Venue>(row.Venues));
        var topics = r.Column("topics", () => JsonColumn.ReadValues(row.Topics, StoredValues.ParseVocabulary<Topic>));
        var citations = r.Column("citations", () => JsonColumn.ReadParts<Citation>(row.Citations));
        var purpose = r.Column("purpose_*", () => row.Purpose.ToNullable());
        var relations = r.Column("relations", () => JsonColumn.ReadParts<Relation>(row.Relations));
        var suppressions = r.Column("suppressions", () => JsonColumn.ReadSuppressions(row.Suppressions));
        var delegations = row.Delegations.OrderBy(d => d.Position).Select(d =>
        {
            var part = r.Part("delegations", d.Position);
            var description = part.Column("description_*", () => d.Description.ToNullable());
            var delegationCitations = part.Column("citations", () => JsonColumn.ReadParts<Citation>(d.Citations));
            var participants = d.Participants.OrderBy(p => p.Position).Select(p =>
            {
                var person = r.Part("participants", d.Position, p.Position);
                var position = person.Column("title_*", () => p.Title.ToNullable());
                var participantCitations = person.Column("citations", () => JsonColumn.ReadParts<Citation>(p.Citations));
                return person.Build(() => new Participant(p.Role, p.Person, p.Institution, position, p.PersonId, participantCitations));
            }).ToImmutableArray();
            return part.Build(() => new Delegation(d.Party, participants, description, delegationCitations));
        }).ToImmutableArray();
        var outcomes = row.Outcomes.OrderBy(o => o.Position).Select(o => Outcome(r.Part("meeting_outcomes", o.Position), o)).ToImmutableArray();
        var statements = row.Statements.OrderBy(s => s.Position).Select(s =>
        {
            var part = r.Part("statements", s.Position);
            var text = part.Column("text_*", () => s.Text.ToLocalizedText());
            var mentions = part.Column("mentions", () => JsonColumn.ReadValues(s.Mentions, StoredValues.Parse<InstitutionId>));
            var statementCitations = part.Column("citations", () => JsonColumn.ReadParts<Citation>(s.Citations));
            return part.Build(() => new Statement(s.Form, s.Language, text, s.Speaker, s.Institution, s.Party, mentions, statementCitations));
        }).ToImmutableArray();
        return r.Build(() => new Meeting(row.Id, row.Kind, row.Status, start, row.Mechanism, title, row.Ordinal, end, venues, delegations, topics, outcomes, citations,
            row.ApproximateDates, purpose, statements, relations).WithSuppressions(suppressions));
    }

    private static Commitment Outcome(RowReader r, OutcomeRow row)
    {
        var text = r.Column("text_*", () => row.Text.ToLocalizedText());
        var date = r.Column("date_*", () => row.Date?.ToPartialDate());
        var parties = r.Column("parties", () => JsonColumn.ReadValues(row.Parties, StoredValues.Parse<PartyRef>));
        var institutions = r.Column("institutions", () => JsonColumn.ReadParts<InstitutionPart>(row.Institutions));
        var followsUp = r.Column("follows_up", () => JsonColumn.ReadValues(row.FollowsUp, StoredValues.Parse<CommitmentId>));
        var citations = r.Column("citations", () => JsonColumn.ReadParts<Citation>(row.Citations));
        return r.Build(() => new Commitment(text, row.Kind, row.Status, row.Count, date, parties, row.OutcomeId, institutions, followsUp, citations));
    }

    private static Uri? Url(string? text)
        => text is null ? null
            : Uri.TryCreate(text, UriKind.Absolute, out var url) && url.AbsoluteUri == text ? url
            : throw new StoredValueException("URL", text, "a URL is stored absolute, in the form Uri.AbsoluteUri gives.");
}
