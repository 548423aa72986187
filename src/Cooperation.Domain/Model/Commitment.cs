using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// An outcome of a meeting or mechanism: an agreement, an initiative or a set of them ("21 initiatives"), a
/// declaration, a memorandum of understanding, a report.
/// </summary>
/// <remarks>Immutable; validated on construction: a count, when given, is at least 1.</remarks>
[JsonConverter(typeof(CommitmentJsonConverter))]
public sealed class Commitment : IEquatable<Commitment>
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="text">What was agreed or decided, in Spanish and/or English.</param>
    /// <param name="kind">The kind of outcome.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="count">How many items it groups, when the sources give a number ("21 initiatives").</param>
    /// <exception cref="ArgumentException">The text is missing or the count is below 1.</exception>
    public Commitment(LocalizedText text, CommitmentKind kind, CommitmentStatus status, int? count = null)
    {
        Preconditions.CheckInitialized(text.IsDefault, nameof(LocalizedText));
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(status);
        Preconditions.CheckArgument(count is null or >= 1, $"A count is at least 1 (was {count}).", nameof(count));
        Text = text;
        Kind = kind;
        Status = status;
        Count = count;
    }

    /// <summary>What was agreed or decided.</summary>
    public LocalizedText Text { get; }

    /// <summary>The kind of outcome.</summary>
    public CommitmentKind Kind { get; }

    /// <summary>Where it stands.</summary>
    public CommitmentStatus Status { get; }

    /// <summary>How many items it groups, if the sources give a number.</summary>
    public int? Count { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Commitment? other)
        => other is not null && Text == other.Text && Kind == other.Kind && Status == other.Status && Count == other.Count;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Commitment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Kind, Status, Count);

    /// <summary>The kind and the text.</summary>
    public override string ToString() => $"{Kind}: {Text.GetOrOther(Language.English)}";
}
