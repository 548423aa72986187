using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Tests.Internal.Text;

public class NfcTests
{
    // Literal expectations: these must hold with and without ICU. Strings are written with escapes so the
    // source file's own normalization cannot change what is tested.

    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII, 123.")]
    [InlineData("M\u00E9xico")]
    [InlineData("Reuni\u00F3n")]
    [InlineData("\u00C5ngstr\u00F6m \u03A9 K \u1EAD")]
    [InlineData("\uAC00\uD7A3 \u4E2D\u6587")]
    [InlineData("\U0001D11E clef")]
    [InlineData("x\u0323\u0301")] // marks in canonical order that compose with nothing
    [InlineData("\u0915\u093C")] // the decomposition of an excluded composite
    public void AlreadyNfcReturnsTheSameInstance(string text)
    {
        Assert.Same(text, Nfc.Normalize(text));
        Assert.True(Nfc.IsNormalized(text));
    }

    [Theory]
    [InlineData("Me\u0301xico", "M\u00E9xico")]
    [InlineData("Reunio\u0301n", "Reuni\u00F3n")]
    [InlineData("M\u00E9xico y Reunio\u0301n", "M\u00E9xico y Reuni\u00F3n")] // mixed composed and decomposed
    [InlineData("a\u0323\u0302", "\u1EAD")] // canonical order already
    [InlineData("a\u0302\u0323", "\u1EAD")] // needs reordering: U+0323 (220) before U+0302 (230)
    [InlineData("\u00E2\u0323", "\u1EAD")] // precomposed base then a lower-class mark
    [InlineData("\u1EA1\u0302", "\u1EAD")]
    [InlineData("e\u0301\u0301", "\u00E9\u0301")] // the second acute is blocked by the first
    [InlineData("a\u0305\u0301", "a\u0305\u0301")] // acute blocked by an overline of the same class
    [InlineData("a\u0316\u0301", "\u00E1\u0316")] // ... but not by a mark of a lower class
    [InlineData("a\u0308\u0304", "\u01DF")] // two-step composition: a + diaeresis, then + macron
    [InlineData("\u1100\u1161", "\uAC00")] // Hangul L + V
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul L + V + T
    [InlineData("\uAC00\u11A8", "\uAC01")] // Hangul LV + T
    [InlineData("\u1112\u1175\u11C2", "\uD7A3")] // last syllable
    [InlineData("\u1100\u11A8", "\u1100\u11A8")] // L + T does not compose
    [InlineData("\uAC01\u11A8", "\uAC01\u11A8")] // LVT + T does not compose
    [InlineData("\U0001109A", "\U0001109A")] // KAITHI LETTER DDDHA: supplementary primary composite
    [InlineData("\U00011099\U000110BA", "\U0001109A")] // ... composed from its supplementary decomposition
    [InlineData("\U0001D15E", "\U0001D157\U0001D165")] // MUSICAL SYMBOL HALF NOTE: excluded, stays decomposed
    [InlineData("x\U0001D165\u0301", "x\U0001D165\u0301")] // supplementary mark (216) before acute (230)
    [InlineData("x\u0301\U0001D165", "x\U0001D165\u0301")] // ... reordered across a surrogate pair
    [InlineData("\u0958", "\u0915\u093C")] // composition exclusion: DEVANAGARI QA
    [InlineData("\u0915\u093C", "\u0915\u093C")] // ... and its decomposition does not compose
    [InlineData("\u212B", "\u00C5")] // singleton: ANGSTROM SIGN
    [InlineData("A\u030A", "\u00C5")]
    [InlineData("\u2126", "\u03A9")] // singleton: OHM SIGN
    [InlineData("\u212A", "K")] // singleton: KELVIN SIGN
    [InlineData("\u0344", "\u0308\u0301")] // non-starter decomposition
    [InlineData("\u0301a", "\u0301a")] // a leading mark has no starter to compose with
    [InlineData("\u0B47\u0B3E", "\u0B4B")] // two starters that compose
    [InlineData("\u0B47\u0301\u0B3E", "\u0B47\u0301\u0B3E")] // ... blocked by a mark between them
    [InlineData("\uFB2C", "\u05E9\u05BC\u05C1")] // excluded Hebrew presentation form, marks reordered
    public void NormalizesToNfc(string input, string expected)
    {
        string actual = Nfc.Normalize(input);
        Assert.Equal(Codes(expected), Codes(actual));
        Assert.True(Nfc.IsNormalized(actual));
        Assert.Equal(input == expected, Nfc.IsNormalized(input));
        Assert.Same(actual, Nfc.Normalize(actual));
    }

    [Theory]
    [InlineData("\u212B", false)]
    [InlineData("\u2126", false)]
    [InlineData("\u212A", false)]
    [InlineData("\u0958", false)]
    [InlineData("\u0915\u093C", true)]
    [InlineData("a\u0302\u0323", false)]
    [InlineData("a\u0323\u0302", false)]
    [InlineData("\u1EAD", true)]
    [InlineData("\u1100\u1161", false)]
    [InlineData("\uAC00", true)]
    [InlineData("\u00E9", true)]
    [InlineData("e\u0301", false)]
    [InlineData("\u0301", true)]
    [InlineData("x\u0323\u0301", true)]
    [InlineData("x\u0301\u0323", false)]
    public void IsNormalizedAnswers(string text, bool expected)
    {
        Assert.Equal(expected, Nfc.IsNormalized(text));
    }

    [Fact]
    public void LeavesLoneSurrogatesAlone()
    {
        // Not [InlineData]: the runner cannot tell lone surrogates apart in test names.
        string[] texts = ["\uD800", "\uDC00", "a\uDC00\u0301b", "\uD800\u0301\uDC00", "\u00E9\uD83D", "\uDFFF\uD800"];
        foreach (string text in texts)
        {
            Assert.Same(text, Nfc.Normalize(text));
            Assert.True(Nfc.IsNormalized(text));
        }
    }

    [Fact]
    public void NormalizesAroundLoneSurrogates()
    {
        Assert.Equal("\uD800\u00E9\uDC00", Nfc.Normalize("\uD800e\u0301\uDC00"));
        Assert.Equal("\u00E9\uD83D", Nfc.Normalize("e\u0301\uD83D"));
    }

    [Fact]
    public void ReordersLongRunsOfMarksStably()
    {
        // Longer than the insertion-sort limit: 40 marks of alternating classes 230 and 220.
        var input = new StringBuilder("x");
        var expected = new StringBuilder("x");
        for (int i = 0; i < 20; i++)
        {
            input.Append(i % 2 == 0 ? "\u0301\u0323" : "\u0300\u0316");
        }

        for (int i = 0; i < 20; i++)
        {
            expected.Append(i % 2 == 0 ? '\u0323' : '\u0316');
        }

        for (int i = 0; i < 20; i++)
        {
            expected.Append(i % 2 == 0 ? '\u0301' : '\u0300');
        }

        Assert.Equal(Codes(expected.ToString()), Codes(Nfc.Normalize(input.ToString())));
    }

    [Fact]
    public void NormalizesLongText()
    {
        var input = new StringBuilder();
        var expected = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            input.Append("Reunio\u0301n \uAC00\U0001D15E ");
            expected.Append("Reuni\u00F3n \uAC00\U0001D157\U0001D165 ");
        }

        Assert.Equal(expected.ToString(), Nfc.Normalize(input.ToString()));
    }

    [Fact]
    public void CheckingNormalizedTextDoesNotAllocate()
    {
        const string Text = "Reuni\u00F3n M\u00E9xico \u1EAD \uAC01 \U0001109A";
        Assert.Same(Text, Nfc.Normalize(Text)); // warm up
        int failures = 0;
        long allocated = Cooperation.Domain.Tests.Support.Allocations.Measure(() =>
        {
            if (!ReferenceEquals(Text, Nfc.Normalize(Text)) || !Nfc.IsNormalized(Text))
            {
                failures++;
            }
        });
        Assert.Equal(0, failures);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void TablesAreConsistent()
    {
        Assert.Equal(UnicodeTables.CombiningClassStarts.Length, UnicodeTables.CombiningClassEnds.Length);
        Assert.Equal(UnicodeTables.CombiningClassStarts.Length, UnicodeTables.CombiningClassValues.Length);
        Assert.Equal(UnicodeTables.DecompositionCodePoints.Length + 1, UnicodeTables.DecompositionOffsets.Length);
        Assert.Equal(UnicodeTables.DecompositionData.Length, UnicodeTables.DecompositionOffsets[^1]);
        Assert.Equal(UnicodeTables.CompositionFirsts.Length, UnicodeTables.CompositionSeconds.Length);
        Assert.Equal(UnicodeTables.CompositionFirsts.Length, UnicodeTables.CompositionResults.Length);
        Assert.Equal(UnicodeTables.QuickCheckStarts.Length, UnicodeTables.QuickCheckEnds.Length);
        Assert.Equal(UnicodeTables.QuickCheckStarts.Length, UnicodeTables.QuickCheckValues.Length);
        Assert.Equal(230, Nfc.GetCombiningClass(0x0301));
        Assert.Equal(216, Nfc.GetCombiningClass(0x1D165));
        Assert.Equal(0, Nfc.GetCombiningClass('a'));

        // Every decomposable code point normalizes to its composition of its own decomposition, and every
        // primary composite is NFC and is what its pair composes to.
        ReadOnlySpan<int> firsts = UnicodeTables.CompositionFirsts;
        for (int i = 0; i < firsts.Length; i++)
        {
            string composite = char.ConvertFromUtf32(UnicodeTables.CompositionResults[i]);
            string pair = char.ConvertFromUtf32(firsts[i]) + char.ConvertFromUtf32(UnicodeTables.CompositionSeconds[i]);
            Assert.Same(composite, Nfc.Normalize(composite));
            Assert.Equal(composite, Nfc.Normalize(pair));
        }
    }

    // Differential test against ICU: only meaningful while ICU is the framework's normalizer.

    [IcuFact]
    public void AgreesWithIcu()
    {
        // Code points assigned in .NET's Unicode data, each marked with whether ICU gives it normalization data.
        var assigned = new List<int>();
        var icuData = new HashSet<int>();
        for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (IsAssignedInDotNet(codePoint))
            {
                assigned.Add(codePoint);
                if (!IsInertInIcu(codePoint))
                {
                    icuData.Add(codePoint);
                }
            }
        }

        HashSet<int> skewed = FindVersionSkew(icuData);

        // Every assigned BMP code point, and every supplementary one with normalization data here or in ICU,
        // alone and followed by marks that exercise reordering, blocking and composition.
        string[] suffixes =
        [
            "", "\u0301", "\u0302\u0323", "\u031B\u0323\u0301", "\u0345\u0308", "\u05B4\u05BC",
            "\u0F72\u0F71", "\u093C\u0B3E", "\u1161\u11A8", "\U0001D165\u0300",
        ];
        var bases = new List<int>();
        var pool = new List<int>();
        foreach (int codePoint in assigned)
        {
            if (skewed.Contains(codePoint))
            {
                continue;
            }

            bool hasData = HasData(codePoint) || icuData.Contains(codePoint);
            if (codePoint <= 0xFFFF || hasData)
            {
                bases.Add(codePoint);
            }

            if (hasData)
            {
                pool.Add(codePoint);
            }
        }

        foreach (int codePoint in bases)
        {
            string text = char.ConvertFromUtf32(codePoint);
            foreach (string suffix in suffixes)
            {
                AssertSameAsIcu(text + suffix);
            }
        }

        // Random sequences (fixed seed) drawn from the code points with normalization data plus a few inert ones.
        pool.AddRange([(int)'a', (int)'e', (int)'A', (int)' ', 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x4E2D, 0x1F600]);
        var random = new Random(20240611);
        var builder = new StringBuilder();
        for (int n = 0; n < 20_000; n++)
        {
            builder.Clear();
            int length = random.Next(1, 10);
            for (int k = 0; k < length; k++)
            {
                builder.Append(char.ConvertFromUtf32(pool[random.Next(pool.Count)]));
            }

            AssertSameAsIcu(builder.ToString());
        }
    }

    /// <summary>
    /// Code points to leave out of the differential test because ICU's Unicode is newer than the tables'
    /// (Python's unicodedata, <see cref="UnicodeTables.UnicodeVersion"/>). The stability policy keeps the
    /// decomposition and combining class of an assigned character fixed forever, so a difference can only come
    /// from characters added since: the tables have no data for them, ICU gives them a decomposition or a
    /// non-zero class. Those are left out, with what they decompose to in ICU (a new composite may compose from
    /// older characters). A character with data in the tables is never left out, so wrong data still fails.
    /// </summary>
    private static HashSet<int> FindVersionSkew(HashSet<int> icuData)
    {
        var skewed = new HashSet<int>();
        foreach (int codePoint in icuData)
        {
            if (!HasData(codePoint))
            {
                skewed.Add(codePoint);
                string decomposed = char.ConvertFromUtf32(codePoint).Normalize(NormalizationForm.FormD);
                for (int i = 0; i < decomposed.Length; i += char.IsSurrogatePair(decomposed, i) ? 2 : 1)
                {
                    skewed.Add(char.ConvertToUtf32(decomposed, i));
                }
            }
        }

        // Guard against the filter hiding lost tables: only characters newer than the tables can be here.
        Assert.True(skewed.Count < 1000, $"{skewed.Count} code points have normalization data in ICU but not here");
        return skewed;
    }

    /// <summary>Not a surrogate and not OtherNotAssigned in .NET's Unicode data (ICU rejects lone surrogates).</summary>
    private static bool IsAssignedInDotNet(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is not UnicodeCategory.OtherNotAssigned and not UnicodeCategory.PrivateUse;
    }

    /// <summary>True when the generated tables say anything about the code point (Hangul included).</summary>
    private static bool HasData(int codePoint) => DataCodePoints.Contains(codePoint)
        || codePoint is >= 0xAC00 and <= 0xD7A3 or >= 0x1100 and <= 0x1112 or >= 0x1161 and <= 0x1175 or >= 0x11A8 and <= 0x11C2;

    /// <summary>Every code point that appears anywhere in the generated tables.</summary>
    private static readonly HashSet<int> DataCodePoints = CollectDataCodePoints();

    /// <summary>Builds <see cref="DataCodePoints"/> from every table.</summary>
    private static HashSet<int> CollectDataCodePoints()
    {
        var set = new HashSet<int>();
        AddRanges(set, UnicodeTables.CombiningClassStarts, UnicodeTables.CombiningClassEnds);
        AddRanges(set, UnicodeTables.QuickCheckStarts, UnicodeTables.QuickCheckEnds);
        foreach (int codePoint in UnicodeTables.DecompositionCodePoints)
        {
            set.Add(codePoint);
        }

        foreach (int codePoint in UnicodeTables.DecompositionData)
        {
            set.Add(codePoint);
        }

        foreach (int codePoint in UnicodeTables.CompositionFirsts)
        {
            set.Add(codePoint);
        }

        return set;
    }

    /// <summary>Adds every code point of the inclusive ranges.</summary>
    private static void AddRanges(HashSet<int> set, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        for (int i = 0; i < starts.Length; i++)
        {
            for (int codePoint = starts[i]; codePoint <= ends[i]; codePoint++)
            {
                set.Add(codePoint);
            }
        }
    }

    /// <summary>
    /// True when ICU gives the code point no decomposition and class 0, probed in one NFD check of U+093C (class 7),
    /// the code point, U+0334 (class 1): a decomposition changes the string, a class of 1 to 6 moves the code point
    /// before U+093C, a class above 1 moves U+0334 before it; a starter stays between them and nothing moves.
    /// </summary>
    private static bool IsInertInIcu(int codePoint) =>
        ("\u093C" + char.ConvertFromUtf32(codePoint) + "\u0334").IsNormalized(NormalizationForm.FormD);

    /// <summary>Fails unless Nfc and ICU agree on both the NFC form and whether it is normalized.</summary>
    private static void AssertSameAsIcu(string text)
    {
        string expected = text.Normalize(NormalizationForm.FormC);
        string actual = Nfc.Normalize(text);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"NFC of {Codes(text)}: ICU {Codes(expected)}, Nfc {Codes(actual)}");
        }

        bool icuSaysNormalized = text.IsNormalized(NormalizationForm.FormC);
        if (icuSaysNormalized != Nfc.IsNormalized(text))
        {
            Assert.Fail($"IsNormalized of {Codes(text)}: ICU {icuSaysNormalized}");
        }
    }

    /// <summary>Code points as "U+XXXX" for readable failures.</summary>
    private static string Codes(string text)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i++) : text[i];
            builder.Append(CultureInfo.InvariantCulture, $"U+{codePoint:X4} ");
        }

        return builder.ToString().TrimEnd();
    }
}

/// <summary>A fact that is skipped when ICU is off (invariant globalization), where the framework does not compose.</summary>
public sealed class IcuFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the process runs without ICU.</summary>
    public IcuFactAttribute()
    {
        if (IsInvariant())
        {
            Skip = "Invariant globalization: no ICU to compare with.";
        }
    }

    /// <summary>True under invariant globalization, by runtime switch or environment variable.</summary>
    public static bool IsInvariant()
    {
        if (AppContext.TryGetSwitch("System.Globalization.Invariant", out bool on) && on)
        {
            return true;
        }

        string? variable = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        return string.Equals(variable, "1", StringComparison.Ordinal)
            || string.Equals(variable, "true", StringComparison.OrdinalIgnoreCase);
    }
}
