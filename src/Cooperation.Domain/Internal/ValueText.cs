using System;

namespace Cooperation.Domain.Internal;

/// <summary>Shared pieces of the value types' text handling.</summary>
internal static class ValueText
{
    /// <summary>What <c>ToString()</c> returns for a value type's uninitialized default.</summary>
    public const string Uninitialized = "(uninitialized)";

    /// <summary>Longest input any value type's parser looks at before rejecting it as too long.</summary>
    public const int MaxInputLength = 4096;

    /// <summary>Throws unless <paramref name="format"/> is empty or "G": the value types have one text form.</summary>
    public static void CheckGeneralFormat(ReadOnlySpan<char> format, string typeName)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            throw new FormatException($"The format \"{format.ToString()}\" is not supported by {typeName}; use null, \"\" or \"G\".");
        }
    }

    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/> if it fits.</summary>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Trims Unicode white space (as <see cref="char.IsWhiteSpace(char)"/>, which needs no ICU) from both ends.</summary>
    public static ReadOnlySpan<char> TrimWhiteSpace(ReadOnlySpan<char> text) => text.Trim();

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}
