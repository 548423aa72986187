using System;

namespace Cooperation.Domain.Rules;

/// <summary>
/// A configuration file, or a configuration entry, that cannot be used: malformed JSON, an unknown key, rule or
/// category, a bad value.
/// </summary>
/// <remarks>
/// From a file, the message starts with the file and the line, as a compiler's does: <c>cooperation.config.json:7: …</c>.
/// From the entries of <see cref="ValidationOptions.FromConfiguration{TValue}"/>, which have no file, <see cref="Key"/>
/// names the entry, the message quotes it, <see cref="File"/> is empty and <see cref="Line"/> is 0.
/// </remarks>
public sealed class ValidationConfigurationException : FormatException
{
    internal ValidationConfigurationException(string file, long line, string reason, Exception? inner = null)
        : base($"{file}:{line}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    private ValidationConfigurationException(string key, string reason)
        : base(reason)
    {
        File = string.Empty;
        Key = key;
        Reason = reason;
    }

    /// <summary>The file, as it was named; empty for a configuration entry.</summary>
    public string File { get; }

    /// <summary>The line (1-based) of the value at fault; 0 for a configuration entry.</summary>
    public long Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Reason { get; }

    /// <summary>The configuration key at fault (<c>Cooperation:Validation:Severities:ACME0101</c>), or null for a file.</summary>
    public string? Key { get; }

    // An entry of FromConfiguration: the reason quotes the key (shortened) and the value.
    internal static ValidationConfigurationException ForKey(string key, string reason) => new(key, reason);
}
