using System;
using System.Diagnostics;
using System.Globalization;

namespace Cooperation.Domain.Text;

/// <summary>
/// A stretch of a text: UTF-16 offsets from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) into the text
/// as read (after a byte order mark is removed), as <see cref="CommuniqueReading.Text"/> holds it.
/// </summary>
[DebuggerDisplay("[{Start}..{End})")]
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    /// <summary>Makes a span.</summary>
    /// <param name="start">The first offset, 0 or more.</param>
    /// <param name="end">The offset after the last character, <paramref name="start"/> or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative, or <paramref name="end"/> is before it.</exception>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>The offset of the first character.</summary>
    public int Start { get; }

    /// <summary>The offset after the last character.</summary>
    public int End { get; }

    /// <summary>The number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one character.</summary>
    /// <param name="other">The other span.</param>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies within this span.</summary>
    /// <param name="other">The other span.</param>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The characters of <paramref name="text"/> the span covers.</summary>
    /// <param name="text">The text the span was taken from.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in <paramref name="text"/>.</exception>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(End, text.Length);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public bool Equals(TextSpan other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>By start, then by end.</summary>
    /// <param name="other">The other span.</param>
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    /// <summary>The span as <c>[start..end)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");

    /// <summary>True when both spans cover the same offsets.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>True when the spans differ.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
}
