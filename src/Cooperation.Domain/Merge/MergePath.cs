using System.Globalization;
using System.Text.Json.Nodes;

namespace Cooperation.Domain.Merge;

/// <summary>
/// Subject paths inside an entity's JSON, in the rules engine's and the diff's convention: members after a dot,
/// delegations and parties by party, elements with an identifier by it, other elements by index from 0.
/// </summary>
internal static class MergePath
{
    public static string Member(string path, string name) => path + "." + name;

    public static string Element(string path, JsonNode? element, int index)
    {
        if (element is JsonObject item)
        {
            foreach (var key in (string[])["party", "id"])
            {
                if (item.TryGetPropertyValue(key, out var value) && value is JsonValue text && text.TryGetValue<string>(out var id))
                {
                    return $"{path}[{id}]";
                }
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
    }
}
