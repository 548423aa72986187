using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests;

public class CountryCodeTests
{
    [Theory]
    [InlineData("MX")]
    [InlineData("mx")]
    [InlineData("Mx")]
    [InlineData("MEX")]
    [InlineData("mex")]
    [InlineData("484")]
    public void Parses_alpha2_alpha3_and_numeric_to_the_same_code(string text)
    {
        var code = CountryCode.Parse(text);
        Assert.Equal("MX", code.ToString());
        Assert.Equal("MEX", code.Alpha3);
        Assert.Equal(484, code.Numeric);
        Assert.True(CountryCode.TryParse(text, out var tried));
        Assert.Equal(code, tried);
    }

    [Theory]
    [InlineData("032", "AR")]
    [InlineData("004", "AF")]
    [InlineData("840", "US")]
    [InlineData("USA", "US")]
    [InlineData("CAN", "CA")]
    [InlineData("124", "CA")]
    [InlineData("GTM", "GT")]
    [InlineData("340", "HN")]
    public void Parses_codes_of_other_countries(string text, string alpha2)
        => Assert.Equal(alpha2, CountryCode.Parse(text).Alpha2);

    [Theory]
    [InlineData("XK", "no country has this alpha-2 code")]
    [InlineData("UK", "no country has this alpha-2 code")]
    [InlineData("ZZ", "no country has this alpha-2 code")]
    [InlineData("XXX", "no country has this alpha-3 code")]
    [InlineData("000", "no country has this numeric code")]
    [InlineData("999", "no country has this numeric code")]
    [InlineData("32", "codes use ASCII letters")]
    [InlineData("M", "a code has 2 or 3 characters")]
    [InlineData("MEXI", "a code has 2 or 3 characters")]
    [InlineData(" MX", "surrounding white space is not allowed")]
    [InlineData("MX ", "surrounding white space is not allowed")]
    [InlineData("   ", "the text is only white space")]
    [InlineData("", "the text is empty")]
    [InlineData("M1", "codes use ASCII letters")]
    [InlineData("4A4", "codes use ASCII letters")]
    [InlineData("-48", "codes use ASCII letters")]
    public void Rejects_with_a_reason_that_names_the_input(string text, string reason)
    {
        var error = Assert.Throws<ValueFormatException>(() => CountryCode.Parse(text));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 3166-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(CountryCode), error.ValueType);
        Assert.False(CountryCode.TryParse(text, out var result));
        Assert.True(result.IsDefault);
    }

    [Theory]
    [MemberData(nameof(BadInput.All), MemberType = typeof(BadInput))]
    public void Hostile_input_is_rejected_without_throwing_from_TryParse(string text)
    {
        Assert.False(CountryCode.TryParse(text, null, out _));
        Assert.False(CountryCode.TryParse(text.AsSpan(), out _));
        var error = Assert.Throws<ValueFormatException>(() => CountryCode.Parse(text));
        Assert.True(error.Message.Length < 400, "the message stays short even for huge input");
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.False(CountryCode.TryParse((string?)null, null, out _));
        Assert.Throws<ArgumentNullException>(() => CountryCode.Parse((string)null!));
    }

    [Fact]
    public void Every_row_round_trips_through_all_three_forms()
    {
        Assert.Equal(249, Countries.All.Length);
        foreach (var country in Countries.All)
        {
            var code = country.Code;
            Assert.Equal(code, CountryCode.Parse(code.ToString("A2", null)));
            Assert.Equal(code, CountryCode.Parse(code.ToString("A3", null)));
            Assert.Equal(code, CountryCode.Parse(code.ToString("N", null)));
            Assert.Equal(3, code.ToString("N", null).Length);
            Assert.Same(country, code.Country);
        }
    }

    [Fact]
    public void Formats_into_spans_without_allocating()
    {
        var code = CountryCode.Parse("AR");
        Span<char> buffer = stackalloc char[3];
        Assert.True(code.TryFormat(buffer, out var written, "N", null));
        Assert.Equal("032", buffer[..written].ToString());
        Assert.False(code.TryFormat(buffer[..1], out _, "A3", null));
        Assert.Throws<FormatException>(() => code.ToString("X", null));
    }

    [Fact]
    public void Ordering_is_alphabetical_by_alpha2()
    {
        var codes = new[] { "US", "CA", "MX", "AR" }.Select(CountryCode.Parse).Order().Select(c => c.Alpha2);
        Assert.Equal(["AR", "CA", "MX", "US"], codes);
        Assert.True(CountryCode.Parse("CA") < CountryCode.Parse("MX"));
        Assert.True(default(CountryCode) < CountryCode.Parse("AD"));
    }

    [Fact]
    public void Default_is_uninitialized()
    {
        var code = default(CountryCode);
        Assert.True(code.IsDefault);
        Assert.Equal("(uninitialized)", code.ToString());
        Assert.Throws<InvalidOperationException>(() => code.Country);
        Assert.Throws<InvalidOperationException>(() => code.Alpha3);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(code));
        Assert.Throws<ArgumentException>(() => Countries.Get(code));
    }

    [Fact]
    public void Json_writes_alpha2_and_reads_any_code_as_value_and_as_key()
    {
        Assert.Equal("\"MX\"", JsonSerializer.Serialize(CountryCode.Parse("MEX")));
        Assert.Equal(CountryCode.Parse("MX"), JsonSerializer.Deserialize<CountryCode>("\"484\""));
        var map = new Dictionary<CountryCode, int> { [CountryCode.Parse("CA")] = 1, [CountryCode.Parse("MX")] = 2 };
        var json = JsonSerializer.Serialize(map);
        Assert.Equal("{\"CA\":1,\"MX\":2}", json);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<CountryCode, int>>(json));
    }

    [Theory]
    [InlineData("\"XK\"", "XK")]
    [InlineData("484", "a number (484)")]
    [InlineData("null", "null")]
    [InlineData("{}", "an object")]
    public void Json_errors_name_the_value_and_the_path(string json, string mention)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, CountryCode>>($"{{\"party\": {json}}}"));
        Assert.Contains(mention, error.Message, StringComparison.Ordinal);
        Assert.Equal("$.party", error.Path);
        Assert.Equal(0, error.LineNumber);
    }

    [Fact]
    public void Type_converter_round_trips()
    {
        var converter = TypeDescriptor.GetConverter(typeof(CountryCode));
        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.Equal(CountryCode.Parse("MX"), converter.ConvertFromInvariantString("mex"));
        Assert.Equal("MX", converter.ConvertToInvariantString(CountryCode.Parse("MX")));
        Assert.Throws<ValueFormatException>(() => converter.ConvertFromInvariantString("XK"));
    }

    [Fact]
    public void TryParse_allocates_nothing_on_success_or_failure()
    {
        Assert.Equal(0, Allocations.Measure(() => CountryCode.TryParse("MEX", null, out _)));
        Assert.Equal(0, Allocations.Measure(() => CountryCode.TryParse("484", null, out _)));
        Assert.Equal(0, Allocations.Measure(() => CountryCode.TryParse("XK", null, out _)));
        Assert.Equal(0, Allocations.Measure(() => CountryCode.TryParse(BadInput.OneMegabyte, null, out _)));
    }
}
