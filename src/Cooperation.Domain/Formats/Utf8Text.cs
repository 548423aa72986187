using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace Cooperation.Domain;

/// <summary>
/// Text written straight into a UTF-8 buffer, for the text and Markdown formats: no intermediate string of the
/// document, LF line ends, numbers in the invariant culture.
/// </summary>
internal readonly struct Utf8Text(IBufferWriter<byte> destination)
{
    /// <summary>Appends <paramref name="text"/>.</summary>
    public void Write(ReadOnlySpan<char> text) => Encoding.UTF8.GetBytes(text, destination);

    /// <summary>Appends <paramref name="c"/>.</summary>
    public void Write(char c) => Write([c]);

    /// <summary>Appends a number in the invariant culture.</summary>
    public void Write(int n)
    {
        Span<char> digits = stackalloc char[11];
        n.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        Write(digits[..length]);
    }

    /// <summary>Appends <paramref name="text"/> and LF.</summary>
    public void Line(ReadOnlySpan<char> text)
    {
        Write(text);
        Line();
    }

    /// <summary>Appends LF.</summary>
    public void Line()
    {
        destination.GetSpan(1)[0] = (byte)'\n';
        destination.Advance(1);
    }
}
