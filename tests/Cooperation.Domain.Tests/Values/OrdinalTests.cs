using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Cooperation.Domain.Tests.Values;

public class OrdinalTests
{
    [Theory]
    // Forms named by the issue and found in the source documents ("8ª Reunión", "10ª Ronda", "primera sesión").
    [InlineData("8ª", 8)]
    [InlineData("8º", 8)]
    [InlineData("8.ª", 8)]
    [InlineData("8a.", 8)]
    [InlineData("8th", 8)]
    [InlineData("1st", 1)]
    [InlineData("21st", 21)]
    [InlineData("111th", 111)]
    [InlineData("VIII", 8)]
    [InlineData("primera", 1)]
    [InlineData("octava", 8)]
    [InlineData("décima", 10)]
    [InlineData("first", 1)]
    [InlineData("tenth", 10)]
    [InlineData("10ª", 10)]
    // Digits and suffix variants.
    [InlineData("8", 8)]
    [InlineData(" 8ª ", 8)]
    [InlineData("8°", 8)]
    [InlineData("8.º", 8)]
    [InlineData("8o", 8)]
    [InlineData("8A", 8)]
    [InlineData("8.a", 8)]
    [InlineData("8TH", 8)]
    [InlineData("2nd", 2)]
    [InlineData("3rd", 3)]
    [InlineData("11th", 11)]
    [InlineData("12th", 12)]
    [InlineData("13th", 13)]
    [InlineData("22nd", 22)]
    [InlineData("101st", 101)]
    [InlineData("112th", 112)]
    [InlineData("2147483647th", int.MaxValue)]
    [InlineData("1er", 1)]
    [InlineData("1.er", 1)]
    [InlineData("1era", 1)]
    [InlineData("1ro", 1)]
    [InlineData("1ra", 1)]
    [InlineData("2do", 2)]
    [InlineData("2da", 2)]
    [InlineData("3er", 3)]
    [InlineData("3ra", 3)]
    [InlineData("4to", 4)]
    [InlineData("5ta", 5)]
    [InlineData("6to", 6)]
    [InlineData("7mo", 7)]
    [InlineData("8vo", 8)]
    [InlineData("8va.", 8)]
    [InlineData("9no", 9)]
    [InlineData("10mo", 10)]
    [InlineData("11mo", 11)]
    [InlineData("11ro", 11)]
    [InlineData("12mo", 12)]
    [InlineData("20ma", 20)]
    [InlineData("21er", 21)]
    [InlineData("1ero", 1)]
    [InlineData("11er", 11)]
    [InlineData("12do", 12)]
    [InlineData("13ro", 13)]
    // Roman numerals in any case.
    [InlineData("I", 1)]
    [InlineData("iv", 4)]
    [InlineData("xiv", 14)]
    [InlineData("XL", 40)]
    [InlineData("XC", 90)]
    [InlineData("CD", 400)]
    [InlineData("MCMXCIX", 1999)]
    [InlineData("MMMCMXCIX", 3999)]
    [InlineData("MMMDCCCLXXXVIII", 3888)]
    // Words in both genders, with or without accents, composed or decomposed.
    [InlineData("PRIMERA", 1)]
    [InlineData("Primer", 1)]
    [InlineData("tercer", 3)]
    [InlineData("séptimo", 7)]
    [InlineData("septima", 7)]
    [InlineData("sétimo", 7)]
    [InlineData("nono", 9)]
    [InlineData("DÉCIMA", 10)]
    [InlineData("de\u0301cima", 10)]
    [InlineData("undécima", 11)]
    [InlineData("duodécimo", 12)]
    [InlineData("decimotercera", 13)]
    [InlineData("decimotercer", 13)]
    [InlineData("décimo tercero", 13)]
    [InlineData("décima tercera", 13)]
    [InlineData("décimo-cuarto", 14)]
    [InlineData("decimoctavo", 18)]
    [InlineData("décimo octavo", 18)]
    [InlineData("decimonoveno", 19)]
    [InlineData("vigésima", 20)]
    [InlineData("Eleventh", 11)]
    [InlineData("TWELFTH", 12)]
    [InlineData("nineteenth", 19)]
    [InlineData("twentieth", 20)]
    public void Parses_every_documented_form(string text, int expected)
    {
        Assert.Equal(expected, Ordinal.Parse(text).Value);
        Assert.True(Ordinal.TryParse(text, null, out var tried));
        Assert.Equal(expected, tried.Value);
        Assert.True(Ordinal.TryParse(text.AsSpan(), out var fromSpan));
        Assert.Equal(tried, fromSpan);
    }

    [Theory]
    [InlineData("0th", "0 is not a position")]
    [InlineData("0", "0 is not a position")]
    [InlineData("00", "0 is not a position")]
    [InlineData("-1", "negative numbers")]
    [InlineData("\u22121", "negative numbers")]
    [InlineData("08", "leading zeros")]
    [InlineData("11st", "English suffix does not match")]
    [InlineData("12nd", "English suffix does not match")]
    [InlineData("13rd", "English suffix does not match")]
    [InlineData("1th", "English suffix does not match")]
    [InlineData("2th", "English suffix does not match")]
    [InlineData("21th", "English suffix does not match")]
    [InlineData("111st", "English suffix does not match")]
    [InlineData("2147483648", "larger than the largest ordinal")]
    [InlineData("2147483648th", "larger than the largest ordinal")]
    [InlineData("99999999999999999999", "larger than the largest ordinal")]
    [InlineData("8er", "Spanish abbreviation does not match")]
    [InlineData("2ro", "Spanish abbreviation does not match")]
    [InlineData("8to", "Spanish abbreviation does not match")]
    [InlineData("13mo", "Spanish abbreviation does not match")]
    [InlineData("8.ª.", "not an ordinal suffix")]
    [InlineData("8 th", "not an ordinal suffix")]
    [InlineData("8x", "not an ordinal suffix")]
    [InlineData("8ºº", "not an ordinal suffix")]
    [InlineData("8\u200Bth", "not an ordinal suffix")]
    [InlineData("\uFF18th", "ASCII 0-9")]
    [InlineData("\u0668", "ASCII 0-9")]
    [InlineData("8\u0668", "ASCII 0-9")]
    [InlineData("IIII", "canonical Roman numeral")]
    [InlineData("IC", "canonical Roman numeral")]
    [InlineData("VX", "canonical Roman numeral")]
    [InlineData("MMMM", "canonical Roman numeral")]
    [InlineData("IIV", "canonical Roman numeral")]
    [InlineData("XIIII", "canonical Roman numeral")]
    [InlineData("CMCM", "canonical Roman numeral")]
    [InlineData("DD", "canonical Roman numeral")]
    [InlineData("LL", "canonical Roman numeral")]
    [InlineData("vigesimoprimero", "not an ordinal word")]
    [InlineData("twenty-first", "not an ordinal word")]
    [InlineData("zeroth", "not an ordinal word")]
    [InlineData("octav", "not an ordinal word")]
    [InlineData("d é c i m a", "not an ordinal word")]
    [InlineData("décimo  tercero", "not an ordinal word")]
    [InlineData("pr\u0130mera", "not an ordinal word")]
    [InlineData("pr\u0131mera", "not an ordinal word")]
    [InlineData("\u017Fegunda", "not an ordinal word")]
    [InlineData("\u2167", "not an ordinal word")]
    [InlineData("décima tercero", "disagree in gender")]
    [InlineData("décimo tercera", "disagree in gender")]
    [InlineData("decimatercero", "disagree in gender")]
    [InlineData("decimo ctavo", "not an ordinal word")]
    [InlineData("décimo octavo décimo", "not an ordinal word")]
    [InlineData("p\u0301rimera", "not an ordinal word")]
    [InlineData("\u0301primera", "not an ordinal word")]
    [InlineData("-", "not an ordinal word")]
    [InlineData("-abc", "not an ordinal word")]
    [InlineData("", "the text is empty")]
    [InlineData("   ", "only white space")]
    public void Rejects_with_a_reason_that_names_the_input(string text, string reason)
    {
        var error = Assert.Throws<ValueFormatException>(() => Ordinal.Parse(text));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(typeof(Ordinal), error.ValueType);
        Assert.Contains("a positive ordinal", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("\"", error.Input, StringComparison.Ordinal);
        if (text.Length > 0 && text.All(c => c is >= ' ' and <= '~' || char.IsLetter(c)))
        {
            Assert.StartsWith($"\"{text}\"", error.Message, StringComparison.Ordinal);
        }
        Assert.False(Ordinal.TryParse(text, null, out var result));
        Assert.True(result.IsDefault);
    }

    [Theory]
    [MemberData(nameof(BadInput.All), MemberType = typeof(BadInput))]
    public void Hostile_input_never_throws_from_TryParse(string text)
    {
        Assert.False(Ordinal.TryParse(text, null, out _));
        Assert.False(Ordinal.TryParse(text.AsSpan(), out _));
        Assert.Throws<ValueFormatException>(() => Ordinal.Parse(text));
    }

    [Fact]
    public void Null_is_false_from_TryParse_and_an_argument_error_from_Parse()
    {
        Assert.False(Ordinal.TryParse(null, null, out _));
        Assert.Throws<ArgumentNullException>(() => Ordinal.Parse(null!));
    }

    [Fact]
    public void Padding_counts_towards_the_length_limit_before_trimming()
    {
        Assert.Equal(8, Ordinal.Parse(new string(' ', 100) + "8th").Value);
        var error = Assert.Throws<ValueFormatException>(() => Ordinal.Parse(new string(' ', 200) + "8th"));
        Assert.Contains("longer than any ordinal", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_of_digits_is_rejected_on_its_length()
    {
        var error = Assert.Throws<ValueFormatException>(() => Ordinal.Parse(new string('8', 1024 * 1024)));
        Assert.Contains("longer than any ordinal", error.Reason, StringComparison.Ordinal);
        Assert.Contains("(1048576 characters)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1st", "1º", "1ª", "I")]
    [InlineData(2, "2nd", "2º", "2ª", "II")]
    [InlineData(3, "3rd", "3º", "3ª", "III")]
    [InlineData(4, "4th", "4º", "4ª", "IV")]
    [InlineData(8, "8th", "8º", "8ª", "VIII")]
    [InlineData(10, "10th", "10º", "10ª", "X")]
    [InlineData(11, "11th", "11º", "11ª", "XI")]
    [InlineData(12, "12th", "12º", "12ª", "XII")]
    [InlineData(13, "13th", "13º", "13ª", "XIII")]
    [InlineData(21, "21st", "21º", "21ª", "XXI")]
    [InlineData(22, "22nd", "22º", "22ª", "XXII")]
    [InlineData(23, "23rd", "23º", "23ª", "XXIII")]
    [InlineData(111, "111th", "111º", "111ª", "CXI")]
    [InlineData(1994, "1994th", "1994º", "1994ª", "MCMXCIV")]
    public void Formats_in_English_Spanish_and_Roman(int value, string english, string masculine, string feminine, string roman)
    {
        var ordinal = Ordinal.FromInt32(value);
        Assert.Equal(english, ordinal.ToEnglish());
        Assert.Equal(english, ordinal.ToString());
        Assert.Equal(english, ordinal.ToString("E", null));
        Assert.Equal(masculine, ordinal.ToSpanish());
        Assert.Equal(masculine, ordinal.ToString("S", null));
        Assert.Equal(feminine, ordinal.ToSpanish(GrammaticalGender.Feminine));
        Assert.Equal(feminine, ordinal.ToString("SF", null));
        Assert.Equal(roman, ordinal.ToRoman());
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), ordinal.ToString("N", null));
        Assert.Equal($"{ordinal:SF} reunión", $"{feminine} reunión");
    }

    [Fact]
    public void Every_Roman_numeral_from_1_to_3999_round_trips_and_every_other_letter_string_is_rejected()
    {
        var canonical = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1; n <= 3999; n++)
        {
            var roman = Ordinal.FromInt32(n).ToRoman();
            Assert.True(canonical.Add(roman));
            Assert.Equal(n, Ordinal.Parse(roman).Value);
            Assert.Equal(n, Ordinal.Parse(roman.ToLowerInvariant()).Value);
        }

        // Every string of up to four Roman letters that is not canonical is rejected: no summing of "IIII" or "IC".
        var letters = "IVXLCDM";
        foreach (var text in Strings(letters, 4))
        {
            Assert.Equal(canonical.Contains(text), Ordinal.TryParse(text, null, out _));
        }

        static IEnumerable<string> Strings(string alphabet, int maxLength)
        {
            IEnumerable<string> level = [""];
            for (var length = 1; length <= maxLength; length++)
            {
                level = level.SelectMany(prefix => alphabet.Select(c => prefix + c)).ToList();
                foreach (var s in level)
                {
                    yield return s;
                }
            }
        }
    }

    [Fact]
    public void Roman_formatting_stops_at_3999_with_a_clear_error()
    {
        var big = Ordinal.FromInt32(4000);
        Assert.Contains("3999", Assert.Throws<InvalidOperationException>(() => big.ToRoman()).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => big.ToString("R", null));
    }

    [Fact]
    public void Every_word_from_1_to_20_parses_in_both_languages()
    {
        string[] english = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        string[] spanish = ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo",
            "undécimo", "duodécimo", "decimotercero", "decimocuarto", "decimoquinto", "decimosexto", "decimoséptimo", "decimoctavo", "decimonoveno", "vigésimo"];
        for (var i = 0; i < 20; i++)
        {
            var feminine = spanish[i][..^1] + "a";
            foreach (var word in new[] { english[i], spanish[i], feminine, english[i].ToUpperInvariant(), feminine.ToUpperInvariant() })
            {
                Assert.True(Ordinal.TryParse(word, null, out var ordinal), word);
                Assert.Equal(i + 1, ordinal.Value);
            }
        }
    }

    [Fact]
    public void Numbers_round_trip_through_every_text_form_and_json()
        => Check.QuickThrowOnFailure(Prop.ForAll(Gen.OneOf(Gen.Choose(1, 3999), Gen.Choose(1, int.MaxValue)).ToArbitrary(), n =>
        {
            var ordinal = Ordinal.FromInt32(n);
            return Ordinal.Parse(ordinal.ToEnglish()) == ordinal
                && Ordinal.Parse(ordinal.ToSpanish()) == ordinal
                && Ordinal.Parse(ordinal.ToSpanish(GrammaticalGender.Feminine)) == ordinal
                && Ordinal.Parse(ordinal.ToString("N", null)) == ordinal
                && (n > 3999 || Ordinal.Parse(ordinal.ToRoman()) == ordinal)
                && JsonSerializer.Deserialize<Ordinal>(JsonSerializer.Serialize(ordinal)) == ordinal
                && JsonSerializer.Serialize(ordinal) == n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }));

    [Fact]
    public void Construction_equality_ordering_and_default()
    {
        Assert.Equal(Ordinal.Parse("8ª"), Ordinal.Parse("VIII"));
        Assert.Equal(Ordinal.Parse("octava"), Ordinal.Parse("eighth"));
        Assert.Equal(Ordinal.Parse("8th").GetHashCode(), Ordinal.Parse("8º").GetHashCode());
        Assert.True(Ordinal.Parse("2nd") < Ordinal.Parse("X"));
        Assert.True(Ordinal.First < Ordinal.MaxValue);
        Assert.Equal([1, 2, 10], new[] { Ordinal.Parse("décima"), Ordinal.First, Ordinal.Parse("2do") }.Order().Select(o => o.Value));
        Assert.Equal(1, Ordinal.First.CompareTo(null));
        Assert.Throws<ArgumentException>(() => Ordinal.First.CompareTo("1st"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ordinal.FromInt32(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ordinal.FromInt32(-1));
        Assert.False(Ordinal.TryFromInt32(0, out _));
        Assert.True(Ordinal.TryFromInt32(3, out var third));
        Assert.Equal("3rd", third.ToString());

        var none = default(Ordinal);
        Assert.True(none.IsDefault);
        Assert.True(none < Ordinal.First);
        Assert.Equal("(uninitialized)", none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Value);
        Assert.Throws<InvalidOperationException>(() => none.ToEnglish());
        Assert.Throws<InvalidOperationException>(() => none.ToSpanish());
        Assert.Throws<ArgumentOutOfRangeException>(() => third.ToSpanish((GrammaticalGender)7));
    }

    [Fact]
    public void Unknown_formats_and_small_buffers_are_reported()
    {
        var ordinal = Ordinal.Parse("1994th");
        Assert.Contains("\"X\"", Assert.Throws<FormatException>(() => ordinal.ToString("X", null)).Message, StringComparison.Ordinal);
        Span<char> small = stackalloc char[5];
        Assert.False(ordinal.TryFormat(small, out var written, "E", null));
        Assert.Equal(0, written);
        Assert.False(ordinal.TryFormat(small, out _, "R", null));
        Assert.True(ordinal.TryFormat(small, out written, "N", null));
        Assert.Equal("1994", small[..written].ToString());
    }

    [Fact]
    public void Json_is_a_strict_number_and_keys_are_digits()
    {
        Assert.Equal("8", JsonSerializer.Serialize(Ordinal.Parse("8ª")));
        Assert.Equal(Ordinal.Parse("VIII"), JsonSerializer.Deserialize<Ordinal>("8"));
        Assert.Equal("{\"10\":\"ronda\"}", JsonSerializer.Serialize(new Dictionary<Ordinal, string> { [Ordinal.Parse("10ª")] = "ronda" }));
        Assert.Equal("ronda", JsonSerializer.Deserialize<Dictionary<Ordinal, string>>("{\"10\":\"ronda\"}")![Ordinal.Parse("X")]);
        Assert.Equal(Ordinal.Parse("8th"), JsonSerializer.Deserialize<Ordinal?>("8"));
        Assert.Null(JsonSerializer.Deserialize<Ordinal?>("null"));

        foreach (var (json, found) in new[]
        {
            ("0", "a number (0)"), ("-3", "a number (-3)"), ("8.5", "a number (8.5)"), ("2147483648", "a number (2147483648)"),
            ("\"8ª\"", "the string \"8ª\""), ("null", "null"), ("true", "a boolean"), ("[8]", "an array"),
        })
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Meeting>($"{{\"Number\":{json}}}"));
            Assert.Contains("Ordinal", error.Message, StringComparison.Ordinal);
            Assert.Contains(found, error.Message, StringComparison.Ordinal);
            Assert.Equal("$.Number", error.Path);
        }

        foreach (var key in new[] { "08", "8th", "0", "-1", "", "99999999999" })
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<Ordinal, int>>($"{{\"{key}\":1}}"));
            Assert.Contains("property name", error.Message, StringComparison.Ordinal);
        }

        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Ordinal)));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<Ordinal, int> { [default] = 1 }));
    }

    [Fact]
    public void TypeConverter_uses_the_text_forms()
    {
        var converter = TypeDescriptor.GetConverter(typeof(Ordinal));
        Assert.Equal(Ordinal.Parse("8"), converter.ConvertFromInvariantString("8ª"));
        Assert.Equal("8th", converter.ConvertToInvariantString(Ordinal.Parse("VIII")));
        Assert.Throws<ValueFormatException>(() => converter.ConvertFromInvariantString("11st"));
    }

    [Fact]
    public void Parsing_allocates_nothing_on_success_or_failure()
    {
        foreach (var text in new[] { "8ª", "8th", "2147483647th", "1.er", "VIII", "MMMCMXCIX", "décima", "decimotercera", "décimo tercero", "twentieth",
            "11st", "0th", "-1", "IIII", "octav", "\uFF18", BadInput.OneMegabyte })
        {
            Assert.Equal(0, Allocations.Measure(() => Ordinal.TryParse(text, null, out _)));
        }

        var ordinal = Ordinal.Parse("1994th");
        var buffer = new char[16];
        Assert.Equal(0, Allocations.Measure(() => ordinal.TryFormat(buffer, out _, "SF", null)));
        Assert.Equal(0, Allocations.Measure(() => ordinal.TryFormat(buffer, out _, "R", null)));
    }

    private sealed record Meeting(Ordinal Number);
}
