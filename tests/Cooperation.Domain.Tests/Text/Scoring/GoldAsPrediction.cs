using System.Linq;
using System.Text.Json.Nodes;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// A gold document written as an extractor's output (<c>extract --format json</c>): its required mentions and
/// meetings, optional ones left out, as score.py's self-test does. Tests perturb it to see the scores move.
/// </summary>
public static class GoldAsPrediction
{
    public static JsonObject Of(GoldDocument gold)
    {
        var mentions = new JsonArray();
        foreach (var m in gold.Mentions.Where(m => !m.Optional))
        {
            var mention = new JsonObject
            {
                ["kind"] = m.Kind,
                ["text"] = m.Text,
                ["start"] = m.Start,
                ["end"] = m.End,
                ["value"] = m.Value?.DeepClone(),
            };
            if (m.Position is not null)
            {
                mention["position"] = m.Position;
            }

            if (m.Country is not null)
            {
                mention["country"] = m.Country;
            }

            mentions.Add(mention);
        }

        var meetings = new JsonArray();
        foreach (var m in gold.Meetings.Where(m => !m.Optional))
        {
            meetings.Add(new JsonObject
            {
                ["date"] = m.Date,
                ["status"] = m.Status,
                ["countries"] = new JsonArray([.. m.Countries.Select(c => (JsonNode?)c)]),
                ["mechanism"] = m.Mechanism,
                ["ordinal"] = m.Ordinal,
                ["place"] = m.Place,
            });
        }

        return new JsonObject { ["mentions"] = mentions, ["meetings"] = meetings, ["draft"] = new JsonObject { ["format"] = "cooperation-catalog/2" } };
    }
}
