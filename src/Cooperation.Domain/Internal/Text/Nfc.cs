using System;
using System.Buffers;

namespace Cooperation.Domain.Internal.Text;

/// <summary>
/// Unicode Normalization Form C (UAX #15) on the generated <see cref="UnicodeTables"/>, without ICU:
/// the framework's normalization does not compose under invariant globalization, and the library
/// must give the same results in both modes.
/// </summary>
/// <remarks>
/// Lone surrogates are left as they are (treated as starters that never compose); callers reject them separately.
/// Code points unassigned in <see cref="UnicodeTables.UnicodeVersion"/> are treated as inert starters.
/// </remarks>
internal static class Nfc
{
    // Hangul syllable arithmetic (The Unicode Standard, section 3.12): syllables are not in the tables.

    /// <summary>First precomposed Hangul syllable.</summary>
    private const int HangulSBase = 0xAC00;

    /// <summary>First leading consonant jamo (L).</summary>
    private const int HangulLBase = 0x1100;

    /// <summary>First vowel jamo (V).</summary>
    private const int HangulVBase = 0x1161;

    /// <summary>One before the first trailing consonant jamo (T): TBase itself means "no T".</summary>
    private const int HangulTBase = 0x11A7;

    /// <summary>Number of leading consonants.</summary>
    private const int HangulLCount = 19;

    /// <summary>Number of vowels.</summary>
    private const int HangulVCount = 21;

    /// <summary>Number of trailing consonants, plus one for "none".</summary>
    private const int HangulTCount = 28;

    /// <summary>Syllables per leading consonant.</summary>
    private const int HangulNCount = HangulVCount * HangulTCount;

    /// <summary>Number of precomposed syllables.</summary>
    private const int HangulSCount = HangulLCount * HangulNCount;

    // The working buffer packs each code point (21 bits) with its combining class (8 bits above it),
    // so reordering and composition look the class up once per code point.

    /// <summary>Bits of a packed buffer entry that hold the code point.</summary>
    private const int CodePointMask = 0x1F_FFFF;

    /// <summary>Shift of the combining class within a packed buffer entry.</summary>
    private const int ClassShift = 21;

    /// <summary>Runs of non-starters up to this length are insertion-sorted; longer ones use a keyed sort (no quadratic worst case).</summary>
    private const int InsertionSortLimit = 16;

    /// <summary>Result of the NFC quick check (UAX #15, section 9).</summary>
    private enum QuickCheckResult
    {
        /// <summary>Certainly NFC.</summary>
        Yes,

        /// <summary>Certainly not NFC.</summary>
        No,

        /// <summary>Undecided: only normalizing tells.</summary>
        Maybe,
    }

    /// <summary>
    /// Returns the NFC form of <paramref name="text"/>: the same instance, without allocating, when it is already NFC.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        int first = IndexOfFirstNonTrivial(text);
        if (first < 0)
        {
            return text;
        }

        ReadOnlySpan<char> span = text.AsSpan();
        QuickCheckResult check = QuickCheck(span[first..]);
        if (check == QuickCheckResult.Yes)
        {
            return text;
        }

        int start = SafeStart(first);
        int[] buffer = NormalizeToBuffer(span[start..], out int count);
        try
        {
            if (check == QuickCheckResult.Maybe && Matches(span[start..], buffer.AsSpan(0, count)))
            {
                return text;
            }

            return BuildString(span[..start], buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The most UTF-16 units of input per unit of its NFC form: every code point of the NFC form stands for at most
    /// <see cref="UnicodeTables.MaxDecompositionLength"/> code points of any equivalent text, each of at most two units.
    /// Text longer than a limit times this cannot normalize to within the limit.
    /// </summary>
    public const int MaxInputUnitsPerNormalizedUnit = 2 * UnicodeTables.MaxDecompositionLength;

    /// <summary>
    /// The length in UTF-16 units of the NFC form of <paramref name="text"/>, computed without building it (the working
    /// buffer is pooled): what a length limit on normalized text is checked against.
    /// </summary>
    /// <remarks>
    /// Text already in NFC, what the canonical writer emits, costs one quick check. Other text is normalized twice when
    /// it is accepted (once to measure, once to build): the price of refusing without allocating, and of checking every
    /// text of a value before building any of them.
    /// </remarks>
    public static int NormalizedLength(ReadOnlySpan<char> text)
    {
        int first = IndexOfFirstNonTrivial(text);
        if (first < 0 || QuickCheck(text[first..]) == QuickCheckResult.Yes)
        {
            return text.Length;
        }

        int start = SafeStart(first);
        int[] buffer = NormalizeToBuffer(text[start..], out int count);
        try
        {
            int length = start;
            foreach (int entry in buffer.AsSpan(0, count))
            {
                length += (entry & CodePointMask) > 0xFFFF ? 2 : 1;
            }

            return length;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>True when <paramref name="text"/> is in NFC.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> text)
    {
        int first = IndexOfFirstNonTrivial(text);
        if (first < 0)
        {
            return true;
        }

        switch (QuickCheck(text[first..]))
        {
            case QuickCheckResult.Yes:
                return true;
            case QuickCheckResult.No:
                return false;
        }

        int start = SafeStart(first);
        int[] buffer = NormalizeToBuffer(text[start..], out int count);
        try
        {
            return Matches(text[start..], buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>Canonical combining class of <paramref name="codePoint"/> (0 for starters, unassigned code points and lone surrogates).</summary>
    public static int GetCombiningClass(int codePoint)
    {
        if (codePoint < UnicodeTables.FastPathLimit)
        {
            return 0;
        }

        int index = FindRange(UnicodeTables.CombiningClassStarts, codePoint);
        return index >= 0 && codePoint <= UnicodeTables.CombiningClassEnds[index] ? UnicodeTables.CombiningClassValues[index] : 0;
    }

    /// <summary>
    /// The chars below <see cref="UnicodeTables.FastPathLimit"/>, for a vectorized scan. A SearchValues rather than
    /// IndexOfAnyInRange, which was seen to allocate on every call before the JIT optimizes the caller.
    /// </summary>
    private static readonly SearchValues<char> TrivialChars = CreateTrivialChars();

    /// <summary>Builds <see cref="TrivialChars"/>: U+0000 to the char before the fast-path limit.</summary>
    private static SearchValues<char> CreateTrivialChars()
    {
        Span<char> chars = stackalloc char[UnicodeTables.FastPathLimit];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)i;
        }

        return SearchValues.Create(chars);
    }

    /// <summary>Index of the first char at or above <see cref="UnicodeTables.FastPathLimit"/>, or -1: text below it is always NFC.</summary>
    private static int IndexOfFirstNonTrivial(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(TrivialChars);

    /// <summary>
    /// Where normalization must begin when <paramref name="first"/> is the first char at or above the fast-path limit:
    /// the char before it may decompose or compose with what follows, but nothing earlier can (the generator asserts
    /// that chars below the limit are starters, never the second of a composition, and decompose to a starter first).
    /// </summary>
    private static int SafeStart(int first) => first > 0 ? first - 1 : 0;

    /// <summary>The quick check of UAX #15, for text whose preceding chars (if any) are all below the fast-path limit.</summary>
    private static QuickCheckResult QuickCheck(ReadOnlySpan<char> text)
    {
        var result = QuickCheckResult.Yes;
        int lastClass = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = ReadCodePoint(text, ref i);
            if (codePoint < UnicodeTables.FastPathLimit)
            {
                lastClass = 0;
                continue;
            }

            int combiningClass = GetCombiningClass(codePoint);
            if (combiningClass != 0 && lastClass > combiningClass)
            {
                return QuickCheckResult.No;
            }

            byte value = GetQuickCheckValue(codePoint);
            if (value == UnicodeTables.QuickCheckNo)
            {
                return QuickCheckResult.No;
            }

            if (value == UnicodeTables.QuickCheckMaybe)
            {
                result = QuickCheckResult.Maybe;
            }

            lastClass = combiningClass;
        }

        return result;
    }

    /// <summary>NFC_QC of <paramref name="codePoint"/> as stored in the tables: 0 (Yes), Maybe or No.</summary>
    private static byte GetQuickCheckValue(int codePoint)
    {
        int index = FindRange(UnicodeTables.QuickCheckStarts, codePoint);
        return index >= 0 && codePoint <= UnicodeTables.QuickCheckEnds[index] ? UnicodeTables.QuickCheckValues[index] : (byte)0;
    }

    /// <summary>
    /// Reads the code point at <paramref name="index"/>, advancing it past a low surrogate when a valid pair is read.
    /// A lone surrogate is returned as its own value.
    /// </summary>
    private static int ReadCodePoint(ReadOnlySpan<char> text, ref int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            index++;
            return char.ConvertToUtf32(c, text[index]);
        }

        return c;
    }

    /// <summary>
    /// Decomposes, reorders and composes <paramref name="text"/> into a rented buffer of packed entries
    /// (<paramref name="count"/> of them); the caller returns the buffer to the pool.
    /// </summary>
    private static int[] NormalizeToBuffer(ReadOnlySpan<char> text, out int count)
    {
        int[] buffer = ArrayPool<int>.Shared.Rent(text.Length + 16);
        count = 0;
        try
        {
            Decompose(text, ref buffer, ref count);
            Reorder(buffer.AsSpan(0, count));
            count = Compose(buffer.AsSpan(0, count));
            return buffer;
        }
        catch
        {
            ArrayPool<int>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Appends the full canonical decomposition of every code point of <paramref name="text"/>, packed with its class.</summary>
    private static void Decompose(ReadOnlySpan<char> text, ref int[] buffer, ref int count)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = ReadCodePoint(text, ref i);
            EnsureRoom(ref buffer, count, Math.Max(UnicodeTables.MaxDecompositionLength, 3));

            int syllable = codePoint - HangulSBase;
            if ((uint)syllable < HangulSCount)
            {
                buffer[count++] = HangulLBase + (syllable / HangulNCount);
                buffer[count++] = HangulVBase + (syllable % HangulNCount / HangulTCount);
                if (syllable % HangulTCount != 0)
                {
                    buffer[count++] = HangulTBase + (syllable % HangulTCount);
                }

                continue;
            }

            int index = IndexOf(UnicodeTables.DecompositionCodePoints, codePoint);
            if (index < 0)
            {
                buffer[count++] = Pack(codePoint);
                continue;
            }

            int end = UnicodeTables.DecompositionOffsets[index + 1];
            for (int j = UnicodeTables.DecompositionOffsets[index]; j < end; j++)
            {
                buffer[count++] = Pack(UnicodeTables.DecompositionData[j]);
            }
        }
    }

    /// <summary>A buffer entry: the code point with its combining class above it.</summary>
    private static int Pack(int codePoint) => codePoint | (GetCombiningClass(codePoint) << ClassShift);

    /// <summary>The combining class of a packed buffer entry.</summary>
    private static int ClassOf(int entry) => entry >> ClassShift;

    /// <summary>Grows the rented buffer so that <paramref name="needed"/> more entries fit after <paramref name="count"/>.</summary>
    private static void EnsureRoom(ref int[] buffer, int count, int needed)
    {
        if (buffer.Length - count >= needed)
        {
            return;
        }

        int[] larger = ArrayPool<int>.Shared.Rent(checked(Math.Max(buffer.Length * 2, count + needed)));
        buffer.AsSpan(0, count).CopyTo(larger);
        ArrayPool<int>.Shared.Return(buffer);
        buffer = larger;
    }

    /// <summary>Canonical ordering: stably sorts each run of non-starters by combining class.</summary>
    private static void Reorder(Span<int> entries)
    {
        int i = 0;
        while (i < entries.Length)
        {
            if (ClassOf(entries[i]) == 0)
            {
                i++;
                continue;
            }

            int runStart = i;
            while (i < entries.Length && ClassOf(entries[i]) != 0)
            {
                i++;
            }

            SortRun(entries[runStart..i]);
        }
    }

    /// <summary>Stable sort of one run of non-starters by combining class.</summary>
    private static void SortRun(Span<int> run)
    {
        if (run.Length <= InsertionSortLimit)
        {
            for (int i = 1; i < run.Length; i++)
            {
                int entry = run[i];
                int j = i - 1;
                while (j >= 0 && ClassOf(run[j]) > ClassOf(entry))
                {
                    run[j + 1] = run[j];
                    j--;
                }

                run[j + 1] = entry;
            }

            return;
        }

        // Keys (class, position) are unique, so the unstable span sort gives the stable order.
        long[] keys = ArrayPool<long>.Shared.Rent(run.Length);
        try
        {
            Span<long> keySpan = keys.AsSpan(0, run.Length);
            for (int i = 0; i < run.Length; i++)
            {
                keySpan[i] = ((long)ClassOf(run[i]) << 32) | (uint)i;
            }

            keySpan.Sort(run);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
        }
    }

    /// <summary>Canonical composition in place (UAX #15); returns the new number of entries.</summary>
    private static int Compose(Span<int> entries)
    {
        int starterIndex = -1;
        int starter = 0;

        // Class of the last entry kept after the starter; -1 when none was (the next entry is adjacent to it).
        int lastClass = -1;
        int written = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            int entry = entries[i];
            int codePoint = entry & CodePointMask;
            int combiningClass = ClassOf(entry);

            // Not blocked: adjacent to the starter, or every entry between has a lower, non-zero class.
            if (starterIndex >= 0 && (lastClass == -1 || lastClass < combiningClass)
                && TryCompose(starter, codePoint, out int composite))
            {
                starter = composite;
                entries[starterIndex] = composite; // primary composites are starters: class 0
                continue;
            }

            if (combiningClass == 0)
            {
                starterIndex = written;
                starter = codePoint;
                lastClass = -1;
            }
            else
            {
                lastClass = combiningClass;
            }

            entries[written++] = entry;
        }

        return written;
    }

    /// <summary>The primary composite of <paramref name="first"/> and <paramref name="second"/>, Hangul included, if any.</summary>
    private static bool TryCompose(int first, int second, out int composite)
    {
        int l = first - HangulLBase;
        int v = second - HangulVBase;
        if ((uint)l < HangulLCount && (uint)v < HangulVCount)
        {
            composite = HangulSBase + (((l * HangulVCount) + v) * HangulTCount);
            return true;
        }

        int s = first - HangulSBase;
        int t = second - HangulTBase;
        if ((uint)s < HangulSCount && s % HangulTCount == 0 && t > 0 && t < HangulTCount)
        {
            composite = first + t;
            return true;
        }

        ReadOnlySpan<int> firsts = UnicodeTables.CompositionFirsts;
        ReadOnlySpan<int> seconds = UnicodeTables.CompositionSeconds;
        int low = 0;
        int high = firsts.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = firsts[middle] != first ? firsts[middle].CompareTo(first) : seconds[middle].CompareTo(second);
            if (order == 0)
            {
                composite = UnicodeTables.CompositionResults[middle];
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        composite = 0;
        return false;
    }

    /// <summary>Index of the last entry of the ascending <paramref name="starts"/> at or below <paramref name="codePoint"/>, or -1.</summary>
    private static int FindRange(ReadOnlySpan<int> starts, int codePoint)
    {
        int index = BinarySearch(starts, codePoint);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Index of <paramref name="codePoint"/> in the ascending <paramref name="values"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<int> values, int codePoint)
    {
        int index = codePoint < values[0] ? -1 : BinarySearch(values, codePoint);
        return index >= 0 ? index : -1;
    }

    /// <summary>
    /// Binary search of ascending ints: the index, or the complement of where it would go. Written out because
    /// MemoryExtensions.BinarySearch(span, int) binds to the IComparable overload, which boxes on every call.
    /// </summary>
    private static int BinarySearch(ReadOnlySpan<int> values, int value)
    {
        int low = 0;
        int high = values.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int current = values[middle];
            if (current == value)
            {
                return middle;
            }

            if (current < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    /// <summary>Number of UTF-16 chars the packed entries encode to.</summary>
    private static int Utf16Length(ReadOnlySpan<int> entries)
    {
        int length = entries.Length;
        foreach (int entry in entries)
        {
            if ((entry & CodePointMask) > char.MaxValue)
            {
                length++;
            }
        }

        return length;
    }

    /// <summary>Writes the packed entries as UTF-16 (lone surrogates come back as they went in).</summary>
    private static void WriteUtf16(ReadOnlySpan<int> entries, Span<char> destination)
    {
        int position = 0;
        foreach (int entry in entries)
        {
            int codePoint = entry & CodePointMask;
            if (codePoint > char.MaxValue)
            {
                codePoint -= 0x10000;
                destination[position++] = (char)(0xD800 + (codePoint >> 10));
                destination[position++] = (char)(0xDC00 + (codePoint & 0x3FF));
            }
            else
            {
                destination[position++] = (char)codePoint;
            }
        }
    }

    /// <summary>True when the packed entries encode exactly <paramref name="text"/>: normalization changed nothing.</summary>
    private static bool Matches(ReadOnlySpan<char> text, ReadOnlySpan<int> entries)
    {
        int position = 0;
        foreach (int entry in entries)
        {
            int codePoint = entry & CodePointMask;
            if (codePoint > char.MaxValue)
            {
                if (position + 1 >= text.Length || !char.IsSurrogatePair(text[position], text[position + 1])
                    || char.ConvertToUtf32(text[position], text[position + 1]) != codePoint)
                {
                    return false;
                }

                position += 2;
            }
            else
            {
                if (position >= text.Length || text[position] != codePoint)
                {
                    return false;
                }

                position++;
            }
        }

        return position == text.Length;
    }

    /// <summary>The unchanged <paramref name="prefix"/> followed by the normalized entries, as a new string.</summary>
    private static string BuildString(ReadOnlySpan<char> prefix, ReadOnlySpan<int> entries)
    {
        int length = checked(prefix.Length + Utf16Length(entries));
        char[]? rented = null;
        Span<char> chars = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            prefix.CopyTo(chars);
            WriteUtf16(entries, chars[prefix.Length..]);
            return new string(chars[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
