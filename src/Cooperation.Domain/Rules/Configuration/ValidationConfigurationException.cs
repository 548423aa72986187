using System;

namespace Cooperation.Domain.Rules;

/// <summary>A configuration file that cannot be used: malformed JSON, an unknown key, rule or category, a bad value.</summary>
/// <remarks>The message starts with the file and the line, as a compiler's does: <c>cooperation.config.json:7: …</c>.</remarks>
public sealed class ValidationConfigurationException : FormatException
{
    internal ValidationConfigurationException(string file, long line, string reason, Exception? inner = null)
        : base($"{file}:{line}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file, as it was named.</summary>
    public string File { get; }

    /// <summary>The line (1-based) of the value at fault.</summary>
    public long Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Reason { get; }
}
