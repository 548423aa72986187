using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>Where a commitment stands.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<CommitmentStatus>))]
[TypeConverter(typeof(VocabularyTypeConverter<CommitmentStatus>))]
public sealed class CommitmentStatus : VocabularyValue<CommitmentStatus>
{
    /// <summary>Proposed (<c>proposed</c>): Expressed as an interest or intention, not yet agreed.</summary>
    public static readonly CommitmentStatus Proposed = new("proposed", 1, "Proposed", "Propuesto", "Expressed as an interest or intention, not yet agreed.");

    /// <summary>Agreed (<c>agreed</c>): Agreed by the parties.</summary>
    public static readonly CommitmentStatus Agreed = new("agreed", 2, "Agreed", "Acordado", "Agreed by the parties.");

    /// <summary>In progress (<c>in-progress</c>): Being carried out.</summary>
    public static readonly CommitmentStatus InProgress = new("in-progress", 3, "In progress", "En curso", "Being carried out.");

    /// <summary>Fulfilled (<c>fulfilled</c>): Carried out.</summary>
    public static readonly CommitmentStatus Fulfilled = new("fulfilled", 4, "Fulfilled", "Cumplido", "Carried out.");

    /// <summary>Abandoned (<c>abandoned</c>): Dropped by the parties.</summary>
    public static readonly CommitmentStatus Abandoned = new("abandoned", 5, "Abandoned", "Abandonado", "Dropped by the parties.");

    private CommitmentStatus(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
