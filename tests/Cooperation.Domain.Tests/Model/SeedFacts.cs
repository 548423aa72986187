using System.Collections.Immutable;

namespace Cooperation.Domain.Tests.Model;

/// <summary>
/// Entities shaped on the seed documents for the model's unit tests, built by hand with the model's constructors. They
/// simplify what the reference catalog holds (no citations, Spanish texts only, the SRE rather than its directorate as
/// the head's institution); <see cref="SeedFactPatternTests"/> compares its patterns with the catalog itself.
/// </summary>
internal static class SeedFacts
{
    public static readonly PartyRef MX = PartyRef.Parse("MX");
    public static readonly PartyRef CA = PartyRef.Parse("CA");
    public static readonly PartyRef US = PartyRef.Parse("US");
    public static readonly PartyRef GT = PartyRef.Parse("GT");
    public static readonly PartyRef HN = PartyRef.Parse("HN");

    public static LocalizedText Es(string text) => LocalizedText.FromSpanish(text);

    public static LocalizedText En(string text) => LocalizedText.FromEnglish(text);

    public static Membership Member(PartyRef party) => new(party, ParticipationStatus.Member);

    public static ImmutableArray<Membership> Bilateral(PartyRef other) => [Member(MX), Member(other)];

    /// <summary>
    /// The Mexico–US Consular Dialogue, established 2013 and annual ("la reunión anual"), with a cadence for the arithmetic's
    /// tests: October preferred, a mid-term month (April) and a one-month grace period, which the source does not give
    /// (one planned October meeting and one April mid-term meeting are not a rule; the reference catalog records "annual").
    /// </summary>
    public static Mechanism ConsularDialogue(Cadence? cadence = null) => new(
        MechanismId.Parse("mx-us-consular-dialogue"),
        Es("Diálogo Consular México-Estados Unidos"),
        MechanismKind.ConsularDialogue,
        MechanismScope.Bilateral,
        Bilateral(US),
        MechanismStatus.Active,
        topics: [Topic.ConsularAffairs, Topic.ChildrenAndFamilies, Topic.CivilProtection, Topic.LabourMobility],
        established: PartialDate.Parse("2013"),
        cadence: cadence ?? Cadence.Annual(preferredMonth: 10, midTermMonth: 4, gracePeriod: NodaTime.Period.FromMonths(1)),
        citations: [SourceId.Parse("sre-comunicado-176-2023")]);

    /// <summary>"La semana pasada se realizó … la Reunión Intermedia" (communiqué of 24 April 2023): the week of 17–21 April.</summary>
    public static Meeting ConsularMidTerm2023() => new(
        MeetingId.Parse("mx-us-consular-dialogue-2023-04"),
        MeetingKind.MidTerm,
        MeetingStatus.Held,
        PartialDate.Parse("2023-04-17"),
        mechanism: MechanismId.Parse("mx-us-consular-dialogue"),
        end: PartialDate.Parse("2023-04-21"),
        venues: [new Venue(CountryCode.Parse("MX"), place: Es("Secretaría de Relaciones Exteriores"))], // the communiqué gives a city only for October
        delegations:
        [
            new Delegation(MX, [new Participant(DelegationRole.HeadOfDelegation, PersonName.From("Vanessa Calva Ruiz"), InstitutionId.Parse("mx-sre"),
                Es("directora general de Protección Consular y Planeación Estratégica"))]),
            new Delegation(US, [new Participant(DelegationRole.HeadOfDelegation, PersonName.From("Daria Darnell"), InstitutionId.Parse("us-embassy-mx"),
                Es("ministra consejera de Asuntos Consulares y de Consulados"))]),
        ],
        topics: [Topic.ConsularAffairs, Topic.CivilProtection, Topic.ChildrenAndFamilies, Topic.LabourMobility],
        citations: [SourceId.Parse("sre-comunicado-176-2023")],
        approximateDates: true);

    /// <summary>"Se prevé llevar a cabo la reunión anual de Diálogo Consular en octubre de este año en la Ciudad de México."</summary>
    public static Meeting ConsularAnual2023Planned() => new(
        MeetingId.Parse("mx-us-consular-dialogue-2023-10"),
        MeetingKind.Ordinary,
        MeetingStatus.Planned,
        PartialDate.Parse("2023-10"),
        mechanism: MechanismId.Parse("mx-us-consular-dialogue"),
        venues: [new Venue(CountryCode.Parse("MX"), Es("Ciudad de México"))],
        citations: [SourceId.Parse("sre-comunicado-176-2023")]);
}
