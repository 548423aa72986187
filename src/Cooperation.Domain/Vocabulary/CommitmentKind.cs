using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>The kind of an outcome of a meeting or mechanism.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<CommitmentKind>))]
[TypeConverter(typeof(VocabularyTypeConverter<CommitmentKind>))]
public sealed class CommitmentKind : VocabularyValue<CommitmentKind>
{
    /// <summary>Agreement (<c>agreement</c>): Something the parties agreed to do.</summary>
    public static readonly CommitmentKind Agreement = new("agreement", 1, "Agreement", "Acuerdo", "Something the parties agreed to do.");

    /// <summary>Initiative (<c>initiative</c>): A course of action adopted, often one of a numbered set ("21 initiatives").</summary>
    public static readonly CommitmentKind Initiative = new("initiative", 2, "Initiative", "Iniciativa", "A course of action adopted, often one of a numbered set (\"21 initiatives\").");

    /// <summary>Declaration (<c>declaration</c>): A statement of shared position or intent.</summary>
    public static readonly CommitmentKind Declaration = new("declaration", 3, "Declaration", "Declaración", "A statement of shared position or intent.");

    /// <summary>Memorandum of understanding (<c>memorandum-of-understanding</c>): A memorandum of understanding signed or to be signed.</summary>
    public static readonly CommitmentKind MemorandumOfUnderstanding = new("memorandum-of-understanding", 4, "Memorandum of understanding", "Memorándum de entendimiento", "A memorandum of understanding signed or to be signed.");

    /// <summary>Report (<c>report</c>): A report prepared or submitted, such as Mexico's report to the Inter-American Commission on Human Rights (July 2010).</summary>
    public static readonly CommitmentKind Report = new("report", 5, "Report", "Informe", "A report prepared or submitted, such as Mexico's report to the Inter-American Commission on Human Rights (July 2010).");

    /// <summary>Donation (<c>donation</c>): Something given by one party to another, such as the 1.35 million vaccines sent by the United States in 2021.</summary>
    public static readonly CommitmentKind Donation = new("donation", 6, "Donation", "Donación", "Something given by one party to another, such as the 1.35 million vaccines sent by the United States in 2021.");

    /// <summary>Strategy (<c>strategy</c>): A plan of action adopted by a party, such as Mexico's comprehensive strategy against the abduction of migrants (August 2010).</summary>
    public static readonly CommitmentKind Strategy = new("strategy", 7, "Strategy", "Estrategia", "A plan of action adopted by a party, such as Mexico's comprehensive strategy against the abduction of migrants (August 2010).");

    /// <summary>Effect (<c>effect</c>): What a mechanism or meeting achieved, as the sources report it ("permitió fortalecer la comunicación"), with nothing agreed.</summary>
    public static readonly CommitmentKind Effect = new("effect", 8, "Effect", "Efecto", "What a mechanism or meeting achieved, as the sources report it (\"permitió fortalecer la comunicación\"), with nothing agreed.");

    /// <summary>Exchange (<c>exchange</c>): Information, progress or practices exchanged or reviewed at a meeting, with nothing agreed.</summary>
    public static readonly CommitmentKind Exchange = new("exchange", 9, "Exchange", "Intercambio", "Information, progress or practices exchanged or reviewed at a meeting, with nothing agreed.");

    private CommitmentKind(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
