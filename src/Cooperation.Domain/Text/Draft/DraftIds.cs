using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;

namespace Cooperation.Domain.Text;

/// <summary>
/// The identifiers of a draft, made the way the reference catalog makes them (docs/reference-data.md): lowercase ASCII
/// words joined by hyphens, at most 64 characters: countries first for bilateral things ("mx-gt-ganseg"), an acronym
/// where the text gives one ("mx-sspc", "int-oim"), else the words of the name without articles and prepositions
/// ("marcelo-ebrard-casaubon"), and a meeting's start date last ("mx-ca-danm-2017-04-25"). The same words always give
/// the same identifier; a repeat within the draft (or an identifier the options' catalog already gives another entity)
/// gets "-2", "-3"….
/// </summary>
internal sealed class DraftIds
{
    private const int MaxLength = 64;

    // Words an identifier leaves out, in both languages: they make names long without telling them apart.
    private static readonly FrozenSet<string> Skipped = new[]
    {
        "de", "del", "la", "las", "el", "los", "lo", "y", "e", "en", "para", "por", "sobre", "con", "a", "al", "o", "u",
        "the", "of", "and", "on", "for", "in", "to", "at", "with", "an",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>
    /// The words of <paramref name="name"/> for an identifier, without articles and prepositions (unless
    /// <paramref name="keepAll"/>: a person's "Ponce de León" keeps its "de"), at most <paramref name="maxWords"/>, joined
    /// by hyphens; null when it has no such word. A word of <paramref name="replace"/> is written as its value there, or
    /// left out when that is empty (a state's name as its code: "us-embajada-mx").
    /// </summary>
    public static string? Words(string name, int maxWords = 6, bool keepAll = false, IReadOnlyDictionary<string, string>? replace = null)
    {
        var builder = new StringBuilder();
        var count = 0;
        var last = string.Empty;
        foreach (var word in DraftWord.Of(name, 0, name.Length))
        {
            var key = replace is not null && replace.TryGetValue(word.Key, out var instead) ? instead : word.Key;
            if (key.Length == 0 || key == last || !IsSlugWord(key) || (!keepAll && Skipped.Contains(key)))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(key);
            last = key;
            if (++count == maxWords || builder.Length >= MaxLength)
            {
                break;
            }
        }

        return builder.Length == 0 ? null : Fit(builder.ToString(), MaxLength);
    }

    /// <summary>
    /// <paramref name="head"/> and <paramref name="tail"/> joined by a hyphen, the head shortened (between words) so
    /// that the whole fits; a head that does not start with a letter is given <paramref name="fallback"/> in front.
    /// </summary>
    public static string Compose(string head, string? tail, string fallback = "x")
    {
        if (head.Length == 0 || !char.IsAsciiLetterLower(head[0]))
        {
            head = head.Length == 0 ? fallback : fallback + "-" + head;
        }

        return tail is null ? Fit(head, MaxLength) : Fit(head, MaxLength - tail.Length - 1) + "-" + tail;
    }

    /// <summary>
    /// Claims <paramref name="candidate"/> for the draft, or the first of "-2", "-3"… after it that neither the draft
    /// nor <paramref name="takenElsewhere"/> has.
    /// </summary>
    public string Claim(string candidate, Func<string, bool>? takenElsewhere = null)
    {
        if (_used.Add(candidate) && takenElsewhere?.Invoke(candidate) != true)
        {
            return candidate;
        }

        _used.Add(candidate);
        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var next = Fit(candidate, MaxLength - suffix.Length) + suffix;
            if (takenElsewhere?.Invoke(next) != true && _used.Add(next))
            {
                return next;
            }
        }
    }

    /// <summary>True for the articles and prepositions identifiers leave out.</summary>
    public static bool IsSkipped(string word) => Skipped.Contains(word);

    /// <summary>True when the draft has claimed <paramref name="id"/>.</summary>
    public bool IsClaimed(string id) => _used.Contains(id);

    // The longest start of a slug that fits, cut between words.
    private static string Fit(string slug, int length)
    {
        if (slug.Length <= length)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', length);
        return cut > 0 ? slug[..cut] : slug[..length];
    }

    private static bool IsSlugWord(string key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
