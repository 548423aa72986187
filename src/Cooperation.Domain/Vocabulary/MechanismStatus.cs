using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>Where a mechanism stands in its life.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<MechanismStatus>))]
[TypeConverter(typeof(VocabularyTypeConverter<MechanismStatus>))]
public sealed class MechanismStatus : VocabularyValue<MechanismStatus>
{
    /// <summary>In negotiation (<c>in-negotiation</c>): Being negotiated and not yet established, such as the High-Level Group on Security, Migration and Justice with El Salvador in 2011.</summary>
    public static readonly MechanismStatus InNegotiation = new("in-negotiation", 1, "In negotiation", "En negociación", "Being negotiated and not yet established, such as the High-Level Group on Security, Migration and Justice with El Salvador in 2011.");

    /// <summary>Active (<c>active</c>): Established and meeting.</summary>
    public static readonly MechanismStatus Active = new("active", 2, "Active", "Activo", "Established and meeting.");

    /// <summary>Superseded (<c>superseded</c>): Replaced by a successor mechanism, as GANSEF with Guatemala was by GANSEG in July 2008.</summary>
    public static readonly MechanismStatus Superseded = new("superseded", 3, "Superseded", "Sustituido", "Replaced by a successor mechanism, as GANSEF with Guatemala was by GANSEG in July 2008.");

    /// <summary>Dormant (<c>dormant</c>): Established but not meeting for longer than its cadence allows.</summary>
    public static readonly MechanismStatus Dormant = new("dormant", 4, "Dormant", "Inactivo", "Established but not meeting for longer than its cadence allows.");

    /// <summary>Dissolved (<c>dissolved</c>): Formally ended.</summary>
    public static readonly MechanismStatus Dissolved = new("dissolved", 5, "Dissolved", "Disuelto", "Formally ended.");

    private MechanismStatus(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
