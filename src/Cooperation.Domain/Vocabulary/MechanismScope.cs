using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>How many parties a mechanism joins.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<MechanismScope>))]
[TypeConverter(typeof(VocabularyTypeConverter<MechanismScope>))]
public sealed class MechanismScope : VocabularyValue<MechanismScope>
{
    /// <summary>Bilateral (<c>bilateral</c>): Two parties, such as Mexico and Canada.</summary>
    public static readonly MechanismScope Bilateral = new("bilateral", 1, "Bilateral", "Bilateral", "Two parties, such as Mexico and Canada.");

    /// <summary>Multilateral (<c>multilateral</c>): More than two parties, such as the eleven member states of the CRM (the catalog lists those the sources name).</summary>
    public static readonly MechanismScope Multilateral = new("multilateral", 2, "Multilateral", "Multilateral", "More than two parties, such as the eleven member states of the CRM (the catalog lists those the sources name).");

    /// <summary>Unilateral (<c>unilateral</c>): One party acting on its own, such as a national strategy with an international component.</summary>
    public static readonly MechanismScope Unilateral = new("unilateral", 3, "Unilateral", "Unilateral", "One party acting on its own, such as a national strategy with an international component.");

    private MechanismScope(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
