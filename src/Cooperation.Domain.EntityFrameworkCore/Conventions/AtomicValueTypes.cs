namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The library's atomic value types, the one list that both <see cref="CooperationConventions"/> and
/// <see cref="CooperationDapper"/> register (a test checks it against the library's public types).
/// </summary>
internal static class AtomicValueTypes
{
    /// <summary>Calls the visitor once for each atomic value type.</summary>
    public static void Accept(IAtomicValueVisitor visitor)
    {
        visitor.Text<CountryCode>();
        visitor.Text<PartyRef>();
        visitor.Text<MechanismId>();
        visitor.Text<InstitutionId>();
        visitor.Text<PersonId>();
        visitor.Text<MeetingId>();
        visitor.Text<SourceId>();
        visitor.Text<CommitmentId>();
        visitor.Text<Acronym>();
        visitor.Text<PersonName>();
        visitor.Text<ExternalIdentifier>();
        visitor.Ordinal();
        visitor.Language();
        visitor.Vocabulary<MechanismKind>();
        visitor.Vocabulary<MechanismScope>();
        visitor.Vocabulary<Topic>();
        visitor.Vocabulary<MechanismStatus>();
        visitor.Vocabulary<ParticipationStatus>();
        visitor.Vocabulary<MeetingKind>();
        visitor.Vocabulary<MeetingStatus>();
        visitor.Vocabulary<DelegationRole>();
        visitor.Vocabulary<InstitutionKind>();
        visitor.Vocabulary<CadenceKind>();
        visitor.Vocabulary<CadenceStatus>();
        visitor.Vocabulary<CommitmentKind>();
        visitor.Vocabulary<CommitmentStatus>();
        visitor.Vocabulary<SourceKind>();
        visitor.Vocabulary<InstitutionRole>();
        visitor.Vocabulary<RelationKind>();
        visitor.Vocabulary<StatementForm>();
    }
}
