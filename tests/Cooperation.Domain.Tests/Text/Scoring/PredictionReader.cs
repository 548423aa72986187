using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// Reads an extractor's output as score.py does (<c>normalise_prediction</c>): the shape <c>extract --format json</c>
/// writes (<c>mentions</c>, <c>meetings</c>, <c>draft</c>), and the other shapes score.py tolerates (a list of
/// mentions, mentions grouped by kind, other member names for kind, span, value and countries, a document wrapper).
/// Spans that do not point at their text are repaired where score.py repairs them.
/// </summary>
public static partial class PredictionReader
{
    /// <summary>The mention kinds, in score.py's order.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["date", "country", "person", "institution", "ordinal", "mechanism"];

    private static readonly string[] MentionListKeys = ["mentions", "entities", "items", "annotations", "results", "extractions", "spans", "matches"];
    private static readonly string[] MeetingListKeys = ["meetings", "events", "reuniones"];
    private static readonly HashSet<string> GroupKeys = new(StringComparer.Ordinal)
    {
        "dates", "countries", "persons", "people", "institutions", "organizations", "ordinals", "mechanisms",
        "date", "country", "person", "institution", "ordinal", "mechanism",
    };

    /// <summary>Reads one document's output; <paramref name="counters"/> counts repairs and unknown kinds.</summary>
    public static (IReadOnlyList<PredictedMention> Mentions, IReadOnlyList<PredictedMeeting> Meetings) Read(JsonNode? output, string excerpt, ScoreCounters counters)
    {
        var obj = Unwrap(output);
        var mentions = new List<PredictedMention>();
        foreach (var (hint, d) in RawMentions(obj))
        {
            var (kindKey, kindValue) = First(d, "kind", "type", "label", "category", "entity", "class", "tag");
            var kind = ValueNormalization.Kind(kindKey is not null ? kindValue : hint is null ? null : JsonValue.Create(hint));
            if (kind is null || !Kinds.Contains(kind))
            {
                counters.UnknownKinds++;
                continue;
            }

            var text = d["text"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t : ValueNormalization.FirstTruthy(d, "surface", "mention", "match", "string");
            var (start, end) = Span(d);
            var hasSpan = start is not null && end is not null;
            if (hasSpan)
            {
                (start, end) = RepairSpan(excerpt, text, start!.Value, end!.Value, counters);
            }

            mentions.Add(new PredictedMention(kind, text?.DeepClone(), hasSpan ? start : null, hasSpan ? end : null, ExtractValue(kind, d),
                ValueNormalization.FirstTruthy(d, "position", "role", "title")?.DeepClone()));
        }

        var meetings = new List<PredictedMeeting>();
        JsonArray? rawMeetings = null;
        if (obj is JsonObject o)
        {
            rawMeetings = MeetingListKeys.Select(k => o[k] as JsonArray).FirstOrDefault(a => a is not null);
        }

        foreach (var d in (rawMeetings ?? []).OfType<JsonObject>())
        {
            var (dateKey, dateValue) = First(d, "date", "dates", "when", "date_range", "range");
            if (dateKey is null && (d.ContainsKey("start") || d.ContainsKey("end")))
            {
                dateValue = new JsonObject { ["start"] = d["start"]?.DeepClone(), ["end"] = d["end"]?.DeepClone() };
            }

            var (_, countries) = First(d, "countries", "participants", "participating_countries", "states", "parties", "country_codes", "members", "delegations");
            IEnumerable<JsonNode?> items = countries switch
            {
                JsonValue s when s.GetValueKind() == JsonValueKind.String => CountrySeparators().Split(s.GetValue<string>()).Where(x => x.Length > 0).Select(x => (JsonNode?)JsonValue.Create(x)),
                JsonArray a => a,
                JsonObject keys => keys.Select(k => (JsonNode?)JsonValue.Create(k.Key)),
                _ => [],
            };
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var c = item;
                if (c is JsonObject co && co.ContainsKey("country") && !co.ContainsKey("code") && !co.ContainsKey("alpha2") && !co.ContainsKey("iso2"))
                {
                    c = co["country"];
                }

                if (ValueNormalization.Country(c) is { Length: > 0 } code)
                {
                    codes.Add(code);
                }
            }

            meetings.Add(new PredictedMeeting(ValueNormalization.Date(dateValue), codes, PythonText.Truthy(d["status"]) ? PythonText.Str(d["status"]) : null));
        }

        return (mentions, meetings);
    }

    private static JsonNode? Unwrap(JsonNode? obj)
    {
        for (var i = 0; i < 3; i++)
        {
            if (obj is JsonObject o)
            {
                if (o["document"] is JsonObject document)
                {
                    obj = document;
                    continue;
                }

                var inner = ((string[])["documents", "docs", "files"]).Select(k => o[k] as JsonArray).FirstOrDefault(a => a is { Count: > 0 } && a[0] is JsonObject);
                if (inner is null)
                {
                    return obj;
                }

                obj = inner[0];
            }
            else if (obj is JsonArray { Count: > 0 } list && list[0] is JsonObject first && MentionListKeys.Concat(MeetingListKeys).Any(first.ContainsKey))
            {
                obj = first;
            }
            else
            {
                return obj;
            }
        }

        return obj;
    }

    private static List<(string? Hint, JsonObject Mention)> RawMentions(JsonNode? obj)
    {
        if (obj is JsonArray list)
        {
            return [.. list.OfType<JsonObject>().Select(m => ((string?)null, m))];
        }

        if (obj is not JsonObject o)
        {
            return [];
        }

        foreach (var key in MentionListKeys)
        {
            if (!o.ContainsKey(key))
            {
                continue;
            }

            switch (o[key])
            {
                case JsonArray items:
                    return [.. items.OfType<JsonObject>().Select(m => ((string?)null, m))];
                case JsonObject groups:
                    return [.. groups.Where(g => g.Value is JsonArray).SelectMany(g => ((JsonArray)g.Value!).OfType<JsonObject>().Select(m => ((string?)g.Key, m)))];
            }
        }

        return [.. o.Where(p => GroupKeys.Contains(p.Key.ToLowerInvariant()) && p.Value is JsonArray)
            .SelectMany(p => ((JsonArray)p.Value!).OfType<JsonObject>().Select(m => ((string?)p.Key, m)))];
    }

    // score.py's _first: the first member present with a non-null value.
    private static (string? Key, JsonNode? Value) First(JsonObject d, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (d[key] is JsonNode value)
            {
                return (key, value);
            }
        }

        return (null, null);
    }

    // Python's int(x), or null where it raises.
    private static int? Int(JsonNode? x)
    {
        switch (x)
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return PythonText.IsInteger(v, out var integer) ? (int)integer : (int)Math.Truncate(v.GetValue<double>());
            case JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return v.GetValueKind() == JsonValueKind.True ? 1 : 0;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var s = ValueNormalization.TrimSpace(v.GetValue<string>());
                return s.Length > 0 && s.Skip(s[0] is '+' or '-' ? 1 : 0).All(char.IsDigit) && s.Any(char.IsDigit)
                    ? (s[0] == '-' ? -1 : 1) * s.Where(char.IsDigit).Aggregate(0, (n, c) => (n * 10) + (int)char.GetNumericValue(c))
                    : null;
            default:
                return null;
        }
    }

    private static (int? Start, int? End) Span(JsonObject d)
    {
        var span = ValueNormalization.FirstTruthy(d, "span", "offsets", "range");
        switch (span)
        {
            case JsonArray { Count: >= 2 } pair:
                return (Int(pair[0]), Int(pair[1]));
            case JsonObject o:
                return (Int(o.ContainsKey("start") ? o["start"] : o["begin"]), Int(o["end"]));
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var m = SpanText().Match(v.GetValue<string>());
                if (m.Success)
                {
                    return (Int(JsonValue.Create(m.Groups[1].Value)), Int(JsonValue.Create(m.Groups[2].Value)));
                }

                break;
        }

        foreach (var (a, b) in ((string, string)[])[("start", "end"), ("begin", "end"), ("start_char", "end_char"), ("char_start", "char_end"),
                     ("startOffset", "endOffset"), ("start_offset", "end_offset"), ("from", "to")])
        {
            if (d.ContainsKey(a) && d.ContainsKey(b))
            {
                return (Int(d[a]), Int(d[b]));
            }
        }

        foreach (var first in (string[])["offset", "start"])
        {
            if (d.ContainsKey(first) && d.ContainsKey("length") && Int(d[first]) is int s && Int(d["length"]) is int n)
            {
                return (s, s + n);
            }
        }

        return (null, null);
    }

    private static (int, int) RepairSpan(string excerpt, JsonNode? textNode, int s, int e, ScoreCounters counters)
    {
        if (textNode is null)
        {
            return (s, e);
        }

        var text = textNode is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        if (text is not null && PythonText.Slice(excerpt, s, e) == text)
        {
            return (s, e);
        }

        if (text is not null && PythonText.Slice(excerpt, s, e + 1) == text)
        {
            counters.SpansRepaired++;
            return (s, e + 1);
        }

        var bytes = Encoding.UTF8.GetBytes(excerpt);
        if (text is not null && 0 <= s && s <= e && e <= bytes.Length)
        {
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            try
            {
                if (strict.GetString(bytes, s, e - s) == text)
                {
                    var cs = strict.GetString(bytes, 0, s).Length;
                    counters.SpansRepaired++;
                    return (cs, cs + text.Length);
                }
            }
            catch (DecoderFallbackException)
            {
                // Offsets inside a character: not UTF-8 offsets of this text.
            }
        }

        if (text is { Length: > 0 })
        {
            int? best = null;
            for (var at = excerpt.IndexOf(text, StringComparison.Ordinal); at >= 0; at = excerpt.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            {
                if (best is null || Math.Abs(at - s) < Math.Abs(best.Value - s))
                {
                    best = at;
                }
            }

            if (best is int found && Math.Abs(found - s) <= 200)
            {
                counters.SpansRepaired++;
                return (found, found + text.Length);
            }
        }

        counters.SpansMismatched++;
        return (s, e);
    }

    private static JsonNode? ExtractValue(string kind, JsonObject d)
    {
        switch (kind)
        {
            case "date":
                var (dateKey, date) = First(d, "value", "normalized", "normalised", "normalizedValue", "normalized_value", "iso", "resolved", "date", "range");
                if (dateKey is null && (d.ContainsKey("start_date") || d.ContainsKey("end_date")))
                {
                    date = new JsonObject { ["start"] = d["start_date"]?.DeepClone(), ["end"] = d["end_date"]?.DeepClone() };
                }

                return ValueNormalization.Date(date) is string iso ? JsonValue.Create(iso) : null;
            case "country":
                var (countryKey, country) = First(d, "value", "code", "alpha2", "iso2", "iso", "normalized", "normalised", "country");
                return ValueNormalization.Country(countryKey is not null ? country : d["text"]) is string code ? JsonValue.Create(code) : null;
            case "ordinal":
                var (ordinalKey, ordinal) = First(d, "value", "number", "ordinal", "normalized", "normalised", "n");
                return ValueNormalization.Ordinal(ordinalKey is not null ? ordinal : d["text"]) is { } number
                    ? JsonValue.Create(number.ToString(CultureInfo.InvariantCulture))
                    : null;
            default:
                var (_, name) = First(d, "value", "name", "normalized", "normalised", "canonical", "text");
                if (name is JsonObject o)
                {
                    name = ValueNormalization.FirstTruthy(o, "name", "value", "text");
                }

                return name is null ? null : JsonValue.Create(PythonText.Str(name));
        }
    }

    [GeneratedRegex(@"[\s,;/]+")]
    private static partial Regex CountrySeparators();

    [GeneratedRegex(@"^\s*(\d+)\s*[-:,]\s*(\d+)\s*$")]
    private static partial Regex SpanText();
}
