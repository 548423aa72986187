using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>The part a participant or an institution played in a delegation.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<DelegationRole>))]
[TypeConverter(typeof(VocabularyTypeConverter<DelegationRole>))]
public sealed class DelegationRole : VocabularyValue<DelegationRole>
{
    /// <summary>Head of delegation (<c>head-of-delegation</c>): Headed or chaired the delegation ("encabezada por", "presidida por").</summary>
    public static readonly DelegationRole HeadOfDelegation = new("head-of-delegation", 1, "Head of delegation", "Jefatura de delegación", "Headed or chaired the delegation (\"encabezada por\", \"presidida por\").");

    /// <summary>Co-chair (<c>co-chair</c>): Chaired the delegation jointly with others ("copresidida por").</summary>
    public static readonly DelegationRole CoChair = new("co-chair", 2, "Co-chair", "Copresidencia", "Chaired the delegation jointly with others (\"copresidida por\").");

    /// <summary>Member (<c>member</c>): Was part of the delegation ("estuvo integrada por").</summary>
    public static readonly DelegationRole Member = new("member", 3, "Member", "Integrante", "Was part of the delegation (\"estuvo integrada por\").");

    /// <summary>Adviser (<c>adviser</c>): Advised the delegation.</summary>
    public static readonly DelegationRole Adviser = new("adviser", 4, "Adviser", "Asesoría", "Advised the delegation.");

    /// <summary>Observer (<c>observer</c>): Attended without taking part in decisions.</summary>
    public static readonly DelegationRole Observer = new("observer", 5, "Observer", "Observador", "Attended without taking part in decisions.");

    /// <summary>Focal point (<c>focal-point</c>): Designated as the point of contact for follow-up, as the foreign ministries were in January 2011.</summary>
    public static readonly DelegationRole FocalPoint = new("focal-point", 6, "Focal point", "Punto focal", "Designated as the point of contact for follow-up, as the foreign ministries were in January 2011.");

    /// <summary>Support (<c>support</c>): Supported the meeting or programme (funding, technical assistance) without being a party, as the IOM supported the CRM's training programme.</summary>
    public static readonly DelegationRole Support = new("support", 7, "Support", "Apoyo", "Supported the meeting or programme (funding, technical assistance) without being a party, as the IOM supported the CRM's training programme.");

    private DelegationRole(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
