using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// An institution an outcome names, and its part in it: the Inter-American Commission on Human Rights as the
/// recipient of a report, El Colegio de la Frontera Norte as a supporter, the Financial Intelligence Units as parties.
/// </summary>
/// <remarks>Immutable; validated on construction.</remarks>
[JsonConverter(typeof(InstitutionPartJsonConverter))]
public sealed partial class InstitutionPart
{
    /// <summary>Creates an institution's part in an outcome.</summary>
    /// <param name="institution">The institution.</param>
    /// <param name="part">Its part.</param>
    /// <exception cref="ArgumentException">The institution is the uninitialized default.</exception>
    public InstitutionPart(InstitutionId institution, InstitutionRole part)
    {
        Guard.Against.Uninitialized(institution);
        ArgumentNullException.ThrowIfNull(part);
        Institution = institution;
        Part = part;
    }

    /// <summary>The institution.</summary>
    public InstitutionId Institution { get; }

    /// <summary>Its part in the outcome.</summary>
    public InstitutionRole Part { get; }

    /// <summary>"int-iachr (recipient)".</summary>
    public override string ToString() => $"{Institution} ({Part})";
}
