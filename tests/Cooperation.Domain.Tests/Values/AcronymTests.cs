using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Values;

public class AcronymTests
{
    [Theory]
    [InlineData("DANM", "DANM")]
    [InlineData("GANSEG", "GANSEG")]
    [InlineData("CRM", "CRM")]
    [InlineData("SSPC", "SSPC")]
    [InlineData("Upmrip", "UPMRIP")]
    [InlineData("  oim ", "OIM")]
    [InlineData("G8", "G8")]
    [InlineData("ABCDEFGHIJKL", "ABCDEFGHIJKL")]
    public void Parses_and_normalizes(string text, string expected)
    {
        Assert.Equal(expected, Acronym.Parse(text).Value);
        Assert.Equal(expected, Acronym.From(text).ToString());
        Assert.True(Acronym.TryFrom(text, out var tried));
        Assert.Equal(expected, tried.Value);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("  ", "only white space")]
    [InlineData("A", "shorter than 2")]
    [InlineData("ABCDEFGHIJKLM", "longer than 12")]
    [InlineData("8G", "start with an ASCII letter")]
    [InlineData("EE.UU.", "only ASCII letters")]
    [InlineData("SEGOB SRE", "only ASCII letters")]
    [InlineData("AÑO", "only ASCII letters")]
    [InlineData("G\uFF18", "only ASCII letters")]
    [InlineData("\u0130NM", "start with an ASCII letter")]
    [InlineData("I\u0307NM", "only ASCII letters")]
    [InlineData("\u212ADE", "start with an ASCII letter")]
    public void Rejects_with_reason(string text, string reason)
    {
        var error = Assert.Throws<ValueFormatException>(() => Acronym.Parse(text));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Contains("2 to 12 ASCII letters", error.Message, StringComparison.Ordinal);
        Assert.False(Acronym.TryParse(text, null, out _));
    }

    [Theory]
    [MemberData(nameof(BadInput.All), MemberType = typeof(BadInput))]
    public void Hostile_input_never_throws_from_TryParse(string text)
    {
        Assert.False(Acronym.TryParse(text, null, out _));
        Assert.False(Acronym.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void Equality_ordering_default_json_and_converter()
    {
        Assert.Equal(Acronym.Parse("sre"), Acronym.Parse("SRE"));
        Assert.True(Acronym.Parse("CRM") < Acronym.Parse("DANM"));
        Assert.True(default(Acronym).IsDefault);
        Assert.Equal("(uninitialized)", default(Acronym).ToString());
        Assert.Throws<InvalidOperationException>(() => default(Acronym).Value);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Acronym)));
        Assert.Equal("\"GANS\"", JsonSerializer.Serialize(Acronym.Parse("gans")));
        Assert.Equal(Acronym.Parse("GANS"), JsonSerializer.Deserialize<Acronym>("\"GANS\""));
        var map = JsonSerializer.Deserialize<Dictionary<Acronym, int>>("{\"CRM\":11}")!;
        Assert.Equal(11, map[Acronym.Parse("CRM")]);
        var converter = TypeDescriptor.GetConverter(typeof(Acronym));
        Assert.Equal(Acronym.Parse("INM"), converter.ConvertFromInvariantString("INM"));
        Assert.Throws<FormatException>(() => Acronym.Parse("INM").ToString("X", null));
    }

    [Fact]
    public void TryParse_allocates_nothing_on_failure_and_reuses_canonical_strings()
    {
        Assert.Equal(0, Allocations.Measure(() => Acronym.TryParse("EE.UU.", null, out _)));
        Assert.Equal(0, Allocations.Measure(() => Acronym.TryParse(BadInput.OneMegabyte, null, out _)));
        Assert.Equal(0, Allocations.Measure(() => Acronym.TryParse("GANSEG", null, out _)));
    }
}
