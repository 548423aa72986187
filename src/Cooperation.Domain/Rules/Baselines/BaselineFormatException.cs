using System;

namespace Cooperation.Domain.Rules;

/// <summary>
/// A file given as a baseline that cannot be one: not JSON, a SARIF log of another tool or version, a report of
/// another format, a result without this library's fingerprint.
/// </summary>
/// <remarks>The message starts with the file: <c>baseline.sarif: …</c>.</remarks>
public sealed class BaselineFormatException : FormatException
{
    internal BaselineFormatException(string file, string reason, Exception? inner = null)
        : base($"{file}: {reason}", inner)
    {
        File = file;
        Reason = reason;
    }

    /// <summary>The file, as it was named.</summary>
    public string File { get; }

    /// <summary>What is wrong, without the file.</summary>
    public string Reason { get; }
}
