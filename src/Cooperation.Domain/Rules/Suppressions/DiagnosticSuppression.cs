using System;

namespace Cooperation.Domain.Rules;

/// <summary>How a finding was accepted: the kind of suppression, its justification, and where the suppression is written.</summary>
/// <param name="Kind">In the catalog or in a suppressions file.</param>
/// <param name="Justification">Why the finding is accepted, as the suppression gives it.</param>
/// <param name="Location">
/// Where the suppression is: its path in the catalog (<c>meetings[gan-mx-gt-2011-11].suppressions[0]</c>) or its file
/// and line (<c>suppressions.json:12</c>).
/// </param>
public sealed record DiagnosticSuppression(SuppressionKind Kind, string Justification, string Location)
{
    /// <summary>The kind.</summary>
    public SuppressionKind Kind { get; } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Not a kind of suppression.");

    /// <summary>The justification.</summary>
    public string Justification { get; } = string.IsNullOrWhiteSpace(Justification) ? throw new ArgumentException("A suppression needs a justification.", nameof(Justification)) : Justification;

    /// <summary>Where the suppression is written.</summary>
    public string Location { get; } = string.IsNullOrWhiteSpace(Location) ? throw new ArgumentException("A suppression's location is empty.", nameof(Location)) : Location;

    /// <summary>"inSource", "external": the SARIF and JSON name of <see cref="Kind"/>.</summary>
    public string KindName => Kind == SuppressionKind.InSource ? "inSource" : "external";
}
