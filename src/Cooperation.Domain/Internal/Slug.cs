using System;

namespace Cooperation.Domain.Internal;

/// <summary>
/// The one grammar of the identifier types (<see cref="MechanismId"/>, <see cref="InstitutionId"/>,
/// <see cref="PersonId"/>): lowercase ASCII words joined by single hyphens, starting with a letter, 2 to 64 characters.
/// </summary>
internal static class Slug
{
    public const int MinLength = 2;
    public const int MaxLength = 64;
    public const string Form = "a lowercase slug: 2 to 64 characters a-z and 0-9 in words joined by single hyphens, starting with a letter, such as \"mx-ca-danm\" or \"int-iom\"";

    /// <summary>Checks the grammar without allocating; the error is a constant.</summary>
    public static bool TryValidate(ReadOnlySpan<char> s, out string? error)
    {
        if (s.IsEmpty)
        {
            error = "the text is empty";
            return false;
        }

        if (s.Length > MaxLength)
        {
            error = "it is longer than 64 characters";
            return false;
        }

        if (s.Length < MinLength)
        {
            error = "it is shorter than 2 characters";
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                continue;
            }

            if (c == '-')
            {
                if (i == 0 || i == s.Length - 1)
                {
                    error = "it must not start or end with a hyphen";
                    return false;
                }

                if (s[i - 1] == '-')
                {
                    error = "hyphens must not be doubled";
                    return false;
                }

                continue;
            }

            error = char.IsAsciiLetterUpper(c)
                ? "identifiers are lowercase"
                : char.IsWhiteSpace(c) ? "white space is not allowed" : "only a-z, 0-9 and hyphens are allowed";
            return false;
        }

        if (!char.IsAsciiLetterLower(s[0]))
        {
            error = "it must start with a letter";
            return false;
        }

        error = null;
        return true;
    }
}
