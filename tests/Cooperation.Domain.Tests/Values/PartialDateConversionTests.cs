using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using static Cooperation.Domain.Tests.Values.PartialDateSamples;

namespace Cooperation.Domain.Tests.Values;

/// <summary>The JSON converter (values and dictionary keys) and the <c>TypeConverter</c>.</summary>
public class PartialDateConversionTests
{
    // ---- JSON ---------------------------------------------------------------------------------------------------

    private sealed record Holder(PartialDate Date, PartialDate? Optional);

    [Theory]
    [InlineData("2013")]
    [InlineData("2008-07")]
    [InlineData("2017-04-25")]
    public void Json_round_trips_as_a_string(string text)
    {
        var date = PartialDate.Parse(text);

        var json = JsonSerializer.Serialize(date);
        Assert.Equal($"\"{text}\"", json);
        Assert.Equal(date, JsonSerializer.Deserialize<PartialDate>(json));

        var holder = new Holder(date, null);
        var holderJson = JsonSerializer.Serialize(holder);
        Assert.Equal($"{{\"Date\":\"{text}\",\"Optional\":null}}", holderJson);
        Assert.Equal(holder, JsonSerializer.Deserialize<Holder>(holderJson));
    }

    [Fact]
    public void Json_round_trips_as_a_dictionary_key()
    {
        var map = new Dictionary<PartialDate, int>
        {
            [PartialDate.Parse("2013")] = 1,
            [PartialDate.Parse("2008-07")] = 2,
            [PartialDate.Parse("2017-04-25")] = 3,
        };

        var json = JsonSerializer.Serialize(map);

        Assert.Equal("{\"2013\":1,\"2008-07\":2,\"2017-04-25\":3}", json);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<PartialDate, int>>(json));
    }

    [Theory]
    [InlineData("\"2024-13\"", "\"2024-13\"", "the month must be 01 to 12")]
    [InlineData("\"2023-02-29\"", "\"2023-02-29\"", "29 February exists only in leap years")]
    [InlineData("\" 2013\"", "\" 2013\"", "surrounding white space is not allowed")]
    [InlineData("\"\"", "\"\" (empty)", "the text is empty")]
    [InlineData("\"\\uFF12\\uFF10\\uFF12\\uFF14\"", "\"\uFF12\uFF10\uFF12\uFF14\"", "only ASCII digits")]
    [InlineData("\"2024\\u200B\"", "\"2024\\u200B\"", "expected '-' after the year")]
    public void Json_reading_an_invalid_string_names_the_input(string json, string shownInput, string reason)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>(json));

        Assert.Contains(shownInput, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ExpectedForm, ex.Message, StringComparison.Ordinal);

        var keyEx = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<PartialDate, int>>($"{{{json}:1}}"));
        Assert.Contains(shownInput, keyEx.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2013", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("{}", "an object")]
    [InlineData("[]", "an array")]
    public void Json_reading_a_non_string_names_what_was_found(string json, string found)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>(json));

        Assert.Contains(found, ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PartialDate), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_reading_a_huge_string_is_rejected_with_a_short_message()
    {
        var json = JsonSerializer.Serialize("2024-01-01" + new string('x', 1 << 20));

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>(json));

        Assert.Contains("unexpected text after the day", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 1000);
    }

    [Fact]
    public void Json_refuses_null_for_the_value_type_and_allows_it_for_the_nullable()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>("null"));
        Assert.Null(JsonSerializer.Deserialize<PartialDate?>("null"));
    }

    [Fact]
    public void Json_refuses_to_write_the_default_value()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PartialDate)));
        Assert.Contains("uninitialized", ex.Message, StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<PartialDate, int> { [default] = 1 }));
    }

    // ---- TypeConverter ------------------------------------------------------------------------------------------

    [Fact]
    public void TypeConverter_round_trips_through_text()
    {
        var converter = TypeDescriptor.GetConverter(typeof(PartialDate));

        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.True(converter.CanConvertTo(typeof(string)));
        foreach (var text in new[] { "2013", "2008-07", "2017-04-25" })
        {
            var value = converter.ConvertFromInvariantString(text);
            Assert.Equal(PartialDate.Parse(text), value);
            Assert.Equal(text, converter.ConvertToInvariantString(value));
            Assert.Equal(text, converter.ConvertTo(null, CultureInfo.InvariantCulture, value, typeof(string)));
        }

        var ex = Assert.Throws<ValueFormatException>(() => converter.ConvertFromInvariantString("2024-13"));
        Assert.Contains("\"2024-13\"", ex.Message, StringComparison.Ordinal);
    }
}
