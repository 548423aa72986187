using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Makes a diagnostic's fingerprint: 32 lower-case hexadecimal digits of the SHA-256 of the rule ID, the subject's
/// path and the finding's facts (its message arguments as <see cref="MessageArgument"/> describes), never of the
/// message's wording, its language or a line number.
/// </summary>
internal static class DiagnosticFingerprint
{
    /// <summary>The fingerprint's name in SARIF <c>partialFingerprints</c>, and in the JSON report; the version changes if the recipe does.</summary>
    internal const string Name = "cooperation/v1";

    // Parts are separated by a character no identifier, path or formatted value holds.
    private const char Separator = '\u001f';

    internal static string FromArguments(string id, string path, ReadOnlySpan<object?> arguments)
    {
        var text = new StringBuilder(id.Length + path.Length + 16 * arguments.Length).Append(id).Append(Separator).Append(path);
        foreach (var argument in arguments)
        {
            if (argument is MessageArgument { IsCircumstance: true })
            {
                continue;
            }

            text.Append(Separator).Append(Convert.ToString(argument, CultureInfo.InvariantCulture));
        }

        return Hash(text.ToString());
    }

    // A diagnostic made by hand has no separate facts: its message stands for them.
    internal static string FromMessage(string id, string path, string message)
        => Hash(string.Concat(id, Separator.ToString(), path, Separator.ToString(), message));

    private static string Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
