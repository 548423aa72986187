using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using static Cooperation.Domain.Interop.ParquetExportRows;

namespace Cooperation.Domain.Interop;

/// <summary>
/// A catalog as nine Apache Parquet tables, one file each, for analytics engines (DuckDB, Spark, BigQuery):
/// mechanisms, memberships, meetings, delegations, participants, people, institutions, outcomes and citations. Columns
/// are typed: text (UTF-8), 32-bit integers, booleans, and dates; a partial date is three columns, <c>X_start</c> and
/// <c>X_end</c> (its first and last day, DATE) and <c>X_precision</c> (<c>year</c>, <c>month</c> or <c>day</c>).
/// Tables join on the catalog's identifiers. <see cref="WriteFolderAsync"/> writes them all.
/// </summary>
public static class ParquetExport
{
    /// <summary>Mechanisms: id, names, acronyms, kind, scope, status, dates (established, dissolved), related mechanisms, cadence, topics.</summary>
    public static ParquetTableWriter Mechanisms { get; } = new("mechanisms", new ParquetTable<Mechanism>(
        c => c.Mechanisms,
        [
            C<Mechanism>.Text("id", m => m.Id.ToString()),
            C<Mechanism>.Text("name_en", m => m.Name.English),
            C<Mechanism>.Text("name_es", m => m.Name.Spanish),
            C<Mechanism>.Text("acronym_es", m => m.SpanishAcronym?.ToString()),
            C<Mechanism>.Text("acronym_en", m => m.EnglishAcronym?.ToString()),
            C<Mechanism>.Text("kind", m => m.Kind.Name),
            C<Mechanism>.Text("scope", m => m.Scope.Name),
            C<Mechanism>.Text("status", m => m.Status.Name),
        ],
        C<Mechanism>.PartialDate("established", m => m.Established),
        C<Mechanism>.PartialDate("dissolved", m => m.Dissolved),
        [
            C<Mechanism>.Text("parent", m => m.Parent?.ToString()),
            C<Mechanism>.Text("predecessor", m => m.Predecessor?.ToString()),
            C<Mechanism>.Text("successor", m => m.Successor?.ToString()),
            C<Mechanism>.Text("cadence", m => m.Cadence?.Kind.Name),
            C<Mechanism>.Integer("cadence_months", m => m.Cadence?.IntervalMonths),
            C<Mechanism>.Text("topics", m => Joined(m.Topics.Select(t => t.Name))),
            C<Mechanism>.Text("purpose_en", m => m.Purpose?.English),
            C<Mechanism>.Text("purpose_es", m => m.Purpose?.Spanish),
        ]));

    /// <summary>Memberships: each party of each mechanism, with its status and the dates it joined and left.</summary>
    public static ParquetTableWriter Memberships { get; } = new("memberships", new ParquetTable<MembershipRow>(
        c => c.Mechanisms.SelectMany(m => m.Parties.Select(p => new MembershipRow(m, p))),
        [
            C<MembershipRow>.Text("mechanism", r => r.Mechanism.Id.ToString()),
            C<MembershipRow>.Text("party", r => r.Membership.Party.ToString()),
            C<MembershipRow>.Text("party_country", r => Country(r.Membership.Party)),
            C<MembershipRow>.Text("party_institution", r => Institution(r.Membership.Party)),
            C<MembershipRow>.Text("status", r => r.Membership.Status.Name),
        ],
        C<MembershipRow>.PartialDate("since", r => r.Membership.Since),
        C<MembershipRow>.PartialDate("until", r => r.Membership.Until)));

    /// <summary>Meetings: id, mechanism, kind, status, titles, ordinal, dates (their range: first day, last day, the coarser precision), approximate, venues.</summary>
    public static ParquetTableWriter Meetings { get; } = new("meetings", new ParquetTable<Meeting>(
        c => c.Meetings,
        [
            C<Meeting>.Text("id", m => m.Id.ToString()),
            C<Meeting>.Text("mechanism", m => m.Mechanism?.ToString()),
            C<Meeting>.Text("kind", m => m.Kind.Name),
            C<Meeting>.Text("status", m => m.Status.Name),
            C<Meeting>.Text("title_en", m => m.Title?.English),
            C<Meeting>.Text("title_es", m => m.Title?.Spanish),
            C<Meeting>.Integer("ordinal", m => m.Ordinal?.Value),
            C<Meeting>.Text("dates", m => DisplayText.Dates(m)),
            C<Meeting>.Date("dates_start", m => Day(m.Dates.Earliest)),
            C<Meeting>.Date("dates_end", m => Day(m.Dates.Latest is { } latest && latest >= m.Dates.Earliest ? latest : m.Start.Latest)),
            C<Meeting>.Text("dates_precision", m => ParquetColumn<Meeting>.PrecisionName(m.End is { } e && e.Precision < m.Start.Precision ? e.Precision : m.Start.Precision)),
            C<Meeting>.Boolean("approximate_dates", m => m.ApproximateDates),
            C<Meeting>.Text("venue_countries", m => Joined(m.Venues.Select(v => v.Country.ToString()))),
            C<Meeting>.Text("venues", m => DisplayText.Venues(m.Venues, Language.English)),
            C<Meeting>.Text("topics", m => Joined(m.Topics.Select(t => t.Name))),
        ]));

    /// <summary>Delegations: each party at each meeting, with its number of participants.</summary>
    public static ParquetTableWriter Delegations { get; } = new("delegations", new ParquetTable<DelegationRow>(
        c => c.Meetings.SelectMany(m => m.Delegations.Select(d => new DelegationRow(m, d))),
        [
            C<DelegationRow>.Text("meeting", r => r.Meeting.Id.ToString()),
            C<DelegationRow>.Text("party", r => r.Delegation.Party.ToString()),
            C<DelegationRow>.Text("party_country", r => Country(r.Delegation.Party)),
            C<DelegationRow>.Text("party_institution", r => Institution(r.Delegation.Party)),
            C<DelegationRow>.Integer("participants", r => r.Delegation.Participants.Length),
            C<DelegationRow>.Text("description_en", r => r.Delegation.Description?.English),
            C<DelegationRow>.Text("description_es", r => r.Delegation.Description?.Spanish),
        ]));

    /// <summary>Participants: each member of each delegation, in order (<c>number</c> from 1), with role, person, institution and stated position.</summary>
    public static ParquetTableWriter Participants { get; } = new("participants", new ParquetTable<ParticipantRow>(
        c => c.Meetings.SelectMany(m => m.Delegations.SelectMany(d => d.Participants.Select((p, i) => new ParticipantRow(m, d, p, i + 1)))),
        [
            C<ParticipantRow>.Text("meeting", r => r.Meeting.Id.ToString()),
            C<ParticipantRow>.Text("party", r => r.Delegation.Party.ToString()),
            C<ParticipantRow>.Integer("number", r => r.Number),
            C<ParticipantRow>.Text("role", r => r.Participant.Role.Name),
            C<ParticipantRow>.Text("person_id", r => r.Participant.PersonId?.ToString()),
            C<ParticipantRow>.Text("person_name", r => r.Participant.Person?.ToString()),
            C<ParticipantRow>.Text("institution", r => r.Participant.Institution?.ToString()),
            C<ParticipantRow>.Text("position_en", r => r.Participant.Position?.English),
            C<ParticipantRow>.Text("position_es", r => r.Participant.Position?.Spanish),
        ]));

    /// <summary>People: id, name, other names (separated by "; "), rank.</summary>
    public static ParquetTableWriter People { get; } = new("people", new ParquetTable<Person>(
        c => c.People,
        [
            C<Person>.Text("id", p => p.Id.ToString()),
            C<Person>.Text("name", p => p.Name.ToString()),
            C<Person>.Text("other_names", p => p.OtherNames.Length == 0 ? null : string.Join("; ", p.OtherNames)),
            C<Person>.Text("rank_en", p => p.Rank?.English),
            C<Person>.Text("rank_es", p => p.Rank?.Spanish),
        ]));

    /// <summary>Institutions: id, names, acronyms, kind, country (null for an international body), parent.</summary>
    public static ParquetTableWriter Institutions { get; } = new("institutions", new ParquetTable<Institution>(
        c => c.Institutions,
        [
            C<Institution>.Text("id", i => i.Id.ToString()),
            C<Institution>.Text("name_en", i => i.Name.English),
            C<Institution>.Text("name_es", i => i.Name.Spanish),
            C<Institution>.Text("acronym_es", i => i.SpanishAcronym?.ToString()),
            C<Institution>.Text("acronym_en", i => i.EnglishAcronym?.ToString()),
            C<Institution>.Text("kind", i => i.Kind.Name),
            C<Institution>.Text("country", i => i.Country.IsDefault ? null : i.Country.ToString()),
            C<Institution>.Text("parent", i => i.Parent?.ToString()),
        ]));

    /// <summary>Outcomes: the commitments of meetings and of mechanisms (one of <c>meeting</c> and <c>mechanism</c> set), with kind, status, text, count and date.</summary>
    public static ParquetTableWriter Outcomes { get; } = new("outcomes", new ParquetTable<OutcomeRow>(
        c => c.Mechanisms.SelectMany(m => m.Outcomes.Select((o, i) => new OutcomeRow(null, m.Id.ToString(), o, i + 1)))
            .Concat(c.Meetings.SelectMany(m => m.Outcomes.Select((o, i) => new OutcomeRow(m.Id.ToString(), null, o, i + 1)))),
        [
            C<OutcomeRow>.Text("meeting", r => r.Meeting),
            C<OutcomeRow>.Text("mechanism", r => r.Mechanism),
            C<OutcomeRow>.Integer("number", r => r.Number),
            C<OutcomeRow>.Text("id", r => r.Outcome.Id?.ToString()),
            C<OutcomeRow>.Text("kind", r => r.Outcome.Kind.Name),
            C<OutcomeRow>.Text("status", r => r.Outcome.Status.Name),
            C<OutcomeRow>.Text("text_en", r => r.Outcome.Text.English),
            C<OutcomeRow>.Text("text_es", r => r.Outcome.Text.Spanish),
            C<OutcomeRow>.Integer("count", r => r.Outcome.Count),
        ],
        C<OutcomeRow>.PartialDate("date", r => r.Outcome.Date)));

    /// <summary>Citations: each citation of a source, institution, person, mechanism or meeting (<c>subject_kind</c>, <c>subject</c>), in order, with the source cited and its quote.</summary>
    public static ParquetTableWriter Citations { get; } = new("citations", new ParquetTable<CitationRow>(
        c => Cited("source", c.Sources, s => s.Id.ToString(), s => s.Citations)
            .Concat(Cited("institution", c.Institutions, i => i.Id.ToString(), i => i.Citations))
            .Concat(Cited("person", c.People, p => p.Id.ToString(), p => p.Citations))
            .Concat(Cited("mechanism", c.Mechanisms, m => m.Id.ToString(), m => m.Citations))
            .Concat(Cited("meeting", c.Meetings, m => m.Id.ToString(), m => m.Citations)),
        [
            C<CitationRow>.Text("subject_kind", r => r.Kind),
            C<CitationRow>.Text("subject", r => r.Subject),
            C<CitationRow>.Integer("number", r => r.Number),
            C<CitationRow>.Text("source", r => r.Citation.Source.ToString()),
            C<CitationRow>.Text("quote", r => r.Citation.Quote),
        ]));

    /// <summary>Every table, in this order: mechanisms, memberships, meetings, delegations, participants, people, institutions, outcomes, citations.</summary>
    public static IReadOnlyList<ParquetTableWriter> Tables { get; } = [Mechanisms, Memberships, Meetings, Delegations, Participants, People, Institutions, Outcomes, Citations];

    /// <summary>
    /// Writes every table into <paramref name="folder"/> as <c>NAME.parquet</c>, asynchronously. The folder must exist;
    /// a file of that name already there is an error (nothing is overwritten), as is a table that fails to write,
    /// which leaves the files written so far. To replace a folder safely, write into a new one beside it and rename it
    /// (as <c>cooperation export --format parquet</c> does).
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The paths written, in the order of <see cref="Tables"/>.</returns>
    /// <exception cref="IOException">A file is already there, or cannot be written.</exception>
    public static async Task<IReadOnlyList<string>> WriteFolderAsync(CooperationCatalog catalog, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var written = new List<string>(Tables.Count);
        foreach (var table in Tables)
        {
            var path = Path.Combine(folder, table.Name + table.FileExtension);
            var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous });
            await using (file.ConfigureAwait(false))
            {
                await table.WriteAsync(catalog, file, cancellationToken).ConfigureAwait(false);
            }

            written.Add(path);
        }

        return written;
    }

    private static DateOnly Day(NodaTime.LocalDate date) => new(date.Year, date.Month, date.Day);

    private static string? Country(PartyRef party) => party.IsCountry ? party.Country.ToString() : null;

    private static string? Institution(PartyRef party) => party.IsOrganization ? party.Organization.ToString() : null;

    private static string? Joined(IEnumerable<string> values)
    {
        var text = string.Join(";", values);
        return text.Length == 0 ? null : text;
    }

    private static IEnumerable<CitationRow> Cited<T>(string kind, ImmutableArray<T> entities, Func<T, string> id, Func<T, ImmutableArray<Citation>> citations)
        => entities.SelectMany(e => citations(e).Select((c, i) => new CitationRow(kind, id(e), c, i + 1)));

    // The column factories of one row type, named short so the tables read as lists of columns.
    private static class C<TRow>
    {
        public static ParquetColumn<TRow> Text(string name, Func<TRow, string?> value) => ParquetColumn<TRow>.Text(name, value);

        public static ParquetColumn<TRow> Integer(string name, Func<TRow, int?> value) => ParquetColumn<TRow>.Integer(name, value);

        public static ParquetColumn<TRow> Date(string name, Func<TRow, DateOnly?> value) => ParquetColumn<TRow>.Date(name, value);

        public static ParquetColumn<TRow> Boolean(string name, Func<TRow, bool?> value) => ParquetColumn<TRow>.Boolean(name, value);

        public static IEnumerable<ParquetColumn<TRow>> PartialDate(string name, Func<TRow, PartialDate?> value) => ParquetColumn<TRow>.PartialDate(name, value);
    }
}
