using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Values;

public class IdentifierTests
{
    [Theory]
    [InlineData("mx-ca-danm")]
    [InlineData("mx-sre")]
    [InlineData("int-iom")]
    [InlineData("crm")]
    [InlineData("mx-us-2021-05-13")]
    [InlineData("a1")]
    public void Valid_slugs_parse_for_every_identifier_type(string text)
    {
        Assert.Equal(text, MechanismId.Parse(text).Value);
        Assert.Equal(text, InstitutionId.Parse(text).Value);
        Assert.Equal(text, PersonId.Parse(text).Value);
        Assert.True(MechanismId.TryFrom(text, out var id));
        Assert.Same(text, id.Value);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("a", "shorter than 2")]
    [InlineData("MX-SRE", "identifiers are lowercase")]
    [InlineData("mx_sre", "only a-z, 0-9 and hyphens")]
    [InlineData("mx sre", "white space is not allowed")]
    [InlineData(" mx-sre", "white space is not allowed")]
    [InlineData("-mx", "start or end with a hyphen")]
    [InlineData("mx-", "start or end with a hyphen")]
    [InlineData("mx--sre", "hyphens must not be doubled")]
    [InlineData("1mx", "start with a letter")]
    [InlineData("méxico", "only a-z, 0-9 and hyphens")]
    [InlineData("mx-\u0131nm", "only a-z, 0-9 and hyphens")]
    [InlineData("mx-\u017Fre", "only a-z, 0-9 and hyphens")]
    public void Invalid_slugs_are_rejected_with_reason(string text, string reason)
    {
        var error = Assert.Throws<ValueFormatException>(() => InstitutionId.Parse(text));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Contains("lowercase slug", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(InstitutionId), error.Message, StringComparison.Ordinal);
        Assert.False(InstitutionId.TryParse(text, null, out _));
        Assert.False(PersonId.TryParse(text.AsSpan(), out _));
        Assert.Throws<ValueFormatException>(() => MechanismId.From(text));
    }

    [Fact]
    public void Sixty_five_characters_is_too_long()
    {
        var text = new string('a', 65);
        Assert.Contains("longer than 64", Assert.Throws<ValueFormatException>(() => PersonId.Parse(text)).Reason, StringComparison.Ordinal);
        Assert.True(PersonId.TryParse(new string('a', 64), null, out _));
    }

    [Theory]
    [MemberData(nameof(BadInput.All), MemberType = typeof(BadInput))]
    public void Hostile_input_never_throws_from_TryParse(string text)
    {
        Assert.False(MechanismId.TryParse(text, null, out _));
        Assert.False(InstitutionId.TryParse(text.AsSpan(), out _));
        Assert.False(PersonId.TryFrom(text, out _));
    }

    [Fact]
    public void Equality_ordering_and_default()
    {
        Assert.Equal(MechanismId.Parse("mx-ca-danm"), MechanismId.Parse("mx-ca-danm".AsSpan()));
        Assert.NotEqual(MechanismId.Parse("mx-ca-danm"), MechanismId.Parse("mx-ca-dansp"));
        var sorted = new[] { "mx-us", "crm", "mx-ca" }.Select(MechanismId.Parse).Order().Select(i => i.Value);
        Assert.Equal(["crm", "mx-ca", "mx-us"], sorted);
        Assert.True(default(PersonId).IsDefault);
        Assert.Equal("(uninitialized)", default(PersonId).ToString());
        Assert.Throws<InvalidOperationException>(() => default(InstitutionId).Value);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(MechanismId)));
    }

    [Fact]
    public void Json_values_keys_and_type_converter()
    {
        var json = JsonSerializer.Serialize(new Dictionary<InstitutionId, MechanismId> { [InstitutionId.Parse("mx-sre")] = MechanismId.Parse("mx-ca-danm") });
        Assert.Equal("{\"mx-sre\":\"mx-ca-danm\"}", json);
        var back = JsonSerializer.Deserialize<Dictionary<InstitutionId, MechanismId>>(json)!;
        Assert.Equal("mx-ca-danm", back[InstitutionId.Parse("mx-sre")].Value);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, PersonId>>("{\"head\":\"Vanessa Calva\"}"));
        Assert.Contains("Vanessa Calva", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.head", error.Path);
        Assert.Equal(PersonId.Parse("vanessa-calva-ruiz"), TypeDescriptor.GetConverter(typeof(PersonId)).ConvertFromInvariantString("vanessa-calva-ruiz"));
    }

    [Fact]
    public void TryParse_allocates_nothing_on_failure()
    {
        Assert.Equal(0, Allocations.Measure(() => MechanismId.TryParse("MX-CA".AsSpan(), out _)));
        Assert.Equal(0, Allocations.Measure(() => MechanismId.TryParse(BadInput.OneMegabyte, null, out _)));
        Assert.Equal(0, Allocations.Measure(() => MechanismId.TryFrom("mx-ca-danm", out _)));
    }

    [Fact]
    public void Meeting_and_source_identifiers_share_the_grammar()
    {
        Assert.Equal("mx-ca-danm-2017-04-25", MeetingId.Parse("mx-ca-danm-2017-04-25").Value);
        Assert.Equal("sre-comunicado-176-2023", SourceId.Parse("sre-comunicado-176-2023").ToString());
        Assert.Throws<ValueFormatException>(() => MeetingId.Parse("MX-CA"));
        Assert.Throws<ValueFormatException>(() => SourceId.Parse("sre--176"));
        Assert.Equal("\"mx-hn-gans-1\"", System.Text.Json.JsonSerializer.Serialize(MeetingId.Parse("mx-hn-gans-1")));
        Assert.True(MeetingId.Parse("a1") < MeetingId.Parse("b1"));
        Assert.True(default(SourceId).IsDefault);
    }
}
