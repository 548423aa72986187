using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// The document a source reports on, as far as the source identifies it: "En un comunicado, la secretaría de
/// Relaciones Exteriores (SRE) indicó" is a press release (<see cref="Kind"/>) issued by the SRE (<see cref="Issuers"/>);
/// when the catalog holds that document too, <see cref="Source"/> names it.
/// </summary>
/// <remarks>Immutable; validated on construction: at least one of kind, issuers and source is given; issuers do not repeat.</remarks>
[JsonConverter(typeof(ReportedSourceJsonConverter))]
public sealed partial class ReportedSource
{
    /// <summary>Creates a reference to a reported document.</summary>
    /// <param name="kind">The kind of document, if the source says.</param>
    /// <param name="issuers">Who issued it, if the source says.</param>
    /// <param name="source">The document itself, when the catalog holds it.</param>
    /// <exception cref="ArgumentException">Nothing identifies the document, or an issuer repeats.</exception>
    public ReportedSource(SourceKind? kind = null, ImmutableArray<InstitutionId> issuers = default, SourceId? source = null)
    {
        Guard.Against.UninitializedOptional(source, "The source is the uninitialized default value.");
        issuers = Structural.Normalize(issuers, nameof(issuers));
        Guard.Against.Unmet(!Structural.Any(issuers, static i => i.IsDefault), "An issuer is the uninitialized default value.", nameof(issuers));
        Structural.CheckDistinct(issuers, static i => i, "The issuer", nameof(issuers));
        Guard.Against.Unmet(kind is not null || !issuers.IsEmpty || source is not null, "A reported document is identified by its kind, its issuers or a source in the catalog.", nameof(kind));
        Kind = kind;
        Issuers = issuers;
        Source = source;
    }

    /// <summary>The kind of document, if known.</summary>
    public SourceKind? Kind { get; }

    /// <summary>Who issued it, if known.</summary>
    public ImmutableArray<InstitutionId> Issuers { get; }

    /// <summary>The document, when the catalog holds it.</summary>
    public SourceId? Source { get; }

    /// <summary>"press-release by mx-sre".</summary>
    public override string ToString()
        => Source is { } id ? id.ToString() : $"{Kind?.ToString() ?? "document"}{(Issuers.IsEmpty ? string.Empty : " by " + string.Join(", ", Issuers))}";
}
