using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>Whether a meeting took place.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<MeetingStatus>))]
[TypeConverter(typeof(VocabularyTypeConverter<MeetingStatus>))]
public sealed class MeetingStatus : VocabularyValue<MeetingStatus>
{
    /// <summary>Planned (<c>planned</c>): Announced or scheduled and not yet held, such as the Consular Dialogue's annual meeting announced for October 2023.</summary>
    public static readonly MeetingStatus Planned = new("planned", 1, "Planned", "Prevista", "Announced or scheduled and not yet held, such as the Consular Dialogue's annual meeting announced for October 2023.");

    /// <summary>Held (<c>held</c>): Took place.</summary>
    public static readonly MeetingStatus Held = new("held", 2, "Held", "Celebrada", "Took place.");

    /// <summary>Postponed (<c>postponed</c>): Moved to a later date that may not be known yet.</summary>
    public static readonly MeetingStatus Postponed = new("postponed", 3, "Postponed", "Pospuesta", "Moved to a later date that may not be known yet.");

    /// <summary>Cancelled (<c>cancelled</c>): Will not take place.</summary>
    public static readonly MeetingStatus Cancelled = new("cancelled", 4, "Cancelled", "Cancelada", "Will not take place.");

    private MeetingStatus(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
