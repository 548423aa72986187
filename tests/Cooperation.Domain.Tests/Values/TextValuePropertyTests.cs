using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Cooperation.Domain.Tests.Values;

/// <summary>FsCheck round-trip properties for the string-backed value types.</summary>
public class TextValuePropertyTests
{
    private static readonly Gen<char> SlugChar = Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray());

    private static Gen<string> Slugs()
        => from first in Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())
           from words in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 8).SelectMany(len => Gen.ArrayOf(SlugChar, len)), n))
           let text = first + string.Join("-", words.Select(w => new string(w)))
           where text.Length <= 64
           select text;

    private static Gen<string> Acronyms()
        => from first in Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".ToCharArray())
           from rest in Gen.Choose(1, 11).SelectMany(n => Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), n))
           select first + new string(rest);

    private static Gen<string> Words()
        => from words in Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Gen.Elements("Rosa", "Icela", "Rodríguez", "Velázquez", "Ebrard", "Peña", "O'Neill", "Ibarra-Ponce", "Ü", "Çelik", "Ñandú"), n))
           select string.Join(" ", words);

    [Fact]
    public void Identifiers_round_trip_through_text_and_json()
        => Check.QuickThrowOnFailure(Prop.ForAll(Slugs().ToArbitrary(), slug =>
        {
            var id = MechanismId.Parse(slug);
            return id.ToString() == slug
                && MechanismId.Parse(id.ToString()) == id
                && JsonSerializer.Deserialize<InstitutionId>(JsonSerializer.Serialize(InstitutionId.Parse(slug))) == InstitutionId.Parse(slug)
                && !MechanismId.TryParse(slug.ToUpperInvariant() + "X", null, out _);
        }));

    [Fact]
    public void Acronyms_normalize_to_upper_case_and_round_trip()
        => Check.QuickThrowOnFailure(Prop.ForAll(Acronyms().ToArbitrary(), text =>
        {
            var acronym = Acronym.Parse(text);
            return acronym.Value == text.ToUpperInvariant()
                && Acronym.Parse(acronym.ToString()) == acronym
                && Acronym.Parse(" " + text.ToLowerInvariant() + " ") == acronym;
        }));

    [Fact]
    public void Person_names_are_idempotent_under_normalization_and_json()
        => Check.QuickThrowOnFailure(Prop.ForAll(Words().ToArbitrary(), text =>
        {
            var name = PersonName.From("  " + text.Replace(" ", "   ", StringComparison.Ordinal) + " ");
            return name.Value == text
                && PersonName.From(name.Value) == name
                && JsonSerializer.Deserialize<PersonName>(JsonSerializer.Serialize(name)) == name;
        }));

    [Fact]
    public void Localized_text_round_trips_through_json_and_nfd()
        => Check.QuickThrowOnFailure(Prop.ForAll(Words().ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (text, which) =>
        {
            var value = which switch
            {
                0 => LocalizedText.FromSpanish(text),
                1 => LocalizedText.FromEnglish(text),
                _ => LocalizedText.Create(text, text + " (en)"),
            };
            var decomposed = LocalizedText.Create(Decompose(value.Spanish), Decompose(value.English));
            return JsonSerializer.Deserialize<LocalizedText>(JsonSerializer.Serialize(value)) == value && decomposed == value;
        }));

    // NFD of the few precomposed letters the generator uses, written out so the property does not depend on ICU.
    private static string? Decompose(string? text)
        => text?.Replace("í", "i\u0301", StringComparison.Ordinal).Replace("á", "a\u0301", StringComparison.Ordinal)
            .Replace("ñ", "n\u0303", StringComparison.Ordinal).Replace("Ñ", "N\u0303", StringComparison.Ordinal)
            .Replace("Ü", "U\u0308", StringComparison.Ordinal).Replace("Ç", "C\u0327", StringComparison.Ordinal)
            .Replace("ú", "u\u0301", StringComparison.Ordinal);
}
