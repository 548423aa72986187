using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>How a party takes part in a mechanism.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<ParticipationStatus>))]
[TypeConverter(typeof(VocabularyTypeConverter<ParticipationStatus>))]
public sealed class ParticipationStatus : VocabularyValue<ParticipationStatus>
{
    /// <summary>Member (<c>member</c>): A full party to the mechanism, such as the eleven member states of the CRM.</summary>
    public static readonly ParticipationStatus Member = new("member", 1, "Member", "Miembro", "A full party to the mechanism, such as the eleven member states of the CRM.");

    /// <summary>Observer (<c>observer</c>): Attends without being a member, such as Mexico in SICA since 11 November 2004 or the IOM in the CRM.</summary>
    public static readonly ParticipationStatus Observer = new("observer", 2, "Observer", "Observador", "Attends without being a member, such as Mexico in SICA since 11 November 2004 or the IOM in the CRM.");

    /// <summary>Candidate (<c>candidate</c>): Has applied to become a member.</summary>
    public static readonly ParticipationStatus Candidate = new("candidate", 3, "Candidate", "Candidato", "Has applied to become a member.");

    private ParticipationStatus(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
