using System;
using System.ComponentModel;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Values;

public class LocalizedTextTests
{
    [Fact]
    public void Holds_either_or_both_languages()
    {
        var both = LocalizedText.Create("Secretaría de Relaciones Exteriores", "Ministry of Foreign Affairs");
        Assert.Equal("Secretaría de Relaciones Exteriores", both.Get(Language.Spanish));
        Assert.Equal("Ministry of Foreign Affairs", both.English);
        Assert.Equal("Secretaría de Relaciones Exteriores / Ministry of Foreign Affairs", both.ToString());
        var spanish = LocalizedText.FromSpanish("Diálogo Consular");
        Assert.Null(spanish.English);
        Assert.False(spanish.Has(Language.English));
        Assert.Equal("Diálogo Consular", spanish.GetOrOther(Language.English));
        Assert.Equal("Consular Dialogue", LocalizedText.FromEnglish("Consular Dialogue").GetOrOther(Language.Spanish));
        Assert.Throws<ArgumentOutOfRangeException>(() => both.Get((Language)7));
    }

    [Fact]
    public void Trims_and_normalizes_to_NFC_so_composed_and_decomposed_are_equal()
    {
        var decomposed = LocalizedText.Create("  Reunio\u0301n de medio te\u0301rmino ", null);
        var composed = LocalizedText.Create("Reunión de medio término", null);
        Assert.Equal(composed, decomposed);
        Assert.Equal("Reunión de medio término", decomposed.Spanish);
        Assert.Equal(composed.GetHashCode(), decomposed.GetHashCode());
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("   ", "only white space")]
    [InlineData("a\tb", "control characters")]
    [InlineData("line\nbreak", "control characters")]
    [InlineData("zero\u200Bwidth", "invisible or bidirectional")]
    [InlineData("\u202Eevil", "invisible or bidirectional")]
    [InlineData("\u2066isolate\u2069", "invisible or bidirectional")]
    [InlineData("bom\uFEFF", "invisible or bidirectional")]
    public void Rejects_bad_text_naming_the_language(string text, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => LocalizedText.Create(null, text));
        Assert.Equal("english", error.ParamName);
        Assert.Contains("English text", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.False(LocalizedText.TryCreate(text, "ok", out var result));
        Assert.True(result.IsDefault);
    }

    [Fact]
    public void Rejects_lone_surrogates_and_overlong_text_and_needs_a_language()
    {
        Assert.Contains("unpaired surrogate", Assert.Throws<ArgumentException>(() => LocalizedText.FromSpanish("a\uD800b")).Message, StringComparison.Ordinal);
        Assert.Contains("longer than 4000 characters", Assert.Throws<ArgumentException>(() => LocalizedText.FromSpanish(BadInput.OneMegabyte)).Message, StringComparison.Ordinal);
        Assert.True(LocalizedText.TryCreate("emoji \U0001F30E ok", null, out _));
        Assert.Throws<ArgumentException>(() => LocalizedText.Create(null, null));
        Assert.False(LocalizedText.TryCreate(null, null, out _));
        Assert.Throws<ArgumentNullException>(() => LocalizedText.FromEnglish(null!));
    }

    [Fact]
    public void Json_is_an_object_with_es_then_en()
    {
        var text = LocalizedText.Create("Conferencia Regional sobre Migración", "Regional Conference on Migration");
        var json = JsonSerializer.Serialize(text);
        Assert.Equal("{\"es\":\"Conferencia Regional sobre Migraci\\u00F3n\",\"en\":\"Regional Conference on Migration\"}", json);
        Assert.Equal(text, JsonSerializer.Deserialize<LocalizedText>(json));
        Assert.Equal(LocalizedText.FromEnglish("x"), JsonSerializer.Deserialize<LocalizedText>("{\"en\":\"x\"}"));
        Assert.Equal("{\"en\":\"x\"}", JsonSerializer.Serialize(LocalizedText.FromEnglish("x")));
    }

    [Theory]
    [InlineData("{}", "a Spanish or an English text is required")]
    [InlineData("{\"fr\":\"x\"}", "Unknown member \"fr\"")]
    [InlineData("{\"es\":\"x\",\"es\":\"y\"}", "appears twice")]
    [InlineData("{\"es\":null}", "must be a string")]
    [InlineData("{\"es\":1}", "must be a string")]
    [InlineData("\"texto\"", "Expected a JSON object")]
    [InlineData("{\"es\":\"a\\tb\"}", "control characters")]
    public void Json_reading_is_strict(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalizedText>(json));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_is_uninitialized_and_cannot_be_written_or_be_a_key()
    {
        Assert.True(default(LocalizedText).IsDefault);
        Assert.Equal("(uninitialized)", default(LocalizedText).ToString());
        Assert.Throws<InvalidOperationException>(() => default(LocalizedText).GetOrOther(Language.Spanish));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(LocalizedText)));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new System.Collections.Generic.Dictionary<LocalizedText, int> { [LocalizedText.FromEnglish("x")] = 1 }));
        Assert.Equal("x / y", TypeDescriptor.GetConverter(typeof(LocalizedText)).ConvertToInvariantString(LocalizedText.Create("x", "y")));
    }

    [Fact]
    public void TryCreate_does_not_allocate_when_it_fails()
    {
        Assert.Equal(0, Allocations.Measure(() => LocalizedText.TryCreate("a\u202Eb", null, out _)));
        Assert.Equal(0, Allocations.Measure(() => LocalizedText.TryCreate(BadInput.OneMegabyte, null, out _)));
    }
}
