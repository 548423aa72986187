using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>How a meeting relates to another meeting or to a mechanism it does not belong to.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<RelationKind>))]
[TypeConverter(typeof(VocabularyTypeConverter<RelationKind>))]
public sealed class RelationKind : VocabularyValue<RelationKind>
{
    /// <summary>Part of (<c>part-of</c>): The meeting is one of several held together (a visit, a series): "del 25 al 28 de abril, en Ottawa".</summary>
    public static readonly RelationKind PartOf = new("part-of", 1, "Part of", "Parte de", "The meeting is one of several held together (a visit, a series): \"del 25 al 28 de abril, en Ottawa\".");

    /// <summary>Within the framework of (<c>within-framework-of</c>): The meeting was held within the framework of a mechanism or event ("En el marco de la Presidencia Pro-Témpore de la Conferencia Regional sobre Migración").</summary>
    public static readonly RelationKind WithinFrameworkOf = new("within-framework-of", 2, "Within the framework of", "En el marco de", "The meeting was held within the framework of a mechanism or event (\"En el marco de la Presidencia Pro-Témpore de la Conferencia Regional sobre Migración\").");

    /// <summary>Discussed (<c>discussed</c>): The meeting discussed the work of another mechanism or meeting ("se abordaron los esfuerzos del grupo de trabajo de movilidad laboral").</summary>
    public static readonly RelationKind Discussed = new("discussed", 3, "Discussed", "Abordó", "The meeting discussed the work of another mechanism or meeting (\"se abordaron los esfuerzos del grupo de trabajo de movilidad laboral\").");

    private RelationKind(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
