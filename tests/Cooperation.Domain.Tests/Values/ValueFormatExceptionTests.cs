using System;

namespace Cooperation.Domain.Tests.Values;

public class ValueFormatExceptionTests
{
    [Fact]
    public void Message_names_the_input_the_type_the_reason_and_the_form()
    {
        var error = new ValueFormatException(typeof(CountryCode), "XK", "no country has this alpha-2 code", "an ISO code");
        Assert.Equal("\"XK\" is not a valid CountryCode: no country has this alpha-2 code. Expected an ISO code.", error.Message);
        Assert.Equal("\"XK\"", error.Input);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Theory]
    [InlineData("", "\"\" (empty)")]
    [InlineData("   ", "\"   \" (whitespace only)")]
    [InlineData("a\u0000b", "\"a\\u0000b\"")]
    [InlineData("\u202Eabc", "\"\\u202Eabc\"")]
    [InlineData("x\u200By", "\"x\\u200By\"")]
    [InlineData("tab\there", "\"tab\\u0009here\"")]
    [InlineData("México", "\"México\"")]
    public void Input_is_escaped_for_display(string input, string shown)
        => Assert.Equal(shown, new ValueFormatException(typeof(Acronym), input, "r", "f").Input);

    [Fact]
    public void Long_input_is_cut_and_its_length_given()
    {
        var error = new ValueFormatException(typeof(Acronym), new string('x', 1_000_000), "r", "f");
        Assert.Equal("\"" + new string('x', 64) + "\"… (1000000 characters)", error.Input);
        Assert.True(error.Message.Length < 200);
    }
}
