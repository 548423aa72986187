using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>Whether the sources quote what was said or summarise it.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<StatementForm>))]
[TypeConverter(typeof(VocabularyTypeConverter<StatementForm>))]
public sealed class StatementForm : VocabularyValue<StatementForm>
{
    /// <summary>Summary (<c>summary</c>): The source reports what was said in its own words ("destacó que esta actividad permite fortalecer la cooperación").</summary>
    public static readonly StatementForm Summary = new("summary", 1, "Summary", "Resumen", "The source reports what was said in its own words (\"destacó que esta actividad permite fortalecer la cooperación\").");

    /// <summary>Quote (<c>quote</c>): The source quotes the speaker's own words, in quotation marks or as direct speech ("…debemos hacer frente a ellos", afirmó).</summary>
    public static readonly StatementForm Quote = new("quote", 2, "Quote", "Cita", "The source quotes the speaker's own words, in quotation marks or as direct speech (\"…debemos hacer frente a ellos\", afirmó).");

    private StatementForm(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
