using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// The few Python behaviours the development set's scorer (score.py) relies on, so that this port decides every case
/// the way it does: <c>str()</c> of a JSON value, truthiness, slicing, <c>str.isspace</c> and <c>str.split()</c>.
/// </summary>
internal static class PythonText
{
    /// <summary>Python's <c>str(v)</c> of a value json.loads produced (strings as they are, True, 12, 1.5).</summary>
    public static string Str(JsonNode? value) => value switch
    {
        null => "None",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "True",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "False",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => NumberText(v),
        _ => value.ToJsonString(),
    };

    /// <summary>Whether json.loads would give an int (digits, no fraction or exponent) rather than a float.</summary>
    public static bool IsInteger(JsonValue value, out long integer)
    {
        integer = 0;
        var text = value.ToJsonString();
        return text.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer);
    }

    private static string NumberText(JsonValue value)
    {
        if (IsInteger(value, out var integer))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        var number = value.GetValue<double>();
        // Python's repr of a float: the shortest round trip, with ".0" on whole numbers.
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text.Replace("E", "e", StringComparison.Ordinal) : text + ".0";
    }

    /// <summary>Python's truthiness of a JSON value (null, "", 0, false, [] and {} are false).</summary>
    public static bool Truthy(JsonNode? value) => value switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject o => o.Count > 0,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.GetValue<double>() != 0,
            _ => true,
        },
        _ => true,
    };

    /// <summary>Python's <c>text[start:end]</c>: negative positions count from the end, and both are clamped.</summary>
    public static string Slice(string text, int start, int end)
    {
        static int Clamp(int i, int length) => i < 0 ? Math.Max(0, length + i) : Math.Min(i, length);
        var s = Clamp(start, text.Length);
        var e = Clamp(end, text.Length);
        return e > s ? text[s..e] : string.Empty;
    }

    /// <summary>Python's <c>str.isspace</c> for one character (it counts the information separators U+001C to U+001F).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>Python's <c>str.split()</c>: runs of white space separate words, none are empty.</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || IsSpace(text[i]);
            if (space && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        return [.. words];
    }

    /// <summary>Collapses every run of white space into one space (Python's <c>re.sub(r"\s+", " ", s)</c>).</summary>
    public static string CollapseSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                builder.Append(c);
                inSpace = false;
            }
        }

        return builder.ToString();
    }
}
