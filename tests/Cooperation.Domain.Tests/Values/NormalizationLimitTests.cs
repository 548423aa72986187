using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Values;

/// <summary>
/// Length limits apply to the NFC form, which can be longer than the input (U+FB2C becomes three characters) or
/// shorter (a decomposed accent becomes one): what is accepted always writes and reads back equal, and a text is
/// accepted or refused alike in every normalization form.
/// </summary>
public sealed class NormalizationLimitTests
{
    [Fact]
    public void A_text_that_normalizes_past_the_limit_is_refused_by_every_door()
    {
        var text = new string('\uFB2C', 1400); // 4,200 characters once normalized
        Assert.False(LocalizedText.TryCreate(null, text, out _));
        Assert.Contains("longer than 4000 characters in Unicode NFC", Assert.Throws<ArgumentException>(() => LocalizedText.FromEnglish(text)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LocalizedText.Create(text, null));
        var json = "{\"id\":\"mx-x\",\"name\":{\"en\":\"" + text + "\"},\"kind\":\"agency\"}";
        Assert.Contains("longer than 4000", Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Institution>(json)).Reason, StringComparison.Ordinal);
        Assert.Equal(0, Allocations.Measure(() => LocalizedText.TryCreate(null, text, out _)));
    }

    [Fact]
    public void A_text_that_normalizes_to_the_limit_reads_back_everywhere()
    {
        var text = LocalizedText.FromEnglish(new string('\uFB2C', 1333) + "x"); // exactly 4,000 once normalized
        Assert.Equal(LocalizedText.MaxLength, text.English!.Length);
        Assert.Equal(text, LocalizedText.Create(null, text.English));
        Assert.True(LocalizedText.TryCreate(text.Spanish, text.English, out var again) && again == text);

        var institution = new Institution(InstitutionId.Parse("mx-x"), text, InstitutionKind.Agency, CountryCode.Parse("MX"));
        Assert.Equal(text, CooperationJson.Read<Institution>(CooperationJson.Write(institution)).Name);
        Assert.Equal(institution, JsonSerializer.Deserialize<Institution>(JsonSerializer.Serialize(institution)));
        Assert.Equal(text, JsonSerializer.Deserialize<LocalizedText>(JsonSerializer.Serialize(text)));
        var catalog = new CatalogBuilder().Add(institution).Build();
        var written = CooperationJson.WriteCatalog(catalog);
        Assert.Equal(written, CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(written)));
    }

    [Fact]
    public void Composed_and_decomposed_forms_are_accepted_alike_at_the_limit()
    {
        var composed = new string('é', LocalizedText.MaxLength);
        var decomposed = string.Concat(Enumerable.Repeat("e\u0301", LocalizedText.MaxLength)); // 8,000 characters before NFC
        Assert.Equal(LocalizedText.FromSpanish(composed), LocalizedText.FromSpanish(decomposed));
        Assert.False(LocalizedText.TryCreate(composed + "é", null, out _));
        Assert.False(LocalizedText.TryCreate(decomposed + "e\u0301", null, out _));

        var name = new string('Á', PersonName.MaxLength);
        var nameDecomposed = string.Concat(Enumerable.Repeat("A\u0301", PersonName.MaxLength));
        Assert.Equal(PersonName.Parse(name), PersonName.Parse(nameDecomposed));
        Assert.False(PersonName.TryParse(nameDecomposed + "A\u0301", out _));
    }

    [Fact]
    public void A_name_that_normalizes_past_the_limit_is_refused_and_every_accepted_name_parses_back()
    {
        Assert.False(PersonName.TryParse(new string('\u0958', 101), out _)); // 202 characters once normalized
        Assert.Contains("longer than 200 characters", Assert.Throws<ValueFormatException>(() => PersonName.Parse(new string('\u0958', 101))).Message, StringComparison.Ordinal);
        var tooLong = new string('\u0958', 101);
        var spacedTooLong = "Rosa" + new string(' ', 300) + new string('\u0958', 99);
        Assert.Equal(0, Allocations.Measure(() => PersonName.TryParse(tooLong, out _)));
        Assert.Equal(0, Allocations.Measure(() => PersonName.TryParse(spacedTooLong, out _)));
        var name = PersonName.Parse(new string('\u0958', 100));
        Assert.Equal(name, PersonName.Parse(name.ToString()));

        // Spaces collapse and text normalizes: the stored form is what the limit is about.
        var spaced = PersonName.Parse("Rosa" + new string(' ', 150) + string.Concat(Enumerable.Repeat("I\u0301", 90)));
        Assert.Equal(spaced, PersonName.Parse(spaced.ToString()));
    }

    /// <summary>
    /// Pieces of text as (any form, its NFD form, the length of its NFC form), chosen so that no two pieces compose with
    /// each other: a text made of them has both forms, and its NFC length, by construction (the framework cannot
    /// normalize with invariant globalization on, and the library's own normalization is what is under test).
    /// </summary>
    private static readonly (string Text, string Decomposed, int NfcLength)[] Pieces =
    [
        ("a", "a", 1), ("é", "e\u0301", 1), ("e\u0301", "e\u0301", 1), ("\uFB2C", "\u05E9\u05BC\u05C1", 3), ("\u0958", "\u0915\u093C", 2),
        ("\u0F73", "\u0F71\u0F72", 2), ("ñ", "n\u0303", 1), ("\uAC01", "\u1100\u1161\u11A8", 1), ("\u1100\u1161\u11A8", "\u1100\u1161\u11A8", 1), ("o", "o", 1),
    ];

    [Fact]
    public void Generated_texts_near_the_limits_are_accepted_alike_in_every_form_and_read_back()
    {
        var random = new Random(1201);
        var (accepted, refused) = (0, 0);
        for (var i = 0; i < 600; i++)
        {
            var limit = i % 2 == 0 ? LocalizedText.MaxLength : PersonName.MaxLength;
            var (text, decomposed, nfcLength) = (new StringBuilder("A"), new StringBuilder("A"), 1);
            var target = limit - (limit / 20) + random.Next(limit / 10);
            while (nfcLength < target)
            {
                var piece = Pieces[random.Next(Pieces.Length)];
                text.Append(piece.Text);
                decomposed.Append(piece.Decomposed);
                nfcLength += piece.NfcLength;
            }

            if (limit == LocalizedText.MaxLength)
            {
                var ok = LocalizedText.TryCreate(text.ToString(), null, out var value);
                Assert.Equal(nfcLength <= limit, ok);
                Assert.Equal(ok, LocalizedText.TryCreate(decomposed.ToString(), null, out var fromDecomposed));
                if (ok)
                {
                    Assert.Equal(nfcLength, value.Spanish!.Length);
                    Assert.Equal(value, fromDecomposed);
                    Assert.Equal(value, LocalizedText.Create(value.Spanish, null));
                    Assert.Equal(value, JsonSerializer.Deserialize<LocalizedText>(JsonSerializer.Serialize(value)));
                }

                (accepted, refused) = ok ? (accepted + 1, refused) : (accepted, refused + 1);
            }
            else
            {
                var ok = PersonName.TryParse(text.ToString(), out var name);
                Assert.Equal(nfcLength <= limit, ok);
                Assert.Equal(ok, PersonName.TryParse(decomposed.ToString(), out var fromDecomposed));
                if (ok)
                {
                    Assert.Equal(name, fromDecomposed);
                    Assert.Equal(name, PersonName.Parse(name.ToString()));
                    Assert.Equal(name, JsonSerializer.Deserialize<PersonName>(JsonSerializer.Serialize(name)));
                }

                (accepted, refused) = ok ? (accepted + 1, refused) : (accepted, refused + 1);
            }
        }

        Assert.True(accepted > 100 && refused > 100, $"{accepted} accepted, {refused} refused");
    }

    [Fact]
    public void The_pieces_are_what_the_framework_says_where_it_can_normalize()
    {
        try
        {
            _ = "\u00E9".Normalize(NormalizationForm.FormD);
        }
        catch (PlatformNotSupportedException)
        {
            return;
        }

        if ("\u00E9".Normalize(NormalizationForm.FormD).Length != 2)
        {
            return; // invariant globalization: the framework does not normalize
        }

        foreach (var (text, decomposed, nfcLength) in Pieces)
        {
            Assert.Equal(decomposed, text.Normalize(NormalizationForm.FormD));
            Assert.Equal(nfcLength, text.Normalize().Length);
        }
    }
}
