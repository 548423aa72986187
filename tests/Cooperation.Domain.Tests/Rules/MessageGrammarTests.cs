using System;
using System.Linq;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Messages read as sentences: "an" before a vowel, the singular for one, a reference named by who makes it.</summary>
public sealed class MessageGrammarTests
{
    [Theory]
    [InlineData("{\"id\":\"mx-x\",\"id\":\"mx-y\",\"name\":{\"es\":\"X\"},\"kind\":\"agency\"}", "The member \"id\" appears twice in an Institution.")]
    [InlineData("[]", "Expected a JSON object for an Institution, but found")]
    [InlineData("{\"id\":\"mx-x\",\"name\":{\"es\":\"X\"}}", "The required member \"kind\" is missing from an Institution.")]
    [InlineData("{\"id\":7,\"name\":{\"es\":\"X\"},\"kind\":\"agency\"}", "holding an InstitutionId")]
    [InlineData("{\"id\":\"mx-x\",\"name\":{\"es\":\"X\"},\"kind\":\"club\"}", "\"club\" is not an InstitutionKind.")]
    public void Type_names_take_the_article_they_need(string json, string expected)
        => Assert.Contains(expected, Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Institution>(json)).Reason, StringComparison.Ordinal);

    [Fact]
    public void Counts_of_one_are_singular_in_both_languages()
    {
        var mechanism = new Mechanism(
            MechanismId.Parse("mx-ca-talks"), LocalizedText.FromEnglish("Talks"), MechanismKind.Talks, MechanismScope.Bilateral,
            [new Membership(PartyRef.ForCountry(CountryCode.Parse("MX")), ParticipationStatus.Member), new Membership(PartyRef.ForCountry(CountryCode.Parse("CA")), ParticipationStatus.Observer)],
            MechanismStatus.Active);
        var catalog = new CatalogBuilder().Add(mechanism).Build();
        string Message(Language language) => Validator.Validate(catalog, ValidationOptions.Default.WithLanguage(language)).Diagnostics.Single(d => d.Id == "COOP2001").Message;

        Assert.Contains("has 1 member state and 1 other party;", Message(Language.English), StringComparison.Ordinal);
        Assert.Contains("tiene 1 Estado miembro y 1 otra parte;", Message(Language.Spanish), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_mechanism_is_named_as_what_it_is()
    {
        var meeting = new Meeting(MeetingId.Parse("talks-2"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("2020"), MechanismId.Parse("mx-ca-nope"));
        var message = Validator.Validate(new CatalogBuilder().Add(meeting).Build()).Diagnostics.Single(d => d.Id == "COOP1002").Message;
        Assert.Equal("The meeting talks-2 names mx-ca-nope as its mechanism, but mx-ca-nope is not in the catalog.", message);
    }
}
