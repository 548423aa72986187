using System;
using System.Collections.Generic;

namespace Cooperation.Domain.Text;

/// <summary>
/// A named body or mechanism and the acronym the text defines for it in parentheses right after its name
/// ("Secretaría de Relaciones Exteriores (SRE)", "Grupo de Alto Nivel de Seguridad (GANSEG)"): the two mentions the
/// extractor reports side by side become one entity with its acronym.
/// </summary>
internal static class AcronymPairs
{
    /// <summary>
    /// For each mention of <paramref name="mentions"/> (one kind, in text order) followed by "(" + an acronym mention +
    /// ")", the acronym mention and the acronym; the acronym mentions themselves are not keys.
    /// </summary>
    public static Dictionary<Mention, (Mention Mention, Acronym Acronym)> Find(DraftContext context, IReadOnlyList<Mention> mentions)
    {
        var pairs = new Dictionary<Mention, (Mention, Acronym)>(ReferenceEqualityComparer.Instance);
        for (var i = 1; i < mentions.Count; i++)
        {
            var name = mentions[i - 1];
            var acronym = mentions[i];
            if (IsAcronymText(acronym.Text, out var value)
                && name.Text.AsSpan().ContainsAny(' ', '\n')
                && context.OnlyBetween(name.End, acronym.Start, '(')
                && context.ClosingParenthesisAfter(acronym.End) > 0)
            {
                pairs[name] = (acronym, value);
            }
        }

        return pairs;
    }

    /// <summary>
    /// True when <paramref name="text"/> can be an acronym: one word of ASCII letters and digits that starts with a
    /// capital ("SRE", "GANSEG", "Upmrip", which the model keeps in capitals).
    /// </summary>
    public static bool IsAcronymText(string text, out Acronym acronym)
    {
        acronym = default;
        return text.Length > 0 && char.IsAsciiLetterUpper(text[0]) && Acronym.TryParse(text, out acronym);
    }
}
