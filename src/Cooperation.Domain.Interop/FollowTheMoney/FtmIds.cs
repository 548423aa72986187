using System;
using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Domain.Interop;

/// <summary>
/// The identifiers of the FollowTheMoney export, derived from the catalog's and stable across exports:
/// <c>cooperation-domain.KIND.ID</c> (<c>cooperation-domain.mechanism.mx-ca-danm</c>), a country as a party
/// <c>cooperation-domain.country.mx</c>; a position, which the catalog states as text, by a hash of its holder
/// organization and its words. Every identifier is lower case and at most 200 characters, the model's limit.
/// </summary>
internal static class FtmIds
{
    private const string Prefix = "cooperation-domain.";

    public static string Country(CountryCode country) => Prefix + "country." + country.ToString().ToLowerInvariant();

    public static string Institution(InstitutionId id) => Prefix + "institution." + id;

    public static string Mechanism(MechanismId id) => Prefix + "mechanism." + id;

    public static string Person(PersonId id) => Prefix + "person." + id;

    public static string Meeting(MeetingId id) => Prefix + "meeting." + id;

    public static string Source(SourceId id) => Prefix + "source." + id;

    public static string Party(PartyRef party) => party.IsCountry ? Country(party.Country) : Institution(party.Organization);

    public static string PartyMembership(MechanismId mechanism, PartyRef party) => $"{Prefix}membership.{mechanism}.{party.ToString().ToLowerInvariant()}";

    public static string ParentMembership(InstitutionId institution) => $"{Prefix}membership.{institution}.parent";

    /// <summary>A participant at a meeting: the meeting, the party, the participant's place in the delegation (from 1).</summary>
    public static string Participant(MeetingId meeting, PartyRef party, int number)
        => FormattableString.Invariant($"{Prefix}participant.{meeting}.{party.ToString().ToLowerInvariant()}.{number}");

    public static string Occupancy(MeetingId meeting, PartyRef party, int number)
        => FormattableString.Invariant($"{Prefix}occupancy.{meeting}.{party.ToString().ToLowerInvariant()}.{number}");

    public static string Documentation(string entity, int number) => FormattableString.Invariant($"{entity}.documentation.{number}");

    /// <summary>A position: the first 20 hex digits of the SHA-256 of its organization's identifier and its words.</summary>
    public static string Position(string organization, string words)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(organization + "\n" + words), hash);
        return Prefix + "position." + Convert.ToHexStringLower(hash[..10]);
    }
}
