using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// One annotated document, in the shape of ../shared/extraction-dev/gold/NN.json: the text as the extractor reads it,
/// its language and document date (what <c>extract</c> is given as <c>--lang</c> and <c>--date</c>), the mentions and
/// the meetings. <see cref="DateTokenEnd"/> is the end of a crawler's " date YYYY-MM-DD" token at the head of a
/// development-set excerpt (predictions inside it are ignored), 0 when there is none.
/// </summary>
public sealed record GoldDocument(
    string Id,
    string File,
    string Language,
    LocalDate? Date,
    int DateTokenEnd,
    string Text,
    IReadOnlyList<GoldMention> Mentions,
    IReadOnlyList<GoldMeeting> Meetings)
{
    /// <summary>
    /// Reads a gold file against its document text; malformed gold fails with the file, the member and the reason.
    /// </summary>
    public static GoldDocument Parse(string id, string goldJson, string text)
    {
        var root = JsonNode.Parse(goldJson) as JsonObject ?? throw Bad(id, "$", "the gold is not a JSON object");
        var date = root["date"] is JsonNode d ? LocalDatePattern.Iso.Parse(d.GetValue<string>()) : null;
        if (date is { Success: false })
        {
            throw Bad(id, "date", date.Exception.Message);
        }

        var token = root["date_token"] as JsonObject;
        var mentions = (root["mentions"] as JsonArray ?? throw Bad(id, "mentions", "missing"))
            .Select((m, i) => ReadMention(id, i, m as JsonObject ?? throw Bad(id, $"mentions[{i}]", "not an object"))).ToArray();
        var meetings = (root["meetings"] as JsonArray ?? throw Bad(id, "meetings", "missing"))
            .Select((m, i) => ReadMeeting(id, i, m as JsonObject ?? throw Bad(id, $"meetings[{i}]", "not an object"))).ToArray();
        return new GoldDocument(
            id,
            String(root, "file") ?? throw Bad(id, "file", "missing"),
            String(root, "lang") ?? throw Bad(id, "lang", "missing"),
            date?.Value,
            token?["end"]?.GetValue<int>() ?? 0,
            text,
            mentions,
            meetings);
    }

    private static GoldMention ReadMention(string id, int index, JsonObject m) => new(
        String(m, "kind") ?? throw Bad(id, $"mentions[{index}].kind", "missing"),
        String(m, "text") ?? throw Bad(id, $"mentions[{index}].text", "missing"),
        m["start"]?.GetValue<int>() ?? throw Bad(id, $"mentions[{index}].start", "missing"),
        m["end"]?.GetValue<int>() ?? throw Bad(id, $"mentions[{index}].end", "missing"),
        m["value"]?.DeepClone(),
        m["alt_values"] is JsonArray alt ? [.. alt.Select(a => a?.DeepClone())] : [],
        m["optional"]?.GetValue<bool>() ?? false,
        String(m, "position"),
        String(m, "country"),
        String(m, "canonical"),
        m["occurrence"]?.GetValue<int>());

    private static GoldMeeting ReadMeeting(string id, int index, JsonObject m) => new(
        String(m, "date"),
        m["alt_dates"] is JsonArray dates ? [.. dates.Select(d => d?.GetValue<string>())] : [],
        String(m, "status") ?? throw Bad(id, $"meetings[{index}].status", "missing"),
        Codes(m["countries"] as JsonArray ?? throw Bad(id, $"meetings[{index}].countries", "missing")),
        m["alt_countries"] is JsonArray sets ? [.. sets.Select(s => (IReadOnlyList<string>)Codes((JsonArray)s!))] : [],
        String(m, "mechanism"),
        m["ordinal"]?.GetValue<int>(),
        String(m, "place"),
        m["optional"]?.GetValue<bool>() ?? false);

    private static string[] Codes(JsonArray codes) => [.. codes.Select(c => c!.GetValue<string>())];

    private static string? String(JsonObject o, string name) => o[name]?.GetValue<string>();

    private static JsonException Bad(string id, string member, string reason) => new($"gold {id}: {member}: {reason}");
}
