using System;
using System.Linq;

namespace Cooperation.Domain.Interop.Tests.Support;

/// <summary>
/// A catalog of what would break an export, as far as the model lets it in: quotes, <c>&lt;</c>, <c>&amp;</c>,
/// <c>&lt;/script&gt;</c>, right-to-left text, emoji (flags, skin tones, characters outside the BMP; the model refuses zero-width joiners), cells a spreadsheet would run as
/// formulas, names as long as the model allows (4,000 characters of <see cref="LocalizedText"/>, 200 of
/// <see cref="PersonName"/>), dates known only to the year, a meeting with no mechanism, an institution without a
/// country, a person who holds no position, a participant known only by name, and one known only by institution.
/// The model refuses line breaks, right-to-left marks and names longer than its limits (<see cref="Refused"/>), so
/// each format's own escaping of those is tested on its writer's text primitives.
/// </summary>
public static class HostileCatalog
{
    public const string Markup = "Reunión \"especial\" <b>&amp;</b> </script><script>alert('x')</script>";
    public const string RightToLeft = "שלום עליכם مرحبا بكم";
    public const string Emoji = "🇲🇽 🙂 👍🏽 𝄞";
    public const string SpeakerName = "José O'Núñez-Ruiz, Jr. שלום";
    public const string NameOnly = "-Only By Name";
    public const string Formula = "=HYPERLINK(\"http://example.invalid\",\"x\")";

    /// <summary>The longest name a <see cref="LocalizedText"/> holds: 3,998 × "Ñ" and one emoji (two UTF-16 units).</summary>
    public static readonly string LongestName = new string('Ñ', LocalizedText.MaxLength - 2) + "🙂";

    /// <summary>The longest person name: 200 characters (a person's name has letters, spaces, apostrophes, hyphens, periods and commas only).</summary>
    public static readonly string LongestPersonName = string.Concat(Enumerable.Repeat("Ñandú ", 33)) + "Ñé";

    public static readonly InstitutionId International = InstitutionId.Parse("int-hostile");
    public static readonly InstitutionId Ministry = InstitutionId.Parse("mx-hostile");
    public static readonly MechanismId Mechanism = MechanismId.Parse("hostile-talks");
    public static readonly MeetingId Orphan = MeetingId.Parse("orphan-meeting-2013");
    public static readonly MeetingId YearOnly = MeetingId.Parse("hostile-talks-2014");
    public static readonly PersonId Speaker = PersonId.Parse("speaker-rtl");

    /// <summary>The ministry's Wikidata item.</summary>
    public static readonly ExternalIdentifier Wikidata = ExternalIdentifier.Of("wikidata", "Q1");

    /// <summary>The ministry's identifier in a register FollowTheMoney has no property for, with characters JSON and markup care about.</summary>
    public static readonly ExternalIdentifier OtherRegister = ExternalIdentifier.Of("popolo", "ocd-organization/<b>&\"x\":1");
    public static readonly PersonId Idle = PersonId.Parse("idle-person");
    public static readonly SourceId Source = SourceId.Parse("hostile-source");

    /// <summary>The catalog.</summary>
    public static CooperationCatalog Build()
    {
        var mx = PartyRef.ForCountry(CountryCode.Parse("MX"));
        var us = PartyRef.ForCountry(CountryCode.Parse("US"));
        var cite = new Citation(Source, Markup);
        var builder = new CatalogBuilder();
        builder.Add(new Source(Source, LocalizedText.Create(Markup, Formula), LocalizedText.FromEnglish("+52 Ministry & <Co>"), PartialDate.FromYear(2013),
            Language.Spanish, SourceKind.PressRelease, url: new Uri("https://example.invalid/a?b=1&c=</script>")));
        builder.Add(new Institution(International, LocalizedText.Create(RightToLeft, Emoji), InstitutionKind.InternationalOrganization, citations: [cite]));
        builder.Add(new Institution(Ministry, LocalizedText.Create(LongestName, "-1 " + Markup), InstitutionKind.Ministry, CountryCode.Parse("MX"),
            spanishAcronym: Acronym.From("SRE"), parent: null, citations: [cite]).WithIdentifiers([Wikidata, OtherRegister]));
        builder.Add(new Person(Speaker, PersonName.From(SpeakerName), otherNames: [PersonName.From("'Pepe, O'Núñez")], citations: [cite]).WithIdentifiers([ExternalIdentifier.Of("wikidata", "Q2")]));
        builder.Add(new Person(Idle, PersonName.From(LongestPersonName), rank: LocalizedText.FromEnglish(Formula)));
        builder.Add(new Mechanism(Mechanism, LocalizedText.Create(Markup, Formula), MechanismKind.Talks, MechanismScope.Bilateral,
            [new Membership(mx, ParticipationStatus.Member, since: PartialDate.FromYear(2013)), new Membership(us, ParticipationStatus.Member)],
            MechanismStatus.Active, topics: [Topic.Security], established: PartialDate.FromYear(2013), cadence: Cadence.Annual(), citations: [cite]));
        builder.Add(new Meeting(Orphan, MeetingKind.WorkingMeeting, MeetingStatus.Held, PartialDate.FromYear(2013),
            title: LocalizedText.Create(Markup + " " + Emoji, "@" + RightToLeft),
            venues: [new Venue(CountryCode.Parse("US"), city: LocalizedText.FromEnglish("Washington, \"D.C.\""))],
            delegations:
            [
                new Delegation(mx, [new Participant(DelegationRole.HeadOfDelegation, PersonName.From(SpeakerName), Ministry, LocalizedText.FromSpanish("+Titular <b>"), Speaker, [cite])]),
                new Delegation(PartyRef.ForOrganization(International), [new Participant(DelegationRole.Support, institution: International), new Participant(DelegationRole.Member, PersonName.From(NameOnly))]),
            ],
            outcomes: [new Commitment(LocalizedText.FromEnglish("-" + Markup), CommitmentKind.Agreement, CommitmentStatus.Agreed)],
            citations: [cite]));
        builder.Add(new Meeting(YearOnly, MeetingKind.Ordinary, MeetingStatus.Planned, PartialDate.FromYear(2014), mechanism: Mechanism,
            ordinal: Ordinal.FromInt32(2), end: PartialDate.FromYear(2015), approximateDates: true, citations: [cite]));
        return builder.Build();
    }

    /// <summary>What the model refuses, so that no export ever sees it: each makes the constructor throw.</summary>
    public static TheoryData<string> Refused() => new()
    {
        "line\nbreak",
        "carriage\rreturn",
        "right\u200Fto-left mark",
        new string('x', 10_000),
    };
}
