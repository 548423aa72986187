using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>The part an institution plays in an outcome.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<InstitutionRole>))]
[TypeConverter(typeof(VocabularyTypeConverter<InstitutionRole>))]
public sealed class InstitutionRole : VocabularyValue<InstitutionRole>
{
    /// <summary>Party (<c>party</c>): The institution takes part in the outcome itself: the Financial Intelligence Units that are to work together.</summary>
    public static readonly InstitutionRole Party = new("party", 1, "Party", "Parte", "The institution takes part in the outcome itself: the Financial Intelligence Units that are to work together.");

    /// <summary>Recipient (<c>recipient</c>): The outcome was submitted or given to the institution: the Inter-American Commission on Human Rights, for a report.</summary>
    public static readonly InstitutionRole Recipient = new("recipient", 2, "Recipient", "Destinatario", "The outcome was submitted or given to the institution: the Inter-American Commission on Human Rights, for a report.");

    /// <summary>Supporter (<c>supporter</c>): The institution supported the outcome's preparation: El Colegio de la Frontera Norte and FLACSO.</summary>
    public static readonly InstitutionRole Supporter = new("supporter", 3, "Supporter", "Apoyo", "The institution supported the outcome's preparation: El Colegio de la Frontera Norte and FLACSO.");

    /// <summary>Author (<c>author</c>): The institution prepared the outcome: a technical group of the Federal Government.</summary>
    public static readonly InstitutionRole Author = new("author", 4, "Author", "Autor", "The institution prepared the outcome: a technical group of the Federal Government.");

    /// <summary>Mentioned (<c>mentioned</c>): The outcome names the institution without giving it a part: the National Human Rights Commission a report recognizes.</summary>
    public static readonly InstitutionRole Mentioned = new("mentioned", 5, "Mentioned", "Mencionado", "The outcome names the institution without giving it a part: the National Human Rights Commission a report recognizes.");

    private InstitutionRole(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
