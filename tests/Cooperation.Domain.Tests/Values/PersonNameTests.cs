using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Values;

public class PersonNameTests
{
    [Theory]
    [InlineData("Marcelo Ebrard Casaubon", "Marcelo Ebrard Casaubon")]
    [InlineData("Rosa Icela Rodríguez Velázquez", "Rosa Icela Rodríguez Velázquez")]
    [InlineData("  Mauricio   Ibarra Ponce de León ", "Mauricio Ibarra Ponce de León")]
    [InlineData("Rodri\u0301guez\u00A0Bucio", "Rodríguez Bucio")]
    [InlineData("D'Arcy O’Neill-Smith Jr.", "D'Arcy O’Neill-Smith Jr.")]
    [InlineData("Ebrard, Marcelo", "Ebrard, Marcelo")]
    [InlineData("Владимир", "Владимир")]
    public void Parses_and_normalizes(string text, string expected)
    {
        Assert.Equal(expected, PersonName.From(text).Value);
        Assert.Equal(expected, PersonName.Parse(text.AsSpan()).ToString());
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData(" ", "only white space")]
    [InlineData("Agent 007", "a name has no digits")]
    [InlineData("Ana\u0664", "a name has no digits")]
    [InlineData("...", "at least one letter")]
    [InlineData("Ana\tRuiz", "control characters")]
    [InlineData("Ana\u200BRuiz", "invisible or bidirectional")]
    [InlineData("Ana @ SRE", "only letters, spaces")]
    public void Rejects_with_reason(string text, string reason)
    {
        var error = Assert.Throws<ValueFormatException>(() => PersonName.From(text));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.False(PersonName.TryFrom(text, out _));
    }

    [Theory]
    [MemberData(nameof(BadInput.All), MemberType = typeof(BadInput))]
    public void Hostile_input_never_throws_from_TryParse(string text)
    {
        PersonName.TryParse(text, null, out _);
        PersonName.TryParse(text.AsSpan(), out _);
    }

    [Fact]
    public void Json_default_and_equality()
    {
        var name = PersonName.From("Vanessa Calva Ruiz");
        Assert.Equal("\"Vanessa Calva Ruiz\"", JsonSerializer.Serialize(name));
        Assert.Equal(name, JsonSerializer.Deserialize<PersonName>("\"Vanessa  Calva Ruiz\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PersonName>("\"R2D2\""));
        Assert.True(default(PersonName).IsDefault);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PersonName)));
        Assert.True(PersonName.From("Ana") < PersonName.From("Bea"));

        var heads = new Dictionary<PersonName, string> { [name] = "head-of-delegation" };
        var json = JsonSerializer.Serialize(heads);
        Assert.Equal("{\"Vanessa Calva Ruiz\":\"head-of-delegation\"}", json);
        Assert.Equal("head-of-delegation", JsonSerializer.Deserialize<Dictionary<PersonName, string>>(json)![name]);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<PersonName, int>>("{\"R2D2\":1}"));

        var converter = TypeDescriptor.GetConverter(typeof(PersonName));
        Assert.Equal(name, converter.ConvertFromInvariantString(" Vanessa Calva Ruiz "));
        Assert.Equal("Vanessa Calva Ruiz", converter.ConvertToInvariantString(name));
        Assert.Throws<ValueFormatException>(() => converter.ConvertFromInvariantString("Agent 007"));
    }

    [Fact]
    public void Failure_does_not_allocate()
    {
        Assert.Equal(0, Allocations.Measure(() => PersonName.TryParse("Agent 007", null, out _)));
        Assert.Equal(0, Allocations.Measure(() => PersonName.TryParse(BadInput.OneMegabyte, null, out _)));
    }
}
