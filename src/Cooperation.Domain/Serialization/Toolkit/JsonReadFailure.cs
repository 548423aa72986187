using System;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// A reading error already located in the whole document (JSON path, zero-based line and byte column, as
/// <see cref="System.Text.Json.JsonException"/> counts them), thrown by the readers below the public entry points,
/// which give it to the caller as their public exception with the same reason and position.
/// </summary>
/// <remarks>
/// Not a <see cref="System.Text.Json.JsonException"/>: a reader that catches the JSON reader's errors to locate them
/// lets this one pass untouched, so an error located inside an element is never located again at the element.
/// </remarks>
internal sealed class JsonReadFailure(string reason, string? path, long? line, long? column, Exception? cause) : Exception(reason, cause)
{
    /// <summary>What was wrong, without the position.</summary>
    public string Reason { get; } = reason;

    /// <summary>The JSON path, or null when the error is about the whole document.</summary>
    public string? Path { get; } = path;

    /// <summary>The zero-based line, if known.</summary>
    public long? Line { get; } = line;

    /// <summary>The zero-based byte column in that line, if known.</summary>
    public long? Column { get; } = column;

    /// <summary>The document is larger than the reader accepts.</summary>
    public static JsonReadFailure TooLarge(long length, int maxBytes)
        => new($"The document is {length} bytes or more; the limit is {maxBytes} bytes.", null, null, null, null);
}
