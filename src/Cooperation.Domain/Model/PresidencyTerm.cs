using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A term of a mechanism's rotating (pro tempore) presidency: Mexico held the CRM's from December 2020 to December
/// 2021.
/// </summary>
/// <remarks>Immutable. The term may be open ("since 2020-12") while it is current.</remarks>
[JsonConverter(typeof(PresidencyTermJsonConverter))]
public sealed partial class PresidencyTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="holder">The party that holds the presidency.</param>
    /// <param name="term">When it is held.</param>
    /// <exception cref="ArgumentException">A value is the uninitialized default.</exception>
    public PresidencyTerm(PartyRef holder, PartialDateRange term)
    {
        Guard.Against.Uninitialized(holder);
        Guard.Against.Uninitialized(term);
        Holder = holder;
        Term = term;
    }

    /// <summary>The party that holds the presidency.</summary>
    public PartyRef Holder { get; }

    /// <summary>When it is held.</summary>
    public PartialDateRange Term { get; }

    /// <summary>"MX 2020-12/2021-12".</summary>
    public override string ToString() => $"{Holder} {Term}";
}
