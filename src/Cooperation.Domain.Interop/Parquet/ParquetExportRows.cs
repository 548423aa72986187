namespace Cooperation.Domain.Interop;

/// <summary>The rows of the Parquet tables that are not one entity: a part of an entity with what it belongs to.</summary>
internal static class ParquetExportRows
{
    public readonly record struct MembershipRow(Mechanism Mechanism, Membership Membership);

    public readonly record struct DelegationRow(Meeting Meeting, Delegation Delegation);

    public readonly record struct ParticipantRow(Meeting Meeting, Delegation Delegation, Participant Participant, int Number);

    public readonly record struct OutcomeRow(string? Meeting, string? Mechanism, Commitment Outcome, int Number);

    public readonly record struct CitationRow(string Kind, string Subject, Citation Citation, int Number);
}
