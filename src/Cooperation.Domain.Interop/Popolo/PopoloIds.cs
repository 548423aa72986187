using System;

namespace Cooperation.Domain.Interop;

/// <summary>
/// The identifiers of the Popolo export, derived from the catalog's and stable across exports: a kind, a slash, the
/// catalog's identifier (<c>mechanism/mx-ca-danm</c>, <c>institution/mx-sre</c>, <c>person/alejandro-celorio</c>,
/// <c>meeting/mx-ca-danm-2017-04-25</c>); a country is <c>area/mx</c> as a place and <c>country/mx</c> as a party.
/// </summary>
internal static class PopoloIds
{
    public static string Area(CountryCode country) => "area/" + Lower(country);

    public static string Country(CountryCode country) => "country/" + Lower(country);

    public static string Institution(InstitutionId id) => "institution/" + id;

    public static string Mechanism(MechanismId id) => "mechanism/" + id;

    public static string Person(PersonId id) => "person/" + id;

    public static string Meeting(MeetingId id) => "meeting/" + id;

    public static string Source(SourceId id) => "source/" + id;

    /// <summary>The organization that stands for a party: the country as a state, or the institution.</summary>
    public static string Party(PartyRef party) => party.IsCountry ? Country(party.Country) : Institution(party.Organization);

    /// <summary>A mechanism's membership of a party.</summary>
    public static string PartyMembership(MechanismId mechanism, PartyRef party) => $"membership/{mechanism}/{Lower(party)}";

    /// <summary>A participant's membership of a delegation: the meeting, the party, the participant's place in it (from 1).</summary>
    public static string Participation(MeetingId meeting, PartyRef party, int number)
        => FormattableString.Invariant($"membership/{meeting}/{Lower(party)}/{number}");

    private static string Lower(CountryCode country) => country.ToString().ToLowerInvariant();

    private static string Lower(PartyRef party) => party.ToString().ToLowerInvariant();
}
