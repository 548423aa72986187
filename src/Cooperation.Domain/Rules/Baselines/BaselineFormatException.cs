using System;

namespace Cooperation.Domain.Rules;

/// <summary>
/// A file given as a baseline that cannot be one: not JSON, a SARIF log of another tool or version, a report of
/// another format, a result without this library's fingerprint; or a file that cannot be read.
/// </summary>
/// <remarks>
/// The message starts with the file and, when the fault is in its content, the 1-based line, as a compiler's does:
/// <c>baseline.sarif:12: …</c>; a file that cannot be read is named without a line (<c>baseline.sarif: …</c>).
/// </remarks>
public sealed class BaselineFormatException : FormatException
{
    internal BaselineFormatException(string file, long? line, string reason, Exception? inner = null)
        : base(line is { } l ? $"{file}:{l}: {reason}" : $"{file}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file, as it was named.</summary>
    public string File { get; }

    /// <summary>The line (1-based) of the value at fault; null when the file cannot be read at all.</summary>
    public long? Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Reason { get; }
}
