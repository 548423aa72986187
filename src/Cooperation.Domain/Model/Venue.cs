using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>Where a meeting took place: a country and, when known, a city (Ottawa, Canada).</summary>
/// <remarks>Immutable.</remarks>
[JsonConverter(typeof(VenueJsonConverter))]
public sealed partial class Venue
{
    /// <summary>Creates a venue.</summary>
    /// <param name="country">The country.</param>
    /// <param name="city">The city, in the language(s) the sources use, if known.</param>
    /// <param name="place">A building or institution ("Secretaría de Relaciones Exteriores"), if the sources name one.</param>
    /// <exception cref="ArgumentException">The country is missing, or a text is the uninitialized default.</exception>
    public Venue(CountryCode country, LocalizedText? city = null, LocalizedText? place = null)
    {
        Guard.Against.Uninitialized(country);
        Guard.Against.Unmet(city is not { IsDefault: true } && place is not { IsDefault: true }, "A text is the uninitialized default value.", nameof(city));
        Country = country;
        City = city;
        Place = place;
    }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>The city, if known.</summary>
    public LocalizedText? City { get; }

    /// <summary>A building or institution, if the sources name one.</summary>
    public LocalizedText? Place { get; }

    /// <summary>"Ottawa, CA".</summary>
    public override string ToString() => City is { } city ? $"{city.GetOrOther(Language.English)}, {Country}" : Country.ToString();
}
