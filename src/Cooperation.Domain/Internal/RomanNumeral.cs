using System;
using System.Runtime.CompilerServices;

namespace Cooperation.Domain.Internal;

/// <summary>
/// Canonical Roman numerals from I (1) to MMMCMXCIX (3 999): the subtractive forms IV, IX, XL, XC, CD and CM, and
/// at most three repeats of I, X, C and M. Non-canonical spellings ("IIII", "IC", "VX") are rejected rather than
/// summed, because a reader could not tell which number the writer meant.
/// </summary>
internal static class RomanNumeral
{
    /// <summary>The largest number with a canonical Roman numeral.</summary>
    public const int MaxValue = 3999;

    /// <summary>The longest canonical numeral: MMMDCCCLXXXVIII (3 888).</summary>
    public const int MaxLength = 15;

    /// <summary>True when every character is a Roman numeral letter, in either case.</summary>
    public static bool IsRomanLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ((c | 0x20) is not ('i' or 'v' or 'x' or 'l' or 'c' or 'd' or 'm'))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    /// <summary>
    /// Parses a canonical numeral in any case; false for anything else. Never throws. The caller has checked
    /// <see cref="IsRomanLetters"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        var i = 0;
        var total = Place(text, ref i, 'm', '\0', '\0') * 1000;
        total += Place(text, ref i, 'c', 'd', 'm') * 100;
        total += Place(text, ref i, 'x', 'l', 'c') * 10;
        total += Place(text, ref i, 'i', 'v', 'x');
        if (i != text.Length || total == 0)
        {
            return false;
        }

        value = total;
        return true;
    }

    /// <summary>Writes the canonical upper-case numeral for 1 to 3 999; false when it does not fit.</summary>
    public static bool TryFormat(int value, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (value is < 1 or > MaxValue)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var length = 0;
        length = Append(buffer, length, value / 1000, 'M', '\0', '\0');
        length = Append(buffer, length, value / 100 % 10, 'C', 'D', 'M');
        length = Append(buffer, length, value / 10 % 10, 'X', 'L', 'C');
        length = Append(buffer, length, value % 10, 'I', 'V', 'X');
        if (!buffer[..length].TryCopyTo(destination))
        {
            return false;
        }

        charsWritten = length;
        return true;
    }

    // One decimal place: "one" repeated up to three times, or one/five/ten in the subtractive patterns.
    // Letters are compared case-insensitively (the caller checked they are Roman letters, so | 0x20 lowercases).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Place(ReadOnlySpan<char> s, ref int i, char one, char five, char ten)
    {
        if (i < s.Length && (s[i] | 0x20) == one)
        {
            if (i + 1 < s.Length && ten != '\0' && (s[i + 1] | 0x20) == ten)
            {
                i += 2;
                return 9;
            }

            if (i + 1 < s.Length && five != '\0' && (s[i + 1] | 0x20) == five)
            {
                i += 2;
                return 4;
            }

            return Repeats(s, ref i, one);
        }

        if (five != '\0' && i < s.Length && (s[i] | 0x20) == five)
        {
            i++;
            return 5 + Repeats(s, ref i, one);
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Repeats(ReadOnlySpan<char> s, ref int i, char one)
    {
        var count = 0;
        while (count < 3 && i < s.Length && (s[i] | 0x20) == one)
        {
            i++;
            count++;
        }

        return count;
    }

    private static int Append(Span<char> buffer, int length, int digit, char one, char five, char ten)
    {
        switch (digit)
        {
            case 9:
                buffer[length++] = one;
                buffer[length++] = ten;
                return length;
            case 4:
                buffer[length++] = one;
                buffer[length++] = five;
                return length;
            case >= 5:
                buffer[length++] = five;
                digit -= 5;
                break;
        }

        for (var k = 0; k < digit; k++)
        {
            buffer[length++] = one;
        }

        return length;
    }
}
