namespace Cooperation.Domain;

/// <summary>
/// One participant of a meeting as the rules engine reads it (<see cref="AttendanceTable"/>): what the participant
/// rules compare, resolved against the catalog once, in 16 bytes, so that a validation reads a dense array instead of
/// the participant, its identifiers and the catalog's dictionaries.
/// </summary>
internal readonly struct AttendanceParticipant
{
    /// <summary><see cref="Institution"/> or <see cref="Person"/> when the participant names none.</summary>
    public const int None = -1;

    /// <summary><see cref="Institution"/> or <see cref="Person"/> when the catalog has no entity with the identifier named.</summary>
    public const int NotInCatalog = -2;

    private const byte NamedFlag = 1;
    private const byte CitedFlag = 2;

    public AttendanceParticipant(Participant participant, int institution, int person)
    {
        Institution = institution;
        Person = person;
        NameHash = participant.PersonHash;
        Role = (byte)participant.Role.Value;
        _flags = (byte)((participant.Person is null ? 0 : NamedFlag) | (participant.Citations.IsEmpty ? 0 : CitedFlag));
    }

    /// <summary>The position in <see cref="CooperationCatalog.Institutions"/> of the participant's institution (of the first with its identifier), <see cref="None"/> or <see cref="NotInCatalog"/>.</summary>
    public int Institution { get; }

    /// <summary>The position in <see cref="CooperationCatalog.People"/> of the participant's person (of the first with its identifier), <see cref="None"/> or <see cref="NotInCatalog"/>.</summary>
    public int Person { get; }

    /// <summary>The hash of the person's name (<see cref="Participant.PersonHash"/>), 0 when none is named.</summary>
    public int NameHash { get; }

    /// <summary>The value of the participant's <see cref="DelegationRole"/>.</summary>
    public byte Role { get; }

    // Declared after the other fields, so that the struct's sequential layout packs it beside Role: 16 bytes, not 20.
    private readonly byte _flags;

    /// <summary>True when the participant names a person.</summary>
    public bool IsNamed => (_flags & NamedFlag) != 0;

    /// <summary>True when the participant has citations.</summary>
    public bool IsCited => (_flags & CitedFlag) != 0;
}
