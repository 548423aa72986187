using System;

namespace Cooperation.Domain.Internal;

/// <summary>The form of a rule ID, shared by the rules and by the suppressions the model holds (which cannot see the rules).</summary>
internal static class RuleIds
{
    /// <summary>Two to eight upper-case ASCII letters and four ASCII digits: "COOP1001", "ACME0001".</summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> id)
    {
        var letters = id.Length - 4;
        if (letters is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in id[..letters])
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        foreach (var c in id[letters..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
