using System;
using System.Text.Json;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A JSON document that is not a valid catalog or entity: the message says what was wrong, where (the JSON path), and
/// on which line; <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> hold the same position (zero-based, as in <see cref="JsonException"/>).
/// </summary>
public sealed class CooperationJsonException : JsonException
{
    internal CooperationJsonException(string reason, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(BuildMessage(reason, path, lineNumber), path, lineNumber, bytePositionInLine, innerException)
    {
        Reason = reason;
    }

    /// <summary>A reader's located error, made public: the same reason and position, and the same cause.</summary>
    internal CooperationJsonException(JsonReadFailure failure)
        : this(failure.Reason, failure.Path, failure.Line, failure.Column, failure.InnerException)
    {
    }

    /// <summary>What was wrong, without the position.</summary>
    public string Reason { get; }

    private static string BuildMessage(string reason, string? path, long? line)
        => path is null && line is null
            ? reason
            : $"{reason} (at {path ?? "$"}, line {(line is { } l ? (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")})";
}
