using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>How often a mechanism is meant to meet.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<CadenceKind>))]
[TypeConverter(typeof(VocabularyTypeConverter<CadenceKind>))]
public sealed class CadenceKind : VocabularyValue<CadenceKind>
{
    /// <summary>Annual (<c>annual</c>): Once a year.</summary>
    public static readonly CadenceKind Annual = new("annual", 1, "Annual", "Anual", "Once a year.");

    /// <summary>Every six months (<c>semiannual</c>): Twice a year.</summary>
    public static readonly CadenceKind Semiannual = new("semiannual", 2, "Every six months", "Semestral", "Twice a year.");

    /// <summary>Every two years (<c>biennial</c>): Once every two years.</summary>
    public static readonly CadenceKind Biennial = new("biennial", 3, "Every two years", "Bienal", "Once every two years.");

    /// <summary>Every N months (<c>every-n-months</c>): At a fixed interval of a given number of months.</summary>
    public static readonly CadenceKind EveryNMonths = new("every-n-months", 4, "Every N months", "Cada N meses", "At a fixed interval of a given number of months.");

    /// <summary>Ongoing (<c>ongoing</c>): Continuously, with no fixed interval ("will meet on an ongoing basis").</summary>
    public static readonly CadenceKind Ongoing = new("ongoing", 5, "Ongoing", "Permanente", "Continuously, with no fixed interval (\"will meet on an ongoing basis\").");

    /// <summary>Ad hoc (<c>ad-hoc</c>): When the parties decide, with no expected interval.</summary>
    public static readonly CadenceKind AdHoc = new("ad-hoc", 6, "Ad hoc", "Ad hoc", "When the parties decide, with no expected interval.");

    private CadenceKind(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
