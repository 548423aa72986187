using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// The value normalisation of the development set's scorer (score.py), function for function: names compared
/// ignoring case, accents and punctuation, people without honorifics, dates as ISO strings with a one-day range equal
/// to its day, countries as alpha-2 (alpha-3 and a few names accepted), ordinals as integers (digits, Roman numerals,
/// words).
/// </summary>
/// <remarks>
/// Python removes accents with NFKD. Under invariant globalization .NET does not normalize, so this port decomposes
/// with the library's own Unicode tables (canonical decompositions, combining classes) and its ASCII fold table
/// (ligatures, ordinal indicators, fullwidth forms), maps spacing diacritics and space characters to a space and the
/// ellipsis to dots, as NFKD does. Other compatibility decompositions (outside Latin text) are not applied; no name
/// the scorer compares has them.
/// </remarks>
internal static partial class ValueNormalization
{
    private static readonly FrozenSet<string> Honorifics = FrozenSet.Create(StringComparer.Ordinal,
        "mtro", "mtra", "dr", "dra", "lic", "licda", "ing", "sr", "sra", "srta", "mr", "mrs", "ms", "don", "dona",
        "general", "gral", "admiral", "almirante", "ambassador", "embajador", "embajadora");

    private static readonly FrozenDictionary<string, string> Alpha3 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MEX"] = "MX", ["USA"] = "US", ["GTM"] = "GT", ["HND"] = "HN", ["SLV"] = "SV", ["BLZ"] = "BZ", ["CAN"] = "CA",
        ["CRI"] = "CR", ["PAN"] = "PA", ["NIC"] = "NI", ["DOM"] = "DO", ["COL"] = "CO", ["VEN"] = "VE", ["CUB"] = "CU",
        ["ARG"] = "AR", ["BRA"] = "BR", ["BOL"] = "BO", ["CHL"] = "CL", ["ECU"] = "EC", ["PRY"] = "PY", ["PER"] = "PE",
        ["URY"] = "UY",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CountryNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mexico"] = "MX", ["estados unidos"] = "US", ["united states"] = "US", ["eeuu"] = "US", ["ee uu"] = "US",
        ["us"] = "US", ["guatemala"] = "GT", ["honduras"] = "HN", ["el salvador"] = "SV", ["belice"] = "BZ",
        ["belize"] = "BZ", ["canada"] = "CA", ["costa rica"] = "CR", ["panama"] = "PA", ["nicaragua"] = "NI",
        ["republica dominicana"] = "DO", ["dominican republic"] = "DO", ["colombia"] = "CO", ["venezuela"] = "VE",
        ["cuba"] = "CU",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> OrdinalWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["primer"] = 1, ["primera"] = 1, ["primero"] = 1, ["first"] = 1, ["segunda"] = 2, ["segundo"] = 2, ["second"] = 2,
        ["tercera"] = 3, ["tercer"] = 3, ["tercero"] = 3, ["third"] = 3, ["cuarta"] = 4, ["cuarto"] = 4, ["fourth"] = 4,
        ["quinta"] = 5, ["quinto"] = 5, ["fifth"] = 5, ["sexta"] = 6, ["sexto"] = 6, ["sixth"] = 6, ["septima"] = 7,
        ["septimo"] = 7, ["seventh"] = 7, ["octava"] = 8, ["octavo"] = 8, ["eighth"] = 8, ["novena"] = 9, ["noveno"] = 9,
        ["ninth"] = 9, ["decima"] = 10, ["decimo"] = 10, ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> KindNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date"] = "date", ["dates"] = "date", ["fecha"] = "date", ["fechas"] = "date", ["time"] = "date", ["timex"] = "date",
        ["temporal"] = "date", ["daterange"] = "date", ["country"] = "country", ["countries"] = "country", ["pais"] = "country",
        ["paises"] = "country", ["nation"] = "country", ["state"] = "country", ["gpe"] = "country", ["person"] = "person",
        ["persons"] = "person", ["people"] = "person", ["persona"] = "person", ["personas"] = "person", ["per"] = "person",
        ["official"] = "person", ["institution"] = "institution", ["institutions"] = "institution",
        ["institucion"] = "institution", ["instituciones"] = "institution", ["organization"] = "institution",
        ["organisation"] = "institution", ["organizations"] = "institution", ["organisations"] = "institution",
        ["org"] = "institution", ["agency"] = "institution", ["body"] = "institution", ["ordinal"] = "ordinal",
        ["ordinals"] = "ordinal", ["number"] = "ordinal", ["meetingnumber"] = "ordinal", ["sessionnumber"] = "ordinal",
        ["mechanism"] = "mechanism", ["mechanisms"] = "mechanism", ["mecanismo"] = "mechanism", ["mecanismos"] = "mechanism",
        ["forum"] = "mechanism", ["forums"] = "mechanism", ["fora"] = "mechanism",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Letters textfold.py transliterates by hand: NFKD leaves them as they are, so accent stripping must too.
    private const string KeptLetters = "ßẞæÆœŒøØđĐðÐłŁþÞıħĦŧŦŀĿĸŉƒǥǤɨƗʉɄ";

    /// <summary>score.py's <c>strip_accents</c>: NFKD, then combining marks removed.</summary>
    public static string StripAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < '\u0080')
            {
                builder.Append(c);
            }
            else if (Nfc.GetCombiningClass(c) != 0)
            {
                // A combining mark (a decomposed accent) is dropped.
            }
            else if (c is '\u00A8' or '\u00AF' or '\u00B4' or '\u00B8' or (>= '\u02D8' and <= '\u02DD') or '\u00A0'
                     or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000')
            {
                builder.Append(' ');
            }
            else if (c == '\u2026')
            {
                builder.Append("...");
            }
            else if (KeptLetters.Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
            else if (Decomposition(c) is { Length: > 0 } decomposed)
            {
                foreach (var part in decomposed)
                {
                    if (Nfc.GetCombiningClass(part) == 0)
                    {
                        builder.Append(char.ConvertFromUtf32(part));
                    }
                }
            }
            else if (AsciiFoldData.Chars.BinarySearch<char, char>(c) is var index and >= 0)
            {
                builder.Append(AsciiFoldData.Folded[index]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static ReadOnlySpan<int> Decomposition(char c)
    {
        var index = UnicodeTables.DecompositionCodePoints.BinarySearch<int, int>(c);
        return index < 0 ? default : UnicodeTables.DecompositionData[UnicodeTables.DecompositionOffsets[index]..UnicodeTables.DecompositionOffsets[index + 1]];
    }

    /// <summary>score.py's <c>norm_name</c>: accents, case, quotes, dots and a leading article do not count.</summary>
    public static string Name(JsonNode? value) => value is null ? string.Empty : Name(PythonText.Str(value));

    /// <inheritdoc cref="Name(JsonNode)"/>
    public static string Name(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var s = StripAccents(value).ToLowerInvariant();
        s = Dashes().Replace(s, "-");
        s = SingleQuotes().Replace(s, "'");
        s = DoubleQuotesAndDots().Replace(s, string.Empty);
        s = PythonText.CollapseSpace(s).Trim(' ', ',', ';', ':');
        return LeadingArticle().Replace(s, string.Empty);
    }

    /// <summary>score.py's <c>norm_person</c>: a name without hyphens and without leading honorifics.</summary>
    public static string Person(string? value)
    {
        var words = PythonText.Words(Name(value).Replace('-', ' ')).AsEnumerable();
        return string.Join(' ', words.SkipWhile(Honorifics.Contains));
    }

    /// <summary>score.py's <c>last2</c>: the last two words.</summary>
    public static string LastTwoWords(string text) => string.Join(' ', PythonText.Words(text).TakeLast(2));

    /// <summary>score.py's <c>strip_paren</c>: a name without a final parenthesis ("Instituto Nacional de Migración (INM)").</summary>
    public static string StripFinalParenthesis(string text) => TrimSpace(FinalParenthesis().Replace(text, string.Empty));

    /// <summary>Python's <c>str.strip()</c>.</summary>
    public static string TrimSpace(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && PythonText.IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && PythonText.IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>score.py's <c>norm_date</c>: an ISO string at its precision or "start/end"; null when not fixed.</summary>
    public static string? Date(JsonNode? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonObject o:
                if (o.ContainsKey("start") || o.ContainsKey("end") || o.ContainsKey("from") || o.ContainsKey("to"))
                {
                    var a = Date(o.ContainsKey("start") ? o["start"] : o["from"]);
                    var b = Date(o.ContainsKey("end") ? o["end"] : o["to"]);
                    if (a is null && b is null)
                    {
                        return null;
                    }

                    return a == b || b is null ? a : $"{a ?? "None"}/{b}";
                }

                foreach (var key in (string[])["iso", "value", "date", "normalized", "normalised"])
                {
                    if (o.ContainsKey(key))
                    {
                        return Date(o[key]);
                    }
                }

                return null;
            case JsonArray list:
                return list.Count switch
                {
                    2 => Date(new JsonObject { ["start"] = list[0]?.DeepClone(), ["end"] = list[1]?.DeepClone() }),
                    1 => Date(list[0]),
                    _ => null,
                };
        }

        var s = TrimSpace(PythonText.Str(value));
        if (s.ToLowerInvariant() is "" or "null" or "none" or "unresolved" or "unknown" or "?")
        {
            return null;
        }

        var parts = s.Split('/').Select(p => TrimSpace(p).Split('T')[0]).ToArray();
        return parts.Length == 2 && parts[0] == parts[1] ? parts[0] : string.Join('/', parts);
    }

    /// <summary>score.py's <c>norm_country</c>: an alpha-2 code, from alpha-2, some alpha-3 codes or some names.</summary>
    public static string? Country(JsonNode? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonObject o:
                foreach (var key in (string[])["code", "alpha2", "iso2", "iso", "value", "id"])
                {
                    if (o.ContainsKey(key))
                    {
                        return Country(o[key]);
                    }
                }

                return null;
        }

        var s = TrimSpace(PythonText.Str(value));
        if (s.Length == 2 && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]))
        {
            return s.ToUpperInvariant();
        }

        if (s.Length == 3 && s.All(char.IsAsciiLetter) && Alpha3.TryGetValue(s.ToUpperInvariant(), out var code))
        {
            return code;
        }

        return CountryNames.TryGetValue(Name(s).Replace('-', ' '), out var named) ? named : s.ToUpperInvariant();
    }

    /// <summary>score.py's <c>norm_ordinal</c>: the integer of "8ª", "XXIV", "fifth" or 8; null when none.</summary>
    public static BigInteger? Ordinal(JsonNode? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonObject o:
                foreach (var key in (string[])["value", "number", "n", "ordinal"])
                {
                    if (o.ContainsKey(key))
                    {
                        return Ordinal(o[key]);
                    }
                }

                return null;
            case JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return PythonText.IsInteger(v, out var integer) ? integer : new BigInteger(Math.Truncate(v.GetValue<double>()));
        }

        var s = TrimSpace(PythonText.Str(value));
        var digits = LeadingDigits().Match(s);
        if (digits.Success)
        {
            BigInteger number = 0;
            foreach (var c in digits.Value)
            {
                number = (number * 10) + (int)char.GetNumericValue(c);
            }

            return number;
        }

        var upper = s.ToUpperInvariant();
        if (upper.Length > 0 && upper.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C'))
        {
            int total = 0, previous = 0;
            foreach (var c in upper.Reverse())
            {
                var x = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 100 };
                total += x < previous ? -x : x;
                previous = Math.Max(previous, x);
            }

            return total;
        }

        return OrdinalWords.TryGetValue(StripAccents(s).ToLowerInvariant(), out var word) ? word : null;
    }

    /// <summary>score.py's <c>norm_kind</c>: "Dates", "ORG", "personMention" and the like to the six kinds.</summary>
    public static string? Kind(JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is JsonObject o)
        {
            value = FirstTruthy(o, "name", "value", "kind");
        }

        var s = NotLowercaseLetter().Replace(StripAccents(PythonText.Str(value)).ToLowerInvariant(), string.Empty);
        s = s.EndsWith("mention", StringComparison.Ordinal) ? s[..^"mention".Length] : s;
        return KindNames.TryGetValue(s, out var kind) ? kind : s;
    }

    /// <summary>Python's <c>a or b or c</c> over the members of an object.</summary>
    public static JsonNode? FirstTruthy(JsonObject o, params string[] keys)
    {
        JsonNode? last = null;
        foreach (var key in keys)
        {
            last = o[key];
            if (PythonText.Truthy(last))
            {
                return last;
            }
        }

        return last;
    }

    [GeneratedRegex("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")]
    private static partial Regex Dashes();

    [GeneratedRegex("[\u2018\u2019`\u00b4]")]
    private static partial Regex SingleQuotes();

    [GeneratedRegex("[\u201c\u201d\"\u00ab\u00bb.]")]
    private static partial Regex DoubleQuotesAndDots();

    [GeneratedRegex("^(the|el|la|los|las|le) ")]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex FinalParenthesis();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingDigits();

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NotLowercaseLetter();
}
