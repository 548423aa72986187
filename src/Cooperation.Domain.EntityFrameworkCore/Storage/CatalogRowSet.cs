using System.Collections.Generic;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>The rows of a catalog, table by table, in the order the tables are written (parents first).</summary>
internal sealed class CatalogRowSet
{
    public List<SourceRow> Sources { get; } = [];

    public List<InstitutionRow> Institutions { get; } = [];

    public List<PersonRow> People { get; } = [];

    public List<PersonSpellingRow> PersonSpellings { get; } = [];

    public List<MechanismRow> Mechanisms { get; } = [];

    public List<MembershipRow> Memberships { get; } = [];

    public List<PresidencyRow> Presidencies { get; } = [];

    public List<MechanismOutcomeRow> MechanismOutcomes { get; } = [];

    public List<MeetingRow> Meetings { get; } = [];

    public List<DelegationRow> Delegations { get; } = [];

    public List<ParticipantRow> Participants { get; } = [];

    public List<StatementRow> Statements { get; } = [];

    public List<MeetingOutcomeRow> MeetingOutcomes { get; } = [];
}
